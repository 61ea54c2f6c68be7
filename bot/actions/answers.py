"""Reading a tenant's answer to a question: yes/no, "I don't know", a chosen appointment."""

from __future__ import annotations

import re
from datetime import date, timedelta
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
_DAY_WORDS = {
    **{day: index for index, day in enumerate(_WEEKDAYS)},
    **{day[:3]: index for index, day in enumerate(_WEEKDAYS)},
    "tues": 1,
    "weds": 2,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
# Whole words only: "I am not sure" holds "am" but picks no morning.
_WINDOW_WORDS = {
    "am": "am",
    "morning": "am",
    "mornings": "am",
    "pm": "pm",
    "afternoon": "pm",
    "afternoons": "pm",
    "arvo": "pm",
}
_HESITATION = re.compile(
    r"\b(check\s+with|ask\s+(my|the)|let\s+me\s+(check|ask|see|think)|hang\s+on|not\s+sure|"
    r"don'?t\s+know|dunno|idk|no\s+idea)\b",
    re.IGNORECASE,
)


def match_slot(text: str, offered: list[dict[str, Any]], today: date | None = None) -> int | None:
    """The slot_id of the offered appointment the tenant's words pick, else None.

    Understands a number ("2", "option 2"), an ordinal ("the first one", "the last"), a day
    with an optional window ("saturday morning", "sat pm"), a day of the month ("the 9th"), and,
    given today's date, "today", "tomorrow (morning)", "this week", "next week", "the weekend",
    "after 3", "before noon". Words are matched whole, never inside other words.
    """
    if not offered:
        return None
    words = (text or "").lower()
    if _HESITATION.search(words):
        return None
    number = re.fullmatch(r"\D{0,12}?(\d)\s*", words)
    if number and 1 <= int(number.group(1)) <= len(offered):
        return offered[int(number.group(1)) - 1]["slot_id"]
    tokens = re.findall(r"[a-z0-9']+", re.sub(r"\bi\s+am\b", " ", words))
    for word, position in _ORDINALS.items():
        if word in tokens and position <= len(offered):
            return offered[position - 1]["slot_id"]
    if "last" in tokens or "latest" in tokens:
        return offered[-1]["slot_id"]
    tests: list[Any] = []
    window = next((_WINDOW_WORDS[t] for t in tokens if t in _WINDOW_WORDS), None)
    after = re.search(r"\b(after|from)\s+(\d{1,2})\b", words)
    before = re.search(r"\bbefore\s+(\d{1,2}|noon|midday|lunch\w*)\b", words)
    if window is None and after and 12 <= _hour(after.group(2)) <= 18:
        window = "pm"
    if window is None and before and _hour(before.group(1)) <= 12:
        window = "am"
    if window:
        tests.append(lambda slot: slot.get("window") == window)
    weekday = next((_DAY_WORDS[t] for t in tokens if t in _DAY_WORDS), None)
    if weekday is not None:
        tests.append(lambda slot: _date(slot) is not None and _date(slot).weekday() == weekday)
    day_of_month = re.search(r"\b(\d{1,2})(st|nd|rd|th)\b", words)
    if day_of_month:
        wanted = int(day_of_month.group(1))
        tests.append(lambda slot: _date(slot) is not None and _date(slot).day == wanted)
    if today is not None:
        tests += _relative_tests(tokens, words, today)
    if not tests:
        return None
    chosen = [slot for slot in offered if all(test(slot) for test in tests)]
    return chosen[0]["slot_id"] if chosen else None


def _relative_tests(tokens: list[str], words: str, today: date) -> list[Any]:
    def on(day: date) -> Any:
        return lambda slot: _date(slot) == day

    next_monday = today + timedelta(days=7 - today.weekday())
    if "day after tomorrow" in words:
        return [on(today + timedelta(days=2))]
    if "tomorrow" in tokens or "tmrw" in tokens or "tomoz" in tokens or "2moro" in tokens:
        return [on(today + timedelta(days=1))]
    if "today" in tokens or "tonight" in tokens:
        return [on(today)]
    if "next week" in words:
        return [lambda slot: next_monday <= (_date(slot) or today) < next_monday + timedelta(7)]
    if "this week" in words:
        return [lambda slot: (_date(slot) or next_monday) < next_monday]
    if "weekend" in tokens:
        return [lambda slot: _date(slot) is not None and _date(slot).weekday() >= 5]
    return []


def _hour(word: str) -> int:
    if not word.isdigit():
        return 12
    hour = int(word)
    return hour + 12 if 1 <= hour <= 6 else hour  # "after 3" is 3 in the afternoon


def _date(slot: dict[str, Any]) -> date | None:
    try:
        return date.fromisoformat(str(slot.get("date", ""))[:10])
    except ValueError:
        return None
