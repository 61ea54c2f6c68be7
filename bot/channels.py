"""The assistant's three input channels: web chat, SMS and voice (REST-style, one per channel).

`POST /webhooks/<web|sms|voice>/webhook` with
`{"sender": "<conversation id>", "message": "<text>", "metadata": {...}}` returns Rasa's REST
reply list `[{"recipient_id", "text", "buttons"?}]`, like the stock `rest` channel, with two
differences:
- the metadata (`reported_at`, `tenant_id`, `first_name`, `conversation_id`) is kept on the user
  message, so actions can use the channel's own timestamp and the caller already identified by
  the telephony layer; but who the caller is (every key but `reported_at`) is believed only when
  the relay proves it sent the message (`X-Relay-Proof`, `bot/relay_proof.py`): anyone else who
  can reach Rasa gets a conversation with no identity. A server without `RELAY_SIGNING_KEY`
  refuses to start;
- the output channel is named after the input channel, so `domain.yml` responses with
  `channel: sms` or `channel: voice` variants are chosen, and actions see the channel name;
- phone numbers in the message are sealed into tokens before Rasa sees it, so no number typed by a
  tenant is kept in clear in the tracker or its logs, and tokens in the replies are opened again
  (`bot/phone_tokens.py`). A server without `PHONE_TOKEN_KEY` refuses to start.
"""

from __future__ import annotations

import logging
from asyncio import CancelledError
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

# Patches to Rasa installed by importing them (see each module for why):
import bot.action_reply_check  # its check of action replies, compiled once
import bot.endpoint_sessions  # its calls to the action server on kept connections
import bot.event_types  # its lookup of event classes by name, remembered
import bot.graph_runs  # noqa: F401  (its graph of components planned once, not every run)
from bot.phone_tokens import PhoneSealer, sealer_from_env
from bot.relay_proof import (
    HEADER,
    OPEN_KEYS,
    ProofChecker,
    checker_from_env,
    trusted_metadata,
)

logger = logging.getLogger(__name__)

# Metadata keys passed on to the tracker; anything else is dropped.
METADATA_KEYS = ("reported_at", "tenant_id", "first_name", "conversation_id")


class NamedCollectingOutputChannel(CollectingOutputChannel):
    """Collects the replies like the REST channel, under the input channel's name."""

    def __init__(self, channel_name: str) -> None:
        super().__init__()
        self.channel_name = channel_name

    def name(self) -> str:  # type: ignore[override]
        return self.channel_name


class _NamedRestInput(RestInput):
    """A REST input channel whose name is its class's `channel_name`."""

    channel_name = "web"

    @classmethod
    def name(cls) -> str:
        return cls.channel_name

    def _extract_input_channel(self, req: Request) -> str:
        # The URL decides the channel; the body cannot claim another one.
        return self.name()

    # Set by blueprint(): a channel that was never served believes nobody.
    _proofs: ProofChecker | None = None

    def get_metadata(self, request: Request) -> dict[str, Any] | None:
        body = request.json or {}
        metadata = body.get("metadata")
        if not isinstance(metadata, dict):
            return None
        vouched = self._relay_vouches(request, body, metadata)
        if not vouched and set(metadata) - OPEN_KEYS:
            logger.warning(
                "the %s channel ignored the identity in a message without the relay's proof",
                self.name(),
            )
        trusted = trusted_metadata(metadata, vouched)
        return {key: trusted[key] for key in METADATA_KEYS if trusted.get(key) is not None}

    def _relay_vouches(self, request: Request, body: dict[str, Any], metadata: dict) -> bool:
        if self._proofs is None or not isinstance(body.get("message"), str):
            return False
        header = (getattr(request, "headers", None) or {}).get(HEADER)
        sender_id = str(body.get("sender") or "default")
        return self._proofs.vouches(header, self.name(), sender_id, body["message"], metadata)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint(f"{self.name()}_webhook", __name__)
        sealer = sealer_from_env()
        self._proofs = checker_from_env()

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body = request.json
            if not isinstance(body, dict) or not isinstance(body.get("message"), str):
                return response.json(
                    {"error": "bad_request", "message": "expected JSON with a 'message' text"},
                    status=400,
                )
            sender_id = str(body.get("sender") or "default")
            collector = NamedCollectingOutputChannel(self.name())
            try:
                await on_new_message(
                    UserMessage(
                        sealer.seal_numbers(body["message"]),
                        collector,
                        sender_id,
                        input_channel=self.name(),
                        metadata=self.get_metadata(request),
                    )
                )
            except CancelledError:
                logger.error("Message handling timed out on the %s channel", self.name())
            except Exception:
                logger.exception("Message handling failed on the %s channel", self.name())
            return response.json(opened_replies(collector.messages, sealer))

        return webhook


def opened_replies(messages: list[dict[str, Any]], sealer: PhoneSealer) -> list[dict[str, Any]]:
    """The replies with any phone token in their text opened for the tenant to read."""
    return [
        {**message, "text": sealer.open_tokens(message["text"])}
        if isinstance(message.get("text"), str)
        else message
        for message in messages
    ]


class WebInput(_NamedRestInput):
    """Web chat (the Flask app relays the browser's messages)."""

    channel_name = "web"


class SmsInput(_NamedRestInput):
    """SMS (the telephony layer relays Twilio's messages)."""

    channel_name = "sms"


class VoiceInput(_NamedRestInput):
    """Voice (the telephony layer relays Twilio's speech results and key presses)."""

    channel_name = "voice"
