"""The clocks the law sets (backend/domain/clocks.py), from tables, without a database."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from backend.domain.calendar import LONDON, WorkingCalendar
from backend.domain.clocks import (
    AWAAB_FURTHER_WORK,
    AWAAB_INVESTIGATION,
    AWAAB_MAKE_SAFE,
    AWAAB_SAFETY_WORK,
    AWAAB_WRITTEN_SUMMARY,
    COMPLAINT_ACKNOWLEDGEMENT,
    COMPLAINT_ANSWER,
    COMPLAINT_STAGE2_ACKNOWLEDGEMENT,
    COMPLAINT_STAGE2_ANSWER,
    LABELS,
    RIGHT_TO_REPAIR,
    AccessAttempt,
    Clock,
    Job,
    NoAccessTooSoon,
    Progress,
    UnknownAccessMeans,
    check_no_access,
    clocks_for,
    compensation_gbp,
    no_access_stands,
    right_to_repair,
    statutory_repair,
)
from backend.domain.policy import HeatingSeason, load_policy
from backend.domain.statute import AWAAB_SIGNIFICANT_HAZARD_CATEGORIES, RIGHT_TO_REPAIR_1994

POLICIES = Path(__file__).resolve().parents[2] / "backend/policies"
calendar = WorkingCalendar()
season = HeatingSeason()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


def by_name(job: Job, progress: Progress | None = None) -> dict[str, Clock]:
    clocks = clocks_for(job, progress or Progress(), season, calendar)
    return {clock.name: clock for clock in clocks}


def damp(reported: str = "2026-12-08T10:00") -> Job:
    return Job("damp_mould", "ten_day", emergency=False, reported_at=at(reported))


def complaint(reported: str = "2026-12-08T10:00") -> Job:
    return Job("complaint", "complaint", emergency=False, reported_at=at(reported))


# --- Awaab's Law -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reported", "due"),
    [
        ("2026-12-08T10:00", "2026-12-09T10:00"),  # a Tuesday: the same time tomorrow
        ("2026-12-11T22:30", "2026-12-12T22:30"),  # a Friday night: weekends do not stop it
        ("2026-12-24T15:00", "2026-12-25T15:00"),  # nor does Christmas Day
        ("2027-03-27T09:00", "2027-03-28T10:00"),  # 24 clock hours over the change to BST
    ],
)
def test_an_emergency_hazard_is_made_safe_within_24_clock_hours(reported, due):
    job = Job("gas_smell", "emergency", emergency=True, reported_at=at(reported))
    clocks = by_name(job)
    assert list(clocks) == [AWAAB_MAKE_SAFE]
    assert clocks[AWAAB_MAKE_SAFE].due_by == at(due)


@pytest.mark.parametrize(
    ("made_safe", "overdue"),
    [("2026-12-09T09:59", False), ("2026-12-09T10:00", False), ("2026-12-09T10:01", True)],
)
def test_an_emergency_made_safe_after_24_hours_missed_its_clock(made_safe, overdue):
    job = Job("flooding", "emergency", emergency=True, reported_at=at("2026-12-08T10:00"))
    clock = by_name(job, Progress(made_safe_at=at(made_safe)))[AWAAB_MAKE_SAFE]
    assert clock.met_at == at(made_safe)
    assert clock.overdue(at("2027-01-01T00:00")) is overdue


@pytest.mark.parametrize(
    ("reported", "due"),
    [
        ("2026-12-08T10:00", "2026-12-23T00:00"),  # Tuesday: the end of Tuesday 22 December
        ("2026-12-08T23:59", "2026-12-23T00:00"),  # the day of the report never counts
        ("2026-12-18T10:00", "2027-01-07T00:00"),  # over Christmas, Boxing Day (Monday 28th)
        ("2027-03-22T10:00", "2027-04-08T00:00"),  # over Good Friday and Easter Monday
    ],
)
def test_damp_and_mould_is_investigated_within_10_working_days(reported, due):
    clock = by_name(damp(reported))[AWAAB_INVESTIGATION]
    assert clock.due_by == at(due)


def test_before_the_investigation_the_clocks_that_follow_it_have_not_started():
    clocks = by_name(damp())
    assert [clocks[name].due_by for name in clocks] == [at("2026-12-23T00:00"), None, None, None]
    assert not clocks[AWAAB_WRITTEN_SUMMARY].started
    assert not clocks[AWAAB_WRITTEN_SUMMARY].overdue(at("2030-01-01T00:00"))


@pytest.mark.parametrize(
    ("investigated", "summary_due", "safety_due", "further_due"),
    [
        # A Friday: the summary is due by the end of the next Wednesday.
        ("2026-12-04T15:00", "2026-12-10T00:00", "2026-12-12T00:00", "2027-02-27T00:00"),
        # A Monday.
        ("2026-12-07T09:00", "2026-12-11T00:00", "2026-12-15T00:00", "2027-03-02T00:00"),
        # Christmas Eve: Christmas Day and Boxing Day (moved to Monday 28th) are not working days.
        ("2026-12-24T11:00", "2027-01-01T00:00", "2027-01-06T00:00", "2027-03-19T00:00"),
        # The Thursday before Easter.
        ("2027-03-25T16:00", "2027-04-02T00:00", "2027-04-06T00:00", "2027-06-18T00:00"),
    ],
)
def test_the_clocks_after_an_investigation_count_from_its_day(
    investigated, summary_due, safety_due, further_due
):
    clocks = by_name(damp("2026-11-30T10:00"), Progress(investigated_at=at(investigated)))
    assert clocks[AWAAB_WRITTEN_SUMMARY].due_by == at(summary_due)
    assert clocks[AWAAB_SAFETY_WORK].due_by == at(safety_due)
    assert clocks[AWAAB_FURTHER_WORK].due_by == at(further_due)


@pytest.mark.parametrize(
    ("found", "further", "names"),
    [
        (
            None,
            None,
            [AWAAB_INVESTIGATION, AWAAB_WRITTEN_SUMMARY, AWAAB_SAFETY_WORK, AWAAB_FURTHER_WORK],
        ),
        (True, False, [AWAAB_INVESTIGATION, AWAAB_WRITTEN_SUMMARY, AWAAB_SAFETY_WORK]),
        (False, True, [AWAAB_INVESTIGATION, AWAAB_WRITTEN_SUMMARY, AWAAB_FURTHER_WORK]),
        (False, False, [AWAAB_INVESTIGATION, AWAAB_WRITTEN_SUMMARY]),
    ],
)
def test_safety_and_further_work_clocks_run_unless_the_investigation_rules_them_out(
    found, further, names
):
    progress = Progress(
        investigated_at=at("2026-12-04T15:00"),
        significant_hazard_found=found,
        further_work_needed=further,
    )
    assert list(by_name(damp("2026-11-30T10:00"), progress)) == names


@pytest.mark.parametrize(
    ("sent", "now", "overdue"),
    [
        (None, "2026-12-09T23:59", False),
        (None, "2026-12-10T00:01", True),
        ("2026-12-09T16:00", "2026-12-20T00:00", False),
        ("2026-12-10T09:00", "2026-12-20T00:00", True),
    ],
)
def test_a_written_summary_is_overdue_once_its_third_working_day_has_ended(sent, now, overdue):
    progress = Progress(
        investigated_at=at("2026-12-04T15:00"), summary_sent_at=at(sent) if sent else None
    )
    clock = by_name(damp("2026-11-30T10:00"), progress)[AWAAB_WRITTEN_SUMMARY]
    assert clock.overdue(at(now)) is overdue


@pytest.mark.parametrize(
    ("category", "tier", "emergency", "names"),
    [
        ("gas_smell", "emergency", True, [AWAAB_MAKE_SAFE]),
        ("damp_mould", "ten_day", False, [AWAAB_INVESTIGATION]),
        ("other_repair", "routine", False, []),
        ("asb", "asb", False, []),
    ],
)
def test_which_jobs_awaab_s_law_covers(category, tier, emergency, names):
    job = Job(category, tier, emergency=emergency, reported_at=at("2026-12-08T10:00"))
    started = [c.name for c in clocks_for(job, Progress(), season, calendar) if c.started]
    assert [n for n in started if n.startswith("awaab")] == names


@pytest.mark.parametrize(
    ("means", "stands"),
    [
        ([], False),
        (["phone"], False),
        (["phone", "phone", "phone"], False),  # three calls are one means
        (["phone", "letter"], False),
        (["phone", "letter", "visit"], True),
        (["text", "email", "phone", "phone"], True),
    ],
)
def test_no_access_stands_after_three_attempts_by_different_means(means, stands):
    attempts = [AccessAttempt(at("2026-12-08T10:00"), m) for m in means]
    assert no_access_stands(attempts) is stands
    if stands:
        check_no_access(attempts)
    else:
        with pytest.raises(NoAccessTooSoon):
            check_no_access(attempts)


def test_an_access_attempt_says_how_it_was_made():
    with pytest.raises(UnknownAccessMeans):
        AccessAttempt(at("2026-12-08T10:00"), "pigeon")


# --- the Complaint Handling Code ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("reported", "acknowledge_by"),
    [
        ("2026-12-08T10:00", "2026-12-16T00:00"),  # Tuesday: the end of the next Tuesday
        ("2026-12-11T18:00", "2026-12-19T00:00"),  # Friday evening: the end of next Friday
        ("2026-12-22T10:00", "2027-01-01T00:00"),  # over Christmas
    ],
)
def test_a_complaint_is_acknowledged_within_5_working_days(reported, acknowledge_by):
    clocks = by_name(complaint(reported))
    assert clocks[COMPLAINT_ACKNOWLEDGEMENT].due_by == at(acknowledge_by)
    assert clocks[COMPLAINT_ANSWER].due_by is None  # counted from the acknowledgement
    assert COMPLAINT_STAGE2_ANSWER not in clocks


@pytest.mark.parametrize(
    ("acknowledged", "answer_by"),
    [
        ("2026-12-09T10:00", "2026-12-24T00:00"),
        ("2026-12-18T10:00", "2027-01-07T00:00"),  # over Christmas
    ],
)
def test_a_stage_1_answer_is_due_10_working_days_after_the_acknowledgement(acknowledged, answer_by):
    clock = by_name(complaint(), Progress(acknowledged_at=at(acknowledged)))[COMPLAINT_ANSWER]
    assert clock.due_by == at(answer_by)


def test_stage_2_is_acknowledged_in_5_and_answered_in_20_working_days():
    progress = Progress(
        acknowledged_at=at("2026-12-09T10:00"),
        answered_at=at("2026-12-18T10:00"),
        stage2_requested_at=at("2027-01-04T10:00"),
        stage2_acknowledged_at=at("2027-01-06T12:00"),
    )
    clocks = by_name(complaint(), progress)
    assert clocks[COMPLAINT_ANSWER].met_at == at("2026-12-18T10:00")
    assert clocks[COMPLAINT_STAGE2_ACKNOWLEDGEMENT].due_by == at("2027-01-12T00:00")
    assert clocks[COMPLAINT_STAGE2_ANSWER].due_by == at("2027-02-04T00:00")
    assert not clocks[COMPLAINT_STAGE2_ANSWER].overdue(at("2027-02-03T23:00"))
    assert clocks[COMPLAINT_STAGE2_ANSWER].overdue(at("2027-02-04T00:01"))


def test_a_repair_has_no_complaint_clocks():
    assert not {COMPLAINT_ACKNOWLEDGEMENT, COMPLAINT_ANSWER} & set(by_name(damp()))


# --- the Right to Repair ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "facts", "reported", "working_days"),
    [
        ("water_supply", {"total_loss": True}, "2026-12-08T10:00", 1),
        ("water_supply", {"total_loss": False}, "2026-12-08T10:00", 3),
        ("water_supply", {}, "2026-12-08T10:00", 1),  # not known: the shortest it could be
        ("heating_hot_water", {}, "2026-12-08T10:00", 1),  # in the heating season
        ("heating_hot_water", {}, "2027-06-22T10:00", 3),  # outside it
        ("toilet", {"other_working_toilet": False}, "2026-12-08T10:00", 1),
        ("toilet", {"other_working_toilet": True}, "2026-12-08T10:00", None),
        ("roof_leak", {}, "2026-12-08T10:00", 7),
        ("worktops", {}, "2026-12-08T10:00", None),
        ("damp_mould", {}, "2026-12-08T10:00", None),
    ],
)
def test_which_repairs_qualify_and_their_statutory_period(category, facts, reported, working_days):
    entry = statutory_repair(category, facts, at(reported), season, calendar)
    assert (entry.working_days if entry else None) == working_days


@pytest.mark.parametrize(
    ("due", "done", "gbp"),
    [
        ("2026-12-10T00:00", "2026-12-09T16:00", 0),  # in time
        ("2026-12-10T00:00", "2026-12-10T00:00", 0),  # at the stroke of the deadline
        ("2026-12-10T00:00", "2026-12-10T09:00", 12),  # the first day late
        ("2026-12-10T00:00", "2026-12-14T09:00", 20),  # five days late
        ("2026-12-10T00:00", "2026-12-28T09:00", 48),  # nineteen
        ("2026-12-10T00:00", "2026-12-29T09:00", 50),  # twenty: the cap
        ("2026-12-10T00:00", "2027-03-01T09:00", 50),  # never more
    ],
)
def test_compensation_is_10_pounds_plus_2_a_day_at_most_50(due, done, gbp):
    assert compensation_gbp(at(due), at(done), calendar) == gbp


def boiler(**progress) -> tuple[Job, Progress]:
    job = Job("heating_hot_water", "one_day", emergency=False, reported_at=at("2026-12-08T10:00"))
    return job, Progress(**{k: at(v) for k, v in progress.items()})


def test_an_overdue_qualifying_repair_may_go_to_a_second_contractor():
    job, progress = boiler()
    entry = right_to_repair(job, progress, season, calendar)
    assert entry.due_by == at("2026-12-10T00:00")  # the end of the next working day
    assert not entry.overdue(at("2026-12-09T20:00"))
    assert entry.overdue(at("2026-12-10T08:00"))
    assert entry.may_ask_for_second_contractor(at("2026-12-10T08:00"))
    # Asked for on a Friday: a new period of one working day, to the end of Monday.
    assert entry.second_contractor_target(at("2026-12-11T10:00"), calendar) == at(
        "2026-12-15T00:00"
    )
    assert entry.compensation_gbp(at("2026-12-20T00:00"), calendar) == 0  # no second contractor


@pytest.mark.parametrize(
    ("done", "now", "gbp"),
    [
        (None, "2026-12-14T23:00", 0),  # the second contractor's period runs
        (None, "2026-12-15T09:00", 12),
        (None, "2026-12-21T09:00", 24),
        ("2026-12-16T11:00", "2027-01-30T09:00", 14),  # done two days late: fixed from then
        (None, "2027-02-01T09:00", 50),
    ],
)
def test_compensation_is_owed_when_the_second_contractor_is_late_too(done, now, gbp):
    job, progress = boiler(second_contractor_asked_at="2026-12-11T10:00")
    if done:
        job, progress = boiler(second_contractor_asked_at="2026-12-11T10:00", completed_at=done)
    entry = right_to_repair(job, progress, season, calendar)
    assert entry.second_contractor_due_by == at("2026-12-15T00:00")
    assert not entry.may_ask_for_second_contractor(at(now))
    assert entry.compensation_gbp(at(now), calendar) == gbp
    clock = by_name(job, progress)[RIGHT_TO_REPAIR]
    assert clock.due_by == at("2026-12-15T00:00")  # the period running now


def test_the_right_to_repair_is_a_secure_tenant_s():
    job = Job("toilet", "one_day", False, at("2026-12-08T10:00"), {"other_working_toilet": False})
    assert RIGHT_TO_REPAIR in by_name(job)
    assert RIGHT_TO_REPAIR not in by_name(
        Job("toilet", "one_day", False, job.reported_at, job.facts, secure_tenant=False)
    )


# --- the lists agree with the policies ---------------------------------------------------------


@pytest.mark.parametrize("policy_file", sorted(p.name for p in POLICIES.glob("*.yml")))
def test_every_category_the_statutes_name_is_in_every_policy(policy_file):
    policy = load_policy(POLICIES / policy_file)
    named = {entry.category for entry in RIGHT_TO_REPAIR_1994} | AWAAB_SIGNIFICANT_HAZARD_CATEGORIES
    assert named <= set(policy.categories)
    assert "complaint" in policy.tiers


def test_every_clock_has_a_label():
    assert set(LABELS) == {
        AWAAB_MAKE_SAFE,
        AWAAB_INVESTIGATION,
        AWAAB_WRITTEN_SUMMARY,
        AWAAB_SAFETY_WORK,
        AWAAB_FURTHER_WORK,
        COMPLAINT_ACKNOWLEDGEMENT,
        COMPLAINT_ANSWER,
        COMPLAINT_STAGE2_ACKNOWLEDGEMENT,
        COMPLAINT_STAGE2_ANSWER,
        RIGHT_TO_REPAIR,
    }
