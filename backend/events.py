"""Things that happened to a repair, published after the commit so that notifications (SMS, calls)
never go out for something the database did not keep. Subscribers are registered by other parts
of the app (RECORDS_EXTENSIONS: `telephony.outbound` registers the tenant notifications)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from flask import Flask, current_app

log = logging.getLogger(__name__)

Subscriber = Callable[[str, dict[str, Any]], None]

REPAIR_REPORTED = "repair_reported"
APPOINTMENT_BOOKED = "appointment_booked"
APPOINTMENT_CHANGED = "appointment_changed"
APPOINTMENT_CANCELLED = "appointment_cancelled"
REPAIR_STATUS_CHANGED = "repair_status_changed"
# The repairs desk (issue 13): changes that alter what the tenant was promised.
REPAIR_RETRIAGED = "repair_retriaged"
REPAIR_CLOSED = "repair_closed"
REPAIR_REOPENED = "repair_reopened"
VISIT_NO_ACCESS = "visit_no_access"
# Stage 2 of a complaint answered (issue 14): the tenant is told of the Housing Ombudsman.
COMPLAINT_STAGE2_ANSWERED = "complaint_stage2_answered"
# A photo link to be texted to the tenant (issue 14): the payload carries the link itself, which
# the records keep only as a hash.
PHOTO_LINK_ISSUED = "photo_link_issued"
# The tenant asked for a reference to be confirmed by text to the number on file (issue 11).
REPAIR_CONFIRMATION_REQUESTED = "repair_confirmation_requested"


def subscribe(app: Flask, subscriber: Subscriber) -> None:
    app.extensions.setdefault("event_subscribers", []).append(subscriber)


def publish(kind: str, **payload: Any) -> None:
    for subscriber in current_app.extensions.get("event_subscribers", []):
        try:
            subscriber(kind, payload)
        except Exception:  # a failed text message must not undo a booking
            log.exception("subscriber failed for event %s", kind)
