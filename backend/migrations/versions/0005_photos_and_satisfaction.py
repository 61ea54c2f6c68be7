"""Photos by link and satisfaction after the work (issue 14): upload links (token hashes), the
photos' records (their bytes are in the photo storage) and the tenants' satisfaction answers

Revision ID: 0005
Revises: 0004
Created: 2026-11-30 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import backend.db

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

UTC = backend.db.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "photo_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("repair_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("issued_at", UTC, nullable=False),
        sa.Column("expires_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["repair_id"], ["repairs.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index(op.f("ix_photo_links_repair_id"), "photo_links", ["repair_id"], unique=False)
    op.create_table(
        "photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("repair_id", sa.Integer(), nullable=False),
        sa.Column("storage_key", sa.String(length=200), nullable=False),
        sa.Column("thumbnail_key", sa.String(length=200), nullable=False),
        sa.Column("original_format", sa.String(length=10), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("uploaded_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["repair_id"], ["repairs.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("storage_key"),
        sa.UniqueConstraint("thumbnail_key"),
    )
    op.create_index(op.f("ix_photos_repair_id"), "photos", ["repair_id"], unique=False)
    op.create_table(
        "satisfaction_answers",
        sa.Column("repair_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("answered_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["repair_id"], ["repairs.id"]),
        sa.PrimaryKeyConstraint("repair_id"),
    )


def downgrade() -> None:
    # The photos' files stay in the photo storage: the retention job deletes files no row names
    # only while the table exists, so delete the folder (or bucket) by hand after a downgrade.
    op.drop_table("satisfaction_answers")
    op.drop_index(op.f("ix_photos_repair_id"), table_name="photos")
    op.drop_table("photos")
    op.drop_index(op.f("ix_photo_links_repair_id"), table_name="photo_links")
    op.drop_table("photo_links")
