"""Phone numbers in one form everywhere: E.164, parsed with the UK as the default region."""

from __future__ import annotations

import hashlib
import hmac

import phonenumbers


class InvalidPhoneNumber(ValueError):
    pass


def normalise_phone(raw: str, region: str = "GB") -> str:
    try:
        parsed = phonenumbers.parse(str(raw), region)
    except phonenumbers.NumberParseException as error:
        raise InvalidPhoneNumber(f"not a phone number: {error}") from error
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if not (phonenumbers.is_valid_number(parsed) or is_ofcom_drama_number(e164)):
        raise InvalidPhoneNumber("not a valid phone number")
    return e164


def is_ofcom_drama_number(e164: str) -> bool:
    """07700 900000 to 900999: Ofcom reserves them for fiction, so demos and tests use them;
    libphonenumber calls them invalid because no network will ever connect them."""
    return len(e164) == 13 and e164.startswith("+447700900")


def phone_hash(e164: str, key: str) -> str:
    """A keyed hash standing for a number that must not be kept itself (Rasa ids, logs)."""
    return hmac.new(key.encode(), e164.encode(), hashlib.sha256).hexdigest()[:32]


def mask_phone(e164: str) -> str:
    return f"{e164[:4]}*****{e164[-3:]}" if len(e164) > 7 else "*****"
