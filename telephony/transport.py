"""How notifications leave: Twilio's REST API, or the console when there are no credentials (it
prints what it would send and sends nothing); GOV.UK Notify for the tenant notifications' texts
when configured (telephony/notify.py). Tests put their own recorder in
app.extensions["telephony_transport"]."""

from __future__ import annotations

import logging
import uuid
from typing import Any, Protocol

from backend.phones import mask_phone

log = logging.getLogger(__name__)


class Transport(Protocol):
    name: str

    def send_sms(
        self,
        to: str,
        body: str,
        status_callback: str | None = None,
        *,
        kind: str | None = None,
        reference: str | None = None,
    ) -> str:
        """Send a text; returns the provider's id for it (Twilio's MessageSid). `kind` (the
        notification's, e.g. repair_reported) and `reference` (the repair's) are for transports
        that send from templates (GOV.UK Notify); the others ignore them."""

    def place_call(self, to: str, twiml: str, status_callback: str | None = None) -> str:
        """Ring the number and play the TwiML; returns the provider's id (Twilio's CallSid)."""


class ConsoleTransport:
    """For development without a Twilio account: prints, sends nothing."""

    name = "console"

    def send_sms(
        self,
        to: str,
        body: str,
        status_callback: str | None = None,
        *,
        kind: str | None = None,
        reference: str | None = None,
    ) -> str:
        print(f"[console SMS to {mask_phone(to)}] {body}", flush=True)
        return f"console-SM{uuid.uuid4().hex}"

    def place_call(self, to: str, twiml: str, status_callback: str | None = None) -> str:
        print(f"[console call to {mask_phone(to)}] {twiml}", flush=True)
        return f"console-CA{uuid.uuid4().hex}"


class TwilioTransport:
    name = "twilio"

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        from_number: str,
        timeout: float = 10.0,
        http_client: Any = None,
    ):
        from twilio.http.http_client import TwilioHttpClient
        from twilio.rest import Client

        if http_client is None:
            # Twilio's client logs requests at INFO; keep it quiet so no number reaches our logs.
            quiet = logging.getLogger("telephony.twilio_http")
            quiet.setLevel(logging.WARNING)
            http_client = TwilioHttpClient(timeout=timeout, logger=quiet, max_retries=2)
        self.client = Client(account_sid, auth_token, http_client=http_client)
        self.from_number = from_number

    def send_sms(
        self,
        to: str,
        body: str,
        status_callback: str | None = None,
        *,
        kind: str | None = None,
        reference: str | None = None,
    ) -> str:
        extra: dict[str, Any] = {"status_callback": status_callback} if status_callback else {}
        return self.client.messages.create(to=to, from_=self.from_number, body=body, **extra).sid

    def place_call(self, to: str, twiml: str, status_callback: str | None = None) -> str:
        extra: dict[str, Any] = {}
        if status_callback:
            extra = {
                "status_callback": status_callback,
                "status_callback_event": ["initiated", "ringing", "answered", "completed"],
            }
        return self.client.calls.create(to=to, from_=self.from_number, twiml=twiml, **extra).sid


def transport_from_config(config: dict[str, Any]) -> Transport:
    choice = (config.get("TELEPHONY_TRANSPORT") or "auto").lower()
    credentials = (
        config.get("TWILIO_ACCOUNT_SID"),
        config.get("TWILIO_AUTH_TOKEN"),
        config.get("TWILIO_FROM_NUMBER"),
    )
    if choice == "console" or (choice == "auto" and not all(credentials)):
        return ConsoleTransport()
    if not all(credentials):
        raise ValueError(
            "TELEPHONY_TRANSPORT=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and "
            "TWILIO_FROM_NUMBER"
        )
    return TwilioTransport(*credentials)
