"""Fixtures shared by every test of the two apps (the records API, `app`, and the channel gateway,
`gateway_app`, on one database): on SQLite and, when TEST_DATABASE_URL is set, the same tests again
on PostgreSQL. Each test runs inside a transaction rolled back at teardown
(SQLAlchemy's "joining a session into an external transaction" recipe)."""

from __future__ import annotations

import os
from datetime import date, datetime, timezone

import pytest

import backend.channel_models
import backend.models  # noqa: F401
import gateway
from backend import create_app
from backend.db import Base, get_session, make_engine
from backend.seed import seed_demo
from gateway.config import for_tests

API_TOKEN = "test-token"
# Tuesday 8 December 2026, 09:00 in London: in the heating season, a working day.
NOW = datetime(2026, 12, 8, 9, 0, tzinfo=timezone.utc)
POSTGRES_URL = os.environ.get("TEST_DATABASE_URL")

DATABASES = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not POSTGRES_URL, reason="TEST_DATABASE_URL is not set"),
        ],
    ),
]


@pytest.fixture(scope="session")
def engines():
    made = {}

    def get(kind: str):
        if kind not in made:
            engine = make_engine("sqlite://" if kind == "sqlite" else POSTGRES_URL)
            Base.metadata.drop_all(engine)
            Base.metadata.create_all(engine)
            made[kind] = engine
        return made[kind]

    yield get
    for engine in made.values():
        engine.dispose()


@pytest.fixture(params=DATABASES)
def database(request) -> str:
    return request.param


@pytest.fixture
def connection(engines, database):
    conn = engines(database).connect()
    outer = conn.begin()
    yield conn
    outer.rollback()
    conn.close()


@pytest.fixture
def clock():
    """The time the app believes it is; tests move it by setting clock.now."""

    class Clock:
        now = NOW

        def __call__(self) -> datetime:
            return self.now

    return Clock()


@pytest.fixture
def app_config(connection, clock) -> dict:
    """One configuration for both apps (the gateway's is a superset of the records API's), with
    the texts and calls plugged into the records API as `make run` does."""
    return {
        **for_tests(),
        "RECORDS_EXTENSIONS": ["telephony.outbound"],
        "DB_CONNECTION": connection,
        "CLOCK": clock,
    }


@pytest.fixture
def records_app(app_config):
    """The records API (/api, /staff), with the demo landlord seeded."""
    application = create_app(app_config)
    with application.app_context():
        session = get_session()
        seed_demo(session, date(2026, 12, 8))
        session.commit()
    return application


@pytest.fixture
def app(records_app):
    """The app a test is about: the records API here; tests/telephony and tests/gateway make it
    the gateway."""
    return records_app


@pytest.fixture
def gateway_app(records_app, app_config):
    """The channel gateway (/twilio, the web chat), on the records API's database."""
    return gateway.create_app(app_config)


@pytest.fixture
def session(app):
    with app.app_context():
        yield get_session()


@pytest.fixture
def client(app):
    return app.test_client()


class Api:
    """The test client with the API token, so tests read as the calls the assistant makes."""

    def __init__(self, client):
        self.client = client
        self.headers = {"Authorization": f"Bearer {API_TOKEN}"}

    def _call(self, method, url, headers=None, **kwargs):
        return getattr(self.client, method)(
            url, headers={**self.headers, **(headers or {})}, **kwargs
        )

    def get(self, url, **kwargs):
        return self._call("get", url, **kwargs)

    def post(self, url, **kwargs):
        return self._call("post", url, **kwargs)

    def patch(self, url, **kwargs):
        return self._call("patch", url, **kwargs)

    def delete(self, url, **kwargs):
        return self._call("delete", url, **kwargs)


@pytest.fixture
def api(client) -> Api:
    return Api(client)


@pytest.fixture
def tenant_ids(app) -> dict[str, int]:
    """Demo tenants' ids by first name (PostgreSQL sequences do not rewind with a rollback)."""
    from sqlalchemy import select

    from backend.models import Tenant

    with app.app_context():
        return {t.first_name: t.id for t in get_session().scalars(select(Tenant))}
