"""A job's legal clocks (backend/domain/clocks.py) from what the records hold: the report, its
status history and its recorded visits. The investigation is the first visit that got in; the
safety work, a later visit that made the home safe or fixed it (or a status mark); the written
summary, a line staff record in the status history; a complaint's stages, lines staff record
there too (backend/domain/desk.py COMPLAINT_STEPS). What the records do not hold stays unknown,
and the clocks treat it so; `progress_from_records` is the one place that reads them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from backend.domain.clocks import (
    Clock,
    Job,
    Progress,
    RightToRepair,
    clocks_for,
    is_awaab_significant_hazard,
    right_to_repair,
)
from backend.domain.policy import Policy
from backend.models import RepairReport, StatusChange, Visit

# What staff record (backend/services/repairs.py STAFF_STATUSES) and what each tells the clocks.
VISITED = ("attended", "made_safe", "completed")
MADE_SAFE = ("made_safe", "completed")
# A line in the status history, not a status of the repair: the tenant asked for another
# contractor under the Right to Repair (recorded by staff on the job page).
SECOND_CONTRACTOR_ASKED = "second_contractor_asked"
# A line in the status history: the written summary of an Awaab's Law investigation was sent to the
# tenant, at the line's time (recorded by staff on the job page).
WRITTEN_SUMMARY_SENT = "written_summary_sent"
# A visit with one of these outcomes did the safety work (made the home safe, or fixed it).
SAFETY_WORK_OUTCOMES = ("made_safe", "fixed")


def job_from_records(repair: RepairReport) -> Job:
    return Job(
        category=repair.category,
        tier=repair.tier,
        emergency=repair.emergency,
        reported_at=repair.reported_at,
        facts=dict(repair.facts or {}),
        # The records hold no tenancy type: a report made for one of the council's tenants is
        # taken to be a secure tenant's, a report nobody's tenancy is known for is not.
        secure_tenant=repair.tenant_id is not None,
    )


def _first(history: Iterable[StatusChange], statuses: tuple[str, ...], since=None):
    for change in history:
        if change.status in statuses and (since is None or change.changed_at >= since):
            return change.changed_at
    return None


def visits_that_got_in(repair: RepairReport) -> list[Visit]:
    return sorted(
        (v for v in repair.visit_records if v.outcome != "no_access" and v.visited_at),
        key=lambda v: v.visited_at,
    )


def investigation_visit(repair: RepairReport) -> Visit | None:
    """The visit recorded as the investigation: the first that got in."""
    visits = visits_that_got_in(repair)
    return visits[0] if visits else None


def investigated(repair: RepairReport) -> bool:
    """Somebody has been in: a recorded visit that got in, or a status mark from before the desk
    recorded visits."""
    history = [c for c in repair.status_history if c.changed_at is not None]
    return investigation_visit(repair) is not None or _first(history, VISITED) is not None


def progress_from_records(repair: RepairReport) -> Progress:
    # A change not yet flushed has no time of its own yet: it is happening now, after the rest.
    history = [c for c in repair.status_history if c.changed_at is not None]
    completed_at = _first(history, ("completed",)) or repair.completed_at
    made_safe_at = _first(history, MADE_SAFE)
    if repair.tier == "complaint":
        # The stages staff record; before they recorded them, staff's first mark on a complaint
        # was its acknowledgement and completing it the answer.
        staff_marks = [c for c in history if c.changed_by != "system" and c.status != "reported"]
        return Progress(
            acknowledged_at=_first(history, ("complaint_acknowledged",))
            or (staff_marks[0].changed_at if staff_marks else None),
            answered_at=_first(history, ("complaint_answered",)) or completed_at,
            stage2_requested_at=_first(history, ("complaint_stage2_requested",)),
            stage2_acknowledged_at=_first(history, ("complaint_stage2_acknowledged",)),
            stage2_answered_at=_first(history, ("complaint_stage2_answered",)),
            completed_at=completed_at,
        )
    investigated_at = safety_work_done_at = summary_sent_at = None
    if is_awaab_significant_hazard(repair.category):
        # The investigation is the first visit that got in, as the desk recorded it; for a job
        # visited before the desk recorded visits, the first visit its status marks kept.
        visits = visits_that_got_in(repair)
        investigated_at = visits[0].visited_at if visits else _first(history, VISITED)
        if investigated_at is not None:
            done = [
                v.visited_at
                for v in visits
                if v.outcome in SAFETY_WORK_OUTCOMES and v.visited_at >= investigated_at
            ]
            marked = _first(history, MADE_SAFE, since=investigated_at)
            if marked is not None:
                done.append(marked)
            safety_work_done_at = min(done) if done else None
        summary_sent_at = _first(history, (WRITTEN_SUMMARY_SENT,))
    return Progress(
        made_safe_at=made_safe_at,
        investigated_at=investigated_at,
        summary_sent_at=summary_sent_at,
        safety_work_done_at=safety_work_done_at,
        # A completed job's further work has started (and ended).
        further_work_started_at=completed_at,
        completed_at=completed_at,
        second_contractor_asked_at=_first(history, (SECOND_CONTRACTOR_ASKED,)),
    )


def repair_clocks(repair: RepairReport, policy: Policy) -> tuple[Clock, ...]:
    """The clocks on a job; none on a cancelled one."""
    if repair.status == "cancelled":
        return ()
    return clocks_for(
        job_from_records(repair),
        progress_from_records(repair),
        policy.heating_season,
        policy.calendar,
    )


def repair_right_to_repair(repair: RepairReport, policy: Policy) -> RightToRepair | None:
    if repair.status == "cancelled":
        return None
    return right_to_repair(
        job_from_records(repair),
        progress_from_records(repair),
        policy.heating_season,
        policy.calendar,
    )


def overdue_clocks(clocks: Iterable[Clock], now: datetime) -> list[Clock]:
    return [clock for clock in clocks if clock.overdue(now)]


class WrittenSummaryRefused(ValueError):
    """The written summary cannot be recorded on this job (now)."""


def record_written_summary(
    repair: RepairReport, *, sent_at: datetime, by: str, now: datetime, note: str = ""
) -> StatusChange:
    """The written summary of the investigation was sent to the tenant at `sent_at`: a line in
    the status history (not a status of the repair) by whom, at that time; it meets the
    awaab_written_summary clock."""
    if not is_awaab_significant_hazard(repair.category):
        raise WrittenSummaryRefused("this job is not a damp and mould or other significant hazard")
    if repair.status == "cancelled":
        raise WrittenSummaryRefused("this job is cancelled")
    if any(c.status == WRITTEN_SUMMARY_SENT for c in repair.status_history):
        raise WrittenSummaryRefused("the written summary has already been recorded")
    investigated_at = progress_from_records(repair).investigated_at
    if investigated_at is None:
        raise WrittenSummaryRefused("record the investigation visit first")
    if sent_at < investigated_at:
        raise WrittenSummaryRefused("the summary cannot have been sent before the investigation")
    if sent_at > now:
        raise WrittenSummaryRefused("the summary cannot have been sent in the future")
    # The summary's line carries what the investigation found, so the record reads on its own.
    visit = investigation_visit(repair)
    if visit is not None and visit.findings:
        found = f"Investigation found: {visit.findings}"
        note = (f"{found}. {note}" if note else found)[:2000]
    change = StatusChange(status=WRITTEN_SUMMARY_SENT, note=note, changed_by=by, changed_at=sent_at)
    repair.status_history.append(change)
    return change


class SecondContractorRefused(ValueError):
    """The tenant cannot ask for a second contractor on this job (now)."""


def record_second_contractor_request(
    repair: RepairReport, policy: Policy, *, by: str, at: datetime, note: str = ""
) -> StatusChange:
    """The tenant asked for another contractor under the Right to Repair: a line in the status
    history (not a status of the repair), from which the second contractor's period runs."""
    entry = repair_right_to_repair(repair, policy)
    if entry is None:
        raise SecondContractorRefused("this is not a qualifying repair under the Right to Repair")
    if entry.second_contractor_asked_at is not None:
        raise SecondContractorRefused("a second contractor has already been asked for")
    if not entry.may_ask_for_second_contractor(at):
        raise SecondContractorRefused("the first contractor's period has not yet passed")
    change = StatusChange(status=SECOND_CONTRACTOR_ASKED, note=note, changed_by=by, changed_at=at)
    repair.status_history.append(change)
    return change
