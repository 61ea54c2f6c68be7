from __future__ import annotations

from flask import Blueprint, current_app, request

from backend.api.common import int_arg, iso, now
from backend.api.repairs import tenants_repair
from backend.api.serialise import slot_json
from backend.db import get_session
from backend.errors import ApiError
from backend.services.bookings import offer_slots

bp = Blueprint("slots", __name__, url_prefix="/slots")


@bp.get("")
def available():
    reference = request.args.get("reference", "").strip()
    if not reference:
        raise ApiError(400, "missing_field", "'reference' is required.")
    limit = int_arg("limit", required=False) or 6
    if not 1 <= limit <= 50:
        raise ApiError(400, "invalid_field", "'limit' must be between 1 and 50.")
    repair = tenants_repair(reference, int_arg("tenant_id"))
    slots = offer_slots(get_session(), repair, now(), limit)
    body = {
        "reference": repair.reference,
        "target_by": iso(repair.target_by),
        "slots": [slot_json(slot) for slot in slots],
    }
    if not slots:
        body["message"] = (
            "There is no appointment left before the target date. The repairs team will call you "
            f"to arrange one; you can also ring {current_app.config['LANDLORD_PHONE']}."
        )
    return body
