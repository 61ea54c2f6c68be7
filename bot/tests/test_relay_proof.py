"""Only the relays can assert an identity, and only Rasa can call the action server.

The channels believe `tenant_id`, `first_name`, `conversation_id` (every metadata key but
`reported_at`) only with the relay's proof (`bot/relay_proof.py`); the action server refuses any
call without Rasa's credential (`bot/actions/rasa_only.py`)."""

from __future__ import annotations

import asyncio
import json
from types import SimpleNamespace

import pytest
from rasa_sdk.endpoint import create_app
from rasa_sdk.plugin import plugin_manager

from bot.actions.rasa_only import ActionServerTokenMissing, rasa_only
from bot.channels import SmsInput, VoiceInput, WebInput
from bot.relay_proof import (
    HEADER,
    ProofChecker,
    RelaySigningKeyMissing,
    checker_from_env,
    sign,
)

KEY = "test-relay-signing-key"
REPORTED_AT = "2026-12-08T09:00:00+00:00"
CLAIM = {"reported_at": REPORTED_AT, "tenant_id": 1, "first_name": "Sarah", "conversation_id": "c1"}


@pytest.fixture
def keys(monkeypatch):
    monkeypatch.setenv("PHONE_TOKEN_KEY", "test-phone-token-key")
    monkeypatch.setenv("RELAY_SIGNING_KEY", KEY)


def served(channel_class):
    """The channel as a Rasa server runs it: its blueprint made, so its keys are loaded."""
    channel = channel_class()
    channel.blueprint(lambda message: None)
    return channel


def request(metadata, proof=None, sender="c1", text="what are my repairs?"):
    return SimpleNamespace(
        json={"sender": sender, "message": text, "metadata": metadata},
        headers={HEADER: proof} if proof is not None else {},
    )


def relay_proof(channel="web", sender="c1", text="what are my repairs?", metadata=None, **kw):
    return sign(KEY, channel, sender, text, CLAIM if metadata is None else metadata, **kw)


# --- the channels --------------------------------------------------------------------------------


@pytest.mark.parametrize("channel_class", [WebInput, SmsInput, VoiceInput])
def test_a_direct_post_claiming_tenant_1_is_nobody_but_its_report_time_stands(keys, channel_class):
    assert served(channel_class).get_metadata(request(CLAIM)) == {"reported_at": REPORTED_AT}


@pytest.mark.parametrize(
    "proof",
    [
        pytest.param("", id="empty"),
        pytest.param("t=1,v1=" + "0" * 64, id="made up"),
        pytest.param(
            sign("another-key", "web", "c1", "what are my repairs?", CLAIM), id="other key"
        ),
        pytest.param(relay_proof(channel="sms"), id="other channel"),
        pytest.param(relay_proof(sender="c2"), id="other sender"),
        pytest.param(relay_proof(text="cancel my appointment"), id="other message"),
        pytest.param(relay_proof(metadata={**CLAIM, "tenant_id": 2}), id="other tenant"),
        pytest.param(relay_proof(now=1_000_000_000), id="stale"),
    ],
)
def test_a_proof_that_is_not_the_relays_for_this_message_proves_nothing(keys, proof):
    assert served(WebInput).get_metadata(request(CLAIM, proof)) == {"reported_at": REPORTED_AT}


@pytest.mark.parametrize(
    ("channel_class", "name"), [(WebInput, "web"), (SmsInput, "sms"), (VoiceInput, "voice")]
)
def test_the_relays_proof_makes_the_channel_believe_the_caller(keys, channel_class, name):
    claim = {**CLAIM, "password": "dropped: not a key the channels pass on"}
    proof = relay_proof(channel=name, metadata=claim)
    assert served(channel_class).get_metadata(request(claim, proof)) == CLAIM


def test_a_proof_is_good_once(keys):
    channel = served(WebInput)
    proof = relay_proof()
    assert channel.get_metadata(request(CLAIM, proof)) == CLAIM
    assert channel.get_metadata(request(CLAIM, proof)) == {"reported_at": REPORTED_AT}


def test_a_channel_that_was_never_served_believes_nobody():
    assert WebInput().get_metadata(request(CLAIM, relay_proof())) == {"reported_at": REPORTED_AT}


def test_a_rasa_server_without_the_relay_signing_key_refuses_to_start(monkeypatch):
    monkeypatch.setenv("PHONE_TOKEN_KEY", "test-phone-token-key")
    monkeypatch.delenv("RELAY_SIGNING_KEY", raising=False)
    with pytest.raises(RelaySigningKeyMissing, match="RELAY_SIGNING_KEY"):
        WebInput().blueprint(lambda message: None)
    with pytest.raises(RelaySigningKeyMissing):
        checker_from_env({})


def test_the_webhook_hands_rasa_only_what_it_believes(keys):
    received = []

    async def on_new_message(message):
        received.append(message)

    blueprint = WebInput().blueprint(on_new_message)
    webhook = next(route.handler for route in blueprint._future_routes if route.uri == "/webhook")
    asyncio.run(webhook(request(CLAIM)))
    asyncio.run(webhook(request(CLAIM, relay_proof())))
    assert [message.metadata for message in received] == [{"reported_at": REPORTED_AT}, CLAIM]


def test_the_proof_is_over_canonical_json_so_key_order_does_not_matter():
    checker = ProofChecker(KEY, clock=lambda: 1_800_000_000)
    proof = sign(KEY, "sms", "c1", "hi", {"b": 1, "a": "é"}, now=1_800_000_000)
    assert checker.vouches(proof, "sms", "c1", "hi", {"a": "é", "b": 1})
    assert not checker.vouches(proof, "sms", "c1", "hi", {"a": "e", "b": 1})


# --- the action server ---------------------------------------------------------------------------


def call(check, path="/webhook", authorization=None):
    headers = {"Authorization": authorization} if authorization is not None else {}
    fake = SimpleNamespace(path=path, headers=headers, method="POST", ip="127.0.0.1")
    return asyncio.run(check(fake))


def test_the_action_server_refuses_a_call_without_rasas_credential():
    check = rasa_only("rasa-only-token")
    for authorization in (None, "", "Bearer wrong", "rasa-only-token", "Bearer rasa-only-token "):
        refused = call(check, authorization=authorization)
        assert refused.status == 401, authorization
        assert json.loads(refused.body) == {"error": "unauthorized"}
    assert call(check, path="/actions").status == 401
    assert call(check, authorization="Bearer rasa-only-token") is None
    assert call(check, path="/health") is None


def test_an_action_server_without_the_token_refuses_to_start():
    with pytest.raises(ActionServerTokenMissing, match="ACTION_SERVER_TOKEN"):
        rasa_only("")


def test_the_action_package_puts_the_check_on_the_sdks_server(monkeypatch):
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "rasa-only-token")
    app = create_app("bot.actions")
    before = len(app.request_middleware)
    # What rasa_sdk.endpoint.run does between making the app and serving it.
    plugin_manager().hook.attach_sanic_app_extensions(app=app)
    assert len(app.request_middleware) == before + 1
    check = app.request_middleware[-1]
    check = getattr(check, "func", check)
    assert call(check).status == 401
    assert call(check, authorization="Bearer rasa-only-token") is None


@pytest.mark.parametrize("endpoints", ["endpoints.yml", "endpoints.production.yml"])
def test_rasa_sends_the_action_server_its_credential_and_will_not_start_without_it(
    monkeypatch, endpoints
):
    from rasa.core.utils import AvailableEndpoints
    from rasa.shared.exceptions import RasaException

    stores = ("TRACKER_DB", "LOCK_STORE")
    for name in (f"{s}_{part}" for s in stores for part in ("HOST", "PORT", "NAME", "DB")):
        monkeypatch.setenv(name, "1")
    for name in (f"{s}_{part}" for s in stores for part in ("USER", "PASSWORD")):
        monkeypatch.setenv(name, "x")
    monkeypatch.setenv("ACTION_ENDPOINT_URL", "http://127.0.0.1:5055/webhook")
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "rasa-only-token")
    action = AvailableEndpoints.read_endpoints(endpoints).action
    assert action.headers == {"Authorization": "Bearer rasa-only-token"}

    monkeypatch.delenv("ACTION_SERVER_TOKEN")
    with pytest.raises(RasaException, match="ACTION_SERVER_TOKEN"):
        AvailableEndpoints.read_endpoints(endpoints)
