"""POST /twilio/sms: the tenant's text to the assistant and its reply back, as TwiML."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from backend.channel_models import InboundSms, SmsOptOut
from backend.models import ConversationTurn
from backend.phones import phone_hash
from backend.services.conversations import phone_for_conversation
from telephony.sms_text import segments
from tests.telephony.conftest import (
    SARAH,
    STRANGER,
    DownAssistant,
    Phone,
    SlowAssistant,
    message_bodies,
    says,
)

SARAH_HASH = phone_hash(SARAH, "test-phone-hash-key")


def turns(session, conversation_id=SARAH_HASH) -> list[tuple[str, str]]:
    rows = session.scalars(
        select(ConversationTurn)
        .where(ConversationTurn.conversation_id == conversation_id)
        .order_by(ConversationTurn.id)
    )
    return [(row.direction, row.text) for row in rows]


def test_the_assistant_gets_the_hash_the_channel_the_time_and_the_tenant_not_the_number(
    phone, assistant, tenant_id
):
    phone.text("My toilet won't flush")
    [call] = assistant.calls
    assert call["channel"] == "sms"
    assert call["sender"] == SARAH_HASH
    assert call["text"] == "My toilet won't flush"
    assert call["metadata"] == {
        "reported_at": "2026-12-08T09:00:00+00:00",
        "conversation_id": SARAH_HASH,
        "tenant_id": tenant_id(SARAH),
        "first_name": "Sarah",
    }
    assert SARAH not in repr(call) and SARAH[1:] not in repr(call)


def test_a_number_that_belongs_to_no_tenant_is_kept_for_replies_but_given_no_tenant(
    client, assistant, transport, session
):
    Phone(client, STRANGER).text("There is a leak in the stairwell")
    [call] = assistant.calls
    assert "tenant_id" not in call["metadata"]
    assert phone_for_conversation(session, call["sender"]) == STRANGER
    assert phone_for_conversation(session, "no-such-conversation") is None


def test_the_reply_is_the_assistants_words_in_one_message(phone, assistant):
    assistant.reply = lambda *_: says("Sorry to hear that.", "Is water leaking?")
    root = phone.text("my toilet is broken")
    assert message_bodies(root) == ["Sorry to hear that.\nIs water leaking?"]


def test_both_sides_of_the_conversation_are_kept_in_the_transcript(phone, assistant, session):
    assistant.reply = lambda *_: says("Is water leaking?")
    phone.text("my toilet is broken")
    assert turns(session) == [("in", "my toilet is broken"), ("out", "Is water leaking?")]


def test_the_same_message_sid_twice_is_one_turn_with_the_same_reply(phone, assistant, session):
    replies = iter(["First answer", "A second answer that must never be sent"])
    assistant.reply = lambda *_: says(next(replies))
    first = phone.text("hello", sid="SM" + "a" * 32)
    again = phone.text("hello", sid="SM" + "a" * 32)
    assert message_bodies(first) == message_bodies(again) == ["First answer"]
    assert len(assistant.calls) == 1
    assert turns(session) == [("in", "hello"), ("out", "First answer")]


def test_a_retry_while_the_first_is_still_being_answered_waits_then_replies_nothing(
    app, phone, assistant, session
):
    session.add(InboundSms(message_sid="SM" + "b" * 32, conversation_id=SARAH_HASH))
    session.commit()
    app.config["TELEPHONY_DEADLINE_SECONDS"] = 0.4
    started = time.monotonic()
    root = phone.text("hello", sid="SM" + "b" * 32)
    assert time.monotonic() - started < 2
    assert message_bodies(root) == []
    assert assistant.calls == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("STOP", "you will get no more texts from us. Text START to get them again."),
        ("stop", "you will get no more texts from us."),
        ("Stop.", "you will get no more texts from us."),
        ("unsubscribe", "you will get no more texts from us."),
        ("START", "texts are back on."),
        ("HELP", "To speak to someone ring 0800 151 3444."),
        ("help", "Emergencies: 01708 434000. Text STOP to stop texts."),
    ],
)
def test_stop_start_and_help_are_answered_without_the_assistant(phone, assistant, word, expected):
    [body] = message_bodies(phone.text(word))
    assert body.startswith("Havering Council Housing Repairs: ")
    assert expected in body
    assert assistant.calls == []


@pytest.mark.parametrize(
    ("messages", "opted_out"),
    [
        (["STOP"], True),
        (["STOP", "START"], False),
        (["STOP", "STOP"], True),
        (["HELP"], False),
        (["please stop the leak"], False),
    ],
)
def test_stop_opts_the_number_out_and_start_opts_it_back_in(phone, session, messages, opted_out):
    for message in messages:
        phone.text(message)
    assert (session.get(SmsOptOut, SARAH) is not None) is opted_out


def test_a_sentence_containing_stop_goes_to_the_assistant(phone, assistant):
    phone.text("please stop the leak")
    assert [call["text"] for call in assistant.calls] == ["please stop the leak"]


def test_buttons_become_numbered_options_to_reply_to(phone, assistant):
    assistant.reply = lambda *_: says(
        "Is there another toilet in your home that works?",
        buttons=(("Yes", "/affirm"), ("No", "/deny")),
    )
    [body] = message_bodies(phone.text("toilet won't flush"))
    assert body == (
        "Is there another toilet in your home that works?\nReply 1 for Yes\nReply 2 for No"
    )


@pytest.mark.parametrize(
    ("reply", "sent_to_assistant"),
    [("1", "/affirm"), ("2", "/deny"), ("no", "/deny"), ("Yes", "/affirm"), ("3", "3")],
)
def test_a_number_or_the_options_words_send_the_buttons_payload(
    phone, assistant, session, reply, sent_to_assistant
):
    assistant.reply = lambda *_: says(
        "Another toilet?", buttons=(("Yes", "/affirm"), ("No", "/deny"))
    )
    phone.text("toilet won't flush")
    phone.text(reply)
    assert assistant.calls[-1]["text"] == sent_to_assistant
    heard = turns(session)[-2]
    assert heard[0] == "in" and heard[1].startswith(reply)


def test_options_from_yesterday_are_not_what_a_number_means_today(phone, assistant, clock):
    assistant.reply = lambda *_: says("Another toilet?", buttons=(("Yes", "/affirm"),))
    phone.text("toilet won't flush")
    clock.now = clock.now + timedelta(hours=25)
    phone.text("1")
    assert assistant.calls[-1]["text"] == "1"


def test_an_emergency_transfer_button_becomes_the_number_to_ring(phone, assistant):
    assistant.reply = lambda *_: says(
        "Leave the property now and do not use electrical switches.",
        buttons=(("Put me through", "/transfer_to_emergency_line"), ("I am safe", "/safe")),
    )
    [body] = message_bodies(phone.text("I smell gas"))
    assert body.splitlines()[1:] == [
        "Ring our emergency line now on 01708 434000.",
        "Reply 1 for I am safe",
    ]


def test_a_long_reply_is_split_into_single_sms_within_the_cap(app, phone, assistant):
    app.config["SMS_MAX_SEGMENTS"] = 3
    advice = (
        "Turn off the water at the stop tap, usually under the kitchen sink. "
        "Switch off the electricity if water is near sockets or light fittings. "
        "Move belongings away from the water and put down towels. "
    )
    assistant.reply = lambda *_: says(advice * 4, buttons=(("Yes", "/affirm"), ("No", "/deny")))
    bodies = message_bodies(phone.text("water pouring through the ceiling"))
    assert len(bodies) == 3
    assert [body[:6] for body in bodies] == ["(1/3) ", "(2/3) ", "(3/3) "]
    assert all(segments(body) == 1 for body in bodies)
    assert bodies[0].startswith("(1/3) Turn off the water at the stop tap")
    assert bodies[-1].endswith("Reply 1 for Yes\nReply 2 for No")


def test_curly_quotes_and_emoji_in_the_reply_are_sent_as_gsm_7(phone, assistant):
    assistant.reply = lambda *_: says("We’ve booked it 👍 – see you “Wednesday morning”…")
    [body] = message_bodies(phone.text("1"))
    assert body == 'We\'ve booked it - see you "Wednesday morning"...'


@pytest.mark.parametrize(
    "down",
    [
        pytest.param(DownAssistant(), id="assistant refuses"),
        pytest.param(SlowAssistant(3.0), id="assistant slower than the deadline"),
    ],
)
def test_a_down_assistant_still_gets_a_reply_with_the_numbers_to_ring_in_time(
    app, client, transport, session, down
):
    app.extensions["assistant"] = down
    app.config["TELEPHONY_DEADLINE_SECONDS"] = 0.5
    started = time.monotonic()
    [body] = message_bodies(Phone(client).text("my boiler is broken"))
    assert time.monotonic() - started < 1.5
    assert "01708 434000" in body and "0800 151 3444" in body and "0800 111 999" in body
    assert turns(session)[0] == ("in", "my boiler is broken")


def test_a_message_with_no_words_asks_for_words(phone, assistant):
    [body] = message_bodies(phone.text(""))
    assert "describe the repair in words" in body
    assert assistant.calls == []


def test_a_retried_message_is_recorded_once(phone, assistant, session):
    phone.text("hello", sid="SM" + "c" * 32)
    phone.text("hello", sid="SM" + "c" * 32)
    count = session.scalar(select(func.count()).select_from(InboundSms))
    assert count == 1
    inbound = session.scalar(select(InboundSms))
    assert inbound.status == "answered"
    assert isinstance(inbound.answered_at, datetime)


def test_an_unexpected_error_still_answers_with_the_numbers_to_ring(phone, assistant):
    assistant.reply = lambda *_: None  # not a list of messages: rendering it fails
    [body] = message_bodies(phone.text("my boiler is broken"))
    assert "01708 434000" in body and "0800 151 3444" in body


def test_a_gas_hazard_without_advice_gets_the_gas_line_first(phone, assistant):
    assistant.reply = lambda *_: says(
        "This is an emergency.", custom={"transfer": "emergency", "hazard": "gas_smell"}
    )
    [body] = message_bodies(phone.text("I smell gas"))
    assert body.splitlines() == [
        "This is an emergency.",
        "Smell gas? Get out, no switches or flames, ring 0800 111 999.",
        "Ring our emergency line now on 01708 434000.",
    ]
