"""The client every channel uses to reach Rasa: replies parsed, and a deadline that always holds."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.assistant_client import AssistantClient, AssistantMessage, AssistantUnavailable


def fake_rasa(reply_body: bytes, delay: float = 0.0, status: int = 200):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers["Content-Length"])
            self.server.received.append((self.path, json.loads(self.rfile.read(length))))
            time.sleep(delay)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(reply_body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.received = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def rasa_replying():
    servers = []

    def start(body, **kwargs):
        server = fake_rasa(
            json.dumps(body).encode() if not isinstance(body, bytes) else body, **kwargs
        )
        servers.append(server)
        return server, f"http://127.0.0.1:{server.server_port}"

    yield start
    for server in servers:
        server.shutdown()


def test_a_turn_goes_to_the_channels_webhook_with_its_metadata(rasa_replying):
    server, url = rasa_replying(
        [
            {
                "recipient_id": "c1",
                "text": "Is there another toilet?",
                "buttons": [{"title": "Yes", "payload": "/affirm"}],
            },
            {"recipient_id": "c1", "custom": {"transfer": "emergency"}},
            {"recipient_id": "c1", "image": "ignored.png"},
        ]
    )
    replies = AssistantClient(url, 2.0).send("sms", "c1", "toilet broken", {"tenant_id": 4})
    assert server.received == [
        (
            "/webhooks/sms/webhook",
            {"sender": "c1", "message": "toilet broken", "metadata": {"tenant_id": 4}},
        )
    ]
    assert replies == [
        AssistantMessage("Is there another toilet?", ({"title": "Yes", "payload": "/affirm"},)),
        AssistantMessage("", (), {"transfer": "emergency"}),
    ]


@pytest.mark.parametrize(
    ("body", "status"),
    [(b"not json", 200), (b'{"not": "a list"}', 200), (b"[]", 500)],
)
def test_an_answer_that_is_not_a_reply_counts_as_unavailable(rasa_replying, body, status):
    _, url = rasa_replying(body, status=status)
    with pytest.raises(AssistantUnavailable):
        AssistantClient(url, 2.0).send("web", "c1", "hello")


def test_a_slow_assistant_is_given_up_on_at_the_deadline(rasa_replying):
    _, url = rasa_replying([{"text": "too late"}], delay=3.0)
    started = time.monotonic()
    with pytest.raises(AssistantUnavailable):
        AssistantClient(url, 0.5).send("voice", "c1", "hello")
    assert time.monotonic() - started < 2.0


def test_an_assistant_that_is_down_counts_as_unavailable():
    with pytest.raises(AssistantUnavailable):
        AssistantClient("http://127.0.0.1:9", 1.0).send("web", "c1", "hello")


def test_an_unknown_channel_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown channel"):
        AssistantClient("http://127.0.0.1:9").send("fax", "c1", "hello")
