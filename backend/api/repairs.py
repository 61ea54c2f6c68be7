from __future__ import annotations

from contextlib import suppress
from dataclasses import replace

from flask import Blueprint, current_app, request, url_for

from backend import events
from backend.api.common import (
    datetime_field,
    facts_field,
    idempotency_key,
    int_arg,
    int_field,
    json_body,
    now,
    policy,
    text_field,
)
from backend.api.serialise import clocks_json, repair_json, slot_json
from backend.db import get_session
from backend.domain.booking import BookingRefused
from backend.domain.disclosure import is_confidential
from backend.domain.photos import MAX_PHOTOS_PER_REPORT
from backend.domain.policy import UnknownCategory
from backend.errors import ApiError
from backend.phones import InvalidPhoneNumber, normalise_phone
from backend.services import photos
from backend.services.bookings import offer_slots
from backend.services.conversations import phone_for_conversation
from backend.services.repairs import (
    CHANNELS,
    CLOSED_STATUSES,
    NewRepair,
    RepairNotFound,
    TenantNotFound,
    get_tenants_repair,
    report_repair,
    tenants_open_repairs,
)

bp = Blueprint("repairs", __name__, url_prefix="/repairs")


@bp.post("")
def create():
    payload = json_body()
    offer = int_field(payload, "offer_slots", required=False)
    if offer is not None and not 1 <= offer <= 50:
        raise ApiError(400, "invalid_field", "'offer_slots' must be between 1 and 50.")
    channel = text_field(payload, "channel", max_length=10)
    if channel not in CHANNELS:
        raise ApiError(400, "invalid_field", f"'channel' must be one of {', '.join(CHANNELS)}.")
    contact_phone = None
    if payload.get("contact_phone"):
        try:
            contact_phone = normalise_phone(text_field(payload, "contact_phone", max_length=30))
        except InvalidPhoneNumber:
            raise ApiError(400, "invalid_phone", "'contact_phone' is not a phone number.") from None
    new = NewRepair(
        category=text_field(payload, "category", max_length=50),
        facts=facts_field(payload),
        description=text_field(payload, "description", required=False),
        channel=channel,
        reported_at=datetime_field(payload, "reported_at"),
        tenant_id=int_field(payload, "tenant_id", required=False),
        contact_phone=contact_phone,
        conversation_id=text_field(payload, "conversation_id", required=False, max_length=100)
        or None,
        idempotency_key=idempotency_key(),
        given_name=text_field(payload, "given_name", required=False, max_length=120) or None,
        given_address=text_field(payload, "given_address", required=False, max_length=200) or None,
    )
    session = get_session()
    if new.contact_phone is None and new.tenant_id is None:
        # A report from a number that is no tenant's still gets its contact number on the record.
        new = replace(new, contact_phone=phone_for_conversation(session, new.conversation_id))
    try:
        repair, created = report_repair(
            session, policy(), new, current_app.config["REFERENCE_PREFIX"]
        )
    except UnknownCategory:
        raise ApiError(
            422, "unknown_category", f"'{new.category}' is not a repair category."
        ) from None
    except TenantNotFound:
        raise ApiError(404, "tenant_not_found", "There is no tenant with that id.") from None
    session.commit()
    if created:
        events.publish(events.REPAIR_REPORTED, repair_id=repair.id)
    body = repair_json(repair)
    if offer is not None and new.tenant_id is not None:
        # The appointments to offer in the same answer: one round trip, not two, in a report.
        # (None to offer for an emergency, a job that is not booked, a charge not yet agreed.)
        with suppress(BookingRefused):
            body["slots"] = [slot_json(slot) for slot in offer_slots(session, repair, now(), offer)]
    return body, 201 if created else 200


@bp.get("")
def list_for_tenant():
    """The tenant's open repairs, to offer in a conversation: never anti-social behaviour or
    complaints (backend/domain/disclosure.py)."""
    tenant_id = int_arg("tenant_id")
    repairs = tenants_open_repairs(get_session(), tenant_id)
    return {"repairs": [repair_json(r) for r in repairs if not is_confidential(r.tier)]}


def tenants_repair(reference: str, tenant_id: int):
    try:
        return get_tenants_repair(get_session(), reference, tenant_id)
    except RepairNotFound:
        raise ApiError(404, "not_found", f"No repair {reference} for this tenant.") from None


@bp.get("/<reference>")
def show(reference: str):
    repair = tenants_repair(reference, int_arg("tenant_id"))
    if is_confidential(repair.tier):
        # Nothing about it is told in a conversation (the assistant offers a text to the number
        # on file instead), but the deadlines the law sets on it are the records' to give.
        return {"reference": repair.reference, "confidential": True, "clocks": clocks_json(repair)}
    return repair_json(repair, history=True)


@bp.post("/<reference>/confirmation")
def confirm_by_text(reference: str):
    """Texts the tenant's number on file what we hold about this reference (how anti-social
    behaviour and complaint references are confirmed). At most one such text per reference an
    hour goes out; a repeat is answered the same."""
    repair = tenants_repair(reference, int_arg("tenant_id"))
    if repair.tenant is None or not repair.tenant.phone:
        raise ApiError(409, "no_phone", "We have no number on file to text.")
    events.publish(events.REPAIR_CONFIRMATION_REQUESTED, repair_id=repair.id)
    return {"texted": True}, 202


@bp.post("/<reference>/photo-link")
def photo_link(reference: str):
    """A link for the tenant to send photos of this report, valid 7 days (issue 14). Each call
    issues a new link; the token is in the answer only (the database keeps its hash). With
    `{"send_by_text": true}` (a caller on the phone) it is also texted to the tenant."""
    repair = tenants_repair(reference, int_arg("tenant_id"))
    payload = json_body() if request.get_data() else {}
    send_by_text = payload.get("send_by_text", False)
    if not isinstance(send_by_text, bool):
        raise ApiError(400, "invalid_field", "'send_by_text' must be true or false.")
    if is_confidential(repair.tier):
        raise ApiError(
            403, "confidential", "Anti-social behaviour and complaint reports take no photos here."
        )
    if repair.status in CLOSED_STATUSES:
        raise ApiError(409, "closed", f"Repair {repair.reference} is {repair.status}.")
    if send_by_text and not (repair.tenant and repair.tenant.phone) and not repair.contact_phone:
        raise ApiError(409, "no_phone", "We have no number to text the link to.")
    session = get_session()
    issued = photos.issue_link(session, repair, now())
    session.commit()
    path = url_for("photos.upload_page", token=issued.token)
    base = (current_app.config.get("PUBLIC_BASE_URL") or "").rstrip("/")
    if send_by_text:
        events.publish(
            events.PHOTO_LINK_ISSUED, repair_id=repair.id, link_id=issued.id, url=f"{base}{path}"
        )
    return {
        "reference": repair.reference,
        "url": f"{base}{path}",
        "texted": send_by_text,
        "expires_at": issued.expires_at.isoformat(),
        "photos": photos.photo_count(session, repair),
        "max_photos": MAX_PHOTOS_PER_REPORT,
    }, 201


@bp.patch("/<reference>")
def update(reference: str):
    repair = tenants_repair(reference, int_arg("tenant_id"))
    payload = json_body()
    if "recharge_agreed" in payload:
        if not isinstance(payload["recharge_agreed"], bool):
            raise ApiError(400, "invalid_field", "'recharge_agreed' must be true or false.")
        repair.recharge_agreed = payload["recharge_agreed"]
    get_session().commit()
    return repair_json(repair, history=True)
