"""The phone line: greeting, turns by speech or keypad, silence, emergencies put through with
<Dial>, a down assistant, call status callbacks. TwiML asserted element by element."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import select

from backend.channel_models import PhoneCall, PhoneCallEvent
from backend.models import ConversationTurn
from backend.phones import phone_hash
from tests.telephony.conftest import SARAH, DownAssistant, Phone, SlowAssistant, says, spoken

VOICE = {"voice": "Polly.Amy", "language": "en-GB"}
GATHER = {
    "input": "speech dtmf",
    "language": "en-GB",
    "action": "/twilio/voice/gather",
    "method": "POST",
    "actionOnEmptyResult": "true",
    "speechTimeout": "auto",
    "timeout": "6",
}
GAS_SPOKEN = (
    "If you can smell gas: do not use electrical switches or naked flames, open doors and windows, "
    "turn off the gas at the meter if you can, leave the property, and ring the National Gas "
    "Emergency Service on 0 8 0 0, 1 1 1, 9 9 9."
)


def children(element: ET.Element) -> list[str]:
    return [child.tag for child in element]


def assert_says(element: ET.Element, texts: list[str]) -> None:
    assert children(element) == ["Say"] * len(texts)
    for say, text in zip(element, texts, strict=True):
        assert say.attrib == VOICE
        assert say.text == text


def call_turns(session, phone: Phone) -> list[tuple[str, str]]:
    call = session.scalar(select(PhoneCall).where(PhoneCall.call_sid == phone.call_sid))
    rows = session.scalars(
        select(ConversationTurn)
        .where(ConversationTurn.conversation_id == call.conversation_id)
        .order_by(ConversationTurn.id)
    )
    return [(row.direction, row.text) for row in rows]


def test_a_call_is_answered_with_a_greeting_gas_advice_and_an_en_gb_gather(phone, session):
    root = phone.ring()
    assert root.tag == "Response"
    assert children(root) == ["Gather"]
    gather = root[0]
    assert gather.attrib == {**GATHER, "action": "/twilio/voice/gather?turn=1", "finishOnKey": "#"}
    assert_says(
        gather,
        [
            "Thank you for calling Havering Council Housing Repairs. You are speaking to our "
            "automated repairs assistant.",
            GAS_SPOKEN,
            "Please tell me about the repair in a few words. To speak to our customer service "
            "team, press 0 at any time.",
        ],
    )
    call = session.scalar(select(PhoneCall).where(PhoneCall.call_sid == phone.call_sid))
    assert call.conversation_id == phone_hash(SARAH, "test-phone-hash-key")


def test_what_the_caller_says_goes_to_the_assistant_as_a_voice_turn(phone, assistant, tenant_id):
    phone.ring()
    phone.say("My radiators are cold")
    [call] = assistant.calls
    assert call["channel"] == "voice"
    assert call["text"] == "My radiators are cold"
    assert call["sender"] == phone_hash(SARAH, "test-phone-hash-key")
    assert call["metadata"]["tenant_id"] == tenant_id(SARAH)
    assert call["metadata"]["reported_at"] == "2026-12-08T09:00:00+00:00"


def test_buttons_are_read_as_keypad_options(phone, assistant):
    assistant.reply = lambda *_: says(
        "Is there any hot water?", buttons=(("Yes", "/affirm"), ("No", "/deny"))
    )
    phone.ring()
    root = phone.say("no heating")
    assert children(root) == ["Gather"]
    gather = root[0]
    assert gather.attrib == {
        **GATHER,
        "action": "/twilio/voice/gather?turn=2",
        "numDigits": "1",
        "hints": "Yes, No",
    }
    assert_says(gather, ["Is there any hot water?", "Press 1 for Yes. Press 2 for No."])


@pytest.mark.parametrize(
    ("answer", "payload"),
    [
        ({"Digits": "1"}, "/affirm"),
        ({"Digits": "2"}, "/deny"),
        ({"SpeechResult": "No."}, "/deny"),
        ({"SpeechResult": "number one"}, "/affirm"),
        ({"SpeechResult": "there is no hot water at all"}, "there is no hot water at all"),
    ],
)
def test_a_key_or_the_options_words_send_the_buttons_payload(phone, assistant, answer, payload):
    assistant.reply = lambda *_: says(
        "Is there any hot water?", buttons=(("Yes", "/affirm"), ("No", "/deny"))
    )
    phone.ring()
    phone.say("no heating")
    phone.voice("/twilio/voice/gather", **answer)
    assert assistant.calls[-1]["text"] == payload


def test_references_and_phone_numbers_are_read_digit_by_digit(phone, assistant):
    assistant.reply = lambda *_: says("Your reference is HR-483920. Questions? Ring 0800 151 3444.")
    phone.ring()
    root = phone.say("thanks")
    assert spoken(root) == [
        "Your reference is H R, 4 8 3 9 2 0. Questions? Ring 0 8 0 0, 1 5 1, 3 4 4 4."
    ]


@pytest.mark.parametrize(
    "emergency_reply",
    [
        pytest.param(
            says(
                "This is an emergency.",
                "If you smell gas, leave the property now and ring 0800 111 999.",
                custom={"transfer": "emergency"},
            ),
            id="custom payload, gas advice moved first",
        ),
        pytest.param(
            says("This is an emergency.", custom={"transfer": "emergency", "hazard": "gas_smell"}),
            id="custom payload with a gas hazard and no advice",
        ),
        pytest.param(
            says(
                "This is an emergency.",
                "Get everyone out, then call the National Gas Emergency Service, free, on oh eight "
                "hundred, one one one, nine nine nine.",
                custom={"transfer": "emergency", "hazard": "gas_smell"},
            ),
            id="the bot's spoken gas advice, not repeated",
        ),
    ],
)
def test_an_emergency_call_gets_gas_advice_first_then_dial_to_the_emergency_line(
    phone, assistant, session, emergency_reply
):
    assistant.reply = lambda *_: emergency_reply
    phone.ring()
    root = phone.say("I can smell gas in the kitchen")
    assert children(root) == ["Say", "Say", "Say", "Dial"]
    assert "gas" in root[0].text.lower()  # gas advice before anything else
    assert root[1].text == "This is an emergency."
    assert (
        root[2].text
        == "I am putting you through to our emergency line now. Please stay on the line."
    )
    dial = root[3]
    assert dial.attrib == {
        "action": "/twilio/voice/dial-complete?line=emergency",
        "method": "POST",
        "timeout": "30",
    }
    assert dial.text == "+441708434000"
    call = session.scalar(select(PhoneCall).where(PhoneCall.call_sid == phone.call_sid))
    assert call.transferred_to == "emergency"


def test_an_emergency_transfer_button_puts_the_caller_through_when_chosen(phone, assistant):
    assistant.reply = lambda *_: says(
        "Water is coming through the light fitting. Do not touch the switches.",
        buttons=(("Put me through", "/transfer_to_emergency_line"), ("I am safe", "/safe")),
    )
    phone.ring()
    offered = phone.say("water is pouring from my light")
    assert spoken(offered)[-1] == (
        "Press 1 to be put through to our emergency line. Press 2 for I am safe."
    )
    root = phone.press("1")
    assert children(root) == ["Say", "Dial"]
    assert root[1].text == "+441708434000"
    assert len(assistant.calls) == 1  # straight through, no round trip to the assistant


def test_pressing_0_puts_the_caller_through_to_customer_service(phone, assistant):
    phone.ring()
    root = phone.press("0")
    assert children(root) == ["Say", "Dial"]
    assert root[0].text.startswith("I am putting you through to our customer service team")
    assert root[1].text == "+448001513444"
    assert root[1].attrib["action"] == "/twilio/voice/dial-complete?line=customer_service"
    assert assistant.calls == []


def test_silence_reprompts_then_offers_customer_service_then_says_goodbye(phone, assistant):
    phone.ring()
    first = phone.silence()
    assert children(first) == ["Gather"]
    assert [s.text for s in first[0]] == [
        "Sorry, I did not hear anything.",
        "Please tell me about the repair in a few words.",
    ]
    second = phone.silence()
    assert children(second) == ["Gather"]
    assert [s.text for s in second[0]] == [
        "I still cannot hear you.",
        "To speak to our customer service team, press 0, or ring 0 8 0 0, 1 5 1, 3 4 4 4.",
        "Please tell me about the repair in a few words.",
    ]
    third = phone.silence()
    assert children(third) == ["Say", "Hangup"]
    assert "0 8 0 0, 1 5 1, 3 4 4 4" in third[0].text and "0 1 7 0 8, 4 3 4 0 0 0" in third[0].text
    assert assistant.calls == []


def test_saying_something_after_a_silence_starts_the_count_again(phone, assistant):
    phone.ring()
    phone.silence()
    phone.say("my sink is blocked")
    again = phone.silence()
    assert again[0][0].text == "Sorry, I did not hear anything."


def test_a_reprompt_repeats_the_last_question_and_keeps_its_options(phone, assistant):
    assistant.reply = lambda *_: says(
        "Is anyone hurt?", buttons=(("Yes", "/affirm"), ("No", "/deny"))
    )
    phone.ring()
    phone.say("my ceiling fell down")
    root = phone.silence()
    assert root[0].attrib["numDigits"] == "1"
    assert [s.text for s in root[0]] == [
        "Sorry, I did not hear anything.",
        "Is anyone hurt? Press 1 for Yes. Press 2 for No.",
    ]
    phone.press("2")
    assert assistant.calls[-1]["text"] == "/deny"


@pytest.mark.parametrize(
    "down",
    [
        pytest.param(DownAssistant(), id="assistant refuses"),
        pytest.param(SlowAssistant(3.0), id="assistant slower than the deadline"),
    ],
)
def test_a_down_assistant_gets_the_caller_gas_advice_and_a_person_in_time(
    app, client, transport, down
):
    app.extensions["assistant"] = down
    app.config["TELEPHONY_DEADLINE_SECONDS"] = 0.5
    phone = Phone(client)
    phone.ring()
    started = time.monotonic()
    root = phone.say("my boiler has broken down")
    assert time.monotonic() - started < 1.5
    assert children(root) == ["Say", "Say", "Gather", "Say", "Hangup"]
    assert root[0].text == "Sorry, our automated assistant is not available right now."
    assert root[1].text == GAS_SPOKEN
    menu = root[2]
    assert menu.attrib == {**GATHER, "action": "/twilio/voice/menu", "numDigits": "1"}
    assert_says(
        menu,
        [
            "For an emergency, such as flooding, no heating or exposed wiring, press 1 to be put "
            "through to our emergency line. To speak to our customer service team, press 2."
        ],
    )
    assert root[3].text == (
        "Our emergency line is 0 1 7 0 8, 4 3 4 0 0 0. Our customer service number is "
        "0 8 0 0, 1 5 1, 3 4 4 4. Goodbye."
    )
    put_through = phone.voice("/twilio/voice/menu", Digits="1")
    assert children(put_through) == ["Say", "Dial"]
    assert put_through[1].text == "+441708434000"


@pytest.mark.parametrize(
    ("dial_status", "expected"),
    [
        ("completed", ["Hangup"]),
        ("answered", ["Hangup"]),
        ("no-answer", ["Say", "Hangup"]),
        ("busy", ["Say", "Hangup"]),
        ("failed", ["Say", "Hangup"]),
    ],
)
def test_after_the_transfer_the_caller_is_told_what_to_do_if_nobody_answered(
    phone, dial_status, expected
):
    phone.ring()
    root = phone.voice("/twilio/voice/dial-complete?line=emergency", DialCallStatus=dial_status)
    assert children(root) == expected
    if expected[0] == "Say":
        assert "0 1 7 0 8, 4 3 4 0 0 0" in root[0].text and "999" in root[0].text


def test_call_status_callbacks_are_recorded_on_the_call_and_as_events(phone, session):
    phone.ring()
    for status in ("ringing", "in-progress"):
        response = phone.post("/twilio/voice/status", phone.call_params(CallStatus=status))
        assert response.status_code == 204
    phone.post("/twilio/voice/status", phone.call_params(CallStatus="completed", CallDuration="74"))
    call = session.scalar(select(PhoneCall).where(PhoneCall.call_sid == phone.call_sid))
    session.refresh(call)
    assert (call.status, call.duration_seconds) == ("completed", 74)
    assert call.ended_at is not None
    events = session.scalars(
        select(PhoneCallEvent.status).where(PhoneCallEvent.call_sid == phone.call_sid)
    ).all()
    assert events == ["ringing", "in-progress", "completed"]


def test_a_hang_up_mid_turn_loses_nothing_already_said(app, phone, assistant, session):
    seen_by_then: list[list[tuple[str, str]]] = []

    def reply(channel, sender, text, metadata):
        # While the assistant thinks, the caller's words are already saved.
        with app.app_context():
            other = app.extensions["db_session_factory"]()
            seen_by_then.append(
                [
                    (row.direction, row.text)
                    for row in other.scalars(
                        select(ConversationTurn).where(ConversationTurn.conversation_id == sender)
                    )
                ]
            )
            other.close()
        return says("Which room is the leak in?")

    assistant.reply = reply
    phone.ring()
    phone.say("There is a leak under the sink")
    phone.post("/twilio/voice/status", phone.call_params(CallStatus="completed", CallDuration="20"))
    assert seen_by_then[0][-1] == ("in", "There is a leak under the sink")
    assert [turn[0] for turn in call_turns(session, phone)] == ["out", "in", "out"]
    assert call_turns(session, phone)[-1] == ("out", "Which room is the leak in?")


def test_an_unexpected_error_still_answers_with_the_fallback_menu(phone, assistant):
    assistant.reply = lambda *_: None  # not a list of messages: rendering it fails
    phone.ring()
    root = phone.say("my boiler is broken")
    assert children(root) == ["Say", "Say", "Gather", "Say", "Hangup"]
    assert root[2].attrib["action"] == "/twilio/voice/menu"


@pytest.mark.parametrize("withheld", ["+266696687", "anonymous", "Restricted", ""])
def test_withheld_callers_each_get_a_conversation_of_their_own_and_no_tenant(
    client, assistant, transport, withheld
):
    first, second = Phone(client, withheld), Phone(client, withheld)
    for phone in (first, second):
        phone.ring()
        phone.say("my front door lock is broken")
    senders = [call["sender"] for call in assistant.calls]
    assert senders[0] != senders[1]
    assert all("tenant_id" not in call["metadata"] for call in assistant.calls)
