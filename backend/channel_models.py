"""What the channels keep in the records database: which number a conversation hash stands for,
opt-outs, the messages and calls Twilio told us about, and every notification sent (so none goes
out twice).

The schema is the records API's, one migration history for every table (backend/migrations);
the channel gateway (gateway/, telephony/) writes these rows through this module, and the records
API reads the few it needs (the number behind a conversation) without importing a channel."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.db import Base, UTCDateTime
from backend.models import utcnow


class PhoneConversation(Base):
    """A conversation hash (the id Rasa and the backend see) and the E.164 number behind it.

    Only this table holds the number, so that outbound messages and reports from numbers that
    belong to no tenant can still reach the person (see `phone_for_conversation`)."""

    __tablename__ = "phone_conversations"
    # backend.retention: forgotten once the number has not been seen for the retention period.
    __retention__ = "conversation"
    __retention_column__ = "last_seen_at"

    conversation_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    phone: Mapped[str] = mapped_column(String(20), index=True)
    # The numbered options of the last SMS reply: a reply of "1" or the option's words picks one.
    sms_options: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    sms_options_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SmsOptOut(Base):
    """A number that texted STOP: no notifications of any kind until it texts START."""

    __tablename__ = "sms_opt_outs"
    # Not under backend.retention: an opt-out lasts until the number texts START.

    phone: Mapped[str] = mapped_column(String(20), primary_key=True)
    opted_out_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class InboundSms(Base):
    """One row per Twilio MessageSid, so a retried webhook replays the stored reply instead of
    starting a second conversation turn."""

    __tablename__ = "inbound_sms"
    __retention__ = "conversation"
    __retention_column__ = "received_at"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_sid: Mapped[str] = mapped_column(String(64), unique=True)
    conversation_id: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(12), default="processing")  # processing, answered
    reply: Mapped[list[str] | None] = mapped_column(JSON)  # the SMS bodies sent back
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PhoneCall(Base):
    """A call, inbound (a tenant ringing) or outbound (a notification read out)."""

    __tablename__ = "phone_calls"
    __retention__ = "conversation"
    __retention_column__ = "started_at"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_sid: Mapped[str] = mapped_column(String(64), unique=True)
    conversation_id: Mapped[str] = mapped_column(String(64), index=True)
    direction: Mapped[str] = mapped_column(String(20), default="inbound")
    status: Mapped[str] = mapped_column(String(20), default="ringing")
    duration_seconds: Mapped[int | None] = mapped_column()
    # How many times in a row the caller said nothing: reprompt, then offer the service line.
    silences: Mapped[int] = mapped_column(default=0)
    last_prompt: Mapped[str] = mapped_column(Text, default="")
    options: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    transferred_to: Mapped[str | None] = mapped_column(String(20))  # emergency, customer_service
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class VoiceGather(Base):
    """One row per answer to a <Gather>: the CallSid and the turn number its action URL carries
    (telephony.voice). A retried or replayed /gather finds its row and gets the reply already
    given, instead of becoming a second conversation turn."""

    __tablename__ = "voice_gathers"
    __table_args__ = (UniqueConstraint("call_sid", "turn", name="uq_voice_gathers_call_turn"),)
    __retention__ = "conversation"
    __retention_column__ = "received_at"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_sid: Mapped[str] = mapped_column(String(64))
    turn: Mapped[int] = mapped_column()
    status: Mapped[str] = mapped_column(String(12), default="processing")  # processing, answered
    reply: Mapped[str | None] = mapped_column(Text)  # the TwiML sent back
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PhoneCallEvent(Base):
    """Each status callback as Twilio sent it (ringing, in-progress, completed, no-answer...)."""

    __tablename__ = "phone_call_events"
    __retention__ = "conversation"
    __retention_column__ = "received_at"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_sid: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(20))
    duration_seconds: Mapped[int | None] = mapped_column()
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Notification(Base):
    """A text or call to a tenant. The unique key (e.g. "reminder:booking:12") makes every kind of
    notification idempotent: a second event or a second reminder run finds it already there."""

    __tablename__ = "phone_notifications"
    __retention__ = "conversation"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    channel: Mapped[str] = mapped_column(String(10))  # sms, call
    conversation_id: Mapped[str | None] = mapped_column(String(64), index=True)
    repair_id: Mapped[int | None] = mapped_column(ForeignKey("repairs.id"), index=True)
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"))
    body: Mapped[str] = mapped_column(Text)
    # queued, sent, failed, opted_out, no_phone, on_call (told on the call), then Twilio's own
    status: Mapped[str] = mapped_column(String(20), default="queued")
    provider_sid: Mapped[str | None] = mapped_column(String(64), index=True)
    error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
