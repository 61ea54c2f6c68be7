"""The assistant's buttons on a phone: numbered options ("Reply 1 for ...", "press 1 for ..."),
a reply that picks one ("1", "one", or the option's own words), and the transfer signals.

Transfer contract with the bot (docs/telephony.md): a button whose payload is
`/transfer_to_emergency_line` (or `/transfer_to_customer_service`), or a message whose custom
payload is `{"transfer": "emergency"}` (or `"customer_service"`). Pure functions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from bot.assistant_client import AssistantMessage

EMERGENCY, CUSTOMER_SERVICE = "emergency", "customer_service"
TRANSFER_PAYLOADS = {
    "/transfer_to_emergency_line": EMERGENCY,
    "/transfer_to_customer_service": CUSTOMER_SERVICE,
}
TRANSFER_VALUES = {EMERGENCY, CUSTOMER_SERVICE}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
}
# Words that say nothing about which option is meant.
_FILLER = {"the", "a", "an", "please", "for", "on", "at", "in", "of", "to", "and", "i", "it", "is"}


@dataclass(frozen=True)
class Option:
    number: int
    title: str
    payload: str
    transfer: str | None = None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Option:
        return cls(
            number=int(data["number"]),
            title=str(data["title"]),
            payload=str(data["payload"]),
            transfer=data.get("transfer"),
        )


def transfer_of_payload(payload: str) -> str | None:
    return TRANSFER_PAYLOADS.get(payload.strip())


def numbered_options(messages: Iterable[AssistantMessage]) -> list[Option]:
    """The buttons of a turn, numbered from 1 in the order they came (duplicates dropped)."""
    options: list[Option] = []
    seen: set[str] = set()
    for message in messages:
        for button in message.buttons:
            payload = str(button.get("payload") or button.get("title") or "").strip()
            title = str(button.get("title") or payload).strip()
            if not payload or payload in seen:
                continue
            seen.add(payload)
            options.append(Option(len(options) + 1, title, payload, transfer_of_payload(payload)))
    return options


def transfer_requested(messages: Iterable[AssistantMessage]) -> str | None:
    """The line the assistant asks to put the caller through to at once, if any."""
    for message in messages:
        custom = message.custom if isinstance(message.custom, dict) else {}
        value = str(custom.get("transfer", "")).strip().lower()
        if value in TRANSFER_VALUES:
            return value
    return None


GAS_HAZARDS = {"gas_smell", "gas", "carbon_monoxide"}
# The gas advice is there when the number to ring is, however the bot wrote it (text or voice).
_GAS_ADVICE_GIVEN = re.compile(
    r"0800 ?111 ?999|one one one,? nine nine nine|national gas emergency", re.IGNORECASE
)


def gas_hazard(messages: Iterable[AssistantMessage]) -> bool:
    """The assistant flagged a gas (or carbon monoxide) hazard: `{"hazard": "gas_smell"}`."""
    return any(
        isinstance(m.custom, dict) and str(m.custom.get("hazard", "")) in GAS_HAZARDS
        for m in messages
    )


def gas_advice_given(texts: Iterable[str]) -> bool:
    return any(_GAS_ADVICE_GIVEN.search(text) for text in texts)


def digits_expected(messages: Iterable[AssistantMessage]) -> int | None:
    """How many keypad digits the assistant asked for (`{"gather_digits": 6}`: a one-time code),
    so the call takes them without waiting for the hash key; None when it asked for none."""
    for message in messages:
        custom = message.custom if isinstance(message.custom, dict) else {}
        value = custom.get("gather_digits")
        if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= 12:
            return value
    return None


def hangup_requested(messages: Iterable[AssistantMessage]) -> bool:
    return any(isinstance(m.custom, dict) and m.custom.get("hangup") is True for m in messages)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))


def chosen_number(text: str) -> int | None:
    """1 for "1", "1.", "#1", "option 1", "one", "number one"; None for anything else."""
    words = [w for w in _words(text) if w not in {"option", "number", "no", "press", "reply"}]
    if len(words) != 1:
        return None
    word = words[0]
    if word.isdigit() and len(word) <= 2:
        return int(word)
    return NUMBER_WORDS.get(word)


def match_option(text: str, options: list[Option]) -> Option | None:
    """The option a reply picks: its number, or words that match one option's title and no other
    (so "morning" picks the one morning slot, but not when two are on offer)."""
    if not options or not text.strip():
        return None
    number = chosen_number(text)
    if number is not None:
        return next((option for option in options if option.number == number), None)
    words = _words(text)
    exact = [option for option in options if _words(option.title) == words]
    if len(exact) == 1:
        return exact[0]
    meaningful = set(words) - _FILLER
    if not meaningful:
        return None
    within = [option for option in options if meaningful <= set(_words(option.title))]
    return within[0] if len(within) == 1 else None
