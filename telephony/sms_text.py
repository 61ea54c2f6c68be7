"""SMS text that stays cheap and readable: GSM-7 characters where possible, split into whole SMS
at sensible places, and never more than a few segments. Pure functions, no Flask or Twilio.

One character outside GSM-7 (a curly quote, an emoji, an en dash) turns the whole message into
UCS-2, which fits 70 characters per SMS instead of 160; the assistant's text is full of them."""

from __future__ import annotations

import math
import re
import unicodedata

# GSM 03.38 default alphabet (less the escape character) and its extension table, whose characters
# cost two septets each.
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED = frozenset("^{}\\[~]|€\f")

GSM_SINGLE, GSM_CONCATENATED = 160, 153
UCS2_SINGLE, UCS2_CONCATENATED = 70, 67

REPLACEMENTS = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\t": " ",
    "\u2022": "-",
    "\u25cf": "-",
    "\u2023": "-",
    "\u00b7": "-",
    "\u00d7": "x",
    "\u00f7": "/",
    "\u2044": "/",
    "\u2192": "->",
    "\u2190": "<-",
    "\u00a9": "(c)",
    "\u00ae": "(R)",
    "\u2122": "TM",
    "\u00bd": "1/2",
    "\u00bc": "1/4",
    "\u00be": "3/4",
    "\u00b0": " degrees",
}
# Invisible characters that glue emoji together or pick their style.
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufe0e", "\ufe0f"}


def is_gsm(text: str) -> bool:
    return all(c in GSM_BASIC or c in GSM_EXTENDED for c in text)


def to_gsm(text: str) -> str:
    """The same words in GSM-7 characters where that is possible: typographic punctuation becomes
    its plain form, accents not in GSM-7 are dropped, emoji and other symbols are removed.
    Letters of other scripts are kept (the message is then UCS-2, but says what it means)."""
    text = text.replace("\r\n", "\n")
    out: list[str] = []
    for char in text:
        char = REPLACEMENTS.get(char, char)
        if len(char) > 1 or char in GSM_BASIC or char in GSM_EXTENDED:
            out.append(char)
            continue
        if char in _INVISIBLE:
            continue
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if base and is_gsm(base):
            out.append(base)
        elif unicodedata.category(char)[0] in "SC":
            continue  # emoji, pictographs, control and private-use characters
        else:
            out.append(char)
    # Dropped emoji leave double spaces and spaces before line ends behind.
    cleaned = re.sub(r"[ ]{2,}", " ", "".join(out))
    return "\n".join(line.strip() for line in cleaned.split("\n")).strip()


def septets(text: str) -> int:
    return sum(2 if c in GSM_EXTENDED else 1 for c in text)


def ucs2_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def encoding(text: str) -> str:
    return "GSM-7" if is_gsm(text) else "UCS-2"


def segments(text: str) -> int:
    """How many SMS segments the text costs (what the carrier bills)."""
    if not text:
        return 0
    if is_gsm(text):
        length, single, multi = septets(text), GSM_SINGLE, GSM_CONCATENATED
    else:
        length, single, multi = ucs2_units(text), UCS2_SINGLE, UCS2_CONCATENATED
    return 1 if length <= single else math.ceil(length / multi)


def _length(text: str, gsm: bool) -> int:
    return septets(text) if gsm else ucs2_units(text)


_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+")


def _units(lines: list[str], limit: int, gsm: bool) -> list[tuple[str, str]]:
    """(separator, text) pieces no longer than one SMS: lines, then sentences, then words."""
    units: list[tuple[str, str]] = []
    for line in lines:
        separator = "\n"
        for sentence in _SENTENCE_END.split(line.strip()):
            if not sentence:
                continue
            for piece in _words_within(sentence, limit, gsm):
                units.append((separator, piece))
                separator = " "
    return units


def _words_within(sentence: str, limit: int, gsm: bool) -> list[str]:
    if _length(sentence, gsm) <= limit:
        return [sentence]
    pieces, current = [], ""
    for word in sentence.split(" "):
        while _length(word, gsm) > limit:  # a "word" longer than an SMS (a URL): cut it
            if current:
                pieces.append(current)
                current = ""
            cut = limit
            while _length(word[:cut], gsm) > limit:
                cut -= 1
            pieces.append(word[:cut])
            word = word[cut:]
        candidate = f"{current} {word}" if current else word
        if _length(candidate, gsm) <= limit:
            current = candidate
        else:
            pieces.append(current)
            current = word
    if current:
        pieces.append(current)
    return pieces


def _pack(units: list[tuple[str, str]], limit: int, gsm: bool) -> list[str]:
    parts: list[str] = []
    current = ""
    for separator, text in units:
        candidate = f"{current}{separator}{text}" if current else text
        if _length(candidate, gsm) <= limit:
            current = candidate
        else:
            parts.append(current)
            current = text
    if current:
        parts.append(current)
    return parts


def _numbered(units: list[tuple[str, str]], gsm: bool) -> list[str]:
    """Split into single SMS, each starting "(1/3) " so that out-of-order delivery still reads."""
    limit = (GSM_SINGLE if gsm else UCS2_SINGLE) - len("(1/9) ")
    parts = _pack(units, limit, gsm)
    if len(parts) == 1:
        return parts
    return [f"({i}/{len(parts)}) {part}" for i, part in enumerate(parts, start=1)]


def split_sms(prose: list[str], tail: list[str] = (), max_parts: int = 4) -> list[str]:
    """SMS bodies for a reply: `prose` paragraphs (the assistant's messages), then `tail` lines (the
    numbered options) which are never cut. Each body is one SMS segment; a reply that needs more
    than one is numbered; one that needs more than `max_parts` loses the end of its prose ("...")
    rather than its options."""
    max_parts = max(1, min(max_parts, 9))
    prose_lines = [line for text in prose for line in to_gsm(text).split("\n") if line.strip()]
    tail_lines = [to_gsm(line) for line in tail if line.strip()]
    whole = "\n".join(prose_lines + tail_lines)
    if not whole:
        return []
    gsm = is_gsm(whole)
    single = GSM_SINGLE if gsm else UCS2_SINGLE
    if _length(whole, gsm) <= single:
        return [whole]
    limit = single - len("(1/9) ")
    prose_units = _units(prose_lines, limit, gsm)
    tail_units = _units(tail_lines, limit, gsm)
    parts = _numbered(prose_units + tail_units, gsm)
    while len(parts) > max_parts and prose_units:
        prose_units.pop()
        parts = _numbered([*prose_units, (" ", "..."), *tail_units], gsm)
    while len(parts) > max_parts and tail_units:  # the options alone are too long: keep the first
        tail_units.pop()
        parts = _numbered([*prose_units, (" ", "..."), *tail_units], gsm)
    return parts
