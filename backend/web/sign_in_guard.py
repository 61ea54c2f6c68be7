"""Password guessing on the staff sign-in is slowed per account and per address, without letting
one guesser lock the staff out (OWASP's "device cookies" against online guessing).

Only wrong passwords count (backend.ratelimit's shared counters). A browser that has signed in
to an account carries a signed device cookie for it; its attempts have a budget of their own
(`staff_sign_in_device`: 10 wrong in 15 minutes, so a stolen cookie buys few guesses) and no other
lock applies to them. Any other attempt is refused, before the password is looked at, when

- this address has had 5 wrong passwords for this account in 15 minutes
  (`staff_sign_in_account_address`: one guesser, one account);
- this address has had 30 wrong passwords in 15 minutes, whatever the accounts
  (`staff_sign_in_address`: one guesser trying many accounts);
- the account has had 20 wrong passwords in an hour from browsers without its device cookie
  (`staff_sign_in_account`: a guesser with many addresses), unless the account has signed in
  from this address in the last 30 days.

So a guesser behind an office's NAT holds up only browsers that have never signed in there, and
an account guessed at from everywhere still opens for its owner's browser and usual addresses.
The answer to a refused attempt is the same for an account that exists and one that does not.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import Response, current_app, request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.web.models import StaffSession, StaffUser
from backend.web.security import address_hash

DEVICE_COOKIE = "staff_device"
DEVICE_LIFETIME = timedelta(days=30)
# An address the account signed in from this recently still opens it under an account lock.
PROVED_ADDRESS_WITHIN = timedelta(days=30)


@dataclass(frozen=True)
class Attempt:
    username: str
    address: str
    device: str | None  # the device cookie's id, when this browser has signed in as `username`


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt="staff-device")


def attempt(username: str) -> Attempt:
    """This request's attempt to sign in as `username`."""
    device = None
    cookie = request.cookies.get(DEVICE_COOKIE)
    if cookie:
        try:
            data = _serializer().loads(cookie, max_age=int(DEVICE_LIFETIME.total_seconds()))
        except BadSignature:
            data = None
        if isinstance(data, dict) and data.get("user") == username:
            device = str(data.get("device") or "") or None
    return Attempt(username, request.remote_addr or "-", device)


def refused(db: Session, attempt: Attempt, now: datetime) -> bool:
    """Whether this attempt is turned away without its password being checked."""
    limiter, limits = _limiter()
    if attempt.device is not None:
        return limiter.exhausted(
            "staff_sign_in_device", attempt.device, limits["staff_sign_in_device"]
        )
    if limiter.exhausted(
        "staff_sign_in_account_address",
        _pair(attempt),
        limits["staff_sign_in_account_address"],
    ) or limiter.exhausted(
        "staff_sign_in_address", attempt.address, limits["staff_sign_in_address"]
    ):
        return True
    if limiter.exhausted(
        "staff_sign_in_account", attempt.username, limits["staff_sign_in_account"]
    ):
        return not _signed_in_from_here_before(db, attempt, now)
    return False


def failed(attempt: Attempt) -> None:
    """A wrong password (or an unknown account, or a switched-off one): counted."""
    limiter, limits = _limiter()
    if attempt.device is not None:
        limiter.record("staff_sign_in_device", attempt.device, limits["staff_sign_in_device"])
        return
    limiter.record(
        "staff_sign_in_account_address", _pair(attempt), limits["staff_sign_in_account_address"]
    )
    limiter.record("staff_sign_in_address", attempt.address, limits["staff_sign_in_address"])
    limiter.record("staff_sign_in_account", attempt.username, limits["staff_sign_in_account"])


def remember_device(response: Response, attempt: Attempt) -> Response:
    """After the right password: this browser has proved it for this account."""
    value = _serializer().dumps(
        {"user": attempt.username, "device": attempt.device or secrets.token_urlsafe(16)}
    )
    response.set_cookie(
        DEVICE_COOKIE,
        value,
        max_age=int(DEVICE_LIFETIME.total_seconds()),
        path="/staff",
        secure=bool(current_app.config.get("SESSION_COOKIE_SECURE")),
        httponly=True,
        samesite="Lax",
    )
    return response


def _limiter():
    return current_app.extensions["rate_limiter"], current_app.extensions["rate_limits"]


def _pair(attempt: Attempt) -> str:
    return f"{attempt.username}|{attempt.address}"


def _signed_in_from_here_before(db: Session, attempt: Attempt, now: datetime) -> bool:
    return (
        db.scalar(
            select(StaffSession.id)
            .join(StaffUser, StaffUser.id == StaffSession.staff_user_id)
            .where(
                StaffUser.username == attempt.username,
                StaffSession.address_hash == address_hash(attempt.address),
                StaffSession.created_at >= now - PROVED_ADDRESS_WITHIN,
            )
            .limit(1)
        )
        is not None
    )
