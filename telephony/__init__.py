"""Twilio SMS and voice webhooks carrying the assistant's conversation to phones (the channel
gateway's, gateway/app.py), and the text and call notifications to tenants (`telephony.outbound`,
plugged into the records API by its RECORDS_EXTENSIONS). docs/telephony.md."""

from __future__ import annotations

from flask import Blueprint, Flask

__all__ = ["init_app"]


def init_app(app: Flask) -> None:
    """Registers the /twilio blueprints on the channel gateway."""
    from bot.assistant_client import TurnBudget
    from telephony import limits, signature, sms, voice
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
    # Phone turns with the assistant at once from this process; more wait in line
    # (relay.in_line).
    app.extensions.setdefault(
        "phone_turns", TurnBudget(int(app.config.get("PHONE_TURNS_AT_ONCE") or 32))
    )
    # An SMS reply the assistant finishes after the webhook's deadline is texted on.
    app.extensions.setdefault("telephony_transport", transport_from_config(app.config))
