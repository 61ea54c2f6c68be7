"""The repairs desk's job actions on the records: assign, re-triage, close, reopen, notes, visits
and follow-on appointments, matching a report to a tenant. The rules are backend/domain/desk.py;
every action is written to the status history with who did it. Callers own the session, commit,
and publish the events after the commit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backend.domain import desk
from backend.domain.booking import LONDON
from backend.domain.clocks import ACCESS_MEANS_LABELS, AccessAttempt, is_awaab_case
from backend.domain.desk import DeskRefusal, JobView
from backend.domain.policy import Policy
from backend.models import (
    AccessAttemptRecord,
    Booking,
    Operative,
    Property,
    RepairNote,
    RepairReport,
    StatusChange,
    Tenant,
    Visit,
)
from backend.services import bookings as booking_service
from backend.services.clocks import investigated
from backend.services.repairs import (
    NewRepair,
    RepairNotFound,
    get_repair,
    report_repair,
    with_recorded_circumstances,
)


class TenantChoiceInvalid(DeskRefusal):
    message = "Choose the tenant from the list."


def job_view(repair: RepairReport) -> JobView:
    return JobView(
        status=repair.status,
        emergency=repair.emergency,
        assigned=repair.operative_id is not None,
        has_appointment=repair.active_booking is not None,
    )


def _history(repair: RepairReport, status: str, by: str, note: str = "", **extra) -> StatusChange:
    change = StatusChange(status=status, note=note, changed_by=by, **extra)
    repair.status_history.append(change)
    return change


def active_operatives(session: Session) -> list[Operative]:
    return list(
        session.scalars(
            select(Operative)
            .where(Operative.active.is_(True))
            .order_by(Operative.kind, Operative.name)
        )
    )


def assign(
    session: Session, repair: RepairReport, operative_id: int | None, by: str, now: datetime
) -> Operative:
    operative = session.get(Operative, operative_id) if operative_id else None
    if operative is None or not operative.active:
        raise desk.OperativeUnavailable()
    status = desk.status_after_assignment(job_view(repair))
    repair.operative = operative
    repair.assigned_at = now
    dispatched = status != repair.status
    repair.status = status
    _history(repair, status if dispatched else "assigned", by, f"assigned to {operative.name}")
    return operative


def retriage(
    policy: Policy,
    repair: RepairReport,
    *,
    category: str,
    tier: str,
    reason: str | None,
    by: str,
    now: datetime,
) -> bool:
    """Changes the category or priority; True when the target moved (the tenant is told)."""
    desk.check_open(job_view(repair))
    booking = repair.active_booking
    facts = dict(repair.facts or {})
    if repair.tenant is not None:
        facts = with_recorded_circumstances(facts, repair.tenant)
    result = desk.retriage(
        policy,
        current_category=repair.category,
        current_tier=repair.tier,
        category=category,
        tier=tier,
        facts=facts,
        reported_at=repair.reported_at,
        reason=reason,
        appointment_trade=booking.slot.trade if booking is not None else None,
    )
    before = f"{repair.category_label}, {repair.priority_label}"
    if repair.original_tier is None:
        repair.original_category, repair.original_tier = repair.category, repair.tier
    old_target = repair.target_by
    repair.category = result.category.code
    repair.category_label = result.category.label
    repair.trade = result.category.trade
    repair.tier = result.tier.code
    repair.priority_label = result.tier.label
    repair.reason = result.reason
    repair.target_by = result.target_by  # original_target_by stays: RP02 is judged against it
    repair.target_description = result.target_description
    repair.emergency = result.tier.emergency
    repair.bookable = result.tier.bookable
    repair.needs_recharge_agreement = result.tier.needs_recharge_agreement
    repair.retriaged_at = now
    if repair.emergency and repair.status == "reported":
        repair.status = "operative_dispatched" if repair.operative_id else "awaiting_dispatch"
    elif not repair.emergency and repair.status in ("awaiting_dispatch", "operative_dispatched"):
        repair.status = "reported"
    after = f"{repair.category_label}, {repair.priority_label}"
    _history(
        repair,
        "retriaged",
        by,
        f"{before} -> {after}. Reason: {' '.join((reason or '').split())}",
        new_target_by=repair.target_by,
    )
    return repair.target_by != old_target


def close(
    session: Session,
    repair: RepairReport,
    *,
    reason: str,
    duplicate_of: str | None,
    note: str,
    by: str,
) -> Booking | None:
    """Closes without the work; returns the appointment it cancelled, if there was one."""
    desk.check_close(job_view(repair), reason, repair.reference, duplicate_of)
    original = None
    if reason == "duplicate":
        try:
            original = get_repair(session, duplicate_of or "")
        except RepairNotFound:
            raise desk.DuplicateNeedsOriginal(
                f"There is no report {(duplicate_of or '').strip().upper()}: check the reference."
            ) from None
        if original.status in desk.CLOSED_STATUSES:
            raise desk.DuplicateOfClosed()
    cancelled = None
    booking = repair.active_booking
    if booking is not None:
        cancelled = booking_service.cancel(session, booking, by=by, note="the job was closed")
    repair.status = "cancelled"
    repair.closure_reason = reason
    repair.duplicate_of = original
    words = desk.CLOSURE_REASONS[reason]
    if original is not None:
        words = f"Duplicate of {original.reference}"
    _history(repair, "cancelled", by, f"{words}. {note}".strip() if note else words)
    return cancelled


def reopen(repair: RepairReport, reason: str | None, by: str) -> None:
    why = desk.required_reason(reason, "Give the reason for reopening.")
    repair.status = desk.status_after_reopening(job_view(repair))
    repair.closure_reason = None
    repair.duplicate_of = None
    repair.completed_at = None
    _history(repair, "reopened", by, why)


def add_note(repair: RepairReport, text: str | None, by: str, now: datetime) -> RepairNote:
    words = (text or "").strip()[:4000]
    if not words:
        raise desk.ReasonRequired("Write the note.")
    note = RepairNote(text=words, written_by=by, written_at=now)
    repair.notes.append(note)
    # In the history too, so the job's story reads in one place.
    _history(repair, "note_added", by, words if len(words) <= 200 else words[:199] + "…")
    return note


def record_visit(
    session: Session,
    repair: RepairReport,
    *,
    visited_at: datetime,
    outcome: str,
    operative_id: int | None,
    note: str,
    by: str,
    now: datetime,
    findings: str = "",
) -> Visit:
    """A visit as it happened. On an Awaab's Law case 'no access' stands only after the attempts
    the law asks for, and the first visit that got in (the investigation) may say what it found."""
    result = desk.check_visit(job_view(repair), outcome, visited_at, repair.reported_at, now)
    awaab_case = is_awaab_case(repair.category, repair.emergency)
    if outcome == "no_access":
        desk.check_no_access_visit(awaab_case, attempts_of(repair), visited_at)
    found = desk.check_findings(
        findings, awaab_case=awaab_case, outcome=outcome, already_investigated=investigated(repair)
    )
    operative = session.get(Operative, operative_id) if operative_id else None
    if operative_id and operative is None:
        raise desk.OperativeUnavailable()
    visit = Visit(
        visited_at=visited_at,
        outcome=outcome,
        operative=operative or repair.operative,
        note=note.strip()[:2000],
        recorded_by=by,
        recorded_at=now,
        findings=found or None,
    )
    repair.visit_records.append(visit)
    booking = repair.active_booking
    if booking is not None:
        # The appointment was kept (or the door not answered): it is used, not given back.
        booking.status = "visited"
        booking.ended_at = now
    if result.counts_as_visit:
        repair.visits += 1
    if result.completes:
        repair.completed_at = visited_at
    repair.status = result.status
    local = visited_at.astimezone(LONDON)
    words = f"visit {local:%d/%m/%Y %H:%M}: {desk.VISIT_OUTCOMES[outcome].lower()}"
    _history(repair, result.status, by, f"{words}. {visit.note}" if visit.note else words)
    return visit


def attempts_of(repair: RepairReport) -> list[AccessAttempt]:
    """The access attempts recorded, and each visit that could not get in (an attempt by visit)."""
    recorded = [AccessAttempt(a.attempted_at, a.means) for a in repair.access_attempts]
    missed = [
        AccessAttempt(v.visited_at, "visit")
        for v in repair.visit_records
        if v.outcome == "no_access" and v.visited_at
    ]
    return recorded + missed


def record_access_attempt(
    repair: RepairReport,
    *,
    attempted_at: datetime,
    means: str,
    note: str,
    by: str,
    now: datetime,
) -> AccessAttemptRecord:
    """An attempt to get into the home (Awaab's Law): when, how, and a short note."""
    desk.check_access_attempt(job_view(repair), means, attempted_at, repair.reported_at, now)
    attempt = AccessAttemptRecord(
        attempted_at=attempted_at,
        means=means,
        note=" ".join(note.split())[:500],
        recorded_by=by,
        recorded_at=now,
    )
    repair.access_attempts.append(attempt)
    local = attempted_at.astimezone(LONDON)
    words = f"{ACCESS_MEANS_LABELS[means].lower()} {local:%d/%m/%Y %H:%M}"
    note = f"{words}. {attempt.note}" if attempt.note else words
    _history(repair, "access_attempt", by, note, changed_at=now)
    return attempt


def log_complaint(
    session: Session,
    policy: Policy,
    repair: RepairReport,
    *,
    text: str | None,
    by: str,
    now: datetime,
    prefix: str,
) -> RepairReport:
    """The tenant expressed dissatisfaction with this job: a complaint report of their own,
    linked to the job, its stage 1 clocks running from now; a line in both histories."""
    desk.check_log_complaint(repair.tier)
    what = desk.required_reason(text, "Say what the tenant is dissatisfied with.")
    complaint, _ = report_repair(
        session,
        policy,
        NewRepair(
            category="complaint",
            facts={},
            description=f"About {repair.reference} ({repair.category_label}): {what}",
            channel="staff",
            reported_at=now,
            tenant_id=repair.tenant_id,
            contact_phone=repair.contact_phone,
            given_name=repair.given_name,
            given_address=repair.given_address,
        ),
        prefix,
    )
    complaint.complaint_about = repair
    complaint.status_history[0].changed_by = by
    session.flush()
    _history(
        repair, "complaint_logged", by, f"complaint {complaint.reference}: {what}", changed_at=now
    )
    return complaint


def record_complaint_step(
    repair: RepairReport, step: str, *, note: str, by: str, now: datetime
) -> StatusChange:
    """A stage of the complaint code, now: a line in the status history the clocks read."""
    done = [c.status for c in repair.status_history if c.status in desk.COMPLAINT_STEPS]
    desk.check_complaint_step(repair.tier, repair.status, step, done)
    return _history(repair, step, by, " ".join(note.split())[:500], changed_at=now)


def book_follow_on(
    session: Session, repair: RepairReport, visit: Visit, slot_id: int, by: str, now: datetime
) -> Booking:
    desk.check_follow_on(job_view(repair), visit.outcome, visit.follow_on_booking_id is not None)
    booking, _ = booking_service.book(session, repair, slot_id, now, by=by)
    visit.follow_on_booking = booking
    return booking


@dataclass(frozen=True)
class TenantChoice:
    tenant: Tenant
    address: str


def tenants_at(session: Session, postcode: str) -> list[TenantChoice]:
    """The tenants at a postcode (as written, any spacing), to match a report to one of them."""
    squashed = "".join(postcode.split()).upper()
    if len(squashed) < 5:
        return []
    found = session.scalars(
        select(Tenant)
        .join(Property, Tenant.property_id == Property.id)
        .where(func.replace(Property.postcode, " ", "") == squashed)
        .order_by(Property.door_number, Tenant.last_name)
        .limit(50)
    )
    return [TenantChoice(tenant, tenant.home.address) for tenant in found]


def match_tenant(session: Session, repair: RepairReport, tenant_id: int | None, by: str) -> Tenant:
    """Attaches an unmatched report to the tenant staff identified (the identity queue)."""
    tenant = session.get(Tenant, tenant_id) if tenant_id else None
    if tenant is None:
        raise TenantChoiceInvalid()
    repair.tenant = tenant
    repair.property_id = tenant.property_id
    repair.contact_phone = repair.contact_phone or tenant.phone
    repair.vulnerable = repair.vulnerable or tenant.vulnerable
    _history(repair, "matched", by, f"matched to {tenant.first_name} {tenant.last_name}")
    return tenant
