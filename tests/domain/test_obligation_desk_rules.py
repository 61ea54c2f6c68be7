"""Awaab's Law and the complaint code at the desk (backend/domain/desk.py, issue 14): access
attempts, 'no access' on an Awaab's Law case, the investigation's findings, and a complaint's
stages, from tables without a database."""

from __future__ import annotations

from datetime import datetime

import pytest

from backend.domain import desk
from backend.domain.calendar import LONDON
from backend.domain.clocks import ACCESS_MEANS, ACCESS_MEANS_LABELS, AccessAttempt, is_awaab_case
from backend.domain.desk import JobView

REPORTED = datetime(2026, 12, 8, 10, 0, tzinfo=LONDON)
NOW = datetime(2026, 12, 10, 15, 0, tzinfo=LONDON)
VISIT = datetime(2026, 12, 10, 11, 0, tzinfo=LONDON)


def tried(*means: str) -> list[AccessAttempt]:
    return [
        AccessAttempt(datetime(2026, 12, 9, 9, i, tzinfo=LONDON), m) for i, m in enumerate(means)
    ]


def test_every_means_of_getting_in_has_a_label_for_the_desk():
    assert tuple(ACCESS_MEANS_LABELS) == ACCESS_MEANS


@pytest.mark.parametrize(
    ("category", "emergency", "covered"),
    [
        ("damp_mould", False, True),
        ("gas_leak", True, True),
        ("dripping_tap", False, False),
    ],
)
def test_awaabs_law_covers_emergency_and_significant_hazards(category, emergency, covered):
    assert is_awaab_case(category, emergency) is covered


@pytest.mark.parametrize(
    ("status", "means", "attempted_at", "refusal"),
    [
        ("reported", "phone", NOW, None),
        ("no_access", "letter", REPORTED, None),
        ("reported", "pigeon", NOW, desk.UnknownAccessMeansChosen),
        ("reported", "", NOW, desk.UnknownAccessMeansChosen),
        ("reported", "phone", datetime(2026, 12, 10, 15, 1, tzinfo=LONDON), desk.AttemptInFuture),
        (
            "reported",
            "phone",
            datetime(2026, 12, 8, 9, 59, tzinfo=LONDON),
            desk.AttemptBeforeReport,
        ),
        ("completed", "phone", NOW, desk.JobClosed),
    ],
)
def test_an_access_attempt_needs_a_means_a_past_time_and_an_open_job(
    status, means, attempted_at, refusal
):
    check = lambda: desk.check_access_attempt(  # noqa: E731
        JobView(status=status), means, attempted_at, REPORTED, NOW
    )
    if refusal is None:
        check()
    else:
        with pytest.raises(refusal):
            check()


@pytest.mark.parametrize(
    ("awaab_case", "attempts", "missing"),
    [
        (True, tried(), "tried: visit"),
        (True, tried("phone"), "tried: phone, visit"),
        (True, tried("phone", "phone", "visit"), "tried: phone, visit"),
        (True, tried("phone", "letter"), None),
        (True, tried("text", "email", "letter"), None),
        (False, tried(), None),  # Awaab's Law does not cover a dripping tap
    ],
)
def test_no_access_on_an_awaab_case_stands_after_three_attempts_by_different_means(
    awaab_case, attempts, missing
):
    if missing is None:
        desk.check_no_access_visit(awaab_case, attempts, VISIT)
        return
    with pytest.raises(desk.NoAccessTooSoon) as refused:
        desk.check_no_access_visit(awaab_case, attempts, VISIT)
    assert refused.value.message == (
        "Record the attempts to get in first: 'no access' needs at least 3 attempts by "
        f"different means; {missing}."
    )


@pytest.mark.parametrize(
    ("findings", "awaab_case", "outcome", "already", "kept"),
    [
        (
            "Mould behind the wardrobe,  damp  wall",
            True,
            "follow_on_needed",
            False,
            "Mould behind the wardrobe, damp wall",
        ),
        ("", True, "follow_on_needed", True, ""),
        ("   ", False, "fixed", False, ""),
        ("Mould", True, "made_safe", False, "Mould"),
        ("Mould", True, "no_access", False, desk.FindingsNotAnInvestigation),
        ("Mould", True, "fixed", True, desk.FindingsNotAnInvestigation),
        ("Mould", False, "fixed", False, desk.FindingsNotAnInvestigation),
    ],
)
def test_findings_are_kept_only_on_the_investigation(findings, awaab_case, outcome, already, kept):
    check = lambda: desk.check_findings(  # noqa: E731
        findings, awaab_case=awaab_case, outcome=outcome, already_investigated=already
    )
    if isinstance(kept, str):
        assert check() == kept
    else:
        with pytest.raises(kept):
            check()


STEPS = list(desk.COMPLAINT_STEPS)


@pytest.mark.parametrize(
    ("done", "expected"),
    [
        ([], "complaint_acknowledged"),
        (STEPS[:1], "complaint_answered"),
        (STEPS[:2], "complaint_stage2_requested"),
        (STEPS[:3], "complaint_stage2_acknowledged"),
        (STEPS[:4], "complaint_stage2_answered"),
        (STEPS, None),
    ],
)
def test_a_complaints_stages_come_in_the_codes_order(done, expected):
    assert desk.next_complaint_step(done) == expected


@pytest.mark.parametrize(
    ("tier", "status", "step", "done", "refusal"),
    [
        ("complaint", "reported", "complaint_acknowledged", [], None),
        ("complaint", "completed", "complaint_stage2_requested", STEPS[:2], None),
        ("complaint", "reported", "complaint_answered", [], desk.ComplaintStepOutOfTurn),
        (
            "complaint",
            "reported",
            "complaint_stage2_requested",
            STEPS[:1],
            desk.ComplaintStepOutOfTurn,
        ),
        ("complaint", "reported", "complaint_acknowledged", STEPS[:1], desk.ComplaintStepOutOfTurn),
        ("complaint", "reported", "complaint_stage2_answered", STEPS, desk.ComplaintStepOutOfTurn),
        ("complaint", "reported", "made_up", [], desk.ComplaintStepOutOfTurn),
        ("complaint", "cancelled", "complaint_acknowledged", [], desk.JobClosed),
        ("routine", "reported", "complaint_acknowledged", [], desk.NotAComplaint),
    ],
)
def test_a_complaint_step_is_refused_out_of_turn_or_on_a_repair(tier, status, step, done, refusal):
    check = lambda: desk.check_complaint_step(tier, status, step, done)  # noqa: E731
    if refusal is None:
        check()
    else:
        with pytest.raises(refusal):
            check()


def test_the_refusal_names_the_next_step():
    with pytest.raises(desk.ComplaintStepOutOfTurn) as refused:
        desk.check_complaint_step(
            "complaint",
            "reported",
            "complaint_stage2_answered",
            STEPS[:2],
        )
    assert refused.value.message == (
        "The next step of this complaint is: escalated to stage 2 (the tenant is not satisfied)."
    )


@pytest.mark.parametrize(("tier", "refused"), [("complaint", True), ("routine", False)])
def test_a_complaint_is_logged_from_a_repair_not_from_a_complaint(tier, refused):
    if refused:
        with pytest.raises(desk.ComplaintOfAComplaint):
            desk.check_log_complaint(tier)
    else:
        desk.check_log_complaint(tier)
