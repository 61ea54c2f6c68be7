"""The phone line (IVR): POST /twilio/voice answers a call, /twilio/voice/gather carries each thing
the caller says or keys to the assistant and speaks its reply, /twilio/voice/menu is the keypad menu
offered when the assistant is down, /twilio/voice/dial-complete follows a transfer, and
/twilio/voice/status records Twilio's call status callbacks."""

from __future__ import annotations

import logging
import re
import time

from flask import Blueprint, Response, abort, current_app, request
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from twilio.twiml.voice_response import VoiceResponse
from werkzeug.exceptions import HTTPException

from backend.channel_models import PhoneCall, PhoneCallEvent, VoiceGather
from backend.db import get_session
from backend.services.conversations import record_turn
from bot.assistant_client import AssistantMessage
from telephony import limits, relay, twiml
from telephony.options import (
    CUSTOMER_SERVICE,
    EMERGENCY,
    Option,
    digits_expected,
    gas_advice_given,
    gas_hazard,
    hangup_requested,
    match_option,
    numbered_options,
    transfer_requested,
)

log = logging.getLogger(__name__)

bp = Blueprint("voice", __name__, url_prefix="/voice")

FIRST_PROMPT = "Please tell me about the repair in a few words."
FINAL_STATUSES = {"completed", "busy", "failed", "no-answer", "canceled"}
_GAS = re.compile(r"\bgas\b", re.IGNORECASE)


def twiml_response(response: VoiceResponse) -> Response:
    return Response(str(response), mimetype="text/xml")


def dial_number(configured: str) -> str:
    return relay.normalised(configured) or re.sub(r"[^\d+]", "", configured)


def _line_number(line: str) -> str:
    config = current_app.config
    return config["EMERGENCY_PHONE"] if line == EMERGENCY else config["LANDLORD_PHONE"]


def _call(session: Session, call_sid: str, conversation_id: str, direction: str) -> PhoneCall:
    call = session.scalar(select(PhoneCall).where(PhoneCall.call_sid == call_sid))
    if call is not None:
        return call
    moment = relay.now()
    call = PhoneCall(
        call_sid=call_sid,
        conversation_id=conversation_id,
        direction=direction,
        status="in-progress",
        options=[],
        started_at=moment,
        updated_at=moment,
    )
    try:
        with session.begin_nested():
            session.add(call)
    except IntegrityError:  # the status callback created it a moment ago
        call = session.scalar(select(PhoneCall).where(PhoneCall.call_sid == call_sid))
    return call


def _say_and_record(session: Session, call: PhoneCall, texts: list[str], response: VoiceResponse):
    spoken = " ".join(t for t in texts if t)
    if spoken:
        record_turn(session, call.conversation_id, "voice", "out", spoken)
    call.updated_at = relay.now()
    session.commit()
    return twiml_response(response)


def _transfer(session: Session, call: PhoneCall, texts: list[str], line: str) -> Response:
    call.transferred_to = line
    log.info("call %s put through to the %s line", call.id, line)
    response = twiml.transfer(
        texts,
        relay.voice_settings(),
        dial_number(_line_number(line)),
        line,
        relay.webhook_url("twilio.voice.dial_complete", line=line),
    )
    what = "emergency line" if line == EMERGENCY else "customer service"
    return _say_and_record(session, call, [*texts, f"(put through to {what})"], response)


def gas_first(texts: list[str], messages: list[AssistantMessage]) -> list[str]:
    """Gas advice is spoken before anything else: the bot's own gas message moved to the front, or
    the standard advice when the bot flagged a gas hazard without giving any."""
    ordered = sorted(texts, key=lambda text: 0 if _GAS.search(text) else 1)
    if gas_hazard(messages) and not gas_advice_given(ordered):
        ordered.insert(0, twiml.GAS_ADVICE)
    return ordered


def options_prompt(options: list[Option]) -> str:
    lines = []
    for option in options:
        if option.transfer == EMERGENCY:
            lines.append(f"Press {option.number} to be put through to our emergency line.")
        elif option.transfer == CUSTOMER_SERVICE:
            lines.append(f"Press {option.number} to speak to our customer service team.")
        else:
            lines.append(f"Press {option.number} for {option.title}.")
    return " ".join(lines)


def gather_action(turn: int) -> str:
    """Where the answer to a <Gather> goes: /gather with the turn number, so that each answer is
    taken once (a retried or replayed request for a turn already taken gets the same reply)."""
    return relay.webhook_url("twilio.voice.gather_turn", turn=turn)


def _speak(
    session: Session, call: PhoneCall, messages: list[AssistantMessage], next_turn: int
) -> Response:
    texts = [message.text for message in messages if message.text.strip()]
    line = transfer_requested(messages)
    if line is not None:
        return _transfer(session, call, gas_first(texts, messages), line)
    voice = relay.voice_settings()
    if hangup_requested(messages):
        return _say_and_record(session, call, texts, twiml.goodbye(texts, voice))
    options = numbered_options(messages)
    if not texts and not options:
        texts = ["Sorry, I did not catch that.", FIRST_PROMPT]
    prompt = options_prompt(options)
    call.options = [option.as_json() for option in options]
    call.last_prompt = " ".join([*texts[-1:], prompt]).strip()
    response = twiml.voice_prompt(
        texts,
        voice,
        gather_action(next_turn),
        options_prompt=prompt,
        hints=[option.title for option in options],
        single_digit=0 < len(options) <= 9,
        digits=digits_expected(messages),
    )
    return _say_and_record(session, call, [*texts, prompt], response)


def _silence(session: Session, call: PhoneCall, next_turn: int) -> Response:
    """Nothing heard: ask again, then offer the customer service line, then say goodbye."""
    call.silences += 1
    voice = relay.voice_settings()
    config = current_app.config
    options = [Option.from_json(data) for data in call.options or []]
    action = gather_action(next_turn)
    last = call.last_prompt or FIRST_PROMPT
    if call.silences == 1:
        texts = ["Sorry, I did not hear anything.", last]
    elif call.silences == 2:
        texts = [
            "I still cannot hear you.",
            f"To speak to our customer service team, press 0, or ring {config['LANDLORD_PHONE']}.",
            last,
        ]
    else:
        texts = [
            "I cannot hear you, so I will end this call. Our customer service number is "
            f"{config['LANDLORD_PHONE']}. For an emergency, ring {config['EMERGENCY_PHONE']}. "
            "Goodbye.",
        ]
        return _say_and_record(session, call, texts, twiml.goodbye(texts, voice))
    response = twiml.voice_prompt(
        texts,
        voice,
        action,
        hints=[o.title for o in options],
        single_digit=0 < len(options) <= 9,
    )
    return _say_and_record(session, call, texts, response)


def _current_call(session: Session) -> tuple[relay.Caller, PhoneCall]:
    """The caller and the call this webhook is about; a request without a CallSid is refused."""
    call_sid = (request.form.get("CallSid") or "").strip()[:64]
    if not call_sid:
        abort(Response("CallSid is required", status=400, mimetype="text/plain"))
    caller = relay.identify(session, request.form.get("From", ""), stand_in=call_sid)
    return caller, _call(session, call_sid, caller.conversation_id, "inbound")


@bp.post("")
def incoming_call():
    session = get_session()
    caller, call = _current_call(session)
    if not limits.sender_allowed("voice", caller):
        # Repeated calls from one number (or from withheld numbers) are ended, but never without
        # the emergency number.
        log.warning("call rate limit reached for %s", caller.masked)
        voice = relay.voice_settings()
        busy = (
            f"Sorry, we cannot take another call from this number just now. If it is an "
            f"emergency, ring {voice.emergency_phone}."
        )
        return _say_and_record(session, call, [busy], twiml.goodbye([busy], voice))
    call.last_prompt = FIRST_PROMPT
    log.info("incoming call %s from %s", call.call_sid[-6:], caller.masked)
    prompt = f"{FIRST_PROMPT} To speak to our customer service team, press 0 at any time."
    voice = relay.voice_settings()
    response = twiml.greeting(voice, gather_action(1), prompt)
    greeting_text = f"Thank you for calling {voice.landlord_name}. {twiml.GAS_ADVICE} {prompt}"
    return _say_and_record(session, call, [greeting_text], response)


@bp.post("/gather")
def gather_turn():
    session = get_session()
    caller, call = _current_call(session)
    turn = _turn_number()
    if turn is None:
        # An action URL from before turns were numbered (a call that spans an upgrade).
        return _take_turn(session, caller, call, _last_turn(session, call.call_sid) + 1)
    claim = _claim_turn(session, call.call_sid, turn)
    if claim is None:
        return _replay_turn(session, call.call_sid, turn)
    response = _take_turn(session, caller, call, turn + 1)
    claim = session.get(VoiceGather, claim.id)
    claim.status, claim.reply, claim.answered_at = (
        "answered",
        response.get_data(as_text=True),
        relay.now(),
    )
    session.commit()
    return response


def _take_turn(session: Session, caller: relay.Caller, call: PhoneCall, next_turn: int):
    speech = (request.form.get("SpeechResult") or "").strip()
    digits = (request.form.get("Digits") or "").strip()
    heard = speech or digits
    if not heard:
        return _silence(session, call, next_turn)
    call.silences = 0
    options = [Option.from_json(data) for data in call.options or []]
    chosen = match_option(heard, options)
    record_turn(
        session,
        call.conversation_id,
        "voice",
        "in",
        f"{heard} [{chosen.title}]" if chosen else (heard if speech else f"pressed {digits}"),
    )
    if chosen is None and digits == "0":
        return _transfer(session, call, [], CUSTOMER_SERVICE)
    if chosen is not None and chosen.transfer is not None:
        return _transfer(session, call, [], chosen.transfer)
    session.commit()  # what the caller said is kept even if they hang up now
    when = relay.now()
    messages = relay.ask_assistant("voice", caller, chosen.payload if chosen else heard, when)
    if messages is None:
        call.options = []
        response = twiml.fallback(
            relay.voice_settings(), relay.webhook_url("twilio.voice.fallback_menu")
        )
        return _say_and_record(session, call, ["(assistant unavailable: fallback menu)"], response)
    return _speak(session, call, messages, next_turn)


def _turn_number() -> int | None:
    """The turn in the action URL (signed by Twilio with the rest of the URL, so not forgeable)."""
    turn = request.args.get("turn", "")
    return int(turn) if turn.isdigit() and len(turn) <= 6 else None


def _last_turn(session: Session, call_sid: str) -> int:
    return (
        session.scalar(select(func.max(VoiceGather.turn)).where(VoiceGather.call_sid == call_sid))
        or 0
    )


def _claim_turn(session: Session, call_sid: str, turn: int) -> VoiceGather | None:
    """This request takes the turn, or None when another (the first delivery) already has."""
    claim = VoiceGather(call_sid=call_sid, turn=turn, received_at=relay.now())
    try:
        with session.begin_nested():
            session.add(claim)
    except IntegrityError:
        return None
    session.commit()
    return claim


def _replay_turn(session: Session, call_sid: str, turn: int) -> Response:
    """A turn already taken: the reply it got, waiting (up to the deadline) while the first
    delivery is still being answered. Nothing reaches the assistant or the transcript again."""
    give_up = time.monotonic() + float(current_app.config.get("TELEPHONY_DEADLINE_SECONDS", 10))
    while True:
        session.commit()  # a fresh read each time, holding no lock the first delivery needs
        answered = session.scalar(
            select(VoiceGather.reply).where(
                VoiceGather.call_sid == call_sid,
                VoiceGather.turn == turn,
                VoiceGather.status == "answered",
            )
        )
        if answered is not None:
            log.info(
                "voice turn %d replayed for call %s: the reply already given", turn, call_sid[-6:]
            )
            return Response(answered, mimetype="text/xml")
        if time.monotonic() >= give_up:
            log.warning("voice turn %d still being answered: the fallback menu instead", turn)
            return twiml_response(
                twiml.fallback(
                    relay.voice_settings(), relay.webhook_url("twilio.voice.fallback_menu")
                )
            )
        time.sleep(0.2)


@bp.post("/menu")
def fallback_menu():
    """The keypad menu of the fallback: 1 the emergency line, 2 customer service."""
    session = get_session()
    _caller, call = _current_call(session)
    choice = (request.form.get("Digits") or request.form.get("SpeechResult") or "").strip().lower()
    record_turn(session, call.conversation_id, "voice", "in", f"menu: {choice or '(nothing)'}")
    if choice in ("1", "one", "emergency"):
        return _transfer(session, call, [], EMERGENCY)
    if choice in ("2", "two"):
        return _transfer(session, call, [], CUSTOMER_SERVICE)
    config = current_app.config
    texts = [
        f"Our emergency line is {config['EMERGENCY_PHONE']}. Our customer service number is "
        f"{config['LANDLORD_PHONE']}. Goodbye."
    ]
    return _say_and_record(session, call, texts, twiml.goodbye(texts, relay.voice_settings()))


@bp.post("/dial-complete")
def dial_complete():
    form = request.form
    line = request.args.get("line", EMERGENCY)
    status = (form.get("DialCallStatus") or "").strip()
    connected = status in ("completed", "answered")
    session = get_session()
    call = session.scalar(select(PhoneCall).where(PhoneCall.call_sid == form.get("CallSid", "")))
    response = twiml.after_dial(relay.voice_settings(), connected, line)
    if call is None:
        return twiml_response(response)
    note = f"(transfer {status or 'ended'})"
    if not connected:
        note += f" Please ring {_line_number(line)}."
    return _say_and_record(session, call, [note], response)


@bp.post("/status")
def call_status():
    """Twilio's call status callback: kept as an event and on the call itself."""
    from telephony.notifications import record_provider_status

    form = request.form
    call_sid = (form.get("CallSid") or "").strip()[:64]
    status = (form.get("CallStatus") or "").strip()[:20]
    if not call_sid or not status:
        return Response("CallSid and CallStatus are required", status=400, mimetype="text/plain")
    duration = form.get("CallDuration")
    seconds = int(duration) if duration and duration.isdigit() else None
    direction = (form.get("Direction") or "inbound").strip()[:20]
    session = get_session()
    party = form.get("To" if direction.startswith("outbound") else "From", "")
    phone = relay.normalised(party)
    conversation_id = (
        relay.conversation_id_for(phone) if phone else relay.anonymous_conversation_id(call_sid)
    )
    call = _call(session, call_sid, conversation_id, direction)
    moment = relay.now()
    call.status, call.updated_at = status, moment
    if status in FINAL_STATUSES:
        call.ended_at = call.ended_at or moment
        call.duration_seconds = seconds if seconds is not None else call.duration_seconds
    session.add(
        PhoneCallEvent(
            call_sid=call_sid, status=status, duration_seconds=seconds, received_at=moment
        )
    )
    record_provider_status(session, call_sid, status, form.get("ErrorCode"))
    session.commit()
    return Response(status=204)


@bp.errorhandler(Exception)
def unexpected_error(error: Exception):
    """Whatever broke, the caller hears the gas advice and can reach a person (Twilio would
    otherwise say "an application error has occurred" and hang up)."""
    if isinstance(error, HTTPException):
        return error
    log.exception("voice webhook failed; answered with the fallback")
    return twiml_response(
        twiml.fallback(relay.voice_settings(), relay.webhook_url("twilio.voice.fallback_menu"))
    )
