"""An SMS turn the assistant finishes after the webhook's deadline: the tenant had the fallback in
time, and the assistant's answer follows as a text, with its options, instead of being lost."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from backend.models import ConversationTurn
from backend.phones import phone_hash
from bot.assistant_client import AssistantUnavailable
from telephony import relay, sms
from tests.telephony.conftest import SARAH, message_bodies, says

SARAH_HASH = phone_hash(SARAH, "test-phone-hash-key")
SLOTS = says(
    "Which appointment suits you?",
    buttons=(("Wednesday 9 December, morning", '/choose_slot{"slot_id": 17}'),),
)


def slowly(seconds: float, reply):
    def answer(channel, sender, text, metadata):
        time.sleep(seconds)
        if isinstance(reply, Exception):
            raise reply
        return reply

    return answer


def wait_for(condition, seconds: float = 5.0) -> bool:
    give_up = time.monotonic() + seconds
    while time.monotonic() < give_up:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def late(app):
    app.config["TELEPHONY_DEADLINE_SECONDS"] = 0.3
    app.config["SMS_LATE_REPLY_SECONDS"] = 5.0
    return app


def test_a_reply_after_the_deadline_is_texted_with_an_apology_and_its_options(
    late, phone, assistant, transport, session
):
    assistant.reply = slowly(0.8, SLOTS)
    [fallback] = message_bodies(phone.text("the kitchen tap drips"))
    assert "can't answer just now" in fallback

    assert wait_for(lambda: transport.sent), "the late reply was never texted"
    [text] = transport.sent
    assert (text.kind, text.to) == ("sms", SARAH)
    assert text.body.startswith("Sorry for the wait. Which appointment suits you?")
    assert "Reply 1 for Wednesday 9 December, morning" in text.body
    transcript = session.scalars(
        select(ConversationTurn.text)
        .where(ConversationTurn.conversation_id == SARAH_HASH)
        .order_by(ConversationTurn.id)
    ).all()
    assert transcript[-1] == text.body

    # The tenant answers the texted options as they would any others.
    assistant.reply = lambda *_: says("You're booked in.")
    phone.text("1")
    assert assistant.calls[-1]["text"] == '/choose_slot{"slot_id": 17}'


def test_a_late_turn_that_fails_texts_nothing(late, phone, assistant, transport):
    assistant.reply = slowly(0.6, AssistantUnavailable("timed out"))
    message_bodies(phone.text("the kitchen tap drips"))
    time.sleep(1.0)
    assert transport.sent == []


def test_late_replies_can_be_turned_off(late, phone, assistant, transport):
    late.config["SMS_LATE_REPLY_SECONDS"] = 0
    assistant.reply = slowly(0.6, SLOTS)
    message_bodies(phone.text("the kitchen tap drips"))
    time.sleep(1.0)
    assert transport.sent == []


def test_a_tenant_who_opted_out_of_notifications_still_gets_the_answer_they_texted_for(
    app, session, transport
):
    relay.opt_out(session, SARAH)
    session.commit()
    caller = relay.Caller(phone=SARAH, conversation_id=SARAH_HASH, tenant_id=None)
    sms.text_late_reply(app, caller, SLOTS)
    assert [sent.to for sent in transport.sent] == [SARAH]


def test_a_withheld_number_has_nowhere_to_be_texted(app):
    with app.test_request_context():
        caller = relay.Caller(phone=None, conversation_id="anonymous", tenant_id=None)
        assert sms.late_reply_sender(caller) is None


def test_the_apology_goes_on_the_first_message_with_words():
    messages = says("", "Which appointment suits you?")
    apologised = sms.apologising(messages)
    assert [m.text for m in apologised] == ["", "Sorry for the wait. Which appointment suits you?"]
