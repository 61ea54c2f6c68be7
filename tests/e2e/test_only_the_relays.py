"""Only the relays can assert an identity (issue 11): the whole system started for real, then
called the way an intruder on the same machine would: a message straight to Rasa's `web` channel
claiming tenant 1, Rasa's HTTP API without its token, the action server without Rasa's
credential. Every process stopped after."""

from __future__ import annotations

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import requests

from tests.e2e.stack import MODEL, RASA, Stack

pytestmark = pytest.mark.skipif(
    not (RASA.exists() and MODEL.exists()),
    reason="needs the bot environment and a trained model (make test-e2e builds both)",
)


@pytest.fixture(scope="module")
def stack():
    with Stack() as running:
        yield running
    for process in running.processes.values():
        assert process.poll() is not None, "a process outlived the test"


def sender() -> str:
    return f"e2e-{uuid.uuid4().hex[:8]}"


# Tuesday 8 December 2026 (a report time the assistant would never make up itself).
REPORTED_AT = datetime(2026, 12, 8, 9, 30, tzinfo=ZoneInfo("Europe/London")).isoformat()
CLAIM = {"tenant_id": 1, "first_name": "Sarah", "reported_at": REPORTED_AT}


def last_user_metadata(stack: Stack, conversation: str) -> dict:
    """What the channel kept of the latest message's metadata (Rasa adds its model's ids)."""
    events = stack.tracker(conversation)["events"]
    metadata = next(e.get("metadata") or {} for e in reversed(events) if e["event"] == "user")
    return {k: v for k, v in metadata.items() if k not in ("model_id", "assistant_id")}


@pytest.mark.parametrize(
    "proof",
    [
        pytest.param(None, id="no proof"),
        pytest.param("t=1,v1=" + "0" * 64, id="made-up proof"),
    ],
)
def test_a_direct_post_claiming_tenant_1_is_not_tenant_1_but_its_report_time_stands(stack, proof):
    conversation = sender()
    replies = stack.say(conversation, "what are my repairs?", metadata=CLAIM, proof=proof)
    assert "Sarah" not in " ".join(r.get("text", "") for r in replies)
    assert stack.slots(conversation)["tenant_id"] is None
    assert last_user_metadata(stack, conversation) == {"reported_at": REPORTED_AT}


def test_the_relays_signed_claim_is_believed(stack):
    conversation = sender()
    stack.say(conversation, "hello", metadata=CLAIM)  # signed as the relay signs
    assert stack.slots(conversation)["tenant_id"] == 1
    assert last_user_metadata(stack, conversation) == CLAIM


def test_rasas_http_api_refuses_a_caller_without_the_token(stack):
    conversation = sender()
    stack.say(conversation, "hello")
    url = f"{stack.rasa_url}/conversations/{conversation}/tracker"
    assert requests.get(url, timeout=10).status_code == 401
    assert requests.get(url, params={"token": "guess"}, timeout=10).status_code == 401
    assert requests.get(f"{stack.rasa_url}/status", timeout=10).status_code == 401
    token = stack.env["RASA_AUTH_TOKEN"]
    assert requests.get(url, params={"token": token}, timeout=10).status_code == 200


def test_the_action_server_refuses_a_caller_without_rasas_credential(stack):
    actions = f"http://127.0.0.1:{stack.actions_port}"
    call = {
        "next_action": "action_session_start",
        "sender_id": sender(),
        "tracker": {"sender_id": "x", "slots": {}, "latest_message": {}, "events": []},
        "domain": {},
        "version": "3.6.2",
    }
    for headers in ({}, {"Authorization": "Bearer guess"}):
        refused = requests.post(f"{actions}/webhook", json=call, headers=headers, timeout=10)
        assert refused.status_code == 401, headers
    assert requests.get(f"{actions}/actions", timeout=10).status_code == 401
    assert requests.get(f"{actions}/health", timeout=10).status_code == 200
    allowed = requests.post(
        f"{actions}/webhook",
        json=call,
        headers={"Authorization": f"Bearer {stack.env['ACTION_SERVER_TOKEN']}"},
        timeout=10,
    )
    assert allowed.status_code != 401
