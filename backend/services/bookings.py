"""Offering, booking, moving and cancelling appointments. Capacity is enforced by the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backend.domain.booking import (
    LONDON,
    AlreadyBooked,
    BookingRefused,
    RepairView,
    SlotFull,
    SlotView,
    Window,
    check_repair_can_be_booked,
    check_slot_suits,
    slot_is_offerable,
)
from backend.models import Booking, RepairReport, Slot, StatusChange, utcnow
from backend.services.repairs import CLOSED_STATUSES


class SlotNotFound(LookupError):
    pass


class BookingNotFound(LookupError):
    pass


def repair_view(repair: RepairReport) -> RepairView:
    return RepairView(
        trade=repair.trade,
        target_by=repair.target_by,
        emergency=repair.emergency,
        bookable=repair.bookable,
        needs_recharge_agreement=repair.needs_recharge_agreement,
        recharge_agreed=repair.recharge_agreed,
        closed=repair.status in CLOSED_STATUSES,
    )


def slot_view(slot: Slot) -> SlotView:
    return SlotView(
        day=slot.day,
        window=Window(slot.window),
        trade=slot.trade,
        capacity=slot.capacity,
        booked=slot.booked,
    )


_WINDOW_ORDER = case({"am": 0, "all_day": 1, "pm": 2}, value=Slot.window)


def offer_slots(
    session: Session, repair: RepairReport, now: datetime, limit: int = 6
) -> list[Slot]:
    """Slots of the repair's trade starting after now and after the report (a channel's time may
    be ahead of ours), ending on or before its target."""
    view = repair_view(repair)
    check_repair_can_be_booked(view)
    earliest = max(now, repair.reported_at)
    candidates = session.scalars(
        select(Slot)
        .where(
            Slot.trade == repair.trade,
            Slot.booked < Slot.capacity,
            Slot.day >= earliest.astimezone(LONDON).date(),
            Slot.day <= repair.target_by.astimezone(LONDON).date(),
        )
        .order_by(Slot.day, _WINDOW_ORDER)
    )
    offered = [slot for slot in candidates if slot_is_offerable(view, slot_view(slot), earliest)]
    return offered[:limit]


def book(
    session: Session,
    repair: RepairReport,
    slot_id: int,
    now: datetime,
    idempotency_key: str | None = None,
    by: str = "system",
) -> tuple[Booking, bool]:
    """Book a slot for a repair; (booking, False) when the same key already booked it."""
    if idempotency_key:
        existing = _booking_by_key(session, idempotency_key)
        if existing is not None:
            return existing, False
    slot = session.get(Slot, slot_id)
    if slot is None:
        raise SlotNotFound(slot_id)
    check_slot_suits(repair_view(repair), slot_view(slot), max(now, repair.reported_at))
    if repair.active_booking is not None:
        raise AlreadyBooked()
    try:
        with session.begin_nested():
            booking = Booking(repair=repair, slot=slot, idempotency_key=idempotency_key)
            session.add(booking)
            repair.status = "booked"
            repair.status_history.append(
                StatusChange(status="booked", note=_describe(slot), changed_by=by)
            )
            session.flush()
            # Last before the commit: the slot's row lock is then held for one statement, not
            # for the whole request, so bookers of a popular slot do not queue behind each other.
            _take_place(session, slot.id)
    except IntegrityError:
        # Either the same retry won a race, or a second booking for this repair did; anything
        # else (a broken constraint) is a fault to surface, not a refusal to explain away.
        existing = _booking_by_key(session, idempotency_key) if idempotency_key else None
        if existing is not None:
            return existing, False
        session.expire(repair, ["bookings"])
        if repair.active_booking is not None:
            raise AlreadyBooked() from None
        raise
    return booking, True


def move(
    session: Session, booking: Booking, new_slot_id: int, now: datetime, by: str = "system"
) -> Booking:
    if booking.status != "active":
        raise BookingNotFound(booking.id)
    new_slot = session.get(Slot, new_slot_id)
    if new_slot is None:
        raise SlotNotFound(new_slot_id)
    if new_slot.id == booking.slot_id:
        return booking
    repair = booking.repair
    check_slot_suits(repair_view(repair), slot_view(new_slot), max(now, repair.reported_at))
    with session.begin_nested():
        _end_booking(session, booking, "moved")
        moved = Booking(repair=repair, slot=new_slot)
        session.add(moved)  # SQLAlchemy 2 no longer cascades it in through the backref
        repair.status_history.append(
            StatusChange(status="booked", note=f"moved to {_describe(new_slot)}", changed_by=by)
        )
        session.flush()
        # Both slots' row locks last, and always in id order, so that two tenants swapping
        # appointments in opposite directions can never deadlock each other.
        for slot_id in sorted((new_slot.id, booking.slot_id)):
            if slot_id == new_slot.id:
                _take_place(session, slot_id)
            else:
                _give_back_place(session, slot_id)
    return moved


def cancel(session: Session, booking: Booking, by: str = "system", note: str = "") -> Booking:
    if booking.status != "active":
        raise BookingNotFound(booking.id)
    with session.begin_nested():
        _end_booking(session, booking, "cancelled")
        _give_back_place(session, booking.slot_id)
    repair = booking.repair
    if repair.status == "booked":
        repair.status = "reported"
    repair.status_history.append(
        StatusChange(status="appointment_cancelled", note=note, changed_by=by)
    )
    return booking


def tenants_booking(session: Session, booking_id: int, tenant_id: int) -> Booking:
    booking = session.get(Booking, booking_id)
    if booking is None or booking.repair.tenant_id != tenant_id:
        raise BookingNotFound(booking_id)
    return booking


def _end_booking(session: Session, booking: Booking, status: str) -> None:
    # Conditional, like _take_place: of two requests cancelling or moving the same booking at
    # once, only one ends it and gives its place back; the other finds it no longer active.
    result = session.execute(
        update(Booking)
        .where(Booking.id == booking.id, Booking.status == "active")
        .values(status=status, ended_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise BookingNotFound(booking.id)
    session.refresh(booking)


def _take_place(session: Session, slot_id: int) -> None:
    # One conditional UPDATE: the row lock (PostgreSQL) or the write lock (SQLite) makes the
    # check and the increment one step, so concurrent bookers can never both take the last place.
    result = session.execute(
        update(Slot)
        .where(Slot.id == slot_id, Slot.booked < Slot.capacity)
        .values(booked=Slot.booked + 1)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise SlotFull()


def _give_back_place(session: Session, slot_id: int) -> None:
    session.execute(
        update(Slot)
        .where(Slot.id == slot_id, Slot.booked > 0)
        .values(booked=Slot.booked - 1)
        .execution_options(synchronize_session=False)
    )


def _booking_by_key(session: Session, key: str) -> Booking | None:
    return session.scalars(select(Booking).where(Booking.idempotency_key == key)).first()


def _describe(slot: Slot) -> str:
    return slot_view(slot).label


__all__ = ["BookingRefused", "book", "cancel", "move", "offer_slots"]
