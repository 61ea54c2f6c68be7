"""Alembic's environment for the backend's schema (run through `python -m backend.migrate`).

The connection comes from `backend.migrate`, so the URL, engine options and SQLite pragmas are the
app's own. On PostgreSQL an advisory lock is held for the run: several backend pods starting at
once migrate one after the other, and the later ones find nothing left to do.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from backend.migrate import target_metadata

# Any fixed 64-bit number, the same for every process of this application.
MIGRATION_LOCK_ID = 7_305_117_001

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=target_metadata(),
    # SQLite cannot ALTER most things in place: Alembic copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
if connection.dialect.name == "postgresql":
    connection.execute(text("SELECT pg_advisory_lock(:id)"), {"id": MIGRATION_LOCK_ID})
try:
    with context.begin_transaction():
        context.run_migrations()
finally:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": MIGRATION_LOCK_ID})
        connection.commit()
