"""Awaab's Law and the complaint code on the desk (issue 14): access attempts to get into a home,
what an investigation visit found, and the job a complaint logged by staff is about

Revision ID: 0006
Revises: 0005
Created: 2026-11-30 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import backend.db

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

UTC = backend.db.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "access_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("repair_id", sa.Integer(), nullable=False),
        sa.Column("attempted_at", UTC, nullable=False),
        sa.Column("means", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.Column("recorded_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["repair_id"], ["repairs.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_access_attempts_repair_id"), "access_attempts", ["repair_id"], unique=False
    )
    with op.batch_alter_table("repair_visits") as batch_op:
        batch_op.add_column(sa.Column("findings", sa.Text(), nullable=True))
    with op.batch_alter_table("repairs") as batch_op:
        batch_op.add_column(sa.Column("complaint_about_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_repairs_complaint_about_id", "repairs", ["complaint_about_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("repairs") as batch_op:
        batch_op.drop_constraint("fk_repairs_complaint_about_id", type_="foreignkey")
        batch_op.drop_column("complaint_about_id")
    with op.batch_alter_table("repair_visits") as batch_op:
        batch_op.drop_column("findings")
    op.drop_index(op.f("ix_access_attempts_repair_id"), table_name="access_attempts")
    op.drop_table("access_attempts")
