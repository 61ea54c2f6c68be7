"""The repairs desk's rules (backend/domain/desk.py), from tables: one line a case."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from backend.domain import desk
from backend.domain.calendar import LONDON
from backend.domain.desk import JobView
from backend.domain.policy import load_policy

POLICIES = Path(__file__).resolve().parents[2] / "backend/policies"
REPORTED = datetime(2026, 12, 8, 10, 0, tzinfo=LONDON)  # a Tuesday in the heating season
NOW = datetime(2026, 12, 10, 15, 0, tzinfo=LONDON)


@pytest.fixture(scope="module")
def policy():
    return load_policy(POLICIES / "default.yml")


def job(status: str = "reported", **changes) -> JobView:
    return JobView(status=status, **changes)


def test_an_emergency_awaits_dispatch_and_anything_else_is_reported():
    assert desk.initial_status(emergency=True) == "awaiting_dispatch"
    assert desk.initial_status(emergency=False) == "reported"


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (job("awaiting_dispatch", emergency=True), "operative_dispatched"),
        (job("reported", emergency=True), "operative_dispatched"),
        (job("operative_dispatched", emergency=True, assigned=True), "operative_dispatched"),
        (job("reported"), "reported"),
        (job("booked", has_appointment=True), "booked"),
        (job("no_access"), "no_access"),
        (job("completed"), desk.JobClosed),
        (job("cancelled"), desk.JobClosed),
    ],
)
def test_assigning_dispatches_an_emergency_and_leaves_other_statuses(before, expected):
    if isinstance(expected, type):
        with pytest.raises(expected):
            desk.status_after_assignment(before)
    else:
        assert desk.status_after_assignment(before) == expected


# (status, reason, duplicate of, refusal or None)
CLOSING = [
    ("reported", "withdrawn", None, None),
    ("booked", "raised_in_error", None, None),
    ("awaiting_dispatch", "duplicate", "HR-200000", None),
    ("reported", "duplicate", None, desk.DuplicateNeedsOriginal),
    ("reported", "duplicate", "", desk.DuplicateNeedsOriginal),
    ("reported", "duplicate", "hr-100000", desk.DuplicateOfItself),
    ("reported", "fixed_itself", None, desk.UnknownClosureReason),
    ("reported", "", None, desk.UnknownClosureReason),
    ("completed", "withdrawn", None, desk.JobClosed),
    ("cancelled", "duplicate", "HR-200000", desk.JobClosed),
]


@pytest.mark.parametrize(("status", "reason", "duplicate_of", "refusal"), CLOSING)
def test_closing_a_report(status, reason, duplicate_of, refusal):
    if refusal is None:
        desk.check_close(job(status), reason, "HR-100000", duplicate_of)
    else:
        with pytest.raises(refusal):
            desk.check_close(job(status), reason, "HR-100000", duplicate_of)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (job("cancelled"), "reported"),
        (job("completed"), "reported"),
        (job("cancelled", emergency=True), "awaiting_dispatch"),
        (job("cancelled", emergency=True, assigned=True), "operative_dispatched"),
        (job("reported"), desk.JobNotClosed),
        (job("no_access"), desk.JobNotClosed),
    ],
)
def test_reopening_only_a_closed_job(before, expected):
    if isinstance(expected, type):
        with pytest.raises(expected):
            desk.status_after_reopening(before)
    else:
        assert desk.status_after_reopening(before) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tenant rang back", "Tenant rang back"),
        ("  two   spaces\n", "two spaces"),
        ("", desk.ReasonRequired),
        ("   ", desk.ReasonRequired),
        (None, desk.ReasonRequired),
        ("x" * 600, "x" * desk.MAX_REASON),
    ],
)
def test_a_reason_is_required_and_tidied(text, expected):
    if isinstance(expected, type):
        with pytest.raises(expected):
            desk.required_reason(text)
    else:
        assert desk.required_reason(text) == expected


# (outcome, visited at, status after, counts as a visit, completes, follow-on possible)
VISITS = [
    ("fixed", datetime(2026, 12, 9, 10, 30, tzinfo=LONDON), "completed", True, True, False),
    ("made_safe", datetime(2026, 12, 9, 10, 30, tzinfo=LONDON), "made_safe", True, False, True),
    ("no_access", datetime(2026, 12, 9, 10, 30, tzinfo=LONDON), "no_access", False, False, True),
    ("follow_on_needed", REPORTED, "follow_on_needed", True, False, True),
    ("fixed", NOW, "completed", True, True, False),
]


@pytest.mark.parametrize(("outcome", "at", "status", "counts", "completes", "follow_on"), VISITS)
def test_a_visit_leaves_the_job_in_its_outcomes_status(
    outcome, at, status, counts, completes, follow_on
):
    result = desk.check_visit(job("booked"), outcome, at, REPORTED, NOW)
    assert result == desk.VisitResult(status, counts, completes, follow_on)


@pytest.mark.parametrize(
    ("status", "outcome", "at", "refusal"),
    [
        ("booked", "fixed", datetime(2026, 12, 10, 15, 1, tzinfo=LONDON), desk.VisitInFuture),
        ("booked", "fixed", datetime(2026, 12, 8, 9, 59, tzinfo=LONDON), desk.VisitBeforeReport),
        ("booked", "sorted", REPORTED, desk.UnknownOutcome),
        ("booked", "", REPORTED, desk.UnknownOutcome),
        ("completed", "fixed", REPORTED, desk.JobClosed),
        ("cancelled", "no_access", REPORTED, desk.JobClosed),
    ],
)
def test_a_visit_that_cannot_be_recorded(status, outcome, at, refusal):
    with pytest.raises(refusal):
        desk.check_visit(job(status), outcome, at, REPORTED, NOW)


@pytest.mark.parametrize(
    ("before", "outcome", "already", "refusal"),
    [
        (job("no_access"), "no_access", False, None),
        (job("follow_on_needed"), "follow_on_needed", False, None),
        (job("made_safe"), "made_safe", False, None),
        (job("completed"), "fixed", False, desk.JobClosed),
        (job("attended"), "fixed", False, desk.FollowOnNotNeeded),
        (job("no_access"), "no_access", True, desk.FollowOnAlreadyBooked),
        (job("booked", has_appointment=True), "no_access", False, desk.FollowOnAlreadyBooked),
        (job("cancelled"), "no_access", False, desk.JobClosed),
    ],
)
def test_a_follow_on_appointment_from_a_visit(before, outcome, already, refusal):
    if refusal is None:
        desk.check_follow_on(before, outcome, already)
    else:
        with pytest.raises(refusal):
            desk.check_follow_on(before, outcome, already)


def test_cancelling_an_appointment_needs_one():
    assert desk.status_after_cancelled_appointment(job("booked", has_appointment=True)) == (
        "reported"
    )
    with pytest.raises(desk.NoAppointment):
        desk.status_after_cancelled_appointment(job("reported"))


# (category, tier chosen, expected category, expected tier, expected target in London time)
RETRIAGE = [
    # The policy decides when staff keep its priority: a tap is three working days.
    ("tap", "", "tap", "three_day", datetime(2026, 12, 11, 17, 0, tzinfo=LONDON)),
    # Staff overrule the policy's priority: an emergency is 4 hours from the report.
    ("toilet", "emergency", "toilet", "emergency", datetime(2026, 12, 8, 14, 0, tzinfo=LONDON)),
    (
        "other_repair",
        "three_day",
        "other_repair",
        "three_day",
        datetime(2026, 12, 11, 17, 0, tzinfo=LONDON),
    ),
    ("gas_smell", "", "gas_smell", "emergency", datetime(2026, 12, 8, 14, 0, tzinfo=LONDON)),
]


@pytest.mark.parametrize(("category", "tier", "want_category", "want_tier", "target"), RETRIAGE)
def test_a_retriage_recomputes_the_target_from_the_report_time(
    policy, category, tier, want_category, want_tier, target
):
    result = desk.retriage(
        policy,
        current_category="toilet",
        current_tier="routine",
        category=category,
        tier=tier,
        facts={"other_working_toilet": True},
        reported_at=REPORTED,
        reason="Tenant says water is coming through the ceiling",
    )
    assert (result.category.code, result.tier.code) == (want_category, want_tier)
    assert result.target_by == target
    assert "water is coming through the ceiling" in result.reason


@pytest.mark.parametrize(
    ("category", "tier", "reason", "refusal"),
    [
        ("toilet", "", "no change", desk.NothingChanged),
        ("toilet", "routine", "no change", desk.NothingChanged),
        ("tap", "", "", desk.ReasonRequired),
        ("tap", "", "   ", desk.ReasonRequired),
        ("spaceship", "", "wrong", desk.UnknownCategoryChosen),
        ("tap", "whenever", "wrong", desk.UnknownPriority),
    ],
)
def test_a_retriage_that_cannot_be_made(policy, category, tier, reason, refusal):
    with pytest.raises(refusal):
        desk.retriage(
            policy,
            current_category="toilet",
            current_tier="routine",
            category=category,
            tier=tier,
            facts={},
            reported_at=REPORTED,
            reason=reason,
        )


@pytest.mark.parametrize(
    ("category", "tier", "appointment_trade", "keeps"),
    [
        ("tap", "", "plumbing", True),  # same trade, still bookable
        ("tap", "routine", "plumbing", True),
        ("toilet", "", None, True),  # no appointment: anything goes
        ("insecure_entry", "", "plumbing", False),  # a carpenter's job now
        ("tap", "emergency", "plumbing", False),  # an emergency is attended, not booked
        ("tap", "asb", "plumbing", False),  # not a bookable tier
    ],
)
def test_a_retriage_keeps_an_appointment_only_if_it_still_suits(
    policy, category, tier, appointment_trade, keeps
):
    def change():
        return desk.retriage(
            policy,
            current_category="blocked_sink_bath",
            current_tier="three_day",
            category=category,
            tier=tier,
            facts={"other_working_toilet": False},
            reported_at=REPORTED,
            reason="Checked with the tenant",
            appointment_trade=appointment_trade,
        )

    if keeps:
        change()
    else:
        with pytest.raises(desk.AppointmentNoLongerFits):
            change()
