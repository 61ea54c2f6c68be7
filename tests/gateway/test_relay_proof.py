"""The relays vouch for who is talking: every turn the assistant client sends carries the proof
(X-Relay-Proof, bot/relay_proof.py) that Rasa's channels check before they believe a tenant_id."""

from __future__ import annotations

from types import SimpleNamespace

from bot.assistant_client import AssistantClient
from bot.relay_proof import HEADER, ProofChecker
from gateway import create_app
from gateway.config import for_tests

KEY = "test-relay-signing-key"


class RecordingSession:
    def __init__(self) -> None:
        self.posts: list[dict] = []

    def post(self, url, json, headers, timeout):
        self.posts.append({"url": url, "json": json, "headers": headers})
        return SimpleNamespace(raise_for_status=lambda: None, json=lambda: [{"text": "Hello"}])


def test_a_turn_carries_the_relays_proof_of_exactly_what_it_says():
    session = RecordingSession()
    client = AssistantClient("http://rasa", session=session, signing_key=KEY)
    metadata = {"reported_at": "2026-12-08T09:00:00+00:00", "tenant_id": 1, "first_name": "Sarah"}
    client.send("sms", "c1", "what are my repairs?", metadata)

    post = session.posts[0]
    body, proof = post["json"], post["headers"][HEADER]
    checker = ProofChecker(KEY)
    assert checker.vouches(proof, "sms", body["sender"], body["message"], body["metadata"])
    assert not ProofChecker(KEY).vouches(proof, "sms", "c1", "what are my repairs?", {})
    assert not ProofChecker("another-key").vouches(
        proof, "sms", "c1", "what are my repairs?", metadata
    )


def test_without_a_signing_key_no_proof_is_sent_and_rasa_believes_nobody():
    session = RecordingSession()
    AssistantClient("http://rasa", session=session).send("web", "c1", "hi", {"tenant_id": 1})
    assert HEADER not in session.posts[0]["headers"]


def test_the_app_signs_with_relay_signing_key():
    app = create_app({**for_tests(), "RELAY_SIGNING_KEY": "from-the-environment"})
    assert app.extensions["assistant"].signing_key == "from-the-environment"
