"""The relay's word for who is talking: identity metadata that only the Flask relays can assert.

The channels (`bot/channels.py`) take `tenant_id`, `first_name`, `conversation_id` and any other
identity key from a message's metadata only when the message carries a proof from the relay
(`bot/assistant_client.py`, used by the web chat and the SMS and voice webhooks): an HMAC-SHA256,
under `RELAY_SIGNING_KEY`, of the channel, the sender, the text, the metadata and the time, sent as
the `X-Relay-Proof` header. Without a valid, fresh, unused proof the channel keeps only the keys
anyone may send (`reported_at`), so a process that can reach Rasa cannot claim to be a tenant.

Standard library only: the relay runs on the app's Python, the channels on Rasa's.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any

KEY_VARIABLE = "RELAY_SIGNING_KEY"
HEADER = "X-Relay-Proof"
# Metadata anyone may send: the evaluation posts its cases' report times straight to the channel.
OPEN_KEYS = frozenset({"reported_at"})
# How old a proof may be when it arrives. The relay signs just before it posts, so this covers
# clock skew between machines and a slow hop, and bounds how long a proof is remembered.
MAX_AGE_SECONDS = 60
# Binds the MAC to this use, so the same secret used elsewhere proves nothing here.
_LABEL = b"repairs-assistant/relay-proof/v1\n"


class RelaySigningKeyMissing(RuntimeError):
    """`RELAY_SIGNING_KEY` is not set: nobody's identity could be believed."""


def canonical(
    channel: str, sender: str, text: str, metadata: Mapping[str, Any], issued_at: int
) -> bytes:
    """The bytes the proof is over: one JSON text with sorted keys and no spaces, so the relay
    and the channel, on different Pythons, agree on them exactly."""
    document = {
        "channel": channel,
        "issued_at": issued_at,
        "message": text,
        "metadata": dict(metadata),
        "sender": sender,
    }
    return _LABEL + json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=True
    ).encode("ascii")


def _mac(secret: str, payload: bytes) -> str:
    return hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()


def sign(
    secret: str,
    channel: str,
    sender: str,
    text: str,
    metadata: Mapping[str, Any],
    now: float | None = None,
) -> str:
    """The `X-Relay-Proof` header value for one message: `t=<unix time>,v1=<hex HMAC>`."""
    if not secret:
        raise RelaySigningKeyMissing(f"{KEY_VARIABLE} is empty")
    issued_at = int(time.time() if now is None else now)
    return f"t={issued_at},v1={_mac(secret, canonical(channel, sender, text, metadata, issued_at))}"


def _parse(header: str) -> tuple[int, str] | None:
    fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    issued_at, mac = fields.get("t", ""), fields.get("v1", "")
    if not issued_at.isdigit() or len(mac) != 64:
        return None
    return int(issued_at), mac


class ProofChecker:
    """Checks proofs on one Rasa server. A proof is good once: a copy sent again (a replay by
    someone who saw the traffic) proves nothing."""

    def __init__(
        self,
        secret: str,
        max_age_seconds: float = MAX_AGE_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not secret:
            raise RelaySigningKeyMissing(f"{KEY_VARIABLE} is empty")
        self._secret = secret
        self._max_age = max_age_seconds
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()  # MAC -> when it can be forgotten
        self._lock = threading.Lock()

    def vouches(
        self,
        header: str | None,
        channel: str,
        sender: str,
        text: str,
        metadata: Mapping[str, Any],
    ) -> bool:
        """True when `header` is the relay's fresh, unused proof of exactly this message."""
        parsed = _parse(header or "")
        if parsed is None:
            return False
        issued_at, mac = parsed
        now = self._clock()
        if abs(now - issued_at) > self._max_age:
            return False
        expected = _mac(self._secret, canonical(channel, sender, text, metadata, issued_at))
        if not hmac.compare_digest(expected, mac):
            return False
        with self._lock:
            while self._seen and next(iter(self._seen.values())) < now:
                self._seen.popitem(last=False)
            if mac in self._seen:
                return False
            self._seen[mac] = issued_at + self._max_age
        return True


def checker_from_env(environ: Mapping[str, str] | None = None) -> ProofChecker:
    """The checker for `RELAY_SIGNING_KEY`; every Rasa server and the relays must share it."""
    secret = (os.environ if environ is None else environ).get(KEY_VARIABLE, "")
    if not secret:
        raise RelaySigningKeyMissing(
            f"{KEY_VARIABLE} is not set: the channels believe who a caller is only when the relay "
            "proves it with this key (docs/production.md). `make run` sets one per run."
        )
    return ProofChecker(secret)


def trusted_metadata(metadata: Mapping[str, Any], vouched: bool) -> dict[str, Any]:
    """All of the metadata when the relay vouched for it, otherwise only the open keys."""
    return {key: value for key, value in metadata.items() if vouched or key in OPEN_KEYS}
