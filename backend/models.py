"""The system of record: tenants, properties, repair reports, appointment slots and bookings."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backend.db import Base, UTCDateTime


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Property(Base):
    __tablename__ = "properties"

    id: Mapped[int] = mapped_column(primary_key=True)
    door_number: Mapped[str] = mapped_column(String(20))
    street: Mapped[str] = mapped_column(String(120))
    town: Mapped[str] = mapped_column(String(80))
    postcode: Mapped[str] = mapped_column(String(10), index=True)  # normalised: "RM3 7AB"
    toilets: Mapped[int] = mapped_column(default=1)

    tenants: Mapped[list[Tenant]] = relationship(back_populates="home")

    @property
    def address(self) -> str:
        return f"{self.door_number} {self.street}, {self.town} {self.postcode}"


class Tenant(Base):
    __tablename__ = "tenants"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(20), unique=True)  # E.164
    email: Mapped[str | None] = mapped_column(String(200))
    preferred_contact: Mapped[str] = mapped_column(String(10), default="sms")  # sms, call, email
    # Household circumstances the policy and the handyperson service use (shared/seeds/000, 002).
    disability_or_health_problem: Mapped[bool] = mapped_column(default=False)
    aged_65_or_over: Mapped[bool] = mapped_column(default=False)
    single_parent_with_disabled_child: Mapped[bool] = mapped_column(default=False)
    property_id: Mapped[int] = mapped_column(ForeignKey("properties.id"))

    home: Mapped[Property] = relationship(back_populates="tenants")
    repairs: Mapped[list[RepairReport]] = relationship(back_populates="tenant")

    @property
    def vulnerable(self) -> bool:
        return (
            self.disability_or_health_problem
            or self.aged_65_or_over
            or self.single_parent_with_disabled_child
        )


class RepairReport(Base):
    __tablename__ = "repairs"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    tenant_id: Mapped[int | None] = mapped_column(ForeignKey("tenants.id"), index=True)
    property_id: Mapped[int | None] = mapped_column(ForeignKey("properties.id"))
    category: Mapped[str] = mapped_column(String(40), index=True)
    category_label: Mapped[str] = mapped_column(String(80))
    tier: Mapped[str] = mapped_column(String(40), index=True)
    priority_label: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(Text)
    trade: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(10), index=True)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    target_by: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # The target set at the report; a delay moves target_by but RP02 is judged against this.
    original_target_by: Mapped[datetime] = mapped_column(UTCDateTime)
    target_description: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(30), default="reported", index=True)
    emergency: Mapped[bool] = mapped_column(default=False)
    bookable: Mapped[bool] = mapped_column(default=True)
    needs_recharge_agreement: Mapped[bool] = mapped_column(default=False)
    recharge_agreed: Mapped[bool] = mapped_column(default=False)
    vulnerable: Mapped[bool] = mapped_column(default=False)
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    conversation_id: Mapped[str | None] = mapped_column(String(100), index=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    visits: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    tenant: Mapped[Tenant | None] = relationship(back_populates="repairs")
    home: Mapped[Property | None] = relationship()
    status_history: Mapped[list[StatusChange]] = relationship(
        back_populates="repair", order_by="StatusChange.id", cascade="all, delete-orphan"
    )
    bookings: Mapped[list[Booking]] = relationship(
        back_populates="repair", order_by="Booking.id", cascade="all, delete-orphan"
    )

    @property
    def active_booking(self) -> Booking | None:
        return next((b for b in self.bookings if b.status == "active"), None)


class StatusChange(Base):
    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    repair_id: Mapped[int] = mapped_column(ForeignKey("repairs.id"), index=True)
    status: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    changed_by: Mapped[str] = mapped_column(String(80), default="system")
    new_target_by: Mapped[datetime | None] = mapped_column(UTCDateTime)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    repair: Mapped[RepairReport] = relationship(back_populates="status_history")


class Slot(Base):
    __tablename__ = "slots"
    __table_args__ = (
        UniqueConstraint("day", "window", "trade", name="uq_slot"),
        # The database itself refuses an overbooking, whatever the application does.
        CheckConstraint("booked >= 0 AND booked <= capacity", name="ck_slot_capacity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    window: Mapped[str] = mapped_column(String(10))  # am, pm, all_day
    trade: Mapped[str] = mapped_column(String(40), index=True)
    capacity: Mapped[int] = mapped_column(default=2)
    booked: Mapped[int] = mapped_column(default=0)


class Booking(Base):
    __tablename__ = "bookings"
    __table_args__ = (
        # One live appointment per repair: a change moves it, it never adds a second.
        Index(
            "uq_active_booking_per_repair",
            "repair_id",
            unique=True,
            sqlite_where=text("status = 'active'"),
            postgresql_where=text("status = 'active'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    repair_id: Mapped[int] = mapped_column(ForeignKey("repairs.id"), index=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("slots.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="active")  # active, moved, cancelled
    idempotency_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    repair: Mapped[RepairReport] = relationship(back_populates="bookings")
    slot: Mapped[Slot] = relationship()


class CallbackRequest(Base):
    __tablename__ = "callback_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[int | None] = mapped_column(ForeignKey("tenants.id"))
    phone: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(10))
    conversation_id: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ConversationTurn(Base):
    """What was said, kept by the channel relays so staff can read a report's transcript."""

    __tablename__ = "conversation_turns"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[str] = mapped_column(String(100), index=True)
    channel: Mapped[str] = mapped_column(String(10))
    direction: Mapped[str] = mapped_column(String(3))  # in, out
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OneTimeCode(Base):
    """A tenant's one-time code and its counters: one row per tenant, so the tries and the lock
    hold whatever the conversation, channel or address asking (backend/domain/one_time_code.py).
    The code itself is never stored: only a keyed hash of it."""

    __tablename__ = "one_time_codes"

    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    code_hash: Mapped[str | None] = mapped_column(String(64))
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failed_tries: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sends: Mapped[int] = mapped_column(default=0)
    sends_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
