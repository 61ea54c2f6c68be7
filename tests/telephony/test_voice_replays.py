"""A /gather is taken once: its action URL carries the call's turn number, and a retried or replayed
request for a turn already taken (same CallSid, same turn) gets the reply already given, without
reaching the assistant, the transcript or the silence count again (issue 11)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import func, select

from backend.channel_models import PhoneCall
from backend.models import ConversationTurn
from tests.telephony.conftest import Phone, says

ANSWERS = [
    pytest.param({"SpeechResult": "my boiler is broken", "Confidence": "0.9"}, id="speech"),
    pytest.param({"Digits": "2"}, id="keys"),
    pytest.param({}, id="silence"),
]


def turns_heard(session, phone: Phone) -> int:
    call = session.scalar(select(PhoneCall).where(PhoneCall.call_sid == phone.call_sid))
    return session.scalar(
        select(func.count())
        .select_from(ConversationTurn)
        .where(
            ConversationTurn.conversation_id == call.conversation_id,
            ConversationTurn.direction == "in",
        )
    )


@pytest.mark.parametrize("answer", ANSWERS)
def test_a_replayed_gather_gets_the_same_reply_and_is_not_a_new_turn(
    phone, assistant, session, answer
):
    assistant.reply = lambda *_: says("Is water coming through the ceiling?")
    phone.ring()
    path = phone.gather_path
    first = phone.voice(path, **answer)
    heard = turns_heard(session, phone)

    replays = [phone.voice(path, **answer) for _ in range(3)]

    assert {ET.tostring(r) for r in replays} == {ET.tostring(first)}
    assert len(assistant.calls) == (1 if answer else 0)
    assert turns_heard(session, phone) == heard
    call = session.scalar(select(PhoneCall).where(PhoneCall.call_sid == phone.call_sid))
    session.refresh(call)
    assert call.silences == (0 if answer else 1)


def test_each_prompt_sends_the_answer_to_the_next_turn(phone, assistant):
    phone.ring()
    assert phone.gather_path == "/twilio/voice/gather?turn=1"
    phone.say("the kitchen tap drips")
    assert phone.gather_path == "/twilio/voice/gather?turn=2"
    phone.silence()
    assert phone.gather_path == "/twilio/voice/gather?turn=3"
    phone.say("yes")
    assert [c["text"] for c in assistant.calls] == ["the kitchen tap drips", "yes"]


def test_the_same_turn_on_another_call_is_that_calls_own(client, phone, assistant):
    phone.ring()
    phone.say("my boiler is broken")
    other = Phone(client, "+447700900456")
    other.ring()
    other.say("my boiler is broken")
    assert len(assistant.calls) == 2
    assert len({c["sender"] for c in assistant.calls}) == 2


def test_a_replayed_earlier_turn_does_not_undo_the_conversation(phone, assistant):
    assistant.script(says("What is the problem?"), says("Thanks."), says("Anything else?"))
    phone.ring()
    first_turn = phone.gather_path
    phone.say("hello")
    phone.say("my tap drips")
    latest = phone.gather_path
    replayed = phone.voice(first_turn, SpeechResult="hello")
    assert "What is the problem?" in " ".join(s.text or "" for s in replayed.iter("Say"))
    assert len(assistant.calls) == 2
    assert latest == "/twilio/voice/gather?turn=3"
    phone.gather_path = latest
    phone.say("no")
    assert len(assistant.calls) == 3
