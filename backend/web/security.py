"""What keeps the web pages safe: a CSRF token per session, the staff sign-in guard and the
response headers (no third-party origin may load anything into our pages)."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from functools import wraps
from urllib.parse import urlsplit

from flask import Response, current_app, g, redirect, request, session, url_for
from werkzeug.exceptions import BadRequest

from backend.db import get_session
from backend.web.models import StaffUser

CSRF_SESSION_KEY = "csrf_token"
HSTS = "max-age=31536000; includeSubDomains"
CSRF_FORM_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
STAFF_SESSION_KEY = "staff_user_id"
STAFF_SIGNED_IN_AT_KEY = "staff_signed_in_at"
# A shared office computer left signed in overnight must not stay signed in.
STAFF_SESSION_LIFETIME = timedelta(hours=12)
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


def sign_in(user: StaffUser, now: datetime) -> None:
    # A fresh session on sign-in: nothing set before it (a planted token, a tenant's chat) survives.
    session.clear()
    session[STAFF_SESSION_KEY] = user.id
    session[STAFF_SIGNED_IN_AT_KEY] = now.astimezone(timezone.utc).isoformat()
    csrf_token()


def sign_out() -> None:
    session.clear()


def current_staff(now: datetime) -> StaffUser | None:
    """The signed-in staff member, or None when nobody is, the sign-in is too old or the account
    has been switched off since."""
    user_id = session.get(STAFF_SESSION_KEY)
    signed_in_at = session.get(STAFF_SIGNED_IN_AT_KEY)
    if not isinstance(user_id, int) or not isinstance(signed_in_at, str):
        return None
    try:
        started = datetime.fromisoformat(signed_in_at)
    except ValueError:
        return None
    if not timedelta(0) <= now - started <= STAFF_SESSION_LIFETIME:
        return None
    user = get_session().get(StaffUser, user_id)
    return user if user is not None and user.active else None


def staff_required(now: Callable[[], datetime]) -> Callable:
    """Decorator for the dashboard's views: anyone not signed in as staff goes to sign in."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def guarded(*args, **kwargs):
            user = current_staff(now())
            if user is None:
                # Only the staff sign-in is forgotten: a tenant's chat in this browser carries on.
                session.pop(STAFF_SESSION_KEY, None)
                session.pop(STAFF_SIGNED_IN_AT_KEY, None)
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
