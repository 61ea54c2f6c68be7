"""How times, statuses and channels read on the web pages (template filters)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import phonenumbers

from backend.domain.calendar import LONDON
from backend.domain.desk import COMPLAINT_STEPS

STATUS_LABELS = {
    "reported": "Reported",
    "awaiting_dispatch": "Awaiting dispatch",
    "operative_dispatched": "Operative dispatched",
    "booked": "Appointment booked",
    "attended": "Attended",
    "made_safe": "Made safe",
    "no_access": "No access",
    "follow_on_needed": "Follow-on needed",
    "delayed": "Delayed",
    "completed": "Completed",
    "cancelled": "Cancelled",
    "appointment_cancelled": "Appointment cancelled",
    # Entries of the status history written by the repairs desk (issue 13).
    "assigned": "Assigned",
    "retriaged": "Re-triaged",
    "reopened": "Reopened",
    "note_added": "Note added",
    "matched": "Matched to a tenant",
    "second_contractor_asked": "Second contractor asked for",
    "written_summary_sent": "Written summary sent to the tenant",
    "access_attempt": "Attempt to get in",
    "complaint_logged": "Complaint logged",
    **COMPLAINT_STEPS,
}
CHANNEL_LABELS = {"web": "Web chat", "sms": "Text message", "voice": "Phone call", "staff": "Staff"}


def london_time(moment: datetime | None) -> str:
    """'Tue 8 Dec 2026, 09:00' in London time."""
    if moment is None:
        return "–"
    local = moment.astimezone(LONDON)
    return f"{local:%a} {local.day} {local:%b %Y}, {local:%H:%M}"


def deadline(moment: datetime | None) -> str:
    """A deadline at midnight is the end of the day before: 'end of Tue 22 Dec 2026'."""
    if moment is None:
        return "Not started"
    local = moment.astimezone(LONDON)
    if local.hour == 0 and local.minute == 0:
        day = local - timedelta(days=1)
        return f"end of {day:%a} {day.day} {day:%b %Y}"
    return london_time(moment)


def london_date(moment: datetime | None) -> str:
    if moment is None:
        return "–"
    local = moment.astimezone(LONDON)
    return f"{local:%A} {local.day} {local:%B %Y}"


def long_date(day: date) -> str:
    """'1 April 2026'."""
    return f"{day.day} {day:%B %Y}"


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " ").capitalize())


def channel_label(channel: str) -> str:
    return CHANNEL_LABELS.get(channel, channel)


def phone_display(number: str | None) -> str:
    """'+447700900123' as people in the UK write it: '07700 900123'."""
    if not number:
        return ""
    try:
        parsed = phonenumbers.parse(number, "GB")
    except phonenumbers.NumberParseException:
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
