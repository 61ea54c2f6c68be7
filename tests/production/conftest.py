"""What the production-profile tests share: PostgreSQL databases of their own (created and
dropped here, never the shared `test` database's tables), free loopback ports, and processes
started in their own process groups and always stopped."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests import stack_support as support
from tests.stack_support import stop_process as stop

ROOT = Path(__file__).resolve().parents[2]
POSTGRES_URL = os.environ.get("TEST_DATABASE_URL")
REDIS_URL = os.environ.get("TEST_REDIS_URL")

needs_postgres = [
    pytest.mark.postgres,
    pytest.mark.skipif(not POSTGRES_URL, reason="TEST_DATABASE_URL is not set"),
]
needs_redis = [
    pytest.mark.redis,
    pytest.mark.skipif(not REDIS_URL, reason="TEST_REDIS_URL is not set"),
]


def database_url(name: str) -> str:
    """TEST_DATABASE_URL's server, another database."""
    return POSTGRES_URL.rsplit("/", 1)[0] + "/" + name


def _admin():
    url = POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://", 1)
    return create_engine(url, isolation_level="AUTOCOMMIT")


def recreate_database(name: str) -> str:
    admin = _admin()
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return database_url(name)


def drop_database(name: str) -> None:
    admin = _admin()
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def postgres_database():
    """A factory: `postgres_database("repairs_x_test")` -> URL of a new, empty database, dropped
    at teardown."""
    made: list[str] = []

    def make(name: str) -> str:
        made.append(name)
        return recreate_database(name)

    yield make
    for name in made:
        drop_database(name)


def wait_until_up(url: str, process: subprocess.Popen, timeout: float, log_path: Path) -> None:
    """Any answer below 500 means the server is listening."""
    support.wait_until_up(
        url, process, time.monotonic() + timeout, log_path, ready=lambda status: status < 500
    )


@contextmanager
def running(processes: list[subprocess.Popen]) -> Iterator[list[subprocess.Popen]]:
    """Stops every process in the list on the way out, whatever happened."""
    try:
        yield processes
    finally:
        for process in reversed(processes):
            stop(process)
