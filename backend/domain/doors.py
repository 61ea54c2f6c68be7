"""Which home a door number means, at one postcode (issue 13: a tenant whose door is "Flat 6"
could never be matched).

A door is reduced to a key: the flat (a flat, apartment, unit or maisonette number) and the
building (the house or block number), each a number with an optional letter ("6a"). Case,
spacing, punctuation and the words "flat", "apartment", "apt", "unit", "no.", "number" do not
matter, and numbers to twenty may be written in words:

- "Flat 6", "flat6", "flat no. 6"    -> flat 6
- "6A", "6 a"                         -> building 6a (not 6)
- "Flat 2, 14", "2/14", "flat 2 14", "14 flat 2" -> flat 2 of building 14 (two unlabelled
  numbers are flat then building, as in "Flat 2, 14 Hilldene Avenue")
- "Apartment 3", "apt 3"              -> flat 3
- a door with no number ("Rose Cottage") is its words.

A door fits a home when the keys are equal. A single number fits a home whose door has only that
number, so "6" fits "Flat 6" and "flat 6" fits a record that says only "6". Ambiguity never
matches: the door must fit exactly one home at the postcode, or there is no match and the tenant
is asked again. One exception keeps a careful answer useful: "Flat 6" said in full picks the
home whose door is exactly Flat 6, even where a house 6 shares the postcode (a bare "6" there
fits both, so it matches neither). The tenant's full name is checked after this, as before.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TypeVar

Home = TypeVar("Home", bound=Hashable)

NUMBER_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen", "twenty"),
)
_WORDS = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b")
_LABEL = r"(?:flat|apartment|apt|unit|maisonette)"
# A number, optionally with a label before it and a letter after it ("flat 6", "6a", "6 a").
_PART = re.compile(
    rf"(?:(?P<label>\b{_LABEL}\b\.?\s*(?:(?:no|number)\b\.?\s*)?|\b{_LABEL}(?=\d))"
    r"|(?<![a-z0-9]))(?P<number>\d{1,4})(?:\s?(?P<letter>[a-z])(?![a-z0-9]))?(?![0-9])"
)


class DoorNotMatched(Exception):
    """The door given does not pick out one home at the postcode."""


class DoorNotUnderstood(DoorNotMatched):
    """No door number in the answer, or more numbers than a door has."""


class NoSuchDoor(DoorNotMatched):
    """No home at the postcode has that door."""


class AmbiguousDoor(DoorNotMatched):
    """More than one home at the postcode has a door that fits: ask again, never guess."""


@dataclass(frozen=True)
class DoorKey:
    flat: str | None = None
    building: str | None = None
    name: str | None = None  # a door without a number: "rose cottage"

    @property
    def numbers(self) -> tuple[str, ...]:
        return tuple(part for part in (self.flat, self.building) if part)


def door_key(text: str) -> DoorKey:
    """ "Flat 2, 14" -> DoorKey(flat="2", building="14"); raises DoorNotUnderstood."""
    folded = _WORDS.sub(lambda m: str(NUMBER_WORDS.index(m.group(1))), (text or "").lower())
    parts = [
        (bool(m.group("label")), str(int(m.group("number"))) + (m.group("letter") or ""))
        for m in _PART.finditer(folded)
    ]
    labelled = [number for is_flat, number in parts if is_flat]
    bare = [number for is_flat, number in parts if not is_flat]
    if not parts:
        words = " ".join(re.findall(r"[a-z]+", folded))
        if re.search(rf"\d|^{_LABEL}$", folded) or len(words) < 3:
            raise DoorNotUnderstood(text)
        return DoorKey(name=words)
    if len(parts) > 2 or len(labelled) > 1:
        raise DoorNotUnderstood(text)
    if len(parts) == 1:
        return DoorKey(flat=labelled[0]) if labelled else DoorKey(building=bare[0])
    if labelled:  # "flat 2, 14", "14 flat 2"
        return DoorKey(flat=labelled[0], building=bare[0])
    return DoorKey(flat=bare[0], building=bare[1])  # "2/14", "2, 14"


def _record_key(door: str | DoorKey) -> DoorKey | None:
    if isinstance(door, DoorKey):
        return door
    try:
        return door_key(door)
    except DoorNotUnderstood:
        return None  # a record nobody can name a door for matches nothing


def _one(homes: list[Home]) -> Home | None:
    if len(homes) > 1:
        raise AmbiguousDoor(homes)
    return homes[0] if homes else None


def home_at_door(given: str, doors: Mapping[Home, str | DoorKey]) -> Home:
    """The one home among `doors` (home -> its door on record) that the given door fits."""
    key = door_key(given)
    records = {home: _record_key(door) for home, door in doors.items()}
    bare_number = key.flat is None and key.building is not None
    if not bare_number:
        exact = _one([home for home, record in records.items() if record == key])
        if exact is not None:
            return exact
    if len(key.numbers) == 1:
        loose = _one(
            [home for home, r in records.items() if r is not None and r.numbers == key.numbers]
        )
        if loose is not None:
            return loose
    raise NoSuchDoor(given)
