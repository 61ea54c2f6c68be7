"""What keeps the web pages safe: a CSRF token per session, the staff sign-in guard and the
response headers (no third-party origin may load anything into our pages)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import wraps
from urllib.parse import urlsplit

from flask import Response, current_app, g, redirect, request, session, url_for
from sqlalchemy import select, update
from sqlalchemy.orm import Session
from werkzeug.exceptions import BadRequest

from backend.db import get_session
from backend.web.models import StaffSession, StaffUser

CSRF_SESSION_KEY = "csrf_token"
HSTS = "max-age=31536000; includeSubDomains"
CSRF_FORM_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
# The cookie holds only this random token; the session itself is a StaffSession row.
STAFF_SESSION_KEY = "staff_session"
# A shared office computer left signed in overnight must not stay signed in.
STAFF_SESSION_LIFETIME = timedelta(hours=12)
# How often a session's last_seen_at is written (not on every page).
LAST_SEEN_EVERY = timedelta(minutes=1)
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
        "base-uri 'none'",
        "object-src 'none'",
    )
)


class CSRFError(BadRequest):
    description = (
        "This form has expired or did not come from this site. Reload the page and try again."
    )


def csrf_token() -> str:
    """The session's token, made on first use; every form and the chat's requests carry it."""
    token = session.get(CSRF_SESSION_KEY)
    if not token:
        token = session[CSRF_SESSION_KEY] = secrets.token_urlsafe(32)
    return token


def check_csrf() -> None:
    """Refuses a state-changing request whose token is missing or not this session's."""
    if request.method not in UNSAFE_METHODS:
        return
    expected = session.get(CSRF_SESSION_KEY)
    given = request.form.get(CSRF_FORM_FIELD) or request.headers.get(CSRF_HEADER) or ""
    if not expected or not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise CSRFError()


def secure_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if current_app.config.get("SESSION_COOKIE_SECURE"):
        # Served over HTTPS (the production profile): browsers must never fall back to HTTP.
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    return response


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def address_hash(address: str | None) -> str:
    """A keyed hash of a client address: comparable, but not the address itself."""
    key = str(current_app.config["SECRET_KEY"]).encode()
    return hmac.new(key, (address or "-").encode(), hashlib.sha256).hexdigest()


def sign_in(db: Session, user: StaffUser, now: datetime, address: str | None) -> None:
    """A fresh session on sign-in: nothing set before it (a planted token, a tenant's chat, an
    earlier sign-in) survives. The session is a row; the cookie carries only its token."""
    _revoke(db, session.get(STAFF_SESSION_KEY), now)
    session.clear()
    token = secrets.token_urlsafe(32)
    db.add(
        StaffSession(
            token_hash=_digest(token),
            staff_user_id=user.id,
            address_hash=address_hash(address),
            created_at=now,
            last_seen_at=now,
            expires_at=now + STAFF_SESSION_LIFETIME,
        )
    )
    session[STAFF_SESSION_KEY] = token
    csrf_token()


def sign_out(db: Session, now: datetime) -> None:
    """Ends the session on the server: a copy of the cookie taken before opens nothing after."""
    _revoke(db, session.get(STAFF_SESSION_KEY), now)
    session.clear()


def end_every_session(db: Session, user: StaffUser, now: datetime) -> None:
    """Signs the user out everywhere (a new password: whoever knew the old one is thrown out)."""
    db.execute(
        update(StaffSession)
        .where(StaffSession.staff_user_id == user.id, StaffSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def _revoke(db: Session, token: object, now: datetime) -> None:
    if not isinstance(token, str):
        return
    record = db.scalar(select(StaffSession).where(StaffSession.token_hash == _digest(token)))
    if record is not None and record.revoked_at is None:
        record.revoked_at = now


def current_staff(now: datetime) -> StaffUser | None:
    """The signed-in staff member, or None when nobody is, the session has ended (signed out,
    too old) or the account has been switched off since."""
    token = session.get(STAFF_SESSION_KEY)
    if not isinstance(token, str):
        return None
    db = get_session()
    record = db.scalar(select(StaffSession).where(StaffSession.token_hash == _digest(token)))
    if record is None or record.revoked_at is not None:
        return None
    if not record.created_at <= now < record.expires_at:
        return None
    user = db.get(StaffUser, record.staff_user_id)
    if user is None or not user.active:
        return None
    if now - record.last_seen_at >= LAST_SEEN_EVERY:
        record.last_seen_at = now
        db.commit()
    return user


def staff_required(now: Callable[[], datetime]) -> Callable:
    """Decorator for the dashboard's views: anyone not signed in as staff goes to sign in."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def guarded(*args, **kwargs):
            user = current_staff(now())
            if user is None:
                # Only the staff sign-in is forgotten: a tenant's chat in this browser carries on.
                session.pop(STAFF_SESSION_KEY, None)
                back_to = request.full_path.rstrip("?") if request.method == "GET" else None
                return redirect(url_for("staff.sign_in", next=back_to))
            g.staff_user = user
            return view(*args, **kwargs)

        return guarded

    return decorate


def safe_next(target: str | None, default: str) -> str:
    """Only a path on this site under /staff: a sign-in link can never send someone elsewhere."""
    if not target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/staff") or "\\" in target:
        return default
    return target
