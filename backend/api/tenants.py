"""Identity checks. They return only what the assistant needs to greet and confirm a tenant.

Knowing a door number, postcode and full name is enough to report a new repair. Anything about
the tenant's existing repairs needs more (issue 11): a one-time code texted to the number on
file, `POST /tenants/<id>/codes` to send one and `POST /tenants/<id>/codes/check` to check it
(rules in backend/domain/one_time_code.py)."""

from __future__ import annotations

import re

from flask import Blueprint, current_app, request
from sqlalchemy import select

from backend.api.common import json_body, now, text_field
from backend.db import get_session
from backend.domain import one_time_code as rules
from backend.domain.doors import DoorNotMatched, home_at_door
from backend.domain.identity import names_match
from backend.errors import ApiError
from backend.models import Property, Tenant
from backend.phones import InvalidPhoneNumber, normalise_phone
from backend.services import one_time_codes

bp = Blueprint("tenants", __name__, url_prefix="/tenants")


def identity_json(tenant: Tenant) -> dict:
    return {
        "tenant_id": tenant.id,
        "first_name": tenant.first_name,
        "postcode_district": tenant.home.postcode.split(" ")[0],
    }


def normalise_postcode(raw: str) -> str:
    compact = re.sub(r"\s+", "", raw).upper()
    return f"{compact[:-3]} {compact[-3:]}" if len(compact) > 3 else compact


@bp.get("/lookup")
def lookup_by_phone():
    raw = request.args.get("phone", "")
    try:
        phone = normalise_phone(raw)
    except InvalidPhoneNumber:
        raise ApiError(400, "invalid_phone", "That is not a UK phone number.") from None
    tenant = get_session().scalars(select(Tenant).where(Tenant.phone == phone)).first()
    if tenant is None:
        raise ApiError(404, "not_found", "No tenant has that phone number.")
    return identity_json(tenant)


@bp.post("/verify")
def verify():
    payload = json_body()
    door = text_field(payload, "door_number", max_length=40)
    postcode = normalise_postcode(text_field(payload, "postcode", max_length=12))
    name = text_field(payload, "name", max_length=160)
    homes = get_session().scalars(select(Property).where(Property.postcode == postcode)).all()
    # The door must pick out one home at the postcode ("Flat 6", "flat6", "6" alike); a door
    # that fits two homes matches neither (backend/domain/doors.py).
    try:
        home = home_at_door(door, {home: home.door_number for home in homes})
    except DoorNotMatched:
        raise ApiError(404, "not_found", "We could not match those details to a tenancy.") from None
    # The whole name, not only the surname: "Bob Jones" is not Sarah Jones.
    households = sorted(home.tenants, key=lambda t: t.id)
    tenant = next((t for t in households if names_match(name, t.first_name, t.last_name)), None)
    if tenant is None:
        raise ApiError(404, "not_found", "We could not match those details to a tenancy.")
    return identity_json(tenant)


# --- one-time codes ---------------------------------------------------------------------------


def _code_key() -> str:
    return current_app.config["SECRET_KEY"]


def _refusal(refused: rules.CodeRefused):
    body: dict = {"error": refused.code, "message": refused.message}
    if isinstance(refused, rules.CodesLocked) and refused.until is not None:
        body["retry_after"] = max(1, int((refused.until - now()).total_seconds()))
    if isinstance(refused, rules.WrongCode):
        body["tries_left"] = refused.tries_left
    status = {
        rules.CodesLocked: 429,
        rules.TooManyCodes: 429,
        rules.CodeExpired: 410,
        rules.NoCodeIssued: 409,
        rules.WrongCode: 422,
    }.get(type(refused), 422)
    return body, status


def code_text(code: str) -> str:
    config = current_app.config
    minutes = int(rules.VALID_FOR.total_seconds() // 60)
    return (
        f"{config['LANDLORD_NAME']}: your code is {code}. It expires in {minutes} minutes. "
        f"Never share it. If you did not ask for it, ring {config['LANDLORD_PHONE']}."
    )


@bp.post("/<int:tenant_id>/codes")
def send_code(tenant_id: int):
    """Texts a new one-time code to the tenant's number on file (never told to the caller)."""
    sender = current_app.extensions.get("one_time_code_sender")
    if sender is None:
        raise ApiError(503, "no_sender", "Codes cannot be sent just now.")
    session = get_session()
    try:
        issued = one_time_codes.issue_code(session, tenant_id, _code_key(), now())
    except one_time_codes.TenantNotFound:
        raise ApiError(404, "tenant_not_found", "There is no tenant with that id.") from None
    except one_time_codes.NoPhoneOnFile:
        raise ApiError(409, "no_phone", "We have no number on file to text a code to.") from None
    except rules.CodeRefused as refused:
        session.rollback()
        return _refusal(refused)
    if not sender(session, issued.tenant.phone, code_text(issued.code)):
        session.rollback()
        raise ApiError(409, "no_phone", "We have no number on file to text a code to.")
    session.commit()
    return {
        "sent_to": "sms",
        "expires_at": issued.expires_at.isoformat(),
        "valid_minutes": int(rules.VALID_FOR.total_seconds() // 60),
    }, 202


@bp.post("/<int:tenant_id>/codes/check")
def check_code(tenant_id: int):
    raw = text_field(json_body(), "code", max_length=40)
    code = rules.normalise_code(raw)
    if code is None:
        raise ApiError(400, "invalid_code", f"A code is {rules.CODE_DIGITS} digits.")
    session = get_session()
    try:
        one_time_codes.check_code(session, tenant_id, code, _code_key(), now())
    except one_time_codes.TenantNotFound:
        raise ApiError(404, "tenant_not_found", "There is no tenant with that id.") from None
    except rules.CodeRefused as refused:
        session.commit()  # a wrong try counts
        return _refusal(refused)
    session.commit()
    return {"verified": True}
