"""Messages as segments of plain text and links, so that web addresses, email addresses and phone
numbers are clickable wherever a message is shown (the page's script and the server's templates
both draw these segments; neither ever inserts the message as HTML)."""

from __future__ import annotations

import re
from typing import TypedDict

import phonenumbers


class Segment(TypedDict, total=False):
    text: str
    href: str


_LINKS = re.compile(
    r"(?P<url>\bhttps?://[^\s<>\"']+)"
    r"|(?P<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b)"
    # UK numbers as people write them: 0800 151 3444, 01708 434000, +44 20 7946 0000, 999.
    r"|(?P<phone>(?<![\w+])(?:\+44[\s-]?|0)\d(?:[\s-]?\d){8,9}(?![\w])|(?<![\w.])(?:999|111)(?!\w|\.\d))"
)
_TRAILING_PUNCTUATION = ".,;:!?)]}'\""


def tel_href(number: str) -> str | None:
    """tel: link for a UK number as written, or None when it is not a phone number."""
    digits = re.sub(r"[\s-]", "", number)
    if digits in ("999", "111"):
        return f"tel:{digits}"
    try:
        parsed = phonenumbers.parse(digits, "GB")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return "tel:" + phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def segments(text: str) -> list[Segment]:
    result: list[Segment] = []
    position = 0

    def plain(until: int) -> None:
        if until > position:
            if result and "href" not in result[-1]:
                result[-1]["text"] += text[position:until]
            else:
                result.append({"text": text[position:until]})

    for match in _LINKS.finditer(text):
        found, href = match.group(0), None
        end = match.end()
        if match.group("url"):
            stripped = found.rstrip(_TRAILING_PUNCTUATION)
            end -= len(found) - len(stripped)
            found, href = stripped, stripped
        elif match.group("email"):
            href = f"mailto:{found}"
        else:
            href = tel_href(found)
        if href is None:
            continue
        plain(match.start())
        result.append({"text": found, "href": href})
        position = end
    plain(len(text))
    return result
