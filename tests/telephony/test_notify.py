"""GOV.UK Notify as the notifications' transport (telephony/notify.py), against a local stand-in
for Notify's API reached through the client's base URL: nothing leaves the machine."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from uuid import uuid4

import jwt
import pytest
from sqlalchemy import select

from backend.channel_models import Notification
from backend.models import RepairReport
from telephony.notify import (
    NotifyConfigurationError,
    NotifyTransport,
    notification_transport_from_config,
    notify_from_config,
    parse_templates,
)
from telephony.transport import ConsoleTransport
from tests.telephony.conftest import ARTHUR, SARAH, RecordingTransport

SERVICE_ID = "6d2a8c1e-3f4b-4a5c-9d6e-7f8091a2b3c4"
SECRET = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"
API_KEY = f"clocks_test-{SERVICE_ID}-{SECRET}"
DEFAULT_TEMPLATE = "11111111-1111-4111-8111-111111111111"
REPORTED_TEMPLATE = "22222222-2222-4222-8222-222222222222"


class StandIn:
    """Notify's API as far as sending a text goes: checks the token as Notify does, records
    each request, answers 201 with a notification id (or what a test tells it to)."""

    def __init__(self):
        self.requests: list[dict] = []
        self.refusal: tuple[int, dict] | None = None
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                token = self.headers["Authorization"].removeprefix("Bearer ")
                claims = jwt.decode(token, SECRET, algorithms=["HS256"])
                stand_in.requests.append({"path": self.path, "iss": claims["iss"], **body})
                status, answer = stand_in.refusal or (
                    201,
                    {"id": str(uuid4()), "reference": None, "content": {"body": "..."}},
                )
                payload = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def notify():
    stand_in = StandIn()
    yield stand_in
    stand_in.close()


@pytest.fixture
def app_config(app_config, notify):
    return {
        **app_config,
        "NOTIFY_API_KEY": API_KEY,
        "NOTIFY_BASE_URL": notify.url,
        "NOTIFY_SMS_TEMPLATE_ID": DEFAULT_TEMPLATE,
        "NOTIFY_TEMPLATES": f"repair_reported={REPORTED_TEMPLATE}",
    }


@pytest.fixture
def calls(records) -> RecordingTransport:
    recorder = RecordingTransport()
    records.extensions["telephony_transport"].calls = recorder
    return recorder


def report(api, tenant_id, category="tap"):
    reply = api.post(
        "/api/repairs", json={"category": category, "channel": "web", "tenant_id": tenant_id}
    )
    assert reply.status_code == 201
    return reply.json["reference"]


def test_the_records_api_sends_its_texts_through_notify_when_the_key_is_set(
    api, records, notify, session, tenant_ids, calls
):
    assert isinstance(records.extensions["telephony_transport"], NotifyTransport)
    reference = report(api, tenant_ids["Sarah"])
    (sent,) = notify.requests
    notification = session.scalar(select(Notification))
    assert sent["path"] == "/v2/notifications/sms"
    assert sent["iss"] == SERVICE_ID
    assert sent["phone_number"] == SARAH
    assert sent["template_id"] == REPORTED_TEMPLATE  # the template named for this kind
    assert sent["personalisation"] == {"body": notification.body, "reference": reference}
    assert notification.status == "sent"
    assert len(notification.provider_sid) == 36  # Notify's id for it
    assert calls.sent == []


def test_a_kind_without_a_template_of_its_own_uses_the_default(api, notify, tenant_ids):
    assert api.post(f"/api/tenants/{tenant_ids['Sarah']}/codes").status_code == 202
    (sent,) = notify.requests
    assert sent["template_id"] == DEFAULT_TEMPLATE
    assert "code" in sent["personalisation"]["body"]
    assert sent["personalisation"]["reference"] == ""


def test_a_tenant_who_prefers_calls_is_still_rung_by_the_other_transport(
    api, notify, tenant_ids, calls
):
    report(api, tenant_ids["Arthur"])
    assert notify.requests == []
    assert [(c.kind, c.to) for c in calls.sent] == [("call", ARTHUR)]


def test_a_text_notify_refuses_is_recorded_as_failed_without_the_number(
    api, notify, session, tenant_ids
):
    notify.refusal = (
        400,
        {
            "status_code": 400,
            "errors": [{"error": "ValidationError", "message": f"{SARAH} is not allowed"}],
        },
    )
    report(api, tenant_ids["Sarah"])
    notification = session.scalar(select(Notification))
    assert notification.status == "failed"
    assert notification.error.startswith("HTTPError")
    assert SARAH not in notification.error
    assert session.scalar(select(RepairReport)).reference  # the report itself stands


def test_conversations_stay_on_twilio(app):
    """The gateway (SMS and voice conversations, late replies) never sends through Notify."""
    assert not isinstance(app.extensions["telephony_transport"], NotifyTransport)


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ({}, ConsoleTransport),
        ({"NOTIFY_SMS_TEMPLATE_ID": DEFAULT_TEMPLATE}, ConsoleTransport),
        ({"NOTIFY_API_KEY": API_KEY, "NOTIFY_SMS_TEMPLATE_ID": DEFAULT_TEMPLATE}, NotifyTransport),
        (
            {"NOTIFY_API_KEY": API_KEY, "NOTIFY_TEMPLATES": f"default={DEFAULT_TEMPLATE}"},
            NotifyTransport,
        ),
    ],
)
def test_notify_is_chosen_by_its_api_key(config, expected):
    assert isinstance(notification_transport_from_config(config), expected)


def test_notify_without_a_template_is_a_configuration_error():
    with pytest.raises(NotifyConfigurationError):
        notify_from_config({"NOTIFY_API_KEY": API_KEY}, calls=ConsoleTransport())


@pytest.mark.parametrize(
    ("raw", "parsed"),
    [
        (None, {}),
        ("", {}),
        ("repair_reported=abc", {"repair_reported": "abc"}),
        (
            " repair_reported = abc , repair_delayed=def,",
            {"repair_reported": "abc", "repair_delayed": "def"},
        ),
    ],
)
def test_templates_are_named_by_kind_in_configuration(raw, parsed):
    assert parse_templates(raw) == parsed


@pytest.mark.parametrize("raw", ["repair_reported", "=abc", "repair_reported="])
def test_a_template_list_that_does_not_parse_is_refused(raw):
    with pytest.raises(NotifyConfigurationError):
        parse_templates(raw)
