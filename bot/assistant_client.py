"""Client for the Rasa assistant's REST channels, used by the SMS, voice and web-chat relays.

Every turn carries the relay's proof (`X-Relay-Proof`, `bot/relay_proof.py`) under
RELAY_SIGNING_KEY: the channels believe the caller's identity in the metadata only with it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from bot.channel_names import CHANNELS
from bot.relay_proof import HEADER as PROOF_HEADER
from bot.relay_proof import sign

log = logging.getLogger(__name__)


class AssistantUnavailable(Exception):
    """Rasa did not answer in time, or answered with something that is not a reply."""


@dataclass(frozen=True)
class AssistantMessage:
    text: str
    buttons: tuple[dict[str, str], ...] = ()
    custom: dict[str, Any] = field(default_factory=dict)


class TurnBudget:
    """At most `size` turns with the assistant at once in this process, for one kind of relay
    (the web chat's, the phones'). A turn over the budget waits up to `queue_seconds` (or the
    wait it is given) for a place, then is not admitted: the relay answers at once ("busy, ring
    us", or the phones' fallback). A web chat storm never takes the phones' places."""

    def __init__(self, size: int, queue_seconds: float = 0.0) -> None:
        self.size = max(1, size)
        self.queue_seconds = max(0.0, queue_seconds)
        self._slots = threading.BoundedSemaphore(self.size)

    @contextmanager
    def turn(self, wait_seconds: float | None = None) -> Iterator[bool]:
        wait = self.queue_seconds if wait_seconds is None else max(0.0, wait_seconds)
        admitted = self._slots.acquire(timeout=wait) if wait else self._slots.acquire(False)
        try:
            yield admitted
        finally:
            if admitted:
                self._slots.release()


def kept_session() -> requests.Session:
    """A session that keeps its connection to the assistant open between turns. It reads no
    proxy settings or ~/.netrc per request (`trust_env`): the assistant is on our own network,
    and under a storm that reading showed in the relay's profile."""
    session = requests.Session()
    session.trust_env = False
    # No retries: a turn that fails gets the fallback within the webhook's deadline.
    adapter = HTTPAdapter(pool_connections=1, pool_maxsize=1, max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


@dataclass
class AssistantClient:
    base_url: str
    timeout_seconds: float = 8.0
    # None: one kept session per thread (`requests.Session` is not documented as thread-safe,
    # and the relays send turns from a pool of threads).
    session: requests.Session | None = None
    # Shared with the Rasa servers; without it the assistant believes no identity we send.
    signing_key: str | None = None
    _local: threading.local = field(default_factory=threading.local, repr=False, compare=False)

    def http(self) -> requests.Session:
        if self.session is not None:
            return self.session
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = kept_session()
        return session

    def send(
        self,
        channel: str,
        sender: str,
        text: str,
        metadata: dict[str, Any] | None = None,
        timeout_seconds: float | None = None,
    ) -> list[AssistantMessage]:
        """The assistant's reply; `timeout_seconds` overrides the client's read timeout (a relay
        that can deliver a late reply waits longer in the background)."""
        if channel not in CHANNELS:
            raise ValueError(f"unknown channel {channel!r}")
        url = f"{self.base_url.rstrip('/')}/webhooks/{channel}/webhook"
        body = {"sender": sender, "message": text, "metadata": metadata or {}}
        headers = {}
        if self.signing_key:
            headers[PROOF_HEADER] = sign(self.signing_key, channel, sender, text, body["metadata"])
        read_timeout = timeout_seconds or self.timeout_seconds
        try:
            response = self.http().post(
                url,
                json=body,
                headers=headers,
                timeout=(min(2.0, self.timeout_seconds), read_timeout),
            )
            response.raise_for_status()
            payload = response.json()
        except (requests.RequestException, ValueError) as error:
            log.warning("assistant unavailable on %s: %s", channel, type(error).__name__)
            raise AssistantUnavailable(str(error)) from error
        if not isinstance(payload, list):
            raise AssistantUnavailable("the assistant's reply is not a list of messages")
        return [
            AssistantMessage(
                text=str(item.get("text") or ""),
                buttons=tuple(
                    {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
                    for b in item.get("buttons") or []
                ),
                custom=item.get("custom") if isinstance(item.get("custom"), dict) else {},
            )
            for item in payload
            # Custom-only messages carry signals such as {"transfer": "emergency"}.
            if isinstance(item, dict)
            and (item.get("text") or item.get("buttons") or item.get("custom"))
        ]
