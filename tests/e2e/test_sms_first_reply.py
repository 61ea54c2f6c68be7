"""End to end, by text: a demo tenant texts a repair from the number on file to the Twilio SMS
webhook (signed as Twilio signs), the relay asks the real Rasa and action server, and the TwiML
reply is what the phone gets. The first reply costs at most two SMS segments and leads with the
reference and the target; the appointments follow once the tenant answers, and still book. The
relay's turn is served by the channel gateway's process, the action server's /api calls during it
by the records API's: two processes, two pools of workers."""

from __future__ import annotations

import re
import secrets
import uuid
import xml.etree.ElementTree as ET

import pytest
import requests
from twilio.request_validator import RequestValidator

from telephony.sms_text import segments
from tests.e2e.stack import MODEL, RASA, Stack

pytestmark = pytest.mark.skipif(
    not (RASA.exists() and MODEL.exists()),
    reason="needs the bot environment and a trained model (make test-e2e builds both)",
)

SARAH = "+447700900123"  # a demo tenant (backend.seed)
REFERENCE = re.compile(r"\bHR-\d{6}\b")


@pytest.fixture(scope="module")
def stack():
    running = Stack()
    running.env["TWILIO_AUTH_TOKEN"] = secrets.token_urlsafe(16)  # no SID: texts stay local
    with running:
        yield running
    for process in running.processes.values():
        assert process.poll() is not None, "a process outlived the test"


def text(stack: Stack, body: str) -> list[str]:
    """What Sarah's phone gets back for `body`: one body per <Message>."""
    url = f"{stack.gateway_url}/twilio/sms"
    params = {
        "MessageSid": f"SM{uuid.uuid4().hex}",
        "AccountSid": "AC" + "0" * 32,
        "From": SARAH,
        "To": "+447700900000",
        "Body": body,
        "NumMedia": "0",
    }
    signature = RequestValidator(stack.env["TWILIO_AUTH_TOKEN"]).compute_signature(url, params)
    reply = requests.post(url, data=params, headers={"X-Twilio-Signature": signature}, timeout=30)
    assert reply.status_code == 200, reply.text
    return [m.text or "" for m in ET.fromstring(reply.text).iter("Message")]


def test_the_first_reply_to_a_texted_repair_is_two_segments_leading_with_the_reference(stack):
    first = text(stack, "my kitchen sink is blocked")
    print("first reply:", first, sum(segments(body) for body in first), "segments")
    whole = "\n".join(first)
    assert sum(segments(body) for body in first) <= 2, first
    reference = REFERENCE.search(whole)
    assert reference and reference.start() <= len("(1/2) Ref "), first
    assert "Target" in first[0] and "working days" in first[0], first
    assert "Reply 1 for Yes" in whole  # the offer of appointments, not the list

    times = "\n".join(text(stack, "1"))
    offered = re.findall(r"Reply (\d) for ", times)
    assert len(offered) >= 2, times

    booked = "\n".join(text(stack, offered[0]))
    assert "Booked" in booked and reference.group() in booked, booked


def api_requests(log: str) -> list[str]:
    """The /api requests a server's log shows (werkzeug's request lines)."""
    return re.findall(r'"(?:GET|POST|PATCH|DELETE) (/api/[^ ?"]*)', log)


def test_a_relay_turn_and_the_api_calls_it_makes_are_served_by_different_processes(stack):
    before = len(api_requests(stack.log("backend")))
    first = text(stack, "the bathroom tap is dripping")
    assert REFERENCE.search("\n".join(first)), first
    # The turn's report reached the records API's process, and none of its calls the gateway's.
    assert len(api_requests(stack.log("backend"))) > before
    assert "POST /twilio/sms" in stack.log("gateway")
    assert api_requests(stack.log("gateway")) == []
    assert "/twilio/" not in stack.log("backend")
    assert stack.pid("gateway") != stack.pid("backend")
    # And neither app answers for the other.
    assert requests.get(f"{stack.gateway_url}/api/categories", timeout=10).status_code == 404
    assert requests.get(f"{stack.backend_url}/chat/message", timeout=10).status_code == 404
    assert requests.post(f"{stack.backend_url}/twilio/sms", timeout=10).status_code == 404
