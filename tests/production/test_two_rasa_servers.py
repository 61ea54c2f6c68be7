"""Two Rasa servers sharing the SQL tracker store (PostgreSQL) and the Redis lock store, one
action server and the backend under gunicorn on PostgreSQL: one conversation's messages alternate
between the servers and it completes a booking exactly as when one server serves it all."""

from __future__ import annotations

import re
import threading
import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.production.conftest import POSTGRES_URL, REDIS_URL, needs_postgres, needs_redis
from tests.production.stack import MODEL, RASA, ProductionStack

pytestmark = [
    *needs_postgres,
    *needs_redis,
    pytest.mark.skipif(
        not (RASA.exists() and MODEL.exists()),
        reason="needs the bot environment and a trained model (make train)",
    ),
]

# A tenant reports a dripping tap on the web chat, is identified, and books the first slot.
SCRIPT = ["the bathroom tap drips all the time", "12", "RM3 7AB", "Sarah Jones", "<first slot>"]


@pytest.fixture(scope="module")
def stack():
    with ProductionStack("repairs_two_rasa_test", POSTGRES_URL, REDIS_URL) as running:
        yield running
    assert all(process.poll() is not None for process in running.processes.values())


def now() -> str:
    return datetime.now(ZoneInfo("Europe/London")).isoformat()


def converse(stack: ProductionStack, sender: str, servers: list[int]) -> list[list[dict]]:
    """The script, message i sent to servers[i]; the replies to each message."""
    metadata = {"reported_at": now()}
    turns: list[list[dict]] = []
    for message, server in zip(SCRIPT, servers, strict=True):
        if message == "<first slot>":
            offered = [reply for reply in turns[-1] if reply.get("buttons")]
            assert offered, f"no appointment offered: {turns[-1]}"
            message = offered[-1]["buttons"][0]["payload"]
        turns.append(stack.say(server, sender, message, metadata=metadata))
    return turns


def normalised(turns: list[list[dict]]) -> list[list[str]]:
    """Replies with what differs between two bookings (reference, photo link) masked."""
    return [[_masked(reply.get("text") or "") for reply in turn] for turn in turns]


def _masked(text: str) -> str:
    return re.sub(r"/photos/[\w-]+", "/photos/#", re.sub(r"HR-\d+", "HR-#", text))


def actions(events: list[tuple]) -> list[str]:
    return [action for kind, _intent, action in events if kind == "action"]


def test_a_conversation_alternating_between_two_servers_books_as_one_server_would(stack):
    alternating, single = f"alt-{uuid.uuid4().hex[:8]}", f"one-{uuid.uuid4().hex[:8]}"

    alternated = converse(stack, alternating, [0, 1, 0, 1, 0])
    served_by_one = converse(stack, single, [0, 0, 0, 0, 0])

    assert "booked in for" in " ".join(r.get("text", "") for r in alternated[-1])
    assert normalised(alternated) == normalised(served_by_one)
    stored = stack.stored_events(alternating)
    assert [kind for kind, *_ in stored].count("user") == len(SCRIPT)
    assert actions(stored) == actions(stack.stored_events(single))

    # Both servers now see the same conversation, and the backend has the booking.
    first, second = stack.tracker(0, alternating), stack.tracker(1, alternating)
    assert first["events"] == second["events"]
    assert first["slots"] == second["slots"]
    slots = first["slots"]
    assert (slots["category"], slots["priority"]) == ("tap", "three_day")
    repair = stack.api(
        "GET", f"/api/repairs/{slots['reference']}", params={"tenant_id": slots["tenant_id"]}
    )
    assert repair.status_code == 200, repair.text
    assert repair.json()["booking"]["status"] == "active"


def race(stack: ProductionStack, sender: str) -> dict[int, list]:
    """Two messages of one conversation sent at the same instant, one to each server."""
    barrier = threading.Barrier(2)
    replies: dict[int, list] = {}

    def send(server: int, message: str) -> None:
        barrier.wait()
        replies[server] = stack.say(server, sender, message, metadata={"reported_at": now()})

    threads = [
        threading.Thread(target=send, args=(0, "the kitchen sink is blocked")),
        threading.Thread(target=send, args=(1, "hello")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return replies


@pytest.mark.parametrize("attempt", range(3))
def test_two_messages_at_once_on_two_servers_are_handled_one_after_the_other(stack, attempt):
    # Without the shared lock store, most such races lose one of the two turns outright.
    sender = f"race-{attempt}-{uuid.uuid4().hex[:8]}"

    replies = race(stack, sender)

    assert set(replies) == {0, 1} and all(replies.values())
    kinds = [(kind, action) for kind, _intent, action in stack.stored_events(sender)]
    users = [i for i, (kind, _) in enumerate(kinds) if kind == "user"]
    assert len(users) == 2
    # The second message was taken only once the first turn had ended (back to listening):
    # the Redis lock serialised them across servers, and nothing was lost or interleaved.
    assert ("action", "action_listen") in kinds[users[0] : users[1]]
    assert kinds[-1] == ("action", "action_listen")


def without_separators(text: str) -> str:
    return text.replace(" ", "").replace("-", "")


def test_a_call_back_number_typed_on_one_server_is_opened_by_the_actions_and_stored_sealed(stack):
    # Rasa on server 1 seals the number; the action server opens it for the backend; the shared
    # tracker store on PostgreSQL keeps only the token.
    sender = f"callback-{uuid.uuid4().hex[:8]}"
    metadata = {"reported_at": now()}
    asked = stack.say(0, sender, "can I speak to a person please", metadata=metadata)
    assert "What number should we call you on?" in " ".join(r.get("text", "") for r in asked)
    done = stack.say(1, sender, "my number is 07700 900654, after 5 is best", metadata=metadata)
    assert "call you back" in " ".join(r.get("text", "") for r in done)

    phones = ProductionStack.query(
        stack.app_url,
        "SELECT phone FROM callback_requests WHERE conversation_id = :sender",
        sender=sender,
    )
    assert phones == [("+447700900654",)]
    stored = stack.stored_event_data(sender)
    assert stored and all("7700900654" not in without_separators(event) for event in stored)
    assert any("tel" in event and "callback_phone" in event for event in stored)
    for name in ("rasa0", "rasa1", "actions0", "backend"):
        assert "7700900654" not in without_separators(stack.log(name)), name
