from __future__ import annotations

from flask import Blueprint

from backend import events
from backend.api.common import idempotency_key, int_arg, int_field, json_body, now, text_field
from backend.api.repairs import tenants_repair
from backend.api.serialise import booking_json
from backend.db import get_session
from backend.errors import ApiError
from backend.services import bookings as booking_service
from backend.services.bookings import BookingNotFound, SlotNotFound

bp = Blueprint("bookings", __name__, url_prefix="/bookings")


def _slot_not_found():
    return ApiError(404, "slot_not_found", "That appointment slot does not exist.")


def _tenants_booking(booking_id: int, tenant_id: int):
    try:
        return booking_service.tenants_booking(get_session(), booking_id, tenant_id)
    except BookingNotFound:
        raise ApiError(404, "not_found", "No such appointment for this tenant.") from None


@bp.post("")
def create():
    payload = json_body()
    reference = text_field(payload, "reference", max_length=20)
    tenant_id = int_field(payload, "tenant_id")
    slot_id = int_field(payload, "slot_id")
    session = get_session()
    repair = tenants_repair(reference, tenant_id)
    try:
        booking, created = booking_service.book(session, repair, slot_id, now(), idempotency_key())
    except SlotNotFound:
        raise _slot_not_found() from None
    session.commit()
    if created:
        events.publish(events.APPOINTMENT_BOOKED, repair_id=repair.id, booking_id=booking.id)
    return booking_json(booking), 201 if created else 200


@bp.patch("/<int:booking_id>")
def change(booking_id: int):
    payload = json_body()
    booking = _tenants_booking(booking_id, int_field(payload, "tenant_id"))
    session = get_session()
    try:
        moved = booking_service.move(session, booking, int_field(payload, "slot_id"), now())
    except SlotNotFound:
        raise _slot_not_found() from None
    except BookingNotFound:
        raise ApiError(409, "booking_not_active", "That appointment was already changed.") from None
    session.commit()
    events.publish(events.APPOINTMENT_CHANGED, repair_id=moved.repair_id, booking_id=moved.id)
    return booking_json(moved)


@bp.delete("/<int:booking_id>")
def cancel(booking_id: int):
    booking = _tenants_booking(booking_id, int_arg("tenant_id"))
    session = get_session()
    try:
        booking_service.cancel(session, booking)
    except BookingNotFound:
        raise ApiError(409, "booking_not_active", "That appointment is not active.") from None
    session.commit()
    events.publish(events.APPOINTMENT_CANCELLED, repair_id=booking.repair_id, booking_id=booking.id)
    return {"booking_id": booking.id, "reference": booking.repair.reference, "status": "cancelled"}
