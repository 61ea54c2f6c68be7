"""POST /twilio/sms: a tenant's text in, the assistant's reply out as TwiML.
POST /twilio/sms/status: delivery reports for the notifications we sent."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial

from flask import Blueprint, Flask, Response, current_app, request
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from werkzeug.exceptions import HTTPException

from backend.channel_models import InboundSms, PhoneConversation
from backend.db import get_session
from backend.domain.satisfaction import read_answer
from backend.services import satisfaction
from backend.services.conversations import record_turn
from bot.assistant_client import AssistantMessage
from telephony import limits, relay
from telephony.options import (
    EMERGENCY,
    Option,
    gas_advice_given,
    gas_hazard,
    match_option,
    numbered_options,
    transfer_requested,
)
from telephony.sms_text import split_sms
from telephony.twiml import sms_reply

log = logging.getLogger(__name__)

bp = Blueprint("sms", __name__, url_prefix="/sms")

STOP_WORDS = {"STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "OPTOUT"}
START_WORDS = {"START", "UNSTOP", "OPTIN"}
HELP_WORDS = {"HELP", "INFO"}
GAS_SMS = "Smell gas? Get out, no switches or flames, ring 0800 111 999."
# Options older than this are not what a "1" refers to any more.
OPTIONS_LIFETIME = timedelta(hours=24)


def twiml_response(bodies: list[str]) -> Response:
    return Response(str(sms_reply(bodies)), mimetype="text/xml")


def keyword(body: str) -> str | None:
    """STOP, START or HELP when the whole message is one of their words ("Stop", "stop."), never
    when the word is part of a sentence ("stop the leak")."""
    word = body.strip().strip(".!").upper()
    if word in STOP_WORDS:
        return "STOP"
    if word in START_WORDS:
        return "START"
    if word in HELP_WORDS:
        return "HELP"
    return None


def keyword_reply(word: str) -> str:
    config = current_app.config
    name, phone = config["LANDLORD_NAME"], config["LANDLORD_PHONE"]
    if word == "STOP":
        return (
            f"{name}: you will get no more texts from us. Text START to get them again. "
            f"For repairs ring {phone}."
        )
    if word == "START":
        return f"{name}: texts are back on. Text us about a repair at any time, or HELP for help."
    return (
        f"{name}: text us about a repair. To speak to someone ring {phone}. "
        f"Emergencies: {config['EMERGENCY_PHONE']}. Text STOP to stop texts."
    )


def fallback_reply() -> str:
    config = current_app.config
    return (
        f"Sorry, our assistant can't answer just now. Emergency? Ring {config['EMERGENCY_PHONE']}. "
        f"Smell gas? Ring 0800 111 999. Otherwise text again later or ring "
        f"{config['LANDLORD_PHONE']}."
    )


def not_understood_reply() -> str:
    return (
        "Sorry, I did not catch that. Please tell me about the repair in a few words, or ring "
        f"{current_app.config['LANDLORD_PHONE']}."
    )


def render(messages: list[AssistantMessage], max_segments: int) -> tuple[list[str], list[Option]]:
    """The assistant's messages as SMS bodies, with its buttons as numbered options. A transfer
    (a phone-only action) becomes the number to ring; a gas hazard without advice gets it. These
    safety lines, like the options, are never cut from a long reply."""
    options = numbered_options(messages)
    choices = [option for option in options if option.transfer is None]
    choices = [Option(i, o.title, o.payload) for i, o in enumerate(choices, start=1)]
    prose = [message.text for message in messages if message.text.strip()]
    safety = []
    if gas_hazard(messages) and not gas_advice_given(prose):
        safety.append(GAS_SMS)
    wants_transfer = transfer_requested(messages) or next(
        (option.transfer for option in options if option.transfer), None
    )
    if wants_transfer:
        config = current_app.config
        number = config["EMERGENCY_PHONE" if wants_transfer == EMERGENCY else "LANDLORD_PHONE"]
        line = "our emergency line" if wants_transfer == EMERGENCY else "us"
        if not any(number in text for text in prose):
            safety.append(f"Ring {line} now on {number}.")
    tail = [*safety, *(f"Reply {option.number} for {option.title}" for option in choices)]
    return split_sms(prose, tail, max_segments), choices


LATE_REPLY_PREFIX = "Sorry for the wait. "


def late_reply_sender(caller: relay.Caller) -> Callable[[list[AssistantMessage]], None] | None:
    """What texts a reply the assistant gives after the webhook's deadline (None: no number)."""
    if caller.phone is None:
        return None
    return partial(text_late_reply, current_app._get_current_object(), caller)


def text_late_reply(app: Flask, caller: relay.Caller, messages: list[AssistantMessage]) -> None:
    """The tenant had the fallback; the assistant has answered since (say, once a crashed Rasa
    server's conversation lock was given up). Text that answer, so a question asked or an
    appointment booked in that turn is not lost to them, and offer its options as usual."""
    with app.app_context():
        # No opt-out check: like the webhook's own reply, this answers a text the tenant sent.
        session: Session = app.extensions["db_session_factory"]()
        try:
            max_segments = int(app.config.get("SMS_MAX_SEGMENTS") or 4)
            bodies, options = render(apologising(messages), max_segments)
            if not bodies:
                return
            conversation = session.get(PhoneConversation, caller.conversation_id)
            if conversation is not None:
                conversation.sms_options = [option.as_json() for option in options]
                conversation.sms_options_at = relay.now()
            record_turn(session, caller.conversation_id, "sms", "out", "\n".join(bodies))
            session.commit()
        finally:
            session.close()
        transport = app.extensions["telephony_transport"]
        for body in bodies:
            transport.send_sms(caller.phone, body)
        log.info("late reply texted to %s in %d part(s)", caller.masked, len(bodies))


def apologising(messages: list[AssistantMessage]) -> list[AssistantMessage]:
    """The messages with the first one that has words starting with an apology for the wait."""
    for index, message in enumerate(messages):
        if message.text.strip():
            apology = replace(message, text=LATE_REPLY_PREFIX + message.text)
            return [*messages[:index], apology, *messages[index + 1 :]]
    return messages


def _offered(conversation: PhoneConversation | None) -> list[Option]:
    if conversation is None or not conversation.sms_options or conversation.sms_options_at is None:
        return []
    if relay.now() - conversation.sms_options_at > OPTIONS_LIFETIME:
        return []
    return [Option.from_json(data) for data in conversation.sms_options]


def _replay(session: Session, message_sid: str) -> Response:
    """A retried MessageSid: the reply already given, waiting (up to the deadline) for it if the
    first delivery is still being answered. No second conversation turn either way."""
    give_up = time.monotonic() + float(current_app.config.get("TELEPHONY_DEADLINE_SECONDS", 10))
    while True:
        session.commit()  # end the read so a waiting retry never holds a lock the first one needs
        inbound = session.scalar(
            select(InboundSms)
            .where(InboundSms.message_sid == message_sid)
            .execution_options(populate_existing=True)
        )
        if inbound is not None and inbound.status == "answered":
            session.commit()
            log.info("duplicate MessageSid: replaying the stored reply")
            return twiml_response(list(inbound.reply or []))
        if time.monotonic() >= give_up:
            session.commit()
            log.warning("duplicate MessageSid still being answered: empty reply")
            return twiml_response([])
        time.sleep(0.2)


def _claim(session: Session, message_sid: str, conversation_id: str) -> InboundSms | None:
    """Record the MessageSid before anything else happens; None if another request has it."""
    inbound = InboundSms(
        message_sid=message_sid, conversation_id=conversation_id, received_at=relay.now()
    )
    try:
        with session.begin_nested():
            session.add(inbound)
    except IntegrityError:
        return None
    return inbound


@bp.post("")
def inbound_message():
    form = request.form
    message_sid = (form.get("MessageSid") or form.get("SmsSid") or "").strip()[:64]
    if not message_sid:
        return Response("MessageSid is required", status=400, mimetype="text/plain")
    session = get_session()
    if session.scalar(select(InboundSms.id).where(InboundSms.message_sid == message_sid)):
        return _replay(session, message_sid)
    caller = relay.identify(session, form.get("From", ""), stand_in=message_sid)
    inbound = _claim(session, message_sid, caller.conversation_id)
    if inbound is None:
        return _replay(session, message_sid)
    received_at = relay.now()
    body = (form.get("Body") or "").strip()
    word = keyword(body) if caller.phone is not None else None
    conversation = session.get(PhoneConversation, caller.conversation_id) if caller.phone else None
    chosen = None if word else match_option(body, _offered(conversation))
    heard = f"{body} [{chosen.title}]" if chosen else body
    record_turn(session, caller.conversation_id, "sms", "in", heard or "(no text)")
    session.commit()  # what the tenant said is kept whatever happens next
    max_segments = int(current_app.config.get("SMS_MAX_SEGMENTS") or 4)

    options: list[Option] | None = None  # None: leave the offered options as they were
    if word is not None:
        if word == "STOP":
            relay.opt_out(session, caller.phone)
        elif word == "START":
            relay.opt_in(session, caller.phone)
        log.info("SMS keyword %s from %s", word, caller.masked)
        bodies = split_sms([keyword_reply(word)], max_parts=max_segments)
    elif not body:
        bodies = split_sms(
            ["Sorry, we can only read the words of a text. Please describe the repair in words."],
            max_parts=max_segments,
        )
    elif not limits.sender_allowed("sms", caller):
        # A flood from one number (or from withheld senders) gets no replies (each would be
        # billed); STOP still works.
        log.warning("SMS rate limit reached for %s", caller.masked)
        bodies = []
    elif (thanks := _satisfaction_answered(session, caller, body, received_at)) is not None:
        bodies = split_sms([thanks], max_parts=max_segments)
    else:
        # End the read the checks above began: on SQLite every transaction holds the write lock
        # (backend/db.py), and the records API must write while the assistant takes this turn.
        session.commit()
        text = chosen.payload if chosen else body
        messages = relay.ask_assistant(
            "sms", caller, text, received_at, on_late_reply=late_reply_sender(caller)
        )
        if messages is None:
            bodies = split_sms([fallback_reply()], max_parts=max_segments)
        else:
            bodies, options = render(messages, max_segments)
            if not bodies:  # nothing to say (or nothing a phone can show): never leave them hanging
                bodies = split_sms([not_understood_reply()], max_parts=max_segments)

    if options is not None and caller.phone is not None:
        conversation = session.get(PhoneConversation, caller.conversation_id)
        conversation.sms_options = [option.as_json() for option in options]
        conversation.sms_options_at = relay.now()
    record_turn(session, caller.conversation_id, "sms", "out", "\n".join(bodies) or "(no reply)")
    inbound = session.get(InboundSms, inbound.id)
    inbound.status, inbound.reply, inbound.answered_at = "answered", bodies, relay.now()
    session.commit()
    return twiml_response(bodies)


def _satisfaction_answered(
    session: Session, caller: relay.Caller, body: str, received_at: datetime
) -> str | None:
    """When this number was asked how satisfied it is with a job and the text reads as an answer
    ("4 great", "five"), records it and returns the thanks; otherwise None (the text is for the
    assistant, as any other)."""
    if caller.phone is None:
        return None
    answer = read_answer(body)
    if answer is None:
        return None
    repair = satisfaction.pending_question(session, caller.conversation_id, received_at)
    if repair is None:
        return None
    satisfaction.record_answer(session, repair, answer, "sms", received_at)
    log.info(
        "satisfaction %d recorded for %s from %s", answer.score, repair.reference, caller.masked
    )
    return (
        f"Thank you. We have recorded {answer.score} out of 5 for repair {repair.reference}. "
        f"Need anything else? Text us or ring {current_app.config['LANDLORD_PHONE']}."
    )


@bp.post("/status")
def message_status():
    """Twilio's delivery report for a message we sent (queued, sent, delivered, failed...)."""
    from telephony.notifications import record_provider_status

    session = get_session()
    record_provider_status(
        session,
        request.form.get("MessageSid", ""),
        request.form.get("MessageStatus", ""),
        request.form.get("ErrorCode"),
    )
    session.commit()
    return Response(status=204)


@bp.errorhandler(Exception)
def unexpected_error(error: Exception):
    """Whatever broke, the tenant still gets the numbers to ring (Twilio would send nothing)."""
    if isinstance(error, HTTPException):
        return error
    log.exception("SMS webhook failed; answered with the fallback")
    return twiml_response(split_sms([fallback_reply()]))
