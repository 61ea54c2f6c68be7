"""The web chat sheds load before SMS and voice feel it: at most CHAT_CONCURRENT_TURNS chat turns
with the assistant at once per process; one more is answered at once, "busy, ring us on ...",
never queued, and a tenant's text still goes through (issue 11)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest

from backend.db import Base, get_session
from backend.seed import seed_demo
from bot.assistant_client import AssistantMessage, TurnBudget
from gateway import create_app
from gateway.config import for_tests
from tests.telephony.conftest import SARAH, Phone, RecordingTransport, message_bodies
from tests.web.conftest import csrf_token

LANDLORD_PHONE = "0800 151 3444"


class HeldAssistant:
    """Holds every web chat turn until released (a slow assistant under load); answers SMS and
    voice at once."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.chats_inside = threading.Semaphore(0)
        self.channels: list[str] = []

    def send(self, channel, sender, text, metadata=None, **_options):
        self.channels.append(channel)
        if channel == "web":
            self.chats_inside.release()
            self.release.wait(5)
        return [AssistantMessage(f"Thanks ({channel}). What is the problem?")]


@pytest.fixture
def committing_app(tmp_path, clock):
    """An app on an SQLite file with real commits, so requests can run at the same time."""
    app = create_app(
        {
            **for_tests(f"sqlite:///{tmp_path / 'load.db'}"),
            "CLOCK": clock,
            "CHAT_CONCURRENT_TURNS": 2,
        }
    )
    with app.app_context():
        session = get_session()
        seed_demo(session, date(2026, 12, 8))
        session.commit()
    yield app
    with app.extensions["db_engine"].begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
    app.extensions["db_engine"].dispose()


def chat(client, text: str = "my boiler is broken"):
    token = csrf_token(client)
    return client.post("/chat/message", json={"message": text}, headers={"X-CSRF-Token": token})


def test_a_full_chat_is_answered_busy_at_once_and_a_text_still_goes_through(committing_app):
    app = committing_app
    assistant = app.extensions["assistant"] = HeldAssistant()
    app.extensions["telephony_transport"] = RecordingTransport()
    with ThreadPoolExecutor(max_workers=2) as pool:
        held = [pool.submit(chat, app.test_client()) for _ in range(2)]
        try:
            assert all(assistant.chats_inside.acquire(timeout=5) for _ in held)

            started = time.monotonic()
            refused = chat(app.test_client())
            refused_after = time.monotonic() - started

            started = time.monotonic()
            texted = message_bodies(Phone(app.test_client(), SARAH).text("my boiler is broken"))
            texted_after = time.monotonic() - started
        finally:
            assistant.release.set()
        answered = [future.result(timeout=10) for future in held]

    assert refused.status_code == 503 and refused.headers["Retry-After"] == "30"
    assert refused.json["error"] == "busy"
    assert LANDLORD_PHONE in refused.json["message"]
    assert refused_after < 1.0
    assert texted == ["Thanks (sms). What is the problem?"]
    assert texted_after < 2.0
    assert [a.status_code for a in answered] == [200, 200]
    assert assistant.channels.count("web") == 2
    # The budget is given back: the next chat is answered as usual.
    assert chat(app.test_client()).status_code == 200


def test_a_chat_turn_gives_its_place_back_when_the_assistant_is_down(app, client, assistant):
    app.extensions["chat_turns"] = TurnBudget(1)
    assistant.unavailable = True
    assert chat(client).status_code == 503
    assistant.unavailable = False
    assert chat(client).status_code == 200


def test_the_busy_answer_reaches_no_assistant_and_links_the_phone_number(app, client, assistant):
    budget = app.extensions["chat_turns"] = TurnBudget(1)
    with budget.turn() as admitted:
        assert admitted
        refused = chat(client)
    assert refused.status_code == 503
    assert refused.json["error"] == "busy"
    assert assistant.calls == []
    assert next(s["href"] for s in refused.json["segments"] if "href" in s).startswith("tel:")


@pytest.mark.parametrize(("threads", "chat_turns"), [(8, 4), (16, 8), (1, 1), (3, 1)])
def test_the_chat_takes_half_of_gunicorns_threads_by_default(monkeypatch, threads, chat_turns):
    from gateway.config import from_environment

    monkeypatch.setenv("GUNICORN_THREADS", str(threads))
    monkeypatch.delenv("CHAT_CONCURRENT_TURNS", raising=False)
    assert from_environment()["CHAT_CONCURRENT_TURNS"] == chat_turns


def test_a_turn_over_the_budget_waits_briefly_in_line_and_gets_a_place_that_frees():
    budget = TurnBudget(1, queue_seconds=2.0)
    admitted: list[bool] = []
    with budget.turn() as first:
        assert first

        def second_turn():
            with budget.turn() as second:
                admitted.append(second)

        waiting = threading.Thread(target=second_turn)
        waiting.start()
        time.sleep(0.2)  # the second turn is in line, not refused
        assert admitted == []
    waiting.join(timeout=5)
    assert admitted == [True]


def test_a_turn_that_finds_no_place_within_the_wait_is_refused():
    budget = TurnBudget(1, queue_seconds=0.2)
    with budget.turn() as first:
        started = time.monotonic()
        with budget.turn() as second:
            assert first and not second
        assert 0.15 <= time.monotonic() - started < 2
    with budget.turn() as again:
        assert again  # the refused turn took no place
