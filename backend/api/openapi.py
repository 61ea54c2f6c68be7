"""The records API's OpenAPI 3.1 description (openapi.yml beside this module), served at
GET /api/openapi.json without a token: it describes shapes, holds no tenant's data, and /api is
reachable only from inside (the production proxy answers 404 to /api from outside)."""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from flask import Blueprint

from backend.api.common import policy
from backend.domain.policy import Policy

DOCUMENT_PATH = Path(__file__).with_name("openapi.yml")

# Its own blueprint, beside `api` rather than inside it, so the API token check does not apply.
bp = Blueprint("openapi", __name__, url_prefix="/api")


@cache
def _document() -> dict[str, Any]:
    return yaml.safe_load(DOCUMENT_PATH.read_text(encoding="utf-8"))


def description(loaded: Policy) -> dict[str, Any]:
    """The document with the policy's categories and priority codes as enums: the policy stays
    the one source of those lists, and clients (and schemathesis) see the valid values."""
    document = copy.deepcopy(_document())
    schemas = document["components"]["schemas"]
    schemas["CategoryCode"]["enum"] = list(loaded.categories)
    schemas["PriorityCode"]["enum"] = list(loaded.tiers)
    return document


@bp.get("/openapi.json")
def openapi_json():
    return description(policy())
