"""The working-day calendar: Monday to Friday, less bank holidays in England, in Europe/London."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays

LONDON = ZoneInfo("Europe/London")


class NaiveDateTimeError(ValueError):
    """A time without a UTC offset cannot be placed on the calendar unambiguously."""


@dataclass(frozen=True)
class WorkingCalendar:
    timezone: ZoneInfo = LONDON
    # A target of N working days ends when the N-th working day closes.
    closes_at: time = time(17, 0)
    bank_holidays: holidays.HolidayBase = field(
        default_factory=lambda: holidays.country_holidays("GB", subdiv="ENG")
    )

    def local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            raise NaiveDateTimeError(f"{moment.isoformat()} has no UTC offset")
        return moment.astimezone(self.timezone)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.bank_holidays

    def bank_holiday_name(self, day: date) -> str | None:
        return self.bank_holidays.get(day)

    def nth_working_day_after(self, day: date, n: int) -> date:
        """The n-th working day after `day` (the day of the report itself never counts)."""
        if n < 1:
            raise ValueError("n must be at least 1")
        current, counted = day, 0
        while counted < n:
            current += timedelta(days=1)
            if self.is_working_day(current):
                counted += 1
        return current

    def close_of(self, day: date) -> datetime:
        return datetime.combine(day, self.closes_at, tzinfo=self.timezone)

    def add_working_days(self, reported_at: datetime, n: int) -> datetime:
        return self.close_of(self.nth_working_day_after(self.local(reported_at).date(), n))

    def end_of_nth_working_day(self, reported_at: datetime, n: int) -> datetime:
        """Midnight ending the n-th working day after the report: how statute counts periods."""
        last = self.nth_working_day_after(self.local(reported_at).date(), n)
        return datetime.combine(last + timedelta(days=1), time(0, 0), tzinfo=self.timezone)

    def add_hours(self, reported_at: datetime, hours: float) -> datetime:
        # Clock hours: arithmetic in UTC so a change to or from British Summer Time is not skipped.
        utc = self.local(reported_at).astimezone(ZoneInfo("UTC"))
        return (utc + timedelta(hours=hours)).astimezone(self.timezone)

    def add_calendar_days(self, reported_at: datetime, n: int) -> datetime:
        return self.close_of(self.local(reported_at).date() + timedelta(days=n))

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 when end is not after start)."""
        count, current = 0, start
        while current < end:
            current += timedelta(days=1)
            if self.is_working_day(current):
                count += 1
        return count
