"""Reading a tenant's answer to a question: yes/no, "I don't know", a chosen appointment."""

from __future__ import annotations

import re
from typing import Any

UNKNOWN = "unknown"

_YES = re.compile(
    r"^\s*(yes|yeah|yep|yup|ya|yh|ye|y|aye|ok|okay|sure|correct|right|i do|there is|it is|"
    r"definitely|absolutely|i agree)\b",
    re.IGNORECASE,
)
_NO = re.compile(
    r"^\s*(no|nope|nah|na|n|not really|there isn'?t|it isn'?t|i don'?t agree|never)\b",
    re.IGNORECASE,
)
_DONT_KNOW = re.compile(
    r"\b(don'?t know|dunno|not sure|no idea|unsure|idk|can'?t tell|couldn'?t say)\b",
    re.IGNORECASE,
)
_SKIP = re.compile(r"^\s*(skip|no thanks|rather not|none|pass)\b", re.IGNORECASE)


def yes_no(intent: str | None, text: str) -> bool | str | None:
    """True, False, UNKNOWN ("I don't know"), or None when the answer is neither."""
    if intent == "dont_know" or _DONT_KNOW.search(text or ""):
        return UNKNOWN
    if intent == "affirm":
        return True
    if intent == "deny":
        return False
    if _YES.search(text or ""):
        return True
    if _NO.search(text or ""):
        return False
    return None


def declines(intent: str | None, text: str) -> bool:
    """ "skip", "no", "I don't know": the tenant will not give this."""
    return intent in ("deny", "dont_know") or bool(_SKIP.search(text or ""))


_ORDINALS = {
    "first": 1,
    "1st": 1,
    "earliest": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WINDOWS = {
    "am": ("am", "morning"),
    "pm": ("pm", "afternoon"),
    "all_day": ("all day", "any time", "anytime"),
}


def match_slot(text: str, offered: list[dict[str, Any]]) -> int | None:
    """The slot_id of the offered appointment the tenant's words pick, else None.

    Understands a number ("2", "option 2"), an ordinal ("the first one", "the last"), a day
    with an optional window ("saturday morning"), a day of the month ("the 9th").
    """
    if not offered:
        return None
    words = (text or "").lower()
    number = re.fullmatch(r"\D{0,12}?(\d)\s*", words)
    if number and 1 <= int(number.group(1)) <= len(offered):
        return offered[int(number.group(1)) - 1]["slot_id"]
    for word, position in _ORDINALS.items():
        if re.search(rf"\b{word}\b", words) and position <= len(offered):
            return offered[position - 1]["slot_id"]
    if re.search(r"\b(last|latest)\b", words):
        return offered[-1]["slot_id"]
    window = next((key for key, names in _WINDOWS.items() if any(n in words for n in names)), None)
    candidates = offered
    day = next((d for d in _WEEKDAYS if d in words or d[:3] in words.split()), None)
    if day:
        candidates = [s for s in candidates if s.get("label", "").lower().startswith(day)]
    date = re.search(r"\b(\d{1,2})(st|nd|rd|th)\b", words)
    if date:
        candidates = [s for s in candidates if _day_of_month(s) == int(date.group(1))]
    if window:
        candidates = [s for s in candidates if s.get("window") == window]
    if candidates is not offered and candidates:
        return candidates[0]["slot_id"]
    return None


def _day_of_month(slot: dict[str, Any]) -> int | None:
    try:
        return int(str(slot.get("date", ""))[8:10])
    except ValueError:
        return None
