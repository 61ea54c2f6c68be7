"""The tenant's photo page, /photos/<token>: a plain form (no script needed) to send up to 5
photos of the fault for the one report the link was made for (backend/domain/photos.py).

Why here, in the records API, and not in the channel gateway: the photos are records (stored,
limited and deleted with the report by this process's storage and retention job), the link is
issued by this API, and the staff see the photos on this app's job page; a page in the gateway
would have to reach into the same storage and rules from the process whose workers wait on the
assistant, where 50 MB uploads from slow phones would hold the threads that SMS and voice turns
need. The page imports no channel (tests/test_layers.py); the front routes /photos here as it
routes /staff (scripts/front.py, deploy/nginx/nginx.conf)."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from werkzeug.exceptions import RequestEntityTooLarge

from backend import ratelimit
from backend.api.common import now
from backend.db import get_session
from backend.domain import photos as rules
from backend.photo_storage import PhotoStorageUnavailable, photo_storage
from backend.services import photos
from backend.web.security import CSRFError, check_csrf, secure_headers

bp = Blueprint("photos", __name__, url_prefix="/photos")
bp.after_request(secure_headers)

# Five photos of at most 10 MB, and the form's other fields: the body a POST here may have
# (MAX_CONTENT_LENGTH, 256 KB, stays the limit everywhere else).
UPLOAD_BODY_LIMIT = rules.MAX_PHOTOS_PER_REPORT * rules.MAX_PHOTO_BYTES + 1024 * 1024
ACCEPT = "image/jpeg,image/png,image/heic,image/heif,.jpg,.jpeg,.png,.heic,.heif"


@bp.before_request
def _limits_then_csrf() -> None:
    if request.method == "POST":
        request.max_content_length = UPLOAD_BODY_LIMIT
    check_csrf()


@bp.after_request
def _private(response):
    # The page names a reference: no shared cache keeps it, and the link is not sent on.
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Robots-Tag"] = "noindex"
    return response


def _refused(title: str, message: str, status: int):
    return render_template("web/photos/refused.html", title=title, message=message), status


@bp.errorhandler(CSRFError)
def _csrf_refused(error: CSRFError):
    return _refused("This form has expired", error.description, 400)


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(_error):
    return _refused(
        "These photos are too large",
        "Each photo can be at most 10 MB, and you can send at most 5. Nothing was saved. "
        "Go back and choose smaller photos.",
        413,
    )


def _repair_or_refusal(token: str):
    try:
        return photos.repair_for_token(get_session(), token, now()), None
    except rules.LinkUnknown as refusal:
        return None, _refused("We do not know this link", str(refusal), refusal.status)
    except (rules.LinkExpired, rules.ReportClosed) as refusal:
        return None, _refused("This link no longer works", str(refusal), refusal.status)


def _page(repair, token: str, error: str | None = None, status: int = 200):
    count = photos.photo_count(get_session(), repair)
    return render_template(
        "web/photos/upload.html",
        repair=repair,
        token=token,
        count=count,
        room=rules.MAX_PHOTOS_PER_REPORT - count,
        most=rules.MAX_PHOTOS_PER_REPORT,
        accept=ACCEPT,
        error=error,
    ), status


@bp.get("/<token>")
def upload_page(token: str):
    repair, refusal = _repair_or_refusal(token)
    if refusal:
        return refusal
    return _page(repair, token)


@bp.post("/<token>")
def upload(token: str):
    repair, refusal = _repair_or_refusal(token)
    if refusal:
        return refusal
    if not ratelimit.allowed(current_app, "photo_uploads_per_ip", request.remote_addr or "-"):
        return _refused(
            "Too many uploads",
            "We have had a lot of photos from here in the last hour. Try again later.",
            429,
        )
    uploads = [
        photos.Upload(_display_name(file.filename), file.stream.read(rules.MAX_PHOTO_BYTES + 1))
        for file in request.files.getlist("photos")
        if file.filename
    ]
    session = get_session()
    storage = photo_storage()
    try:
        saved = photos.add_photos(session, storage, repair, uploads, now())
    except rules.PhotoRefusal as refusal:
        session.rollback()
        return _page(repair, token, f"{refusal} Nothing was saved.", refusal.status)
    except PhotoStorageUnavailable:
        # The bucket is down or refusing us: the tenant's photos are fine, so say to send them
        # again, not that they were wrong (the store's own error is in the log for us).
        session.rollback()
        current_app.logger.exception("photos for %s could not be stored", repair.reference)
        return _page(
            repair,
            token,
            "We could not keep your photos just now. Nothing was saved. Please try again in a "
            "few minutes.",
            503,
        )
    try:
        session.commit()
    except Exception:
        photos.forget_files(storage, saved)
        raise
    current_app.logger.info("%d photos added to %s", len(saved), repair.reference)
    flash(
        f"Thank you: {len(saved)} photo{'s' if len(saved) != 1 else ''} added to "
        f"repair {repair.reference}.",
        "success",
    )
    return redirect(url_for("photos.upload_page", token=token), code=303)


def _display_name(filename: str | None) -> str:
    """The file's name, for messages only: short and plain."""
    name = "".join(ch for ch in (filename or "") if ch.isprintable())[-60:].strip()
    return f"“{name}”" if name else "The file"
