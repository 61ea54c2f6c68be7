"""The repairs team's dashboard (/staff), and the site's look shared with the tenants' web chat
(the gateway's, gateway/chat.py): base template, styles, icon, template filters.

Everything the pages use (styles, script, icon) is served by the app from its own static folders:
no third-party origin is contacted at run time, and the Content-Security-Policy says so.
"""

from __future__ import annotations

from flask import Blueprint, Flask, current_app

from backend import photo_storage
from backend.web import formatting, photos, staff
from backend.web import jobs as _jobs  # noqa: F401  (the job actions, on the staff blueprint)
from backend.web.linkify import tel_href
from backend.web.models import StaffUser
from backend.web.security import csrf_token, secure_headers

__all__ = ["StaffUser", "init_app", "init_pages"]

# Templates and static files shared by both sites' pages.
assets = Blueprint(
    "web",
    __name__,
    static_folder="static",
    static_url_path="/assets/web",
    template_folder="templates",
)
assets.after_request(secure_headers)


def init_app(app: Flask) -> None:
    """The records API's pages: the staff dashboard and the tenants' photo page."""
    init_pages(app)
    photo_storage.init_app(app)
    app.register_blueprint(staff.bp)
    app.register_blueprint(photos.bp)


def init_pages(app: Flask) -> None:
    """What any of our HTML pages needs: the shared templates and assets, filters and globals."""
    # The session cookie carries the chat's conversation and the staff sign-in: never readable by
    # scripts, never sent on another site's requests. SESSION_COOKIE_SECURE comes from config.
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.register_blueprint(assets)
    app.add_template_filter(formatting.london_time, "london_time")
    app.add_template_filter(formatting.london_date, "london_date")
    app.add_template_filter(formatting.deadline, "deadline")
    app.add_template_filter(formatting.long_date, "long_date")
    app.add_template_filter(formatting.phone_display, "phone_display")
    app.add_template_filter(formatting.status_label, "status_label")
    app.add_template_filter(formatting.channel_label, "channel_label")
    app.add_template_global(csrf_token, "csrf_token")
    app.add_template_global(_landlord, "landlord")
    app.add_template_global(tel_href, "tel_href")


def _landlord() -> dict[str, str]:
    config = current_app.config
    return {
        "name": config["LANDLORD_NAME"],
        "phone": config["LANDLORD_PHONE"],
        "emergency_phone": config["EMERGENCY_PHONE"],
    }
