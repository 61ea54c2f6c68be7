"""The repairs desk (issue 13): operatives and contractors, notes, visits, and on each report its
assignment, closure reason, duplicate link, first triage and the address an unmatched reporter
gave; who handled a call-back request, when, and its outcome

Revision ID: 0004
Revises: 0003
Created: 2026-11-30 16:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import backend.db

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

UTC = backend.db.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "operatives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("trades", sa.JSON(), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "repair_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("repair_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_by", sa.String(length=80), nullable=False),
        sa.Column("written_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["repair_id"], ["repairs.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_repair_notes_repair_id"), "repair_notes", ["repair_id"], unique=False)
    op.create_table(
        "repair_visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("repair_id", sa.Integer(), nullable=False),
        sa.Column("operative_id", sa.Integer(), nullable=True),
        sa.Column("visited_at", UTC, nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.Column("recorded_at", UTC, nullable=False),
        sa.Column("follow_on_booking_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["follow_on_booking_id"], ["bookings.id"]),
        sa.ForeignKeyConstraint(["operative_id"], ["operatives.id"]),
        sa.ForeignKeyConstraint(["repair_id"], ["repairs.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_repair_visits_repair_id"), "repair_visits", ["repair_id"], unique=False
    )
    with op.batch_alter_table("repairs") as batch_op:
        batch_op.add_column(sa.Column("operative_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("assigned_at", UTC, nullable=True))
        batch_op.add_column(sa.Column("closure_reason", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("duplicate_of_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("original_category", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("original_tier", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("retriaged_at", UTC, nullable=True))
        batch_op.add_column(sa.Column("given_name", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("given_address", sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f("ix_repairs_operative_id"), ["operative_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_repairs_operative_id", "operatives", ["operative_id"], ["id"]
        )
        batch_op.create_foreign_key(
            "fk_repairs_duplicate_of_id", "repairs", ["duplicate_of_id"], ["id"]
        )
    # Nobody was ever dispatched by the old "operative_dispatched" an emergency got when reported:
    # until the desk assigns someone, it awaits dispatch.
    op.execute(
        sa.text(
            "UPDATE repairs SET status = 'awaiting_dispatch' "
            "WHERE status = 'operative_dispatched' AND operative_id IS NULL"
        )
    )
    with op.batch_alter_table("callback_requests") as batch_op:
        batch_op.add_column(sa.Column("handled_by", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("handled_at", UTC, nullable=True))
        batch_op.add_column(sa.Column("outcome", sa.Text(), nullable=True))


def downgrade() -> None:
    op.execute(
        sa.text(
            "UPDATE repairs SET status = 'operative_dispatched' WHERE status = 'awaiting_dispatch'"
        )
    )
    # The desk's other statuses were unknown before: the nearest that was known.
    op.execute(
        sa.text(
            "UPDATE repairs SET status = 'attended' "
            "WHERE status IN ('no_access', 'follow_on_needed')"
        )
    )
    with op.batch_alter_table("callback_requests") as batch_op:
        for column in ("outcome", "handled_at", "handled_by"):
            batch_op.drop_column(column)
    with op.batch_alter_table("repairs") as batch_op:
        batch_op.drop_constraint("fk_repairs_duplicate_of_id", type_="foreignkey")
        batch_op.drop_constraint("fk_repairs_operative_id", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_repairs_operative_id"))
        for column in (
            "given_address",
            "given_name",
            "retriaged_at",
            "original_tier",
            "original_category",
            "duplicate_of_id",
            "closure_reason",
            "assigned_at",
            "operative_id",
        ):
            batch_op.drop_column(column)
    op.drop_index(op.f("ix_repair_visits_repair_id"), table_name="repair_visits")
    op.drop_table("repair_visits")
    op.drop_index(op.f("ix_repair_notes_repair_id"), table_name="repair_notes")
    op.drop_table("repair_notes")
    op.drop_table("operatives")
