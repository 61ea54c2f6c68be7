from __future__ import annotations

from datetime import date, datetime

import pytest

from backend.domain.calendar import LONDON, NaiveDateTimeError, WorkingCalendar

calendar = WorkingCalendar()


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 12, 8), True),  # Tuesday
        (date(2026, 12, 12), False),  # Saturday
        (date(2026, 12, 13), False),  # Sunday
        (date(2026, 12, 25), False),  # Christmas Day
        (date(2026, 12, 28), False),  # Boxing Day moved to Monday
        (date(2027, 1, 1), False),  # New Year's Day
        (date(2027, 3, 26), False),  # Good Friday
        (date(2027, 3, 29), False),  # Easter Monday
        (date(2027, 3, 30), True),
    ],
)
def test_working_days_are_weekdays_that_are_not_english_bank_holidays(day, working):
    assert calendar.is_working_day(day) is working


@pytest.mark.parametrize(
    ("reported", "n", "due"),
    [
        ("2026-12-08T09:00", 1, "2026-12-09T17:00"),
        ("2026-12-08T23:00", 1, "2026-12-09T17:00"),  # the day of the report never counts
        ("2026-12-11T10:00", 1, "2026-12-14T17:00"),  # Friday to Monday
        ("2026-12-12T10:00", 1, "2026-12-14T17:00"),  # reported on a Saturday
        ("2026-12-24T10:00", 1, "2026-12-29T17:00"),  # over Christmas
        ("2027-03-25T10:00", 2, "2027-03-31T17:00"),  # over Easter
    ],
)
def test_a_target_of_n_working_days_ends_at_the_close_of_the_nth(reported, n, due):
    start = datetime.fromisoformat(reported).replace(tzinfo=LONDON)
    assert calendar.add_working_days(start, n) == datetime.fromisoformat(due).replace(tzinfo=LONDON)


def test_a_time_without_an_offset_is_refused_rather_than_guessed():
    with pytest.raises(NaiveDateTimeError):
        calendar.add_working_days(datetime(2026, 12, 8, 9, 0), 1)
