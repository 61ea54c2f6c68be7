"""Twilio SMS and voice webhooks carrying the assistant's conversation to phones, and the text and
call notifications to tenants (docs/telephony.md)."""

from __future__ import annotations

from functools import partial

from flask import Blueprint, Flask

from telephony import models  # noqa: F401  (registers the tables with backend.db.Base)
from telephony.relay import phone_for_conversation

__all__ = ["init_app", "phone_for_conversation"]


def init_app(app: Flask) -> None:
    """Registers the /twilio blueprints and the tenant notification subscriber."""
    from backend import events
    from telephony import limits, notifications, relay, signature, sms, voice
    from telephony.transport import transport_from_config

    twilio = Blueprint("twilio", __name__, url_prefix="/twilio")
    # A flood from one address is cut off first; then every route under /twilio, status
    # callbacks included, is Twilio's alone.
    twilio.before_request(limits.flood_guard)
    twilio.before_request(signature.require_twilio_signature)
    twilio.register_blueprint(sms.bp)
    twilio.register_blueprint(voice.bp)
    app.register_blueprint(twilio)

    signature.ensure_local_token(app)
    app.extensions.setdefault("telephony_transport", transport_from_config(app.config))
    events.subscribe(app, notifications.on_event)
    # A report from a number that is no tenant's still gets its contact number on the record.
    app.extensions["contact_phone_lookup"] = relay.phone_for_conversation
    # One-time codes (issue 11) leave by the same transport as the notifications.
    app.extensions["one_time_code_sender"] = partial(notifications.send_one_time_code, app)
