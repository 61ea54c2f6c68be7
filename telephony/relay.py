"""What SMS and voice share: who is on the phone (number -> conversation hash -> tenant), the
number behind a hash, opt-outs, and the assistant's turn under a hard deadline."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as DeadlineExceeded
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import partial
from typing import Any

from flask import current_app, url_for
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backend.channel_models import PhoneConversation, SmsOptOut
from backend.domain.calendar import LONDON
from backend.models import Tenant
from backend.phones import InvalidPhoneNumber, mask_phone, normalise_phone, phone_hash
from bot.assistant_client import AssistantMessage, AssistantUnavailable, TurnBudget
from telephony.twiml import Voice

log = logging.getLogger(__name__)

# Assistant turns run here so that a webhook can stop waiting at its deadline whatever the
# assistant does (a hung socket, a slow fake): the thread finishes on its own, the caller does not
# wait for it. Shared by every app in the process.
_ASSISTANT_THREADS = ThreadPoolExecutor(max_workers=32, thread_name_prefix="assistant-turn")


def in_line(budget: TurnBudget, give_up_at: float, turn: Callable[[], Any]) -> Any:
    """`turn` once it has a place in the phones' budget: the assistant's servers share their
    cores between every turn they hold, so fifty first texts sent all at once all finish
    together at the end of the burst; in line, the first are answered at once. A turn that finds
    no place while its answer can still be used (`give_up_at`) is never sent: nothing happens
    that the tenant is not told about."""
    with budget.turn(wait_seconds=give_up_at - time.monotonic()) as admitted:
        if not admitted:
            raise AssistantUnavailable("no place for the turn before its deadline")
        return turn()


@dataclass(frozen=True)
class Caller:
    phone: str | None  # E.164, None when withheld or not a phone number
    conversation_id: str  # what Rasa and the backend see instead of the number
    tenant_id: int | None
    first_name: str | None = None

    @property
    def masked(self) -> str:
        return mask_phone(self.phone) if self.phone else "withheld"


def now() -> datetime:
    clock = current_app.config.get("CLOCK")
    return clock() if clock else datetime.now(timezone.utc)


def voice_settings() -> Voice:
    config = current_app.config
    return Voice(
        voice=config.get("TWILIO_VOICE") or "Polly.Amy",
        landlord_name=config["LANDLORD_NAME"],
        landlord_phone=config["LANDLORD_PHONE"],
        emergency_phone=config["EMERGENCY_PHONE"],
    )


def webhook_url(endpoint: str, **values: Any) -> str:
    """Where Twilio should call next: absolute under PUBLIC_BASE_URL when it is set, otherwise a
    path that Twilio resolves against the URL it just called."""
    path = url_for(endpoint, **values)
    base = current_app.config.get("PUBLIC_BASE_URL")
    return f"{base.rstrip('/')}{path}" if base else path


def conversation_id_for(phone: str) -> str:
    return phone_hash(phone, current_app.config["PHONE_HASH_KEY"])


# What Twilio puts in From when the caller withholds their number: some look like real numbers,
# and taking them for one would put every withheld caller into one conversation.
WITHHELD = {
    "+266696687",
    "+86282452253",
    "+8656696",
    "+2562533",
    "+7378742833",
    "anonymous",
    "restricted",
    "unknown",
    "unavailable",
    "blocked",
    "private",
}


def normalised(raw: str) -> str | None:
    """E.164 for a usable number; None for a withheld or malformed one."""
    if raw.strip().lower() in WITHHELD:
        return None
    try:
        return normalise_phone(raw)
    except InvalidPhoneNumber:
        return None


def identify(session: Session, raw_number: str, stand_in: str) -> Caller:
    """The caller behind Twilio's From. A withheld or unusable number gets a conversation of its
    own, keyed by `stand_in` (the CallSid or MessageSid), and no tenant."""
    phone = normalised(raw_number or "")
    if phone is None:
        return Caller(None, anonymous_conversation_id(stand_in), None)
    conversation_id = conversation_id_for(phone)
    remember_phone(session, conversation_id, phone)
    tenant = session.execute(
        select(Tenant.id, Tenant.first_name).where(Tenant.phone == phone)
    ).first()
    if tenant is None:
        return Caller(phone, conversation_id, None)
    return Caller(phone, conversation_id, tenant.id, tenant.first_name)


def anonymous_conversation_id(stand_in: str) -> str:
    return phone_hash(f"anonymous:{stand_in}", current_app.config["PHONE_HASH_KEY"])


def remember_phone(session: Session, conversation_id: str, phone: str) -> PhoneConversation:
    """The hash -> number row (created once; concurrent first messages are fine)."""
    row = session.get(PhoneConversation, conversation_id)
    moment = now()
    if row is None:
        try:
            with session.begin_nested():
                row = PhoneConversation(
                    conversation_id=conversation_id,
                    phone=phone,
                    sms_options=[],
                    created_at=moment,
                    last_seen_at=moment,
                )
                session.add(row)
        except IntegrityError:
            row = session.get(PhoneConversation, conversation_id)
    row.last_seen_at = moment
    return row


def is_opted_out(session: Session, phone: str | None) -> bool:
    return phone is not None and session.get(SmsOptOut, phone) is not None


def opt_out(session: Session, phone: str) -> None:
    if session.get(SmsOptOut, phone) is None:
        try:
            with session.begin_nested():
                session.add(SmsOptOut(phone=phone, opted_out_at=now()))
        except IntegrityError:
            pass  # a second STOP racing the first: already opted out


def opt_in(session: Session, phone: str) -> None:
    session.execute(delete(SmsOptOut).where(SmsOptOut.phone == phone))


def ask_assistant(
    channel: str,
    caller: Caller,
    text: str,
    when: datetime,
    on_late_reply: Callable[[list[AssistantMessage]], None] | None = None,
) -> list[AssistantMessage] | None:
    """The assistant's reply, or None when it failed or did not answer by the deadline (the caller
    then gets the fallback). The session must not hold a transaction here: the assistant calls the
    backend, which needs to write.

    With `on_late_reply` (SMS, which can send a text at any time), the turn is waited for up to
    SMS_LATE_REPLY_SECONDS in the background after the deadline, and a reply that comes is handed
    to it: the turn was taken, so what the assistant said must not be lost."""
    metadata: dict[str, Any] = {
        "reported_at": when.astimezone(LONDON).isoformat(),
        "conversation_id": caller.conversation_id,
    }
    if caller.tenant_id is not None:
        # The bot greets a known tenant by name and skips asking who they are (bot/channels.py).
        metadata["tenant_id"] = caller.tenant_id
        metadata["first_name"] = caller.first_name
    assistant = current_app.extensions["assistant"]
    deadline = float(current_app.config.get("TELEPHONY_DEADLINE_SECONDS") or 10.0)
    late_wait = float(current_app.config.get("SMS_LATE_REPLY_SECONDS") or 0)
    if on_late_reply is None or late_wait <= deadline:
        on_late_reply, options = None, {}
    else:
        options = {"timeout_seconds": late_wait}
    budget: TurnBudget = current_app.extensions["phone_turns"]
    # A turn that starts in the deadline's last second would be answered to nobody.
    usable = late_wait if on_late_reply is not None else max(0.0, deadline - 1.0)
    give_up_at = time.monotonic() + usable
    turn = partial(
        assistant.send, channel, caller.conversation_id, text[:1000], metadata, **options
    )
    future = _ASSISTANT_THREADS.submit(in_line, budget, give_up_at, turn)
    try:
        return future.result(timeout=deadline)
    except DeadlineExceeded:
        log.warning(
            "assistant missed the %.1f s deadline on %s for %s", deadline, channel, caller.masked
        )
        if on_late_reply is not None:
            future.add_done_callback(partial(_hand_on_late_reply, on_late_reply, caller))
    except AssistantUnavailable:
        log.warning("assistant unavailable on %s for %s", channel, caller.masked)
    except Exception:
        log.exception("assistant failed on %s for %s", channel, caller.masked)
    return None


def _hand_on_late_reply(
    on_late_reply: Callable[[list[AssistantMessage]], None], caller: Caller, future: Future
) -> None:
    try:
        messages = future.result()
    except Exception as error:  # the turn failed after all: the fallback was the answer
        log.warning("assistant's late turn for %s failed: %s", caller.masked, type(error).__name__)
        return
    try:
        on_late_reply(messages)
    except Exception:
        log.exception("the late reply for %s could not be sent", caller.masked)
