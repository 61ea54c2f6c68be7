"""A flood from one number cannot run up the SMS bill or crowd out tenants (OWASP API4)."""

from __future__ import annotations

from backend.ratelimit import Limit
from telephony.models import SmsOptOut
from tests.telephony.conftest import SARAH, message_bodies, says, spoken


def test_texts_beyond_the_limit_get_no_reply_and_never_reach_the_assistant(app, phone, assistant):
    app.extensions["rate_limits"]["sms_per_number"] = Limit(2, 600)
    assistant.reply = lambda *_: says("Thanks, tell me more.")
    replies = [message_bodies(phone.text(f"message {i}")) for i in range(4)]
    assert [len(r) for r in replies] == [1, 1, 0, 0]
    assert len(assistant.calls) == 2


def test_stop_is_honoured_even_when_a_number_is_over_its_limit(app, phone, assistant, session):
    app.extensions["rate_limits"]["sms_per_number"] = Limit(1, 600)
    assistant.reply = lambda *_: says("Thanks.")
    phone.text("hello")
    assert message_bodies(phone.text("hello again")) == []
    [body] = message_bodies(phone.text("STOP"))
    assert "you will get no more texts from us" in body
    assert session.get(SmsOptOut, SARAH) is not None


def test_a_caller_over_the_limit_still_hears_the_emergency_number(app, phone):
    app.extensions["rate_limits"]["voice_per_number"] = Limit(1, 600)
    phone.ring()
    refused = phone.ring()
    assert any("01708 434000" in s or "0 1 7 0 8" in s for s in spoken(refused))
    assert refused[-1].tag == "Hangup"
