"""Telephony fixtures: `app` is the channel gateway (the webhooks) and `records` the records API
(what `api` calls, where the notifications start), a scripted assistant in place of Rasa, a
transport that records instead of sending, and a phone that signs its webhooks exactly as Twilio
does."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit
from uuid import uuid4

import pytest
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from backend.models import Tenant
from bot.assistant_client import AssistantMessage, AssistantUnavailable
from tests.conftest import Api

AUTH_TOKEN = "test-twilio-auth-token"  # backend.config.for_tests()
BASE_URL = "http://localhost"  # what the Flask test client's requests look like to the app
SARAH = "+447700900123"  # a demo tenant (backend.seed), preferred contact: sms
ARTHUR = "+447700900456"  # a demo tenant who prefers calls
STRANGER = "+447700900999"  # nobody's number
TWILIO_NUMBER = "+447700900000"

Reply = Callable[[str, str, str, dict[str, Any]], list[AssistantMessage]]


def says(*texts: str, buttons: tuple[tuple[str, str], ...] = (), custom=None):
    """Assistant messages: each text one message; buttons (title, payload) on the last."""
    messages = [AssistantMessage(text) for text in texts]
    if buttons:
        last = messages.pop() if messages else AssistantMessage("")
        messages.append(
            AssistantMessage(
                last.text, tuple({"title": t, "payload": p} for t, p in buttons), last.custom
            )
        )
    if custom is not None:
        messages.append(AssistantMessage("", (), custom))
    return messages


@dataclass
class FakeAssistant:
    """Stands in for AssistantClient: answers with `reply`, remembers every call."""

    reply: Reply = lambda channel, sender, text, metadata: says("Thanks. What is the problem?")
    calls: list[dict[str, Any]] = field(default_factory=list)

    def send(self, channel, sender, text, metadata=None, **_options):
        self.calls.append(
            {"channel": channel, "sender": sender, "text": text, "metadata": dict(metadata or {})}
        )
        return self.reply(channel, sender, text, metadata or {})

    def script(self, *turns: list[AssistantMessage] | Reply) -> None:
        """Reply with these, one per turn, in order."""
        queue = list(turns)

        def reply(channel, sender, text, metadata):
            turn = queue.pop(0)
            return turn(channel, sender, text, metadata) if callable(turn) else turn

        self.reply = reply


class DownAssistant:
    def send(self, channel, sender, text, metadata=None, **_options):
        raise AssistantUnavailable("connection refused")


class SlowAssistant:
    def __init__(self, seconds: float):
        self.seconds = seconds

    def send(self, channel, sender, text, metadata=None, **_options):
        time.sleep(self.seconds)
        return [AssistantMessage("too late")]


@dataclass
class Sent:
    kind: str  # sms, call
    to: str
    body: str
    status_callback: str | None


class RecordingTransport:
    name = "recording"

    def __init__(self):
        self.sent: list[Sent] = []

    def send_sms(self, to, body, status_callback=None, *, kind=None, reference=None):
        self.sent.append(Sent("sms", to, body, status_callback))
        return f"SM{uuid4().hex}"

    def place_call(self, to, twiml, status_callback=None):
        self.sent.append(Sent("call", to, twiml, status_callback))
        return f"CA{uuid4().hex}"


def sign(url: str, params: dict[str, str], token: str = AUTH_TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, params)


class Phone:
    """Posts to the webhooks as Twilio would: form-encoded, signed with the auth token over the
    URL the app sees, returning the parsed TwiML root element."""

    def __init__(self, client, number: str = SARAH):
        self.client = client
        self.number = number
        self.call_sid = f"CA{uuid4().hex}"
        # Where the last <Gather> said to send the answer (its turn number included), as Twilio
        # would; before any, the bare /gather path.
        self.gather_path = "/twilio/voice/gather"

    def post(self, path: str, params: dict[str, str], *, headers=None, signed_url=None):
        signature = sign(signed_url or BASE_URL + path, params)
        return self.client.post(
            path, data=params, headers={"X-Twilio-Signature": signature, **(headers or {})}
        )

    def text(self, body: str, *, sid: str | None = None) -> ET.Element:
        response = self.post("/twilio/sms", self.sms_params(body, sid))
        assert response.status_code == 200, response.data
        assert response.mimetype == "text/xml"
        return ET.fromstring(response.data)

    def sms_params(self, body: str, sid: str | None = None) -> dict[str, str]:
        return {
            "MessageSid": sid or f"SM{uuid4().hex}",
            "AccountSid": "AC" + "0" * 32,
            "From": self.number,
            "To": TWILIO_NUMBER,
            "Body": body,
            "NumMedia": "0",
        }

    def call_params(self, **extra: str) -> dict[str, str]:
        return {
            "CallSid": self.call_sid,
            "AccountSid": "AC" + "0" * 32,
            "From": self.number,
            "To": TWILIO_NUMBER,
            "CallStatus": "in-progress",
            "Direction": "inbound",
            **extra,
        }

    def ring(self) -> ET.Element:
        return self.voice("/twilio/voice", CallStatus="ringing")

    def say(self, speech: str) -> ET.Element:
        return self.voice(self.gather_path, SpeechResult=speech, Confidence="0.92")

    def press(self, digits: str) -> ET.Element:
        return self.voice(self.gather_path, Digits=digits)

    def silence(self) -> ET.Element:
        return self.voice(self.gather_path)

    def voice(self, path: str, **extra: str) -> ET.Element:
        response = self.post(path, self.call_params(**extra))
        assert response.status_code == 200, response.data
        assert response.mimetype == "text/xml"
        root = ET.fromstring(response.data)
        gather = root.find("Gather")
        action = gather.get("action", "") if gather is not None else ""
        if "/twilio/voice/gather" in action:
            parts = urlsplit(action)
            self.gather_path = parts.path + (f"?{parts.query}" if parts.query else "")
        return root


def message_bodies(root: ET.Element) -> list[str]:
    assert root.tag == "Response"
    assert all(child.tag == "Message" for child in root)
    return [child.text or "" for child in root]


def spoken(element: ET.Element) -> list[str]:
    return [say.text or "" for say in element.iter("Say")]


@pytest.fixture
def app(gateway_app):
    """The channel gateway: the Twilio webhooks are its."""
    return gateway_app


@pytest.fixture
def records(records_app):
    """The records API: /api, and the notifications its events send."""
    return records_app


@pytest.fixture
def api(records) -> Api:
    return Api(records.test_client())


@pytest.fixture
def assistant(app) -> FakeAssistant:
    fake = FakeAssistant()
    app.extensions["assistant"] = fake
    return fake


@pytest.fixture
def transport(app, records) -> RecordingTransport:
    """One recorder for both processes' texts: the gateway's late replies, the records API's
    notifications and codes."""
    recorder = RecordingTransport()
    app.extensions["telephony_transport"] = recorder
    records.extensions["telephony_transport"] = recorder
    return recorder


@pytest.fixture
def phone(client, assistant, transport) -> Phone:
    return Phone(client)


@pytest.fixture
def tenant_id(session) -> Callable[[str], int]:
    return lambda number: session.scalar(select(Tenant.id).where(Tenant.phone == number))


@pytest.fixture(autouse=True)
def no_transaction_while_the_assistant_thinks(monkeypatch):
    """Every turn handed to the assistant starts with the gateway's session out of any
    transaction: on SQLite a transaction holds the write lock, and the records API writes during
    the turn (a read left open there made the booking fail end to end)."""
    from backend.db import get_session
    from telephony import relay

    asking = relay.ask_assistant

    def ask_with_no_transaction_open(*args, **kwargs):
        assert not get_session().in_transaction(), "a transaction is open as the assistant thinks"
        return asking(*args, **kwargs)

    monkeypatch.setattr(relay, "ask_assistant", ask_with_no_transaction_open)
