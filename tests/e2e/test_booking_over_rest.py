"""End to end: backend, action server and Rasa started for real; a tenant reports a repair over
the web REST channel, is identified, and books an appointment; every process stopped after."""

from __future__ import annotations

import json
import re
import time
import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.stack import MODEL, RASA, Stack

pytestmark = pytest.mark.skipif(
    not (RASA.exists() and MODEL.exists()),
    reason="needs the bot environment and a trained model (make test-e2e builds both)",
)


@pytest.fixture(scope="module")
def stack():
    with Stack(debug_logs=True) as running:
        yield running
    for process in running.processes.values():
        assert process.poll() is not None, "a process outlived the test"


def now() -> str:
    return datetime.now(ZoneInfo("Europe/London")).isoformat()


def texts(replies: list[dict]) -> str:
    return " ".join(r.get("text", "") for r in replies)


def test_a_tenant_reports_a_dripping_tap_and_books_a_slot(stack):
    sender = f"e2e-{uuid.uuid4().hex[:8]}"
    metadata = {"reported_at": now()}
    replies = stack.say(sender, "the bathroom tap drips all the time", metadata=metadata)
    assert "3 working days" in texts(replies)
    assert "flat number" in texts(replies)

    stack.say(sender, "12", metadata=metadata)
    stack.say(sender, "RM3 7AB", metadata=metadata)
    replies = stack.say(sender, "Sarah Jones", metadata=metadata)
    assert "Sarah" in texts(replies) and "HR-" in texts(replies)
    buttons = replies[-1]["buttons"]
    assert len(buttons) >= 2 and buttons[-1]["title"] == "None of these"

    replies = stack.say(sender, buttons[0]["payload"], metadata=metadata)
    assert "booked in for" in texts(replies)
    assert "/photos/" in texts(replies)  # a link to send photos, once booked

    slots = stack.slots(sender)
    assert slots["category"] == "tap" and slots["priority"] == "three_day"
    assert slots["booking_id"] is not None
    repair = stack.api("GET", f"/api/repairs/{slots['reference']}", params={"tenant_id": 1})
    assert repair.json()["booking"]["status"] == "active"


def test_a_gas_smell_over_sms_gets_the_advice_first_and_an_emergency_report(stack):
    sender = f"e2e-{uuid.uuid4().hex[:8]}"
    replies = stack.say(
        sender,
        "smell gas in my flat",
        channel="sms",
        metadata={"reported_at": now(), "tenant_id": 1, "first_name": "Sarah"},
    )
    assert "0800 111 999" in replies[0]["text"]
    assert all(ord(ch) < 128 for r in replies for ch in r.get("text", ""))  # GSM-friendly
    slots = stack.slots(sender)
    assert slots["priority"] == "emergency" and slots["reference"]
    assert slots["booking_id"] is None


def test_the_tenant_comes_back_for_the_status(stack):
    # By text from the number on file: the answer goes back to that number, so that is proof.
    sender = f"e2e-{uuid.uuid4().hex[:8]}"
    metadata = {"reported_at": now(), "tenant_id": 1}
    stack.say(sender, "the kitchen sink is blocked", channel="sms", metadata=metadata)
    reference = stack.slots(sender)["reference"]
    replies = stack.say(
        f"{sender}-later", f"any update on {reference}", channel="sms", metadata=metadata
    )
    assert reference in texts(replies)


def codes_texted(stack) -> list[str]:
    """The one-time codes the backend's console transport printed (its log), oldest first."""
    log = (stack.workdir / "backend.log").read_text(errors="replace")
    return re.findall(r"your code is (\d{6})", log)


def test_on_the_web_chat_a_repair_is_told_only_after_the_code_texted_to_the_tenant(stack):
    sender = f"e2e-{uuid.uuid4().hex[:8]}"
    metadata = {"reported_at": now()}
    stack.say(
        sender, "the kitchen sink is blocked", channel="sms", metadata={**metadata, "tenant_id": 1}
    )
    reference = stack.slots(sender)["reference"]

    visitor = f"e2e-{uuid.uuid4().hex[:8]}"
    stack.say(visitor, f"any update on {reference}", metadata=metadata)
    stack.say(visitor, "12", metadata=metadata)
    stack.say(visitor, "RM3 7AB", metadata=metadata)
    before = len(codes_texted(stack))
    replies = stack.say(visitor, "Sarah Jones", metadata=metadata)
    assert reference not in texts(replies)  # the details alone are not enough
    assert "code" in texts(replies)
    deadline = time.monotonic() + 10
    while len(codes_texted(stack)) == before and time.monotonic() < deadline:
        time.sleep(0.2)
    code = codes_texted(stack)[-1]
    assert code not in json.dumps(stack.query("SELECT * FROM one_time_codes"))
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    assert reference not in texts(stack.say(visitor, wrong, metadata=metadata))
    replies = stack.say(visitor, code, metadata=metadata)
    assert reference in texts(replies)
    assert code not in json.dumps(stack.slots(visitor))


def without_separators(text: str) -> str:
    return text.replace(" ", "").replace("-", "")


def test_a_number_typed_by_a_tenant_reaches_the_repair_but_not_the_tracker_or_the_logs(stack):
    sender = f"e2e-{uuid.uuid4().hex[:8]}"
    metadata = {"reported_at": now()}
    stack.say(sender, "the kitchen sink is blocked", metadata=metadata)
    replies = stack.say(sender, "skip", metadata=metadata)
    assert "phone number" in texts(replies)
    replies = stack.say(sender, "you can reach me on 07700 900987", metadata=metadata)
    assert "HR-" in texts(replies)

    reference = stack.slots(sender)["reference"]
    assert stack.query("SELECT contact_phone FROM repairs WHERE reference = ?", reference) == [
        ("+447700900987",)
    ]
    tracker = json.dumps(stack.tracker(sender))
    assert "7700900987" not in without_separators(tracker)
    assert stack.slots(sender)["contact_phone"].startswith("tel")
    # Debug logs quote every message, slot and action result.
    for name in ("rasa", "actions", "backend"):
        assert "7700900987" not in without_separators(stack.log(name)), name
    # ...so the token is there where the number would have been.
    assert stack.slots(sender)["contact_phone"] in stack.log("rasa")
