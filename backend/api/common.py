"""Request parsing shared by the API blueprints: bad input becomes a 400/422 with a message."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from flask import current_app, request

from backend.domain.calendar import LONDON
from backend.domain.policy import Policy
from backend.errors import ApiError


def policy() -> Policy:
    return current_app.extensions["policy"]


def now() -> datetime:
    clock = current_app.config.get("CLOCK")
    return clock() if clock else datetime.now(timezone.utc)


def json_body() -> dict[str, Any]:
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict):
        raise ApiError(400, "invalid_json", "The request body must be a JSON object.")
    return payload


def text_field(payload: dict, name: str, *, required: bool = True, max_length: int = 4000) -> str:
    value = payload.get(name)
    if value is None or value == "":
        if required:
            raise ApiError(400, "missing_field", f"'{name}' is required.")
        return ""
    if not isinstance(value, str):
        raise ApiError(400, "invalid_field", f"'{name}' must be a string.")
    if len(value) > max_length:
        raise ApiError(400, "invalid_field", f"'{name}' is longer than {max_length} characters.")
    if "\x00" in value:
        # PostgreSQL's text cannot hold it: refused here rather than failing in the driver.
        raise ApiError(400, "invalid_field", f"'{name}' must not contain a NUL character.")
    return value.strip()


def int_value(value: Any, name: str, *, required: bool = True) -> int | None:
    if value is None or value == "":
        if required:
            raise ApiError(400, "missing_field", f"'{name}' is required.")
        return None
    if isinstance(value, bool):
        raise ApiError(400, "invalid_field", f"'{name}' must be a whole number.")
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ApiError(400, "invalid_field", f"'{name}' must be a whole number.") from None
    # Ids are PostgreSQL's INTEGER: a larger number would fail in the driver, not match nothing.
    if not -(2**31) <= number < 2**31:
        raise ApiError(400, "invalid_field", f"'{name}' is out of range.")
    return number


def int_field(payload: dict, name: str, *, required: bool = True) -> int | None:
    return int_value(payload.get(name), name, required=required)


def int_arg(name: str, *, required: bool = True) -> int | None:
    return int_value(request.args.get(name), name, required=required)


def facts_field(payload: dict) -> dict[str, bool]:
    facts = payload.get("facts") or {}
    if not isinstance(facts, dict):
        raise ApiError(400, "invalid_field", "'facts' must be an object of true/false values.")
    cleaned: dict[str, bool] = {}
    for name, value in facts.items():
        if value is None:
            continue
        if not isinstance(value, bool):
            raise ApiError(400, "invalid_field", f"fact '{name}' must be true, false or null.")
        cleaned[str(name)[:50]] = value
    return cleaned


EARLIEST_TIME = datetime(2000, 1, 1, tzinfo=timezone.utc)
LATEST_TIME = datetime(2100, 1, 1, tzinfo=timezone.utc)


def datetime_field(payload: dict, name: str) -> datetime:
    """ISO 8601 with a UTC offset; absent means now."""
    raw = payload.get(name)
    if raw in (None, ""):
        return now()
    if not isinstance(raw, str):
        raise ApiError(400, "invalid_field", f"'{name}' must be an ISO 8601 string.")
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(
            400, "invalid_field", f"'{name}' is not an ISO 8601 date and time."
        ) from None
    if value.tzinfo is None:
        raise ApiError(400, "invalid_field", f"'{name}' needs a UTC offset, e.g. +00:00.")
    # Targets are counted in working days from it: far from now that overflows, or gives times
    # London wrote with a seconds offset (before 1847) that no client reads.
    if not EARLIEST_TIME <= value < LATEST_TIME:
        raise ApiError(400, "invalid_field", f"'{name}' must be between 2000 and 2099.")
    return value


def iso(moment: datetime | None) -> str | None:
    return moment.astimezone(LONDON).isoformat() if moment else None


def idempotency_key() -> str | None:
    key = request.headers.get("Idempotency-Key", "").strip()
    if len(key) > 200:
        raise ApiError(400, "invalid_header", "Idempotency-Key is longer than 200 characters.")
    return key or None
