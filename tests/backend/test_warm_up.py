"""What a production server does before its first request (backend/gunicorn_common.py): the
statements compiled once in the arbiter, and each worker's pool opened. Neither changes a row."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from backend.db import Base, open_connections, warm_up


@pytest.fixture
def engine(database, engines):
    return engines(database)


def row_counts(engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table.name: connection.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
        }


def test_warming_up_loads_every_model_and_table_and_changes_nothing(engine):
    before = row_counts(engine)
    warm_up(engine)
    assert row_counts(engine) == before


def test_opening_the_pool_ahead_leaves_the_connections_idle_in_it(engine):
    if engine.dialect.name == "sqlite":
        pytest.skip("one file and no server processes to start: nothing is opened ahead")
    open_connections(engine, 3)
    assert engine.pool.checkedin() >= 3
    assert engine.pool.checkedout() == 0
