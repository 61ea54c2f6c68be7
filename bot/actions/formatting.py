"""Turning the backend's values into words a tenant reads or hears."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


def _clock(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    if moment.hour == 12 and moment.minute == 0:
        return "12 noon"
    return f"{hour}{suffix}" if moment.minute == 0 else f"{hour}:{moment.minute:02d}{suffix}"


def target_time(iso: str | None, short: bool = False) -> str:
    """ "2026-12-09T18:30:00+00:00" -> "6:30pm on Wednesday 9 December", or with `short`
    "6:30pm Wed 9 Dec": a date a text can afford."""
    if not iso:
        return "the target date"
    try:
        moment = datetime.fromisoformat(iso).astimezone(LONDON)
    except ValueError:
        return iso
    if short:
        day, end, joined = f"{moment:%a} {moment.day} {moment:%b}", "end of", " "
    else:
        day, end, joined = f"{moment:%A} {moment.day} {moment:%B}", "the end of", " on "
    if (moment.hour, moment.minute) in ((23, 59), (0, 0)):
        return f"{end} {day}"
    return f"{_clock(moment)}{joined}{day}"


def short_target_time(iso: str | None) -> str:
    """ "2026-12-09T18:30:00+00:00" -> "6:30pm Wed 9 Dec": a date a text can afford."""
    return target_time(iso, short=True)


def reason_sentence(reason: str | None) -> str:
    """The policy's reason as a sentence: capital first letter, full stop."""
    text = (reason or "").strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."


def spoken_reference(reference: str | None) -> str:
    """ "HR-483920" -> "H R, 4 8 3, 9 2 0" so a voice reads it digit by digit."""
    if not reference:
        return ""
    letters, _, digits = reference.partition("-")
    groups = [" ".join(digits[i : i + 3]) for i in range(0, len(digits), 3)]
    return ", ".join([" ".join(letters), *groups])


def spoken_phone(number: str) -> str:
    """ "0800 151 3444" -> "0 8 0 0, 1 5 1, 3 4 4 4" so a voice reads it digit by digit."""
    return ", ".join(" ".join(group) for group in number.split())
