"""Phone numbers that tenants type, sealed before they reach Rasa's tracker.

The channels (`bot/channels.py`) replace every UK number in a message with a token: `tel` and the
hex of the number, AES-GCM encrypted under `PHONE_TOKEN_KEY`. NLU, slots, the tracker store and
Rasa's logs only ever hold the token. The action server opens tokens in what it sends to the
backend (`bot/actions/backend.py`), which is the system of record for contact numbers, and the
channel opens them in the replies it returns, so the tenant never sees one.

The token is hex on purpose: one word of digits and the letters a-f, so no keyword, postcode,
door-number or reference pattern can match inside it. Each sealing uses a fresh nonce, so the same
number gives a different token every time and tokens cannot be linked to each other.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bot.nlu.keywords import PHONE_PATTERN, PHONE_TOKEN_PATTERN, phone_digits

KEY_VARIABLE = "PHONE_TOKEN_KEY"
_NONCE_BYTES = 12
# Binds the key to this use, so the same secret used elsewhere yields a different key here.
_KEY_LABEL = b"repairs-assistant/phone-token/v1:"


class PhoneTokenKeyMissing(RuntimeError):
    """`PHONE_TOKEN_KEY` is not set: numbers can be neither sealed nor opened."""


class UnreadablePhoneToken(ValueError):
    """A token that this key did not seal (another key, or altered)."""


class PhoneSealer:
    """Seals phone numbers into tokens and opens them again, with one secret."""

    def __init__(self, secret: str) -> None:
        if not secret:
            raise PhoneTokenKeyMissing(f"{KEY_VARIABLE} is empty")
        self._cipher = AESGCM(hashlib.sha256(_KEY_LABEL + secret.encode()).digest())

    def seal(self, number: str) -> str:
        nonce = os.urandom(_NONCE_BYTES)
        return "tel" + (nonce + self._cipher.encrypt(nonce, number.encode(), None)).hex()

    def open(self, token: str) -> str:
        match = PHONE_TOKEN_PATTERN.fullmatch(token)
        if not match:
            raise UnreadablePhoneToken("not a phone token")
        sealed = bytes.fromhex(match.group(1))
        try:
            number = self._cipher.decrypt(sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:], None)
        except InvalidTag as error:
            raise UnreadablePhoneToken("sealed with another key, or altered") from error
        return number.decode()

    def seal_numbers(self, text: str) -> str:
        """The text with each UK phone number in it replaced by its token."""
        return PHONE_PATTERN.sub(lambda match: self.seal(phone_digits(match.group(0))), text)

    def open_tokens(self, text: str, unreadable: str = "[number unavailable]") -> str:
        """The text with each token replaced by its number (`unreadable` where it cannot be)."""

        def number_for(match: re.Match[str]) -> str:
            try:
                return self.open(match.group(0))
            except UnreadablePhoneToken:
                return unreadable

        return PHONE_TOKEN_PATTERN.sub(number_for, text)

    def open_payload(self, value: Any) -> Any:
        """A JSON payload with the tokens in every string of it opened."""
        if isinstance(value, str):
            return self.open_tokens(value)
        if isinstance(value, Mapping):
            return {key: self.open_payload(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.open_payload(item) for item in value]
        return value


def sealer_from_env(environ: Mapping[str, str] | None = None) -> PhoneSealer:
    """The sealer for `PHONE_TOKEN_KEY`; every Rasa server and action server must share it."""
    secret = (os.environ if environ is None else environ).get(KEY_VARIABLE, "")
    if not secret:
        raise PhoneTokenKeyMissing(
            f"{KEY_VARIABLE} is not set: the channels seal the phone numbers tenants type with it, "
            "and the action server opens them (docs/production.md). `make run` sets one per run."
        )
    return PhoneSealer(secret)
