"""'Speak to a person': a call-back request the customer service centre works through."""

from __future__ import annotations

from flask import Blueprint, current_app

from backend.api.common import int_field, json_body, text_field
from backend.db import get_session
from backend.errors import ApiError
from backend.models import CallbackRequest, Tenant
from backend.phones import InvalidPhoneNumber, normalise_phone

bp = Blueprint("callbacks", __name__, url_prefix="/callbacks")


@bp.post("")
def request_callback():
    payload = json_body()
    session = get_session()
    tenant_id = int_field(payload, "tenant_id", required=False)
    if tenant_id is not None and session.get(Tenant, tenant_id) is None:
        raise ApiError(404, "tenant_not_found", "There is no tenant with that id.")
    phone = None
    if payload.get("phone"):
        try:
            phone = normalise_phone(text_field(payload, "phone", max_length=30))
        except InvalidPhoneNumber:
            raise ApiError(400, "invalid_phone", "'phone' is not a phone number.") from None
    callback = CallbackRequest(
        tenant_id=tenant_id,
        phone=phone,
        reason=text_field(payload, "reason", required=False),
        channel=text_field(payload, "channel", required=False, max_length=10) or "web",
        conversation_id=text_field(payload, "conversation_id", required=False, max_length=100)
        or None,
    )
    session.add(callback)
    session.commit()
    return {
        "callback_id": callback.id,
        "message": "Our customer service team will call you back. "
        f"If it is urgent, ring {current_app.config['LANDLORD_PHONE']}.",
    }, 201
