"""Database engine and the one-session-per-request lifecycle. Domain code never opens sessions."""

from __future__ import annotations

from datetime import datetime, timezone

from flask import Flask, current_app, g
from sqlalchemy import DateTime, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.pool import StaticPool
from sqlalchemy.types import TypeDecorator
from werkzeug.routing import IntegerConverter


class Base(DeclarativeBase):
    pass


class UTCDateTime(TypeDecorator):
    """Aware datetimes stored as UTC and read back as aware UTC (SQLite keeps no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        in_memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            poolclass=StaticPool if in_memory else None,
            hide_parameters=True,
        )
        _make_sqlite_transactions_real(engine)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    # hide_parameters: an error about a statement must not quote its values (phone numbers).
    return create_engine(
        url, pool_pre_ping=True, pool_size=10, max_overflow=20, hide_parameters=True
    )


def _make_sqlite_transactions_real(engine: Engine) -> None:
    # pysqlite defers BEGIN and breaks SAVEPOINT; SQLAlchemy's documented fix: begin explicitly,
    # and take the write lock at once (IMMEDIATE) so concurrent bookings queue instead of failing.
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
        dbapi_connection.execute("PRAGMA busy_timeout=30000")
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        # With WAL, NORMAL syncs at checkpoints: a power cut may lose the last commits, never
        # corrupt the file; that halves the cost of every commit on the embedded default.
        dbapi_connection.execute("PRAGMA synchronous=NORMAL")

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


class IdConverter(IntegerConverter):
    """`<int:...>` in a URL: at most 9 digits, which PostgreSQL's INTEGER ids hold. A longer
    number matches no route, a 404 whatever the method, rather than failing in the driver. (A
    bound by regex, not by value: werkzeug answers a value refused by a converter with a 405.)"""

    regex = r"\d{1,9}"


def init_app(app: Flask) -> None:
    # Before any blueprint adds its routes, so that every <int:...> is bounded.
    app.url_map.converters["int"] = IdConverter
    connection = app.config.get("DB_CONNECTION")
    engine = (
        connection.engine if connection is not None else make_engine(app.config["DATABASE_URL"])
    )
    if connection is not None:
        # Tests join an outer transaction that they roll back at teardown.
        factory = sessionmaker(
            bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
        )
    else:
        factory = sessionmaker(bind=engine, expire_on_commit=False)
        if app.config.get("AUTO_CREATE_SCHEMA", True):
            import backend.channel_models
            import backend.models  # noqa: F401

            Base.metadata.create_all(engine)
    app.extensions["db_engine"] = engine
    app.extensions["db_session_factory"] = factory
    app.teardown_appcontext(_close_session)


def get_session() -> Session:
    """The current request's session; the request handler commits it."""
    if "db_session" not in g:
        g.db_session = current_app.extensions["db_session_factory"]()
    return g.db_session


def _close_session(_exc: BaseException | None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.close()
