"""Phone turns wait in line for the assistant (telephony.relay.TurnQueue): at most so many at once,
the rest in turn, and a turn whose answer could no longer be used is never sent."""

from __future__ import annotations

import threading
import time

import pytest

from bot.assistant_client import AssistantUnavailable
from telephony.relay import TurnQueue


def test_a_turn_is_sent_at_once_when_there_is_a_place():
    assert TurnQueue(2).run(time.monotonic() + 1, lambda: "answered") == "answered"


def test_a_turn_that_finds_no_place_before_its_deadline_is_never_sent():
    queue = TurnQueue(1)
    holding, release = threading.Event(), threading.Event()

    def long_turn():
        holding.set()
        release.wait(5)
        return "first"

    first = threading.Thread(target=queue.run, args=(time.monotonic() + 5, long_turn))
    first.start()
    holding.wait(5)
    sent = []
    with pytest.raises(AssistantUnavailable):
        queue.run(time.monotonic() + 0.1, lambda: sent.append("second"))
    release.set()
    first.join(5)
    assert sent == []


def test_turns_over_the_limit_wait_and_never_run_more_at_once_than_the_limit():
    queue = TurnQueue(2)
    running, most = 0, 0
    lock = threading.Lock()

    def turn():
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        time.sleep(0.05)
        with lock:
            running -= 1
        return "done"

    results = []
    threads = [
        threading.Thread(target=lambda: results.append(queue.run(time.monotonic() + 5, turn)))
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert results == ["done"] * 6
    assert most == 2


def test_a_failed_turn_gives_its_place_back():
    queue = TurnQueue(1)

    def failing():
        raise AssistantUnavailable("rasa down")

    with pytest.raises(AssistantUnavailable):
        queue.run(time.monotonic() + 1, failing)
    assert queue.run(time.monotonic() + 1, lambda: "next") == "next"
