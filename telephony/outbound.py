"""What the records API sends tenants by text or call, plugged into it by configuration
(RECORDS_EXTENSIONS=telephony.outbound): the notifications when a repair or an appointment
changes, and the one-time codes (backend/api/tenants.py). The records API imports nothing of
this; it publishes events (backend/events.py) and asks for `one_time_code_sender`.

They run in the records API's process because they follow its commits and a code must leave
while the action server waits for the answer; they use the transport only (Twilio's REST API,
GOV.UK Notify or the console), never the gateway, so no request of the records API waits on a
gateway worker."""

from __future__ import annotations

from functools import partial

from flask import Flask

from backend import events
from telephony import notifications
from telephony.notify import notification_transport_from_config


def init_app(app: Flask) -> None:
    # GOV.UK Notify when NOTIFY_API_KEY is set (texts only; calls and conversations stay on
    # Twilio), else Twilio or the console.
    app.extensions.setdefault("telephony_transport", notification_transport_from_config(app.config))
    events.subscribe(app, notifications.on_event)
    # One-time codes (issue 11) leave by the same transport as the notifications.
    app.extensions["one_time_code_sender"] = partial(notifications.send_one_time_code, app)
