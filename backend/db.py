"""Database engine and the one-session-per-request lifecycle. Domain code never opens sessions."""

from __future__ import annotations

from datetime import datetime, timezone

from flask import Flask, current_app, g
from sqlalchemy import DateTime, create_engine, event, select
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


# Connections a process keeps open between requests (PostgreSQL); a burst may open 20 more.
POOL_SIZE = 10


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
        url, pool_pre_ping=True, pool_size=POOL_SIZE, max_overflow=20, hide_parameters=True
    )


def warm_up(engine: Engine) -> None:
    """Pays once, before the first tenant, what a new process otherwise pays on its first
    requests: each model's load by primary key and a read of each table, compiled (SQLAlchemy
    keeps the compiled SQL per process, and gunicorn's workers, forked after this, inherit it).
    In a storm right after a start, fifty first texts paid it in every worker at once."""
    _import_models()
    with Session(engine) as session:
        for mapper in Base.registry.mappers:
            key = [_absent_key(column) for column in mapper.primary_key]
            session.get(mapper.class_, key[0] if len(key) == 1 else tuple(key))
        for table in Base.metadata.sorted_tables:
            session.execute(select(table).limit(0)).all()


def open_connections(engine: Engine, count: int) -> None:
    """Opens up to `count` pooled connections, each having read every table once, so that a
    burst of requests neither waits for connections nor meets database server processes that
    have not yet loaded the tables' descriptions (PostgreSQL does that per connection)."""
    if engine.dialect.name == "sqlite":
        return
    _import_models()
    opened = [engine.connect() for _ in range(count)]
    try:
        for connection in opened:
            for table in Base.metadata.sorted_tables:
                connection.execute(select(table).limit(0)).all()
            connection.rollback()
    finally:
        for connection in opened:
            connection.close()


def _absent_key(column) -> object:
    # A key no row has: only the lookup's SQL matters.
    try:
        return column.type.python_type(0) if column.type.python_type is not str else ""
    except NotImplementedError:
        return 0


def _import_models() -> None:
    import backend.channel_models
    import backend.models  # noqa: F401


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
            _import_models()
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
