"""Issue 11 on the phone: a caller asking about an existing repair is texted a one-time code and
keys it in; the code is never kept in clear (not in the transcript either); the console
transport prints the demo tenants' codes, which is how a developer reads them."""

from __future__ import annotations

import re

from backend.services.conversations import CODE_PLACEHOLDER, redacted
from telephony.transport import ConsoleTransport
from tests.telephony.conftest import SARAH, says
from tests.telephony.test_voice import call_turns

ASK_CODE = [
    *says("To keep your details safe, I've sent a 6-digit code by text message."),
    *says(
        "When it arrives, please key in the 6 digits on your keypad.", custom={"gather_digits": 6}
    ),
]


def test_a_caller_asked_for_a_code_can_key_in_six_digits_without_the_hash_key(phone, assistant):
    assistant.script(ASK_CODE)
    phone.ring()
    root = phone.say("I want to know about my repair")
    (gather,) = root.iter("Gather")
    assert gather.attrib["numDigits"] == "6"
    assert "finishOnKey" not in gather.attrib
    assert "dtmf" in gather.attrib["input"]


def test_the_keyed_code_goes_to_the_assistant_but_not_into_the_transcript(
    phone, assistant, session
):
    assistant.script(ASK_CODE, says("Thank you, that's the right code."))
    phone.ring()
    phone.say("I want to know about my repair")
    phone.press("482910")
    assert assistant.calls[-1]["text"] == "482910"
    turns = call_turns(session, phone)
    assert ("in", CODE_PLACEHOLDER) in turns
    assert "482910" not in str(turns)


def test_a_typed_or_keyed_code_is_redacted_and_nothing_else_is():
    assert redacted("482910") == CODE_PLACEHOLDER
    assert redacted(" 482 910 ") == CODE_PLACEHOLDER
    assert redacted("pressed 482910") == CODE_PLACEHOLDER
    assert redacted("my toilet is blocked at number 12") == "my toilet is blocked at number 12"
    assert redacted("HR-483920") == "HR-483920"


def test_the_console_transport_prints_a_demo_tenants_code(api, app, tenant_ids, capsys):
    app.extensions["telephony_transport"] = ConsoleTransport()
    reply = api.post(f"/api/tenants/{tenant_ids['Sarah']}/codes")
    assert reply.status_code == 202
    printed = capsys.readouterr().out
    assert "[console SMS to +447*****123]" in printed
    assert re.search(r"your code is \d{6}\b", printed)
    assert SARAH not in printed
