"""Satisfaction after the work (issue 14): the tenant's answer to "How satisfied are you with the
repair, 1 to 5?" read from a text such as "4 great", "five" or "3 - ok". Pure Python."""

from __future__ import annotations

import re
from dataclasses import dataclass

LOWEST, HIGHEST = 1, 5
MAX_COMMENT = 1000
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# The score leads the reply: a digit or a number word, then anything ("4/5", "4 out of 5").
_LEADING = re.compile(
    r"^\s*(?P<score>[0-9]+|one|two|three|four|five)(?![0-9a-z]|[.,][0-9])"
    r"(?:\s*(?:/|out\s+of)\s*(?:5|five)(?![0-9a-z]))?",
    re.IGNORECASE,
)
_SEPARATORS = " \t\r\n-–—:;,.!/()"


@dataclass(frozen=True)
class Answer:
    score: int
    comment: str


def read_answer(text: str) -> Answer | None:
    """The score and the comment, or None when the text does not start with a score of 1 to 5
    (then it is something else, for the assistant)."""
    match = _LEADING.match(text or "")
    if match is None:
        return None
    raw = match.group("score").lower()
    score = WORDS[raw] if raw in WORDS else int(raw)
    if not LOWEST <= score <= HIGHEST:
        return None
    comment = " ".join(text[match.end() :].strip(_SEPARATORS).split())
    return Answer(score, comment[:MAX_COMMENT])


def average(scores: list[int]) -> float | None:
    return sum(scores) / len(scores) if scores else None
