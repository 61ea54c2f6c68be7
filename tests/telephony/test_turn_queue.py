"""Phone turns wait in line for the assistant (telephony.relay.in_line, with the budget the web
chat uses too): at most so many at once, the rest in turn, and a turn whose answer could no
longer be used is never sent."""

from __future__ import annotations

import threading
import time

import pytest

from bot.assistant_client import AssistantUnavailable, TurnBudget
from telephony.relay import in_line


def soon(seconds: float = 5.0) -> float:
    return time.monotonic() + seconds


def test_a_turn_is_sent_at_once_when_there_is_a_place():
    assert in_line(TurnBudget(2), soon(), lambda: "answered") == "answered"


def test_a_turn_that_finds_no_place_before_its_deadline_is_never_sent():
    budget = TurnBudget(1)
    holding, release = threading.Event(), threading.Event()

    def long_turn():
        holding.set()
        release.wait(5)

    first = threading.Thread(target=in_line, args=(budget, soon(), long_turn))
    first.start()
    holding.wait(5)
    sent = []
    with pytest.raises(AssistantUnavailable):
        in_line(budget, soon(0.1), lambda: sent.append("second"))
    release.set()
    first.join(5)
    assert sent == []


def test_turns_over_the_budget_wait_and_never_run_more_at_once_than_it_allows():
    budget = TurnBudget(2)
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
        threading.Thread(target=lambda: results.append(in_line(budget, soon(), turn)))
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert results == ["done"] * 6
    assert most == 2


def test_a_failed_turn_gives_its_place_back():
    budget = TurnBudget(1)

    def failing():
        raise AssistantUnavailable("rasa down")

    with pytest.raises(AssistantUnavailable):
        in_line(budget, soon(1), failing)
    assert in_line(budget, soon(1), lambda: "next") == "next"
