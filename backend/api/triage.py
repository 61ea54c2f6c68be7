from __future__ import annotations

from flask import Blueprint

from backend.api.common import (
    datetime_field,
    facts_field,
    int_field,
    json_body,
    policy,
    text_field,
)
from backend.api.serialise import triage_json
from backend.db import get_session
from backend.domain.policy import UnknownCategory
from backend.errors import ApiError
from backend.models import Tenant
from backend.services.repairs import with_recorded_circumstances

bp = Blueprint("triage", __name__)


@bp.post("/triage")
def triage():
    payload = json_body()
    category = text_field(payload, "category", max_length=50)
    facts = facts_field(payload)
    tenant_id = int_field(payload, "tenant_id", required=False)
    if tenant_id is not None:
        tenant = get_session().get(Tenant, tenant_id)
        if tenant is None:
            raise ApiError(404, "tenant_not_found", "There is no tenant with that id.")
        facts = with_recorded_circumstances(facts, tenant)
    try:
        result = policy().triage(category, facts, datetime_field(payload, "reported_at"))
    except UnknownCategory:
        raise ApiError(422, "unknown_category", f"'{category}' is not a repair category.") from None
    return triage_json(result)


@bp.get("/categories")
def categories():
    """The policy's categories, so channels and staff screens never hard-code the list."""
    return {
        "policy": policy().name,
        "categories": [
            {"code": c.code, "label": c.label, "trade": c.trade}
            for c in policy().categories.values()
        ],
    }
