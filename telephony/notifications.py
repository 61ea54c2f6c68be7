"""Texts and calls to tenants when something happens to their repair: the report confirmed, an
appointment booked, moved or cancelled, a repair delayed, the day-before reminder. Subscribed to
backend.events, which publishes after the commit, so nothing goes out for work not saved.

Each notification has a unique key, so the same event twice (or the reminder job run twice) sends
one message. Numbers that texted STOP get nothing. Tenants whose preferred contact is "call" get a
phone call that reads the message out; everyone else a text (there is no e-mail channel here)."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from flask import Flask, current_app
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backend import events
from backend.channel_models import Notification, PhoneCall
from backend.domain.calendar import LONDON
from backend.domain.clocks import (
    HOUSING_OMBUDSMAN_NAME,
    HOUSING_OMBUDSMAN_PHONE,
    HOUSING_OMBUDSMAN_WEBSITE,
)
from backend.domain.policy import with_article
from backend.log_privacy import redact_photo_links
from backend.models import Booking, RepairReport, Visit
from backend.phones import mask_phone
from backend.services import satisfaction
from backend.services.bookings import slot_view
from backend.services.conversations import phone_for_conversation
from telephony import relay, twiml
from telephony.sms_text import to_gsm

log = logging.getLogger(__name__)

# Sending waits on Twilio's API; in production that happens here, after the response has gone.
_SENDERS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="notify")


@dataclass(frozen=True)
class Planned:
    key: str
    kind: str
    repair: RepairReport
    booking: Booking | None
    text: str


def when(moment: datetime) -> str:
    """ "5pm on Wednesday 9 December"; a midnight deadline is "the end of Tuesday 8 December"."""
    local = moment.astimezone(LONDON)
    if local.hour == 0 and local.minute == 0:
        day = local - timedelta(days=1)
        return f"the end of {day:%A} {day.day} {day:%B}"
    hour = local.hour % 12 or 12
    minutes = f":{local.minute:02d}" if local.minute else ""
    suffix = "am" if local.hour < 12 else "pm"
    return f"{hour}{minutes}{suffix} on {local:%A} {local.day} {local:%B}"


def slot_label(booking: Booking) -> str:
    return slot_view(booking.slot).label


def _name() -> str:
    return current_app.config["LANDLORD_NAME"]


def _phone() -> str:
    return current_app.config["LANDLORD_PHONE"]


# What a report is, for its confirmation text, from its tier (tier codes are the policy's contract,
# backend/policies/*.yml; the tests check every policy has these). Any other tier is a repair.
ROUTE_BY_TIER = {
    "ten_day": "damp",
    "asb": "asb",
    "complaint": "complaint",
    "handyperson": "handyperson",
    "tenant_responsibility": "rechargeable",
}

# The report's confirmation, one template per route; GSM-7 only, and within two SMS segments with
# the longest names and dates (tests/telephony/test_notifications.py). Never "fix it by" for a
# date that is only when we inspect or answer.
REPORTED_TEMPLATES = {
    "emergency": (
        "{name}: emergency repair {reference} ({category}) recorded. An operative will attend "
        "{target_description}. If anyone is in danger ring 999. Smell gas? Ring 0800 111 999."
    ),
    "repair": (
        "{name}: we have your repair {reference} ({category}). It is a {priority}: we aim to fix "
        "it by {when}. Questions? Ring {phone}."
    ),
    "damp": (
        "{name}: we have your damp and mould report {reference}. We will inspect your home by "
        "{when}, then send you a written summary within 3 working days. Questions? Ring {phone}."
    ),
    "asb": (
        "{name}: we have your anti-social behaviour report {reference}. Our team will contact you "
        "by {when}. If anyone is in danger ring 999. Questions? Ring {phone}."
    ),
    "complaint": (
        "{name}: we have your complaint {reference}. We will send you a full written answer by "
        "{when}. Questions? Ring {phone}."
    ),
    "handyperson": (
        "{name}: we have your handyperson job {reference} ({category}). We aim to do it by "
        "{when}. To book a visit, text us or ring {phone}."
    ),
    "rechargeable": (
        "{name}: we have your request {reference} ({category}). It is your responsibility, so we "
        "charge for the work. If you agree, we aim to do it by {when}. Questions? Ring {phone}."
    ),
}


def route(repair: RepairReport) -> str:
    """Which confirmation a report gets, from its tier as the records hold it."""
    if repair.emergency:
        return "emergency"
    if repair.needs_recharge_agreement:
        return "rechargeable"
    return ROUTE_BY_TIER.get(repair.tier, "repair")


def reported_text(repair: RepairReport) -> str:
    return REPORTED_TEMPLATES[route(repair)].format(
        name=_name(),
        phone=_phone(),
        reference=repair.reference,
        category=repair.category_label,
        priority=repair.priority_label,
        target_description=repair.target_description,
        when=when(repair.target_by),
    )


def booked_text(repair: RepairReport, booking: Booking) -> str:
    return (
        f"{_name()}: appointment booked for repair {repair.reference} ({repair.category_label}): "
        f"{slot_label(booking)}. To change it, text us or ring {_phone()}."
    )


def moved_text(repair: RepairReport, booking: Booking) -> str:
    return (
        f"{_name()}: your appointment for repair {repair.reference} has moved to "
        f"{slot_label(booking)}. To change it, text us or ring {_phone()}."
    )


def cancelled_text(repair: RepairReport, slot: str) -> str:
    return (
        f"{_name()}: your appointment for repair {repair.reference} ({repair.category_label}) on "
        f"{slot} is cancelled. To book another, text us or ring {_phone()}."
    )


def delayed_text(repair: RepairReport) -> str:
    return (
        f"{_name()}: sorry, repair {repair.reference} ({repair.category_label}) is delayed. "
        f"The new target is {when(repair.target_by)}. Questions? Ring {_phone()}."
    )


def retriaged_text(repair: RepairReport) -> str:
    return (
        f"{_name()}: we have looked again at repair {repair.reference} ({repair.category_label}). "
        f"It is now {with_article(repair.priority_label)}: we aim to deal with it by "
        f"{when(repair.target_by)}. "
        f"Questions? Ring {_phone()}."
    )


CLOSED_TEMPLATES = {
    "duplicate": (
        "{name}: repair {reference} ({category}) is closed because it is the same job as "
        "{other}, which stays open. Questions? Ring {phone}."
    ),
    "withdrawn": (
        "{name}: as you asked, repair {reference} ({category}) is cancelled. If you need it "
        "after all, text us or ring {phone}."
    ),
    "raised_in_error": (
        "{name}: repair {reference} ({category}) was raised in error and is closed. If you still "
        "need a repair, text us or ring {phone}."
    ),
}


def closed_text(repair: RepairReport) -> str:
    template = CLOSED_TEMPLATES.get(repair.closure_reason or "", CLOSED_TEMPLATES["withdrawn"])
    other = repair.duplicate_of.reference if repair.duplicate_of is not None else ""
    return template.format(
        name=_name(),
        phone=_phone(),
        reference=repair.reference,
        category=repair.category_label,
        other=other,
    )


def reopened_text(repair: RepairReport) -> str:
    return (
        f"{_name()}: repair {repair.reference} ({repair.category_label}) is open again. We will "
        f"contact you to arrange it. Questions? Ring {_phone()}."
    )


def no_access_text(repair: RepairReport, visited_at: datetime) -> str:
    return (
        f"{_name()}: we called at {when(visited_at)} for repair {repair.reference} "
        f"({repair.category_label}) but could not get in. To arrange another visit, text us or "
        f"ring {_phone()}."
    )


def complaint_stage2_answer_text(repair: RepairReport) -> str:
    """With the stage 2 answer, the Housing Ombudsman's details, as the complaint code requires."""
    return (
        f"{_name()}: we have sent our final answer to your complaint {repair.reference}. If you "
        f"are still unhappy, the {HOUSING_OMBUDSMAN_NAME} can look at it: ring "
        f"{HOUSING_OMBUDSMAN_PHONE} or visit {HOUSING_OMBUDSMAN_WEBSITE}."
    )


def reminder_text(repair: RepairReport, booking: Booking) -> str:
    return (
        f"{_name()}: reminder, we are coming tomorrow, {slot_label(booking)}, for repair "
        f"{repair.reference} ({repair.category_label}). If you can no longer be in, text us or "
        f"ring {_phone()}."
    )


def satisfaction_text(repair: RepairReport) -> str:
    """Asked once when the job is completed; the reply is read by telephony/sms.py."""
    return (
        f"{_name()}: repair {repair.reference} ({repair.category_label}) is complete. How "
        "satisfied are you with the repair, 1 to 5? Reply with a number and any comment."
    )


def photo_link_text(repair: RepairReport, url: str) -> str:
    return (
        f"{_name()}: to send us photos of repair {repair.reference} ({repair.category_label}), "
        f"open {url} (up to 5 photos, for 7 days). Questions? Ring {_phone()}."
    )


def confirmation_text(repair: RepairReport) -> str:
    """What we hold about a reference, for the number on file only (anti-social behaviour and
    complaint references are never told in a conversation: backend/domain/disclosure.py)."""
    reported = repair.reported_at.astimezone(LONDON)
    status = repair.status.replace("_", " ")
    return (
        f"{_name()}: {repair.reference} is your {repair.category_label} report of "
        f"{reported.day} {reported:%B}. Status: {status}. We aim to respond by "
        f"{when(repair.target_by)}. Questions? Ring {_phone()}."
    )


# The kind a one-time code's text is sent as (a Notify template may be named for it).
ONE_TIME_CODE = "one_time_code"

# Kinds that go by text whatever the tenant's preferred contact: never read out on a call.
TEXT_ONLY = {events.REPAIR_CONFIRMATION_REQUESTED}
# Kinds asked by text, to whoever reported the job, whatever their preferred contact: the answer
# is a text back (a question read out on a call could not be answered).
BY_TEXT = {satisfaction.QUESTION_KIND, events.PHOTO_LINK_ISSUED}


def plan(session: Session, kind: str, payload: dict[str, Any]) -> Planned | None:
    """The notification an event calls for, if any."""
    repair = (
        session.get(RepairReport, payload.get("repair_id")) if payload.get("repair_id") else None
    )
    booking = session.get(Booking, payload.get("booking_id")) if payload.get("booking_id") else None
    if repair is None and booking is not None:
        repair = booking.repair
    if repair is None:
        return None
    if kind == events.REPAIR_REPORTED:
        return Planned(f"repair_reported:{repair.id}", kind, repair, None, reported_text(repair))
    if kind == events.APPOINTMENT_BOOKED and booking is not None:
        key = f"appointment_booked:{booking.id}"
        return Planned(key, kind, repair, booking, booked_text(repair, booking))
    if kind == events.APPOINTMENT_CHANGED and booking is not None:
        key = f"appointment_changed:{booking.id}"
        return Planned(key, kind, repair, booking, moved_text(repair, booking))
    if kind == events.APPOINTMENT_CANCELLED and booking is not None:
        key = f"appointment_cancelled:{booking.id}"
        text = cancelled_text(repair, slot_label(booking))
        return Planned(key, kind, repair, booking, text)
    if kind == events.REPAIR_CONFIRMATION_REQUESTED:
        # At most one an hour per reference, however often it is asked for.
        key = f"repair_confirmation:{repair.id}:{relay.now():%Y%m%d%H}"
        return Planned(key, kind, repair, None, confirmation_text(repair))
    if kind == events.PHOTO_LINK_ISSUED and payload.get("link_id") and payload.get("url"):
        key = f"photo_link:{payload['link_id']}"
        return Planned(key, kind, repair, None, photo_link_text(repair, payload["url"]))
    if kind == events.REPAIR_RETRIAGED:
        # A new target is news; the same re-triage twice is not.
        key = f"repair_retriaged:{repair.id}:{repair.target_by.isoformat()}"
        return Planned(key, kind, repair, None, retriaged_text(repair))
    if kind in (events.REPAIR_CLOSED, events.REPAIR_REOPENED):
        # One per closing or reopening: the history's length tells them apart.
        key = f"{kind}:{repair.id}:{len(repair.status_history)}"
        text = closed_text(repair) if kind == events.REPAIR_CLOSED else reopened_text(repair)
        return Planned(key, kind, repair, None, text)
    if kind == events.COMPLAINT_STAGE2_ANSWERED:
        # Stage 2 is answered once: one text, however often the event is replayed.
        key = f"complaint_stage2_answered:{repair.id}"
        return Planned(key, kind, repair, None, complaint_stage2_answer_text(repair))
    if kind == events.VISIT_NO_ACCESS and payload.get("visit_id"):
        visit = session.get(Visit, payload["visit_id"])
        if visit is not None:
            key = f"visit_no_access:{visit.id}"
            return Planned(key, kind, repair, None, no_access_text(repair, visit.visited_at))
    if kind == events.REPAIR_STATUS_CHANGED:
        status = payload.get("status") or repair.status
        if status == "delayed":
            # A second delay (a new target) is news again; the same one twice is not.
            key = f"repair_delayed:{repair.id}:{repair.target_by.isoformat()}"
            return Planned(key, "repair_delayed", repair, None, delayed_text(repair))
        if status == "completed" and repair.status == "completed" and repair.trade is not None:
            # Once per job, whatever re-runs (a reopened job completed again is not asked again).
            # Only repairs (with a trade): an anti-social behaviour case or a complaint is not.
            key = satisfaction.question_key(repair.id)
            kind = satisfaction.QUESTION_KIND
            return Planned(key, kind, repair, None, satisfaction_text(repair))
    return None


def recipient(session: Session, repair: RepairReport) -> tuple[str | None, str]:
    """(E.164 number, "sms" or "call") for the person who reported the repair."""
    tenant = repair.tenant
    phone = (
        (tenant.phone if tenant is not None else None)
        or repair.contact_phone
        or phone_for_conversation(session, repair.conversation_id)
    )
    channel = "call" if tenant is not None and tenant.preferred_contact == "call" else "sms"
    return phone, channel


# What the assistant has just told a caller who is still on the line with us: ringing them back
# to read it out again would only find their line busy.
TOLD_ON_THE_CALL = {
    events.REPAIR_REPORTED,
    events.APPOINTMENT_BOOKED,
    events.APPOINTMENT_CHANGED,
    events.APPOINTMENT_CANCELLED,
}


def on_the_line(session: Session, conversation_id: str) -> bool:
    since = relay.now() - timedelta(hours=1)
    return (
        session.scalar(
            select(PhoneCall.id).where(
                PhoneCall.conversation_id == conversation_id,
                PhoneCall.direction == "inbound",
                PhoneCall.ended_at.is_(None),
                PhoneCall.started_at >= since,
            )
        )
        is not None
    )


def queue(session: Session, planned: Planned) -> Notification | None:
    """Record the notification (status queued, or why it will not be sent); None if its key was
    already used, i.e. it was sent or refused before."""
    if session.scalar(select(Notification.id).where(Notification.key == planned.key)):
        return None
    phone, channel = recipient(session, planned.repair)
    if planned.kind in TEXT_ONLY:
        phone, channel = planned.repair.tenant.phone if planned.repair.tenant else None, "sms"
    elif planned.kind in BY_TEXT:
        channel = "sms"
    conversation_id = None
    status = "queued"
    if phone is None:
        status = "no_phone"
    else:
        conversation_id = relay.conversation_id_for(phone)
        relay.remember_phone(session, conversation_id, phone)
        if relay.is_opted_out(session, phone):
            status = "opted_out"
        elif (
            channel == "call"
            and planned.kind in TOLD_ON_THE_CALL
            and on_the_line(session, conversation_id)
        ):
            status = "on_call"
    moment = relay.now()
    body = to_gsm(planned.text)
    if status != "queued" and planned.kind == events.PHOTO_LINK_ISSUED:
        body = redact_photo_links(body)  # never sent: the link is kept nowhere in clear
    notification = Notification(
        key=planned.key,
        kind=planned.kind,
        channel=channel,
        conversation_id=conversation_id,
        repair_id=planned.repair.id,
        booking_id=planned.booking.id if planned.booking else None,
        body=body,
        status=status,
        created_at=moment,
        updated_at=moment,
    )
    try:
        with session.begin_nested():
            session.add(notification)
    except IntegrityError:
        return None  # the same event handled at the same moment elsewhere
    return notification


def _status_callback(path: str) -> str | None:
    base = current_app.config.get("PUBLIC_BASE_URL")
    return f"{base.rstrip('/')}{path}" if base else None


def deliver(app: Flask, notification_id: int) -> str:
    """Send one queued notification and record the outcome; returns its status."""
    with app.app_context():
        session: Session = app.extensions["db_session_factory"]()
        try:
            notification = session.get(Notification, notification_id)
            if notification is None or notification.status != "queued":
                return notification.status if notification else "missing"
            phone = phone_for_conversation(session, notification.conversation_id)
            transport = app.extensions["telephony_transport"]
            if phone is None:
                notification.status = "no_phone"
            elif relay.is_opted_out(session, phone):
                notification.status = "opted_out"
            else:
                try:
                    if notification.channel == "call":
                        script = twiml.notification_call(notification.body, relay.voice_settings())
                        sid = transport.place_call(
                            phone, str(script), _status_callback("/twilio/voice/status")
                        )
                    else:
                        repair = session.get(RepairReport, notification.repair_id)
                        sid = transport.send_sms(
                            phone,
                            notification.body,
                            _status_callback("/twilio/sms/status"),
                            kind=notification.kind,
                            reference=repair.reference if repair else None,
                        )
                    notification.provider_sid, notification.status = sid, "sent"
                    log.info(
                        "%s %s sent by %s to %s",
                        notification.kind,
                        notification.channel,
                        transport.name,
                        mask_phone(phone),
                    )
                except Exception as error:  # never the message: Twilio's may quote the number
                    notification.status = "failed"
                    notification.error = f"{type(error).__name__} {getattr(error, 'code', '')}"[
                        :200
                    ].strip()
                    log.warning(
                        "%s to %s failed: %s",
                        notification.kind,
                        mask_phone(phone),
                        notification.error,
                    )
            if notification.kind == events.PHOTO_LINK_ISSUED:
                # Once it has gone (or cannot), the link is kept nowhere in clear.
                notification.body = redact_photo_links(notification.body)
            notification.updated_at = relay.now()
            session.commit()
            return notification.status
        finally:
            session.close()


def dispatch(app: Flask, notification_ids: list[int], *, background: bool | None = None) -> None:
    if background is None:
        background = not app.testing
    for notification_id in notification_ids:
        if background:
            _SENDERS.submit(_deliver_logged, app, notification_id)
        else:
            deliver(app, notification_id)


def _deliver_logged(app: Flask, notification_id: int) -> None:
    try:
        deliver(app, notification_id)
    except Exception:
        log.exception("notification %s could not be delivered", notification_id)


def send_one_time_code(app: Flask, session: Session, phone: str, body: str) -> bool:
    """Texts a one-time code (backend/api/tenants.py). Unlike the notifications, nothing of it is
    recorded: the code must never be in the database in clear. False when the number cannot be
    texted (it opted out with STOP). The console transport prints it: that is how a developer
    reads the demo tenants' codes."""
    if relay.is_opted_out(session, phone):
        return False
    transport = app.extensions["telephony_transport"]

    def send() -> None:
        try:
            transport.send_sms(phone, to_gsm(body), kind=ONE_TIME_CODE)
            log.info("one-time code sent by %s to %s", transport.name, mask_phone(phone))
        except Exception as error:  # never the message: it holds the code
            log.warning("one-time code to %s failed: %s", mask_phone(phone), type(error).__name__)

    if app.testing:
        send()
    else:
        _SENDERS.submit(send)
    return True


def on_event(kind: str, payload: dict[str, Any]) -> None:
    """backend.events subscriber. Runs after the API committed; uses a session of its own so that
    nothing here can disturb the request's."""
    app = current_app._get_current_object()
    session: Session = app.extensions["db_session_factory"]()
    try:
        planned = plan(session, kind, payload)
        notification = queue(session, planned) if planned else None
        session.commit()
        queued = [notification.id] if notification and notification.status == "queued" else []
    finally:
        session.close()
    dispatch(app, queued)


def record_provider_status(
    session: Session, provider_sid: str, status: str, error_code: str | None = None
) -> None:
    """A delivery report (SMS) or call status for a notification we sent."""
    if not provider_sid or not status:
        return
    notification = session.scalar(
        select(Notification).where(Notification.provider_sid == provider_sid)
    )
    if notification is None:
        return
    notification.status = status[:20]
    if error_code:
        notification.error = f"Twilio error {error_code}"[:200]
    notification.updated_at = relay.now()
