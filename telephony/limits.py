"""The webhooks' rate limits (backend.ratelimit's shared counters): every request to /twilio per
client address, and each sender's texts and calls per number. A withheld or alphanumeric sender
has no number to count by (each of its messages is a conversation of its own), so such senders
are counted together, per address."""

from __future__ import annotations

import logging

from flask import Response, current_app, request

from backend import ratelimit
from telephony import relay, twiml

log = logging.getLogger(__name__)


def flood_guard() -> Response | None:
    """before_request of /twilio, ahead of the signature check, so a flood from one address is
    cut off at the cheapest point. A call is never left to Twilio's "application error": it hears
    the numbers to ring. A text gets no reply (each would be billed)."""
    address = request.remote_addr or "-"
    if ratelimit.allowed(current_app, "webhook_per_ip", address):
        return None
    log.warning("webhook rate limit reached for %s on %s", address, request.path)
    if request.path.startswith("/twilio/voice") and not request.path.endswith("/status"):
        voice = relay.voice_settings()
        text = (
            f"Sorry, we cannot take your call just now. If it is an emergency, ring "
            f"{voice.emergency_phone}. Otherwise please ring {voice.landlord_phone}."
        )
        return Response(str(twiml.goodbye([text], voice)), mimetype="text/xml")
    return Response("Too many requests", status=429, mimetype="text/plain")


def sender_allowed(kind: str, caller: relay.Caller) -> bool:
    """One more text (`kind` "sms") or call ("voice") from this sender: per number, or for a
    withheld or alphanumeric sender per address (`<kind>_withheld_per_ip`)."""
    if caller.phone is not None:
        return ratelimit.allowed(current_app, f"{kind}_per_number", caller.conversation_id)
    return ratelimit.allowed(current_app, f"{kind}_withheld_per_ip", request.remote_addr or "-")
