"""Text to be read out by a text-to-speech voice: repair references and phone numbers spoken digit
by digit in groups, no symbols or markdown read aloud. Pure functions."""

from __future__ import annotations

import re
import unicodedata

_REFERENCE = re.compile(r"\b([A-Z]{1,4})-(\d{3,10})\b")
# UK numbers as people write them: 0800 151 3444, 01708 434000, +44 7700 900123.
_PHONE = re.compile(r"(?<![\w+])(?:\+44\s?|0)\d(?:[\d ]{7,12})\d\b")
_MARKUP = re.compile(r"[*_#`>|~]+")


def spell(characters: str) -> str:
    return " ".join(characters)


def spoken_phone(number: str) -> str:
    """ "0800 151 3444" -> "0 8 0 0, 1 5 1, 3 4 4 4": each digit, a pause between groups."""
    number = number.strip()
    if number.startswith("+44"):
        number = "0" + number[3:].lstrip()
    groups = [g for g in number.split(" ") if g]
    if len(groups) == 1 and len(groups[0]) == 11:  # 01708434000 -> 01708 434000
        digits = groups[0]
        groups = [digits[:5], digits[5:]] if digits[1] in "17" else [digits[:4], digits[4:]]
    return ", ".join(spell(g) for g in groups)


def speakable(text: str) -> str:
    text = _REFERENCE.sub(lambda m: f"{spell(m.group(1))}, {spell(m.group(2))}", text)
    text = _PHONE.sub(lambda m: spoken_phone(m.group(0)), text)
    text = _MARKUP.sub(" ", text.replace("&", " and "))
    # Emoji and pictographs: a voice would read out their names, or stumble.
    text = "".join(c for c in text if unicodedata.category(c)[0] not in "SC" or c in "\n$£€%+=<>")
    return re.sub(r"\s+", " ", text).strip()
