"""GOV.UK Notify as the transport of the tenant notifications (texts), beside Twilio: chosen when
NOTIFY_API_KEY is set. Most English councils send their texts through Notify, at the public
sector's rates and from a sender they have registered.

Notify sends from templates kept in its dashboard. Every text goes with the personalisation
`body` (the whole text this service wrote, GSM-7 within its segments) and `reference`: a template
of just `((body))` sends it as written; a council that wants its own wording for a kind of text
(`repair_reported`, `appointment_booked`, `one_time_code`...) names that template for the kind
(NOTIFY_TEMPLATES) and uses the fields it likes.

Notify makes no phone calls: a tenant who asked to be called is still rung through the other
transport (Twilio, or the console). And conversations stay on Twilio: the channel gateway's SMS
and voice webhooks never use this (telephony/__init__.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from notifications_python_client.notifications import NotificationsAPIClient

from telephony.transport import Transport, transport_from_config

NOTIFY_BASE_URL = "https://api.notifications.service.gov.uk"
DEFAULT_TEMPLATE = "default"


class NotifyConfigurationError(ValueError):
    """NOTIFY_API_KEY is set but a template to send with is not."""


def parse_templates(raw: str | Mapping[str, str] | None) -> dict[str, str]:
    """NOTIFY_TEMPLATES: "kind=template-id,kind=template-id" (or a mapping already)."""
    if not raw:
        return {}
    if isinstance(raw, Mapping):
        return {str(k): str(v) for k, v in raw.items()}
    templates = {}
    for item in raw.split(","):
        if not item.strip():
            continue
        kind, separator, template_id = item.partition("=")
        if not separator or not kind.strip() or not template_id.strip():
            raise NotifyConfigurationError(f"NOTIFY_TEMPLATES: {item.strip()!r} is not kind=id")
        templates[kind.strip()] = template_id.strip()
    return templates


class NotifyTransport:
    name = "govuk_notify"

    def __init__(
        self,
        api_key: str,
        templates: Mapping[str, str],
        calls: Transport,
        base_url: str | None = None,
        sms_sender_id: str | None = None,
        timeout: float = 10.0,
    ):
        if DEFAULT_TEMPLATE not in templates:
            raise NotifyConfigurationError(
                "GOV.UK Notify needs NOTIFY_SMS_TEMPLATE_ID: a text template of ((body))"
            )
        self.api_key = api_key
        self.templates = dict(templates)
        self.calls = calls
        self.base_url = base_url or NOTIFY_BASE_URL
        self.sms_sender_id = sms_sender_id
        self.timeout = timeout

    def _client(self) -> NotificationsAPIClient:
        # One client per text: Notify's client keeps a requests.Session, which is not thread-safe,
        # and the notifications leave from a pool of threads.
        return NotificationsAPIClient(self.api_key, base_url=self.base_url, timeout=self.timeout)

    def template_for(self, kind: str | None) -> str:
        return self.templates.get(kind or DEFAULT_TEMPLATE) or self.templates[DEFAULT_TEMPLATE]

    def send_sms(
        self,
        to: str,
        body: str,
        status_callback: str | None = None,
        *,
        kind: str | None = None,
        reference: str | None = None,
    ) -> str:
        """Send a text through Notify; returns Notify's notification id. Delivery receipts are
        Notify's callback, set in its dashboard, not per text: `status_callback` is not used."""
        personalisation: dict[str, Any] = {"body": body, "reference": reference or ""}
        response = self._client().send_sms_notification(
            phone_number=to,
            template_id=self.template_for(kind),
            personalisation=personalisation,
            sms_sender_id=self.sms_sender_id,
        )
        return str(response["id"])

    def place_call(self, to: str, twiml: str, status_callback: str | None = None) -> str:
        return self.calls.place_call(to, twiml, status_callback)


def notify_from_config(config: Mapping[str, Any], calls: Transport) -> NotifyTransport | None:
    """The Notify transport when NOTIFY_API_KEY is set, else None."""
    api_key = config.get("NOTIFY_API_KEY")
    if not api_key:
        return None
    templates = parse_templates(config.get("NOTIFY_TEMPLATES"))
    if config.get("NOTIFY_SMS_TEMPLATE_ID"):
        templates[DEFAULT_TEMPLATE] = config["NOTIFY_SMS_TEMPLATE_ID"]
    return NotifyTransport(
        api_key,
        templates,
        calls=calls,
        base_url=config.get("NOTIFY_BASE_URL"),
        sms_sender_id=config.get("NOTIFY_SMS_SENDER_ID"),
    )


def notification_transport_from_config(config: Mapping[str, Any]) -> Transport:
    """How the tenant notifications leave: Notify (calls through Twilio or the console) when
    NOTIFY_API_KEY is set, else Twilio or the console as for everything else."""
    calls = transport_from_config(config)
    return notify_from_config(config, calls) or calls
