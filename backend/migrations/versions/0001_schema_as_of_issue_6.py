"""The schema as of issue 6

Revision ID: 0001
Revises:
Created: 2026-11-22 07:52:40.176593
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import backend.db

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversation_turns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.String(length=100), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_conversation_turns_conversation_id"),
        "conversation_turns",
        ["conversation_id"],
        unique=False,
    )
    op.create_table(
        "inbound_sms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_sid", sa.String(length=64), nullable=False),
        sa.Column("conversation_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reply", sa.JSON(), nullable=True),
        sa.Column("received_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("answered_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_sid"),
    )
    op.create_index(
        op.f("ix_inbound_sms_conversation_id"), "inbound_sms", ["conversation_id"], unique=False
    )
    op.create_table(
        "phone_call_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_sid", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("duration_seconds", sa.Integer(), nullable=True),
        sa.Column("received_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_phone_call_events_call_sid"), "phone_call_events", ["call_sid"], unique=False
    )
    op.create_table(
        "phone_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_sid", sa.String(length=64), nullable=False),
        sa.Column("conversation_id", sa.String(length=64), nullable=False),
        sa.Column("direction", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("duration_seconds", sa.Integer(), nullable=True),
        sa.Column("silences", sa.Integer(), nullable=False),
        sa.Column("last_prompt", sa.Text(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("transferred_to", sa.String(length=20), nullable=True),
        sa.Column("started_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ended_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("call_sid"),
    )
    op.create_index(
        op.f("ix_phone_calls_conversation_id"), "phone_calls", ["conversation_id"], unique=False
    )
    op.create_table(
        "phone_conversations",
        sa.Column("conversation_id", sa.String(length=64), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("sms_options", sa.JSON(), nullable=False),
        sa.Column("sms_options_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("conversation_id"),
    )
    op.create_index(
        op.f("ix_phone_conversations_phone"), "phone_conversations", ["phone"], unique=False
    )
    op.create_table(
        "properties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("door_number", sa.String(length=20), nullable=False),
        sa.Column("street", sa.String(length=120), nullable=False),
        sa.Column("town", sa.String(length=80), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("toilets", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_properties_postcode"), "properties", ["postcode"], unique=False)
    op.create_table(
        "slots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("window", sa.String(length=10), nullable=False),
        sa.Column("trade", sa.String(length=40), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("booked", sa.Integer(), nullable=False),
        sa.CheckConstraint("booked >= 0 AND booked <= capacity", name="ck_slot_capacity"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("day", "window", "trade", name="uq_slot"),
    )
    op.create_index(op.f("ix_slots_day"), "slots", ["day"], unique=False)
    op.create_index(op.f("ix_slots_trade"), "slots", ["trade"], unique=False)
    op.create_table(
        "sms_opt_outs",
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("opted_out_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("phone"),
    )
    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_signed_in_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "tenants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("preferred_contact", sa.String(length=10), nullable=False),
        sa.Column("disability_or_health_problem", sa.Boolean(), nullable=False),
        sa.Column("aged_65_or_over", sa.Boolean(), nullable=False),
        sa.Column("single_parent_with_disabled_child", sa.Boolean(), nullable=False),
        sa.Column("property_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["properties.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("phone"),
    )
    op.create_table(
        "callback_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("conversation_id", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "repairs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=True),
        sa.Column("property_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("category_label", sa.String(length=80), nullable=False),
        sa.Column("tier", sa.String(length=40), nullable=False),
        sa.Column("priority_label", sa.String(length=80), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("trade", sa.String(length=40), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("reported_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("target_by", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("original_target_by", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("target_description", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("emergency", sa.Boolean(), nullable=False),
        sa.Column("bookable", sa.Boolean(), nullable=False),
        sa.Column("needs_recharge_agreement", sa.Boolean(), nullable=False),
        sa.Column("recharge_agreed", sa.Boolean(), nullable=False),
        sa.Column("vulnerable", sa.Boolean(), nullable=False),
        sa.Column("contact_phone", sa.String(length=20), nullable=True),
        sa.Column("conversation_id", sa.String(length=100), nullable=True),
        sa.Column("idempotency_key", sa.String(length=200), nullable=True),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("created_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("completed_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["properties.id"],
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("idempotency_key"),
        sa.UniqueConstraint("reference"),
    )
    op.create_index(op.f("ix_repairs_category"), "repairs", ["category"], unique=False)
    op.create_index(op.f("ix_repairs_channel"), "repairs", ["channel"], unique=False)
    op.create_index(
        op.f("ix_repairs_conversation_id"), "repairs", ["conversation_id"], unique=False
    )
    op.create_index(op.f("ix_repairs_status"), "repairs", ["status"], unique=False)
    op.create_index(op.f("ix_repairs_target_by"), "repairs", ["target_by"], unique=False)
    op.create_index(op.f("ix_repairs_tenant_id"), "repairs", ["tenant_id"], unique=False)
    op.create_index(op.f("ix_repairs_tier"), "repairs", ["tier"], unique=False)
    op.create_table(
        "bookings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("repair_id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("idempotency_key", sa.String(length=200), nullable=True),
        sa.Column("created_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ended_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["repair_id"],
            ["repairs.id"],
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"],
            ["slots.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("idempotency_key"),
    )
    op.create_index(op.f("ix_bookings_repair_id"), "bookings", ["repair_id"], unique=False)
    op.create_index(op.f("ix_bookings_slot_id"), "bookings", ["slot_id"], unique=False)
    op.create_index(
        "uq_active_booking_per_repair",
        "bookings",
        ["repair_id"],
        unique=True,
        sqlite_where=sa.text("status = 'active'"),
        postgresql_where=sa.text("status = 'active'"),
    )
    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("repair_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.String(length=80), nullable=False),
        sa.Column("new_target_by", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("changed_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["repair_id"],
            ["repairs.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_status_changes_repair_id"), "status_changes", ["repair_id"], unique=False
    )
    op.create_table(
        "phone_notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("conversation_id", sa.String(length=64), nullable=True),
        sa.Column("repair_id", sa.Integer(), nullable=True),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("provider_sid", sa.String(length=64), nullable=True),
        sa.Column("error", sa.String(length=200), nullable=True),
        sa.Column("created_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["bookings.id"],
        ),
        sa.ForeignKeyConstraint(
            ["repair_id"],
            ["repairs.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_index(
        op.f("ix_phone_notifications_conversation_id"),
        "phone_notifications",
        ["conversation_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_phone_notifications_provider_sid"),
        "phone_notifications",
        ["provider_sid"],
        unique=False,
    )
    op.create_index(
        op.f("ix_phone_notifications_repair_id"), "phone_notifications", ["repair_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_phone_notifications_repair_id"), table_name="phone_notifications")
    op.drop_index(op.f("ix_phone_notifications_provider_sid"), table_name="phone_notifications")
    op.drop_index(op.f("ix_phone_notifications_conversation_id"), table_name="phone_notifications")
    op.drop_table("phone_notifications")
    op.drop_index(op.f("ix_status_changes_repair_id"), table_name="status_changes")
    op.drop_table("status_changes")
    op.drop_index(
        "uq_active_booking_per_repair",
        table_name="bookings",
        sqlite_where=sa.text("status = 'active'"),
        postgresql_where=sa.text("status = 'active'"),
    )
    op.drop_index(op.f("ix_bookings_slot_id"), table_name="bookings")
    op.drop_index(op.f("ix_bookings_repair_id"), table_name="bookings")
    op.drop_table("bookings")
    op.drop_index(op.f("ix_repairs_tier"), table_name="repairs")
    op.drop_index(op.f("ix_repairs_tenant_id"), table_name="repairs")
    op.drop_index(op.f("ix_repairs_target_by"), table_name="repairs")
    op.drop_index(op.f("ix_repairs_status"), table_name="repairs")
    op.drop_index(op.f("ix_repairs_conversation_id"), table_name="repairs")
    op.drop_index(op.f("ix_repairs_channel"), table_name="repairs")
    op.drop_index(op.f("ix_repairs_category"), table_name="repairs")
    op.drop_table("repairs")
    op.drop_table("callback_requests")
    op.drop_table("tenants")
    op.drop_table("staff_users")
    op.drop_table("sms_opt_outs")
    op.drop_index(op.f("ix_slots_trade"), table_name="slots")
    op.drop_index(op.f("ix_slots_day"), table_name="slots")
    op.drop_table("slots")
    op.drop_index(op.f("ix_properties_postcode"), table_name="properties")
    op.drop_table("properties")
    op.drop_index(op.f("ix_phone_conversations_phone"), table_name="phone_conversations")
    op.drop_table("phone_conversations")
    op.drop_index(op.f("ix_phone_calls_conversation_id"), table_name="phone_calls")
    op.drop_table("phone_calls")
    op.drop_index(op.f("ix_phone_call_events_call_sid"), table_name="phone_call_events")
    op.drop_table("phone_call_events")
    op.drop_index(op.f("ix_inbound_sms_conversation_id"), table_name="inbound_sms")
    op.drop_table("inbound_sms")
    op.drop_index(op.f("ix_conversation_turns_conversation_id"), table_name="conversation_turns")
    op.drop_table("conversation_turns")
