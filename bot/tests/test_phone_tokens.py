"""Phone numbers tenants type are sealed by the channel before Rasa keeps them, and opened only
where the backend or the tenant needs the number itself."""

from __future__ import annotations

import asyncio
import json
import re
from types import SimpleNamespace

import pytest

from bot.actions import backend
from bot.actions.config import TEST_SETTINGS
from bot.channels import SmsInput, VoiceInput, WebInput
from bot.nlu.hazards import emergency_category
from bot.nlu.keywords import (
    find_door_number,
    find_phone,
    find_postcode,
    find_reference,
)
from bot.phone_tokens import (
    PhoneSealer,
    PhoneTokenKeyMissing,
    UnreadablePhoneToken,
    sealer_from_env,
)

SEALER = PhoneSealer("test-phone-token-key")


def digits_only(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("07700 900123", "07700900123"),
        ("my number is 07700900456", "07700900456"),
        ("+44 7700 900789", "+447700900789"),
        ("ring me on +44 (0)7700 900-321 after 5", "+447700900321"),
        ("landline 01708 434000 please", "01708434000"),
        ("0 7 7 0 0 9 0 0 1 2 3", "07700900123"),
        ("(07700) 900123", "07700900123"),
        ("+44-7700-900123", "+447700900123"),
        ("0044 7700 900123 is my mobile", "+447700900123"),
        ("it's 020 7946 0018 at work", "02079460018"),
    ],
)
def test_a_number_in_a_message_is_sealed_and_opens_to_its_digits(message, number):
    sealed = SEALER.seal_numbers(message)
    assert number.lstrip("+")[-9:] not in digits_only(sealed)
    token = find_phone(sealed)
    assert token is not None and token.startswith("tel")
    assert SEALER.open(token) == number


@pytest.mark.parametrize(
    "message",
    [
        "the boiler is broken",
        "flat 12, RM3 7AB",
        "any news on HR-483920",
        "it's been 3 days",
        "since 07/11/2026 at 09:30",
        "slot 1234567 please",
    ],
)
def test_a_message_without_a_number_is_left_as_it_is(message):
    assert SEALER.seal_numbers(message) == message


def test_the_same_number_seals_to_a_different_token_each_time():
    assert SEALER.seal("07700900123") != SEALER.seal("07700900123")


@pytest.mark.parametrize("attempt", range(20))
def test_no_keyword_postcode_door_number_or_reference_is_found_inside_a_token(attempt):
    token = SEALER.seal("07700900123")
    assert find_postcode(token) is None
    assert find_door_number(token) is None
    assert find_reference(token) is None
    assert emergency_category(token) is None


def test_a_token_from_another_key_or_altered_does_not_open():
    token = PhoneSealer("another-key").seal("07700900123")
    with pytest.raises(UnreadablePhoneToken):
        SEALER.open(token)
    altered = SEALER.seal("07700900123")
    altered = altered[:-1] + ("0" if altered[-1] != "0" else "1")
    with pytest.raises(UnreadablePhoneToken):
        SEALER.open(altered)
    assert SEALER.open_tokens(f"call {token}") == "call [number unavailable]"


def test_without_a_key_nothing_is_sealed_and_the_server_is_told_why():
    with pytest.raises(PhoneTokenKeyMissing, match="PHONE_TOKEN_KEY"):
        sealer_from_env({})
    assert isinstance(sealer_from_env({"PHONE_TOKEN_KEY": "k"}), PhoneSealer)


# --- the channels -------------------------------------------------------------------------------


def webhook(channel_class, on_new_message):
    blueprint = channel_class().blueprint(on_new_message)
    return next(route.handler for route in blueprint._future_routes if route.uri == "/webhook")


@pytest.mark.parametrize("channel_class", [WebInput, SmsInput, VoiceInput])
def test_the_channel_hands_rasa_the_token_and_the_tenant_the_number(monkeypatch, channel_class):
    monkeypatch.setenv("PHONE_TOKEN_KEY", "test-phone-token-key")
    monkeypatch.setenv("RELAY_SIGNING_KEY", "test-relay-signing-key")
    received = []

    async def on_new_message(message):
        received.append(message)
        # A reply that quotes what the tenant said back to them.
        await message.output_channel.send_text_message(
            message.sender_id, f"You said: {message.text}"
        )

    request = SimpleNamespace(
        json={"sender": "c1", "message": "call me on 07700 900123", "metadata": {}}
    )
    reply = asyncio.run(webhook(channel_class, on_new_message)(request))

    seen_by_rasa = received[0].text
    assert "7700900123" not in digits_only(seen_by_rasa)
    assert SEALER.open(find_phone(seen_by_rasa)) == "07700900123"
    assert json.loads(reply.body) == [
        {"recipient_id": "c1", "text": "You said: call me on 07700900123"}
    ]


def test_a_rasa_server_without_the_key_refuses_to_start(monkeypatch):
    monkeypatch.delenv("PHONE_TOKEN_KEY", raising=False)
    with pytest.raises(PhoneTokenKeyMissing):
        WebInput().blueprint(lambda message: None)


# --- the action server's backend client ---------------------------------------------------------


class RecordingSession:
    def __init__(self) -> None:
        self.sent = []

    def request(self, method, url, **kwargs):
        self.sent.append(kwargs["json"])
        return SimpleNamespace(status_code=201, json=lambda: {"reference": "HR-100001"})


def test_the_backend_is_sent_the_numbers_the_tokens_stand_for(monkeypatch):
    monkeypatch.setattr(backend, "_down_until", 0.0)
    session = RecordingSession()
    contact, other = SEALER.seal("07700900123"), SEALER.seal("+447700900456")
    payload = {
        "contact_phone": contact,
        "description": f"boiler out, or ring my partner on {other}",
        "facts": {"total_loss": True},
    }
    backend.BackendClient(TEST_SETTINGS, session).create_repair(payload, "key-1")
    assert session.sent == [
        {
            "contact_phone": "07700900123",
            "description": "boiler out, or ring my partner on +447700900456",
            "facts": {"total_loss": True},
        }
    ]
    assert payload["contact_phone"] == contact  # what the tracker holds is unchanged
