"""TwiML builders, SMS and voice side by side. Each returns a MessagingResponse or VoiceResponse;
the views only choose which one to send. Every <Say> and <Gather> is en-GB."""

from __future__ import annotations

from dataclasses import dataclass

from twilio.twiml.messaging_response import MessagingResponse
from twilio.twiml.voice_response import Gather, VoiceResponse

from telephony.speech import speakable

LANGUAGE = "en-GB"
GAS_ADVICE = (
    "If you can smell gas: do not use electrical switches or naked flames, open doors and "
    "windows, turn off the gas at the meter if you can, leave the property, and ring the National "
    "Gas Emergency Service on 0800 111 999."
)


@dataclass(frozen=True)
class Voice:
    """How to speak: the TTS voice and the numbers a caller may be given or put through to."""

    voice: str
    landlord_name: str
    landlord_phone: str
    emergency_phone: str


# SMS ---------------------------------------------------------------------------------------------


def sms_reply(bodies: list[str]) -> MessagingResponse:
    """One <Message> per body (each body is one SMS segment, see sms_text.split_sms)."""
    response = MessagingResponse()
    for body in bodies:
        response.message(body)
    return response


# Voice -------------------------------------------------------------------------------------------


def say(parent: VoiceResponse | Gather, text: str, voice: Voice) -> None:
    spoken = speakable(text)
    if spoken:
        parent.say(spoken, voice=voice.voice, language=LANGUAGE)


def gather(
    response: VoiceResponse,
    action: str,
    *,
    hints: list[str] = (),
    single_digit: bool = False,
    digits: int | None = None,
) -> Gather:
    """Speech or keypad input. Silence still calls the action (actionOnEmptyResult), so the call
    never drops out of the conversation by falling off the end of the TwiML. `digits`: that many
    keypad digits end the answer (a one-time code), no hash key needed."""
    attributes = {
        "input": "speech dtmf",
        "language": LANGUAGE,
        "action": action,
        "method": "POST",
        "timeout": 6,
        "speech_timeout": "auto",
        "action_on_empty_result": True,
    }
    if digits:
        attributes["num_digits"] = digits
    elif single_digit:
        attributes["num_digits"] = 1
    else:
        attributes["finish_on_key"] = "#"
    if hints:
        attributes["hints"] = ", ".join(h for h in hints if h)[:500]
    return response.gather(**attributes)


def voice_prompt(
    texts: list[str],
    voice: Voice,
    action: str,
    *,
    options_prompt: str = "",
    hints: list[str] = (),
    single_digit: bool = False,
    digits: int | None = None,
) -> VoiceResponse:
    """The assistant's words, then a Gather for the caller's answer."""
    response = VoiceResponse()
    listen = gather(response, action, hints=hints, single_digit=single_digit, digits=digits)
    for text in texts:
        say(listen, text, voice)
    if options_prompt:
        say(listen, options_prompt, voice)
    return response


def greeting(voice: Voice, action: str, prompt: str) -> VoiceResponse:
    """The first thing a caller hears: who answered, the gas advice, then the question."""
    return voice_prompt(
        [
            f"Thank you for calling {voice.landlord_name}. You are speaking to our automated "
            "repairs assistant.",
            GAS_ADVICE,
        ],
        voice,
        action,
        options_prompt=prompt,
    )


def transfer(texts: list[str], voice: Voice, number: str, line: str, action: str) -> VoiceResponse:
    """Safety advice first, then straight through to a person with <Dial>."""
    response = VoiceResponse()
    for text in texts:
        say(response, text, voice)
    what = "our emergency line" if line == "emergency" else "our customer service team"
    say(response, f"I am putting you through to {what} now. Please stay on the line.", voice)
    response.dial(number, action=action, method="POST", timeout=30)
    return response


def after_dial(voice: Voice, connected: bool, line: str) -> VoiceResponse:
    response = VoiceResponse()
    if not connected:
        number = voice.emergency_phone if line == "emergency" else voice.landlord_phone
        say(
            response,
            f"Sorry, we could not put you through. Please ring {number}. "
            "If anyone is in immediate danger, ring 999.",
            voice,
        )
    response.hangup()
    return response


def goodbye(texts: list[str], voice: Voice) -> VoiceResponse:
    response = VoiceResponse()
    for text in texts:
        say(response, text, voice)
    response.hangup()
    return response


def fallback(voice: Voice, menu_action: str) -> VoiceResponse:
    """When the assistant cannot answer in time: gas advice, then a person or a number to ring."""
    response = VoiceResponse()
    say(response, "Sorry, our automated assistant is not available right now.", voice)
    say(response, GAS_ADVICE, voice)
    menu = gather(response, menu_action, single_digit=True)
    say(
        menu,
        "For an emergency, such as flooding, no heating or exposed wiring, press 1 to be put "
        "through to our emergency line. To speak to our customer service team, press 2.",
        voice,
    )
    say(
        response,
        f"Our emergency line is {voice.emergency_phone}. Our customer service number is "
        f"{voice.landlord_phone}. Goodbye.",
        voice,
    )
    response.hangup()
    return response


def notification_call(text: str, voice: Voice) -> VoiceResponse:
    """A notification read out to a tenant who prefers calls: said twice, then goodbye."""
    response = VoiceResponse()
    say(response, f"Hello, this is {voice.landlord_name}.", voice)
    say(response, text, voice)
    response.pause(length=1)
    say(response, "Again:", voice)
    say(response, text, voice)
    say(response, f"If you have any questions, ring {voice.landlord_phone}. Goodbye.", voice)
    response.hangup()
    return response


def empty_voice() -> VoiceResponse:
    return VoiceResponse()
