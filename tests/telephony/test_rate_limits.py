"""A flood from one number, from withheld numbers or from one address cannot run up the SMS bill
or crowd out tenants (OWASP API4)."""

from __future__ import annotations

import pytest

from backend.channel_models import SmsOptOut
from backend.ratelimit import Limit
from tests.telephony.conftest import SARAH, Phone, message_bodies, says, spoken


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


@pytest.mark.parametrize("sender", ["anonymous", "+266696687", "ACMELTD", ""])
def test_texts_from_withheld_senders_are_limited_together_per_address(
    app, client, assistant, transport, sender
):
    """Each text from a withheld or alphanumeric sender is a conversation of its own, so no
    per-number count could ever stop them: they share one count per address."""
    app.extensions["rate_limits"]["sms_withheld_per_ip"] = Limit(2, 600)
    assistant.reply = lambda *_: says("Thanks, tell me more.")
    replies = [message_bodies(Phone(client, sender).text(f"message {i}")) for i in range(4)]
    assert [len(r) for r in replies] == [1, 1, 0, 0]
    assert len(assistant.calls) == 2
    # A tenant texting from a real number is not held up by them.
    assert len(message_bodies(Phone(client, SARAH).text("my tap drips"))) == 1


def test_withheld_callers_are_limited_together_but_still_hear_the_emergency_number(
    app, client, assistant, transport
):
    app.extensions["rate_limits"]["voice_withheld_per_ip"] = Limit(1, 600)
    greeted = Phone(client, "anonymous").ring()
    refused = Phone(client, "anonymous").ring()
    assert greeted[0].tag == "Gather"
    assert any("01708 434000" in s or "0 1 7 0 8" in s for s in spoken(refused))
    assert refused[-1].tag == "Hangup"
    assert Phone(client, SARAH).ring()[0].tag == "Gather"


def test_a_flood_from_one_address_is_cut_off_before_signatures_are_checked(app, client, assistant):
    app.extensions["rate_limits"]["webhook_per_ip"] = Limit(3, 60)
    codes = [client.post("/twilio/sms", data={"Body": "hi"}).status_code for _ in range(5)]
    assert codes == [403, 403, 403, 429, 429]
    assert assistant.calls == []


def test_a_caller_from_an_address_over_its_limit_hears_the_numbers_to_ring(app, phone):
    app.extensions["rate_limits"]["webhook_per_ip"] = Limit(1, 60)
    phone.ring()
    refused = phone.say("my boiler is broken")
    assert any("01708 434000" in s or "0 1 7 0 8" in s for s in spoken(refused))
    assert refused[-1].tag == "Hangup"
