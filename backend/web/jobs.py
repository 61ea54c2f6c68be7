"""The repairs desk's job actions (issue 13), on the staff blueprint: assign, book, move or cancel
the tenant's appointment, re-triage, close, reopen, note, record a visit and book its follow-on,
match a report to a tenant. Each is a POST carrying the CSRF token (the blueprint checks it);
a refusal re-renders the job's page with the reason and changes nothing; the tenant is told,
after the commit, where the change alters what they were promised."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from flask import abort, current_app, flash, g, redirect, request, url_for

from backend import events
from backend.api.common import now
from backend.db import get_session
from backend.domain.booking import LONDON, BookingRefused
from backend.domain.desk import (
    COMPLAINT_STAGE2_ANSWERED,
    COMPLAINT_STEPS,
    DeskRefusal,
    DuplicateNeedsOriginal,
    DuplicateOfClosed,
    DuplicateOfItself,
)
from backend.models import CallbackRequest, RepairReport, Visit
from backend.services import bookings as booking_service
from backend.services import desk as desk_service
from backend.services.bookings import BookingNotFound, SlotNotFound
from backend.services.clocks import WrittenSummaryRefused, record_written_summary
from backend.web.staff import _render_detail, _repair_or_404, bp, signed_in

Events = list[tuple[str, dict[str, Any]]]
Work = Callable[[RepairReport], tuple[str, Events]]


class FormProblem(DeskRefusal):
    """Input the form cannot use, reported against one of its fields."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


def _act(reference: str, field: str, work: Work, anchor: str = ""):
    repair = _repair_or_404(reference)
    db = get_session()
    try:
        message, to_publish = work(repair)
    except (DeskRefusal, BookingRefused) as refusal:
        db.rollback()
        where = getattr(refusal, "field", None) or field
        return _render_detail(repair, {where: refusal.message}, request.form)
    db.commit()
    # After the commit, so the tenant is never told about a change the database did not keep.
    for kind, payload in to_publish:
        events.publish(kind, **payload)
    flash(message, "success")
    target = url_for("staff.repair", reference=repair.reference)
    return redirect(f"{target}#{anchor}" if anchor else target, code=303)


def _by() -> str:
    return g.staff_user.display_name


def _int(name: str) -> int | None:
    try:
        return int(request.form.get(name, ""))
    except ValueError:
        return None


def _slot_id(field: str) -> int:
    slot_id = _int("slot_id")
    if slot_id is None:
        raise FormProblem("Choose an appointment.", field)
    return slot_id


def _policy():
    return current_app.extensions["policy"]


@bp.post("/repairs/<reference>/assign")
@signed_in
def assign(reference: str):
    def work(repair: RepairReport):
        operative = desk_service.assign(get_session(), repair, _int("operative_id"), _by(), now())
        return f"{repair.reference} assigned to {operative.name}.", []

    return _act(reference, "assign-operative", work)


@bp.post("/repairs/<reference>/appointment")
@signed_in
def book(reference: str):
    def work(repair: RepairReport):
        try:
            booking, _ = booking_service.book(
                get_session(), repair, _slot_id("book-slot"), now(), by=_by()
            )
        except SlotNotFound:
            raise FormProblem("Choose an appointment from the list.", "book-slot") from None
        label = booking_service.slot_view(booking.slot).label
        payload = {"repair_id": repair.id, "booking_id": booking.id}
        return f"Appointment booked: {label}.", [(events.APPOINTMENT_BOOKED, payload)]

    return _act(reference, "book-slot", work, "appointment-heading")


@bp.post("/repairs/<reference>/appointment/move")
@signed_in
def move_appointment(reference: str):
    def work(repair: RepairReport):
        booking = repair.active_booking
        if booking is None:
            raise FormProblem("This job has no appointment to move.", "move-slot")
        slot_id = _slot_id("move-slot")
        if slot_id == booking.slot_id:
            raise FormProblem("Choose a different appointment.", "move-slot")
        try:
            moved = booking_service.move(get_session(), booking, slot_id, now(), by=_by())
        except SlotNotFound:
            raise FormProblem("Choose an appointment from the list.", "move-slot") from None
        except BookingNotFound:
            raise FormProblem("That appointment was already changed.", "move-slot") from None
        label = booking_service.slot_view(moved.slot).label
        payload = {"repair_id": repair.id, "booking_id": moved.id}
        return f"Appointment moved to {label}.", [(events.APPOINTMENT_CHANGED, payload)]

    return _act(reference, "move-slot", work, "appointment-heading")


@bp.post("/repairs/<reference>/appointment/cancel")
@signed_in
def cancel_appointment(reference: str):
    def work(repair: RepairReport):
        booking = repair.active_booking
        if booking is None:
            raise FormProblem("This job has no appointment to cancel.", "cancel-appointment")
        note = request.form.get("note", "").strip()[:500]
        try:
            booking_service.cancel(get_session(), booking, by=_by(), note=note)
        except BookingNotFound:
            raise FormProblem("That appointment was already changed.") from None
        payload = {"repair_id": repair.id, "booking_id": booking.id}
        return "Appointment cancelled.", [(events.APPOINTMENT_CANCELLED, payload)]

    return _act(reference, "cancel-appointment", work, "appointment-heading")


@bp.post("/repairs/<reference>/retriage")
@signed_in
def retriage(reference: str):
    def work(repair: RepairReport):
        form = request.form
        reason = form.get("reason", "")
        if not " ".join(reason.split()):
            raise FormProblem("Give the reason for the change.", "retriage-reason")
        moved = desk_service.retriage(
            _policy(),
            repair,
            category=form.get("category", ""),
            tier=form.get("tier", ""),
            reason=reason,
            by=_by(),
            now=now(),
        )
        told = [(events.REPAIR_RETRIAGED, {"repair_id": repair.id})] if moved else []
        return f"{repair.reference} is now {repair.priority_label}.", told

    return _act(reference, "retriage-category", work)


@bp.post("/repairs/<reference>/close")
@signed_in
def close(reference: str):
    def work(repair: RepairReport):
        form = request.form
        reason = form.get("closure_reason", "")
        if reason == "duplicate" and not form.get("duplicate_of", "").strip():
            raise FormProblem(
                "Give the reference of the report this one duplicates.", "close-duplicate_of"
            )
        try:
            desk_service.close(
                get_session(),
                repair,
                reason=reason,
                duplicate_of=form.get("duplicate_of", "").strip()[:20] or None,
                note=form.get("note", "").strip()[:500],
                by=_by(),
            )
        except (DuplicateNeedsOriginal, DuplicateOfItself, DuplicateOfClosed) as refusal:
            raise FormProblem(refusal.message, "close-duplicate_of") from None
        return f"{repair.reference} closed.", [(events.REPAIR_CLOSED, {"repair_id": repair.id})]

    return _act(reference, "close-reason-duplicate", work)


@bp.post("/repairs/<reference>/reopen")
@signed_in
def reopen(reference: str):
    def work(repair: RepairReport):
        desk_service.reopen(repair, request.form.get("reason"), _by())
        return f"{repair.reference} reopened.", [(events.REPAIR_REOPENED, {"repair_id": repair.id})]

    return _act(reference, "reopen-reason", work)


@bp.post("/repairs/<reference>/notes")
@signed_in
def add_note(reference: str):
    def work(repair: RepairReport):
        desk_service.add_note(repair, request.form.get("text"), _by(), now())
        return "Note added.", []

    return _act(reference, "note-text", work, "notes-heading")


def _visit_time(
    raw: str, field: str = "visit-visited_at", what: str = "the visit happened"
) -> datetime:
    try:
        local = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise FormProblem(f"Enter when {what}, for example 2026-12-08 10:30.", field) from None
    if local.tzinfo is None:
        local = local.replace(tzinfo=LONDON)
    return local


@bp.post("/repairs/<reference>/visits")
@signed_in
def record_visit(reference: str):
    def work(repair: RepairReport):
        form = request.form
        outcome = form.get("outcome", "")
        visited_at = _visit_time(form.get("visited_at", ""))
        visit = desk_service.record_visit(
            get_session(),
            repair,
            visited_at=visited_at,
            outcome=outcome,
            operative_id=_int("operative_id"),
            note=form.get("note", ""),
            by=_by(),
            now=now(),
            findings=form.get("findings", ""),
        )
        get_session().flush()
        told: Events = []
        if outcome == "no_access":
            told.append((events.VISIT_NO_ACCESS, {"repair_id": repair.id, "visit_id": visit.id}))
        if repair.status == "completed":
            told.append(
                (events.REPAIR_STATUS_CHANGED, {"repair_id": repair.id, "status": "completed"})
            )
        return "Visit recorded.", told

    return _act(reference, "visit-outcome-fixed", work, "visits-heading")


@bp.post("/repairs/<reference>/access-attempts")
@signed_in
def record_access_attempt(reference: str):
    """Awaab's Law: an attempt to get into the home, by one of the means the law counts."""

    def work(repair: RepairReport):
        form = request.form
        desk_service.record_access_attempt(
            repair,
            attempted_at=_visit_time(
                form.get("attempted_at", ""), "attempt-attempted_at", "the attempt was made"
            ),
            means=form.get("means", ""),
            note=form.get("note", ""),
            by=_by(),
            now=now(),
        )
        return "Access attempt recorded.", []

    return _act(reference, "attempt-means", work, "attempts-heading")


@bp.post("/repairs/<reference>/complaint")
@signed_in
def log_complaint(reference: str):
    """The tenant expressed dissatisfaction with this job: log it as a complaint (the Housing
    Ombudsman's code says any expression of dissatisfaction may be one)."""

    def work(repair: RepairReport):
        complaint = desk_service.log_complaint(
            get_session(),
            _policy(),
            repair,
            text=request.form.get("text"),
            by=_by(),
            now=now(),
            prefix=current_app.config["REFERENCE_PREFIX"],
        )
        told = [(events.REPAIR_REPORTED, {"repair_id": complaint.id})]
        return f"Complaint {complaint.reference} logged about {repair.reference}.", told

    return _act(reference, "complaint-text", work, "complaint-heading")


@bp.post("/repairs/<reference>/complaint-stage")
@signed_in
def complaint_stage(reference: str):
    """A stage of the complaint code: stage 1 acknowledged and answered, escalated to stage 2,
    stage 2 acknowledged and answered (the tenant is then told of the Housing Ombudsman)."""

    def work(repair: RepairReport):
        step = request.form.get("step", "")
        desk_service.record_complaint_step(
            repair, step, note=request.form.get("note", ""), by=_by(), now=now()
        )
        told: Events = []
        if step == COMPLAINT_STAGE2_ANSWERED:
            told.append((events.COMPLAINT_STAGE2_ANSWERED, {"repair_id": repair.id}))
        return f"{COMPLAINT_STEPS[step]}: recorded.", told

    return _act(reference, "complaint-step", work, "complaint-heading")


@bp.post("/repairs/<reference>/written-summary")
@signed_in
def written_summary(reference: str):
    """Awaab's Law: the written summary of the investigation was sent to the tenant (when, and
    who recorded it, in the status history); it meets the written-summary clock."""
    field = "summary-sent_at"

    def work(repair: RepairReport):
        raw = request.form.get("sent_at", "")
        try:
            sent_at = datetime.fromisoformat(raw.strip())
        except ValueError:
            raise FormProblem(
                "Enter when the summary was sent, for example 2026-12-08 10:30.", field
            ) from None
        if sent_at.tzinfo is None:
            sent_at = sent_at.replace(tzinfo=LONDON)
        try:
            record_written_summary(
                repair,
                sent_at=sent_at,
                by=_by(),
                now=now(),
                note=request.form.get("note", "").strip()[:500],
            )
        except WrittenSummaryRefused as refusal:
            message = str(refusal)
            raise FormProblem(message[0].upper() + message[1:] + ".", field) from None
        return "Written summary recorded as sent to the tenant.", []

    return _act(reference, field, work, "clocks-heading")


@bp.post("/repairs/<reference>/visits/<int:visit_id>/follow-on")
@signed_in
def book_follow_on(reference: str, visit_id: int):
    field = f"follow-on-slot-{visit_id}"

    def work(repair: RepairReport):
        visit = get_session().get(Visit, visit_id)
        if visit is None or visit.repair_id != repair.id:
            raise FormProblem("There is no such visit on this job.", field)
        try:
            booking = desk_service.book_follow_on(
                get_session(), repair, visit, _slot_id(field), _by(), now()
            )
        except SlotNotFound:
            raise FormProblem("Choose an appointment from the list.", field) from None
        label = booking_service.slot_view(booking.slot).label
        payload = {"repair_id": repair.id, "booking_id": booking.id}
        return f"Follow-on appointment booked: {label}.", [(events.APPOINTMENT_BOOKED, payload)]

    return _act(reference, field, work, "visits-heading")


@bp.post("/repairs/<reference>/match")
@signed_in
def match_tenant(reference: str):
    def work(repair: RepairReport):
        if repair.tenant is not None:
            raise FormProblem("This report is already matched to a tenant.", "match-tenant")
        tenant = desk_service.match_tenant(get_session(), repair, _int("tenant_id"), _by())
        return f"{repair.reference} matched to {tenant.first_name} {tenant.last_name}.", []

    return _act(reference, "match-tenant", work)


@bp.post("/callbacks/<int:callback_id>/done")
@signed_in
def callback_done(callback_id: int):
    """A call-back made: who rang, when, and what came of it; it leaves the queue."""
    db = get_session()
    request_made = db.get(CallbackRequest, callback_id)
    if request_made is None:
        abort(404)
    if request_made.status == "open":
        request_made.status = "done"
        request_made.handled_by = _by()
        request_made.handled_at = now()
        request_made.outcome = request.form.get("outcome", "").strip()[:2000] or None
        db.commit()
        flash("Call-back marked as made.", "success")
    else:
        flash(f"That call-back was already made by {request_made.handled_by}.", "info")
    return redirect(url_for("staff.callbacks"), code=303)
