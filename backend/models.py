"""The system of record: tenants, properties, repair reports, appointment slots and bookings, and
the repairs desk's own records (operatives and contractors, notes, visits)."""

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
    # The repairs desk (issue 13): who is doing the job, why it was closed without being done,
    # what the assistant first made of it, and the address an unmatched reporter gave.
    operative_id: Mapped[int | None] = mapped_column(ForeignKey("operatives.id"), index=True)
    assigned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closure_reason: Mapped[str | None] = mapped_column(String(20))  # duplicate, withdrawn, ...
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("repairs.id"))
    # The category and tier before the first re-triage (original_target_by keeps the target).
    original_category: Mapped[str | None] = mapped_column(String(40))
    original_tier: Mapped[str | None] = mapped_column(String(40))
    retriaged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    given_name: Mapped[str | None] = mapped_column(String(120))
    given_address: Mapped[str | None] = mapped_column(String(200))
    # A complaint logged by staff from a job (issue 14): the job the tenant is dissatisfied with.
    complaint_about_id: Mapped[int | None] = mapped_column(ForeignKey("repairs.id"))

    tenant: Mapped[Tenant | None] = relationship(back_populates="repairs")
    home: Mapped[Property | None] = relationship()
    operative: Mapped[Operative | None] = relationship()
    duplicate_of: Mapped[RepairReport | None] = relationship(
        remote_side=[id], foreign_keys=[duplicate_of_id]
    )
    complaint_about: Mapped[RepairReport | None] = relationship(
        remote_side=[id], foreign_keys=[complaint_about_id]
    )
    notes: Mapped[list[RepairNote]] = relationship(
        back_populates="repair", order_by="RepairNote.id", cascade="all, delete-orphan"
    )
    visit_records: Mapped[list[Visit]] = relationship(
        back_populates="repair",
        order_by="Visit.visited_at",
        cascade="all, delete-orphan",
        foreign_keys="Visit.repair_id",
    )
    status_history: Mapped[list[StatusChange]] = relationship(
        back_populates="repair", order_by="StatusChange.id", cascade="all, delete-orphan"
    )
    bookings: Mapped[list[Booking]] = relationship(
        back_populates="repair", order_by="Booking.id", cascade="all, delete-orphan"
    )
    # Photos by link (issue 14). Deleting a report deletes its rows; the retention job then
    # deletes the stored files no row names any more (backend/retention.py).
    photos: Mapped[list[RepairPhoto]] = relationship(
        back_populates="repair", order_by="RepairPhoto.id", cascade="all, delete-orphan"
    )
    photo_links: Mapped[list[PhotoLink]] = relationship(
        back_populates="repair", cascade="all, delete-orphan"
    )
    satisfaction: Mapped[SatisfactionAnswer | None] = relationship(
        back_populates="repair", cascade="all, delete-orphan"
    )
    # Awaab's Law: the attempts made to get into the home (issue 14).
    access_attempts: Mapped[list[AccessAttemptRecord]] = relationship(
        back_populates="repair",
        order_by="AccessAttemptRecord.attempted_at",
        cascade="all, delete-orphan",
    )

    @property
    def active_booking(self) -> Booking | None:
        return next((b for b in self.bookings if b.status == "active"), None)


class Operative(Base):
    """Someone who does the work: one of our operatives, or a contractor firm, and its trades."""

    __tablename__ = "operatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(12), default="operative")  # operative, contractor
    trades: Mapped[list[str]] = mapped_column(JSON, default=list)
    phone: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)


class RepairNote(Base):
    __tablename__ = "repair_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    repair_id: Mapped[int] = mapped_column(ForeignKey("repairs.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    written_by: Mapped[str] = mapped_column(String(80))
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    repair: Mapped[RepairReport] = relationship(back_populates="notes")


class Visit(Base):
    """A visit as it happened: its real time (not when it was typed in), its outcome and who
    recorded it."""

    __tablename__ = "repair_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    repair_id: Mapped[int] = mapped_column(ForeignKey("repairs.id"), index=True)
    operative_id: Mapped[int | None] = mapped_column(ForeignKey("operatives.id"))
    visited_at: Mapped[datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(
        String(20)
    )  # fixed, made_safe, no_access, follow_on_needed
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    follow_on_booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"))
    # What an Awaab's Law investigation (the first visit that got in) found, in staff's words.
    findings: Mapped[str | None] = mapped_column(Text)

    repair: Mapped[RepairReport] = relationship(back_populates="visit_records")
    operative: Mapped[Operative | None] = relationship()
    follow_on_booking: Mapped[Booking | None] = relationship()


class AccessAttemptRecord(Base):
    """An attempt to get into the home (Awaab's Law): when, by what means (ACCESS_MEANS in
    backend/domain/clocks.py), a short note, and who recorded it."""

    __tablename__ = "access_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    repair_id: Mapped[int] = mapped_column(ForeignKey("repairs.id"), index=True)
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    means: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    repair: Mapped[RepairReport] = relationship(back_populates="access_attempts")


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
    # active, moved, cancelled, visited (a visit was recorded against it)
    status: Mapped[str] = mapped_column(String(20), default="active")
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
    status: Mapped[str] = mapped_column(String(20), default="open")  # open, done
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Who rang back, when, and what came of it (the desk's call-back queue, issue 13).
    handled_by: Mapped[str | None] = mapped_column(String(80))
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(Text)


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


class PhotoLink(Base):
    """An upload link for one report's photos, valid 7 days (backend/domain/photos.py). Only a
    hash of its token is kept: the link itself is in the tenant's text and nowhere else."""

    __tablename__ = "photo_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    repair_id: Mapped[int] = mapped_column(ForeignKey("repairs.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)

    repair: Mapped[RepairReport] = relationship(back_populates="photo_links")


class RepairPhoto(Base):
    """A photo a tenant sent, re-encoded as JPEG without its metadata; the bytes are in the photo
    storage (backend/photo_storage.py: a folder or a bucket) under `storage_key`, its thumbnail
    under `thumbnail_key`."""

    __tablename__ = "photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    repair_id: Mapped[int] = mapped_column(ForeignKey("repairs.id"), index=True)
    storage_key: Mapped[str] = mapped_column(String(200), unique=True)
    thumbnail_key: Mapped[str] = mapped_column(String(200), unique=True)
    original_format: Mapped[str] = mapped_column(String(10))  # JPEG, PNG, HEIF
    width: Mapped[int] = mapped_column()
    height: Mapped[int] = mapped_column()
    size_bytes: Mapped[int] = mapped_column()  # of the stored JPEG
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    repair: Mapped[RepairReport] = relationship(back_populates="photos")


class SatisfactionAnswer(Base):
    """The tenant's answer to "How satisfied are you with the repair, 1 to 5?", asked once by text
    when the job is completed (one per job)."""

    __tablename__ = "satisfaction_answers"

    repair_id: Mapped[int] = mapped_column(ForeignKey("repairs.id"), primary_key=True)
    score: Mapped[int] = mapped_column()
    comment: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(10), default="sms")
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    repair: Mapped[RepairReport] = relationship(back_populates="satisfaction")
