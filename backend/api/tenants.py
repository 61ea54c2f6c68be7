"""Identity checks. They return only what the assistant needs to greet and confirm a tenant."""

from __future__ import annotations

import re

from flask import Blueprint, request
from sqlalchemy import func, select

from backend.api.common import json_body, text_field
from backend.db import get_session
from backend.errors import ApiError
from backend.models import Property, Tenant
from backend.phones import InvalidPhoneNumber, normalise_phone

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
    door = text_field(payload, "door_number", max_length=20).lower()
    postcode = normalise_postcode(text_field(payload, "postcode", max_length=12))
    name = text_field(payload, "name", max_length=160)
    surname = name.split()[-1].lower()
    tenant = (
        get_session()
        .scalars(
            select(Tenant)
            .join(Property)
            .where(
                func.lower(Property.door_number) == door,
                Property.postcode == postcode,
                func.lower(Tenant.last_name) == surname,
            )
        )
        .first()
    )
    if tenant is None:
        raise ApiError(404, "not_found", "We could not match those details to a tenancy.")
    return identity_json(tenant)
