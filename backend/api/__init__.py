"""The JSON API the assistant and the channels call: one blueprint per resource under /api."""

from __future__ import annotations

import hmac

from flask import Blueprint, current_app, request

from backend.api import bookings, callbacks, repairs, slots, tenants, triage
from backend.errors import ApiError

api = Blueprint("api", __name__, url_prefix="/api")


@api.before_request
def require_api_token() -> None:
    expected = current_app.config["BACKEND_API_TOKEN"]
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    given = given.strip()
    if (
        scheme != "Bearer"
        or not given
        or not hmac.compare_digest(given.encode(), expected.encode())
    ):
        raise ApiError(401, "unauthorised", "A valid API token is required.")


@api.before_request
def refuse_nul_in_the_url() -> None:
    # PostgreSQL's text cannot hold a NUL: a reference or phone in the URL with one is refused
    # here, once, rather than failing in the driver (text_field does the same for bodies).
    if "\x00" in request.path or any(
        "\x00" in text for key, values in request.args.lists() for text in (key, *values)
    ):
        raise ApiError(400, "invalid_url", "The URL must not contain a NUL character.")


for module in (triage, tenants, repairs, slots, bookings, callbacks):
    api.register_blueprint(module.bp)
