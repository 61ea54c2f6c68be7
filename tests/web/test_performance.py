"""RP02 and first-visit arithmetic, one line per case (no database)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from backend.web.performance import (
    Period,
    RepairRecord,
    Share,
    first_visit_completion,
    reports_by,
    rp02,
    within_target,
)

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
H = timedelta(hours=1)
D = timedelta(days=1)
PERIOD = Period(
    datetime(2026, 4, 1, tzinfo=timezone.utc), datetime(2027, 4, 1, tzinfo=timezone.utc)
)


def repair(
    *,
    emergency=False,
    target=24 * H,
    completed=None,
    made_safe=None,
    visits=1,
    responsive=True,
    reported=T0,
    channel="web",
    category="toilet",
) -> RepairRecord:
    return RepairRecord(
        reported_at=reported,
        channel=channel,
        category=category,
        emergency=emergency,
        responsive=responsive,
        original_target_by=reported + target,
        completed_at=None if completed is None else reported + completed,
        made_safe_at=None if made_safe is None else reported + made_safe,
        visits=visits,
    )


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (repair(completed=20 * H), True),
        (repair(completed=24 * H), True),  # at the target itself is within it
        (repair(completed=24 * H + timedelta(minutes=1)), False),
        (repair(completed=None), False),
        (repair(made_safe=2 * H, completed=3 * D), False),  # make-safe does not end a routine job
        (repair(emergency=True, target=4 * H, made_safe=3 * H, completed=2 * D), True),
        (repair(emergency=True, target=4 * H, made_safe=5 * H, completed=5 * H), False),
        (repair(emergency=True, target=4 * H, completed=2 * H), True),
        (repair(emergency=True, target=4 * H, made_safe=6 * H, completed=3 * H), True),
        (repair(emergency=True, target=4 * H, completed=None), False),
    ],
    ids=[
        "completed before target",
        "completed exactly at target",
        "completed one minute late",
        "not completed",
        "non-emergency made safe early but completed late",
        "emergency made safe in time, completed later",
        "emergency made safe late",
        "emergency completed in time without a separate make-safe",
        "emergency completed before the make-safe was recorded",
        "emergency not yet dealt with",
    ],
)
def test_within_target(record, expected):
    assert within_target(record) is expected


@pytest.mark.parametrize(
    ("records", "emergency", "non_emergency"),
    [
        ([], (0, 0), (0, 0)),
        ([repair(completed=H)], (0, 0), (1, 1)),
        ([repair(completed=H), repair(completed=2 * D)], (0, 0), (1, 2)),
        ([repair(completed=H), repair(completed=2 * D), repair(completed=None)], (0, 0), (1, 2)),
        ([repair(completed=H, responsive=False)], (0, 0), (0, 0)),  # ASB, complaints
        ([repair(completed=H, reported=datetime(2026, 3, 1, tzinfo=timezone.utc))], (0, 0), (0, 0)),
        (
            [repair(completed=H, reported=datetime(2026, 3, 31, 23, tzinfo=timezone.utc))],
            (0, 0),
            (1, 1),
        ),  # reported before the year, completed in it: counted
        (
            [
                repair(emergency=True, target=4 * H, made_safe=H, completed=D),
                repair(emergency=True, target=4 * H, made_safe=5 * H, completed=D),
                repair(emergency=True, target=4 * H, completed=3 * H),
                repair(completed=10 * H),
            ],
            (2, 3),
            (1, 1),
        ),
    ],
    ids=[
        "nothing completed",
        "one on time",
        "one on time one late",
        "open repairs are not counted",
        "reports that are not repairs are not counted",
        "completed before the period",
        "completed in the period",
        "emergency and non-emergency apart",
    ],
)
def test_rp02(records, emergency, non_emergency):
    measure = rp02(records, PERIOD)
    assert (measure.emergency.met, measure.emergency.total) == emergency
    assert (measure.non_emergency.met, measure.non_emergency.total) == non_emergency


@pytest.mark.parametrize(
    ("share", "text"),
    [
        (Share(0, 0), "–"),
        (Share(1, 2), "50.0%"),
        (Share(1, 3), "33.3%"),
        (Share(2, 3), "66.7%"),
        (Share(3, 3), "100.0%"),
        (Share(0, 4), "0.0%"),
    ],
)
def test_shares_read_to_one_decimal_place(share, text):
    assert share.percent_text == text


@pytest.mark.parametrize(
    ("records", "met", "total"),
    [
        ([repair(completed=H, visits=1)], 1, 1),
        ([repair(completed=H, visits=1), repair(completed=H, visits=2)], 1, 2),
        ([repair(emergency=True, made_safe=H, completed=D, visits=2)], 0, 1),
        ([repair(completed=None, visits=1)], 0, 0),
        ([repair(completed=H, visits=1, responsive=False)], 0, 0),
    ],
    ids=[
        "fixed first time",
        "one needed a second visit",
        "made safe then completed",
        "not completed",
        "not a repair",
    ],
)
def test_first_visit_completion(records, met, total):
    share = first_visit_completion(records, PERIOD)
    assert (share.met, share.total) == (met, total)


def test_reports_are_counted_by_channel_largest_first_and_only_in_the_period():
    records = [
        repair(channel="sms"),
        repair(channel="web"),
        repair(channel="web"),
        repair(channel="voice", reported=datetime(2026, 1, 5, tzinfo=timezone.utc)),
        repair(channel="voice", responsive=False),
    ]
    assert reports_by(records, PERIOD, "channel") == [("web", 2), ("sms", 1), ("voice", 1)]
