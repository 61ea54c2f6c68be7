"""The backend client keeps its connections open across actions, one session per thread, and a
kept-alive connection the server has closed costs a second attempt, not a "backend down"."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from http.client import RemoteDisconnected
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest
import requests
from urllib3.exceptions import ProtocolError

from bot.actions import backend
from bot.actions.config import TEST_SETTINGS

TRIAGE = {"category": "toilet", "priority": "routine"}


class ClosingOnce:
    """A session whose first request meets a connection the server had closed."""

    def __init__(self) -> None:
        self.calls = 0

    def request(self, *args, **kwargs):
        self.calls += 1
        if self.calls == 1:
            # As requests raises it (urllib3's ProtocolError around http.client's error).
            raise requests.ConnectionError(
                ProtocolError("Connection aborted.", RemoteDisconnected("closed without response"))
            )
        return SimpleNamespace(status_code=200, json=lambda: TRIAGE)


def test_actions_in_one_thread_share_one_session_and_other_threads_have_their_own():
    first = backend.BackendClient(TEST_SETTINGS).session
    assert backend.BackendClient(TEST_SETTINGS).session is first
    elsewhere: list = []
    thread = threading.Thread(
        target=lambda: elsewhere.append(backend.BackendClient(TEST_SETTINGS).session)
    )
    thread.start()
    thread.join()
    assert elsewhere[0] is not first


def test_a_connection_the_server_closed_is_tried_again_where_repeating_is_harmless(monkeypatch):
    monkeypatch.setattr(backend, "_down_until", 0.0)
    session = ClosingOnce()
    assert backend.BackendClient(TEST_SETTINGS, session).triage("toilet", {}, None) == TRIAGE
    assert session.calls == 2
    assert backend._down_until == 0.0


def test_a_closed_connection_is_not_tried_again_for_a_call_that_is_not_safe_to_repeat(
    monkeypatch,
):
    monkeypatch.setattr(backend, "_down_until", 0.0)
    session = ClosingOnce()
    with pytest.raises(backend.BackendUnavailable):
        backend.BackendClient(TEST_SETTINGS, session).send_code(1)
    assert session.calls == 1
    # The backend answered the connection: later actions still try it.
    assert backend._down_until == 0.0


class _Counting(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as werkzeug's threaded server and gunicorn's
    connections: list[tuple[str, int]] = []

    def setup(self) -> None:
        super().setup()
        _Counting.connections.append(self.client_address)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps(TRIAGE).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def test_several_actions_calls_travel_over_one_kept_alive_connection(monkeypatch):
    monkeypatch.setattr(backend, "_down_until", 0.0)
    monkeypatch.setattr(backend, "_local", threading.local())
    _Counting.connections = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    serving = threading.Thread(target=server.serve_forever, daemon=True)
    serving.start()
    try:
        settings = replace(
            TEST_SETTINGS, backend_url=f"http://127.0.0.1:{server.server_port}", read_timeout=2
        )
        for _ in range(3):  # three actions, each with a client of its own
            client = backend.BackendClient(settings)
            assert client.triage("toilet", {}, None) == TRIAGE
            assert client.triage("tap", {}, None) == TRIAGE
        assert len(_Counting.connections) == 1
    finally:
        backend.shared_session().close()
        server.shutdown()
        server.server_close()


class Answering:
    """A session that answers every request with `body`."""

    def __init__(self, body: dict) -> None:
        self.body = body

    def request(self, *args, **kwargs):
        return SimpleNamespace(status_code=200, json=lambda: self.body)


def test_a_confidential_reference_is_refused_to_the_conversation(monkeypatch):
    monkeypatch.setattr(backend, "_down_until", 0.0)
    session = Answering({"reference": "HR-483920", "confidential": True, "clocks": []})
    with pytest.raises(backend.ConfidentialReference) as refused:
        backend.BackendClient(TEST_SETTINGS, session).get_repair("HR-483920", 1)
    assert refused.value.code == "confidential"
