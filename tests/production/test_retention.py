"""The retention job (UK GDPR storage limitation) on SQLite and PostgreSQL: transcripts,
call-back phone numbers, opted-in tables and Rasa's tracker events older than the period go;
everything newer, and the repairs themselves, stay."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, func, insert, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from backend import create_app
from backend.config import for_tests
from backend.db import UTCDateTime, get_session, make_engine
from backend.models import CallbackRequest, ConversationTurn, RepairReport
from backend.retention import (
    RETENTION_TAG,
    cutoff_for,
    opted_in_models,
    purge_records,
    purge_tracker_events,
    run,
)
from tests.production.conftest import ROOT, needs_postgres

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=timezone.utc)
DAYS = 90
CUTOFF = NOW - timedelta(days=DAYS)
OLD = CUTOFF - timedelta(hours=1)
RECENT = CUTOFF + timedelta(hours=1)


class ProbeBase(DeclarativeBase):
    """Tables standing for another layer's, kept out of the app's metadata."""


class OptedInNote(ProbeBase):
    __tablename__ = "retention_probe_notes"
    __retention__ = RETENTION_TAG

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(50))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class OptedInByLastSeen(ProbeBase):
    __tablename__ = "retention_probe_numbers"
    __retention__ = RETENTION_TAG
    __retention_column__ = "last_seen_at"

    key: Mapped[str] = mapped_column(String(20), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class KeptForever(ProbeBase):
    __tablename__ = "retention_probe_kept"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


def rasa_events_table(metadata: MetaData) -> Table:
    """The columns of Rasa 3.6's SQLTrackerStore `events` table."""
    return Table(
        "events",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("sender_id", String(255), nullable=False, index=True),
        Column("type_name", String(255), nullable=False),
        Column("timestamp", Float),
        Column("intent_name", String(255)),
        Column("action_name", String(255)),
        Column("data", Text),
    )


def add_turns(session, moment: datetime, count: int, conversation: str) -> None:
    for i in range(count):
        session.add(
            ConversationTurn(
                conversation_id=conversation,
                channel="sms",
                direction="in" if i % 2 == 0 else "out",
                text=f"turn {i}",
                created_at=moment,
            )
        )


def count(session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where))


def test_the_cutoff_is_the_retention_period_before_now():
    assert cutoff_for(NOW, 90) == datetime(2026, 9, 9, 9, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("days", [0, -5])
def test_a_retention_period_under_a_day_is_refused(days):
    with pytest.raises(ValueError, match="at least one day"):
        cutoff_for(NOW, days)


def test_only_models_that_opt_in_are_purged_and_a_bad_declaration_is_caught():
    assert opted_in_models(ProbeBase.registry) == [OptedInNote, OptedInByLastSeen]

    class BrokenBase(DeclarativeBase):
        pass

    class Misdeclared(BrokenBase):
        __tablename__ = "retention_probe_misdeclared"
        __retention__ = RETENTION_TAG

        id: Mapped[int] = mapped_column(primary_key=True)

    with pytest.raises(TypeError, match="Misdeclared opts into retention but has no"):
        opted_in_models(BrokenBase.registry)


def test_old_transcripts_and_callback_numbers_go_and_recent_ones_and_repairs_stay(
    session, connection, api
):
    ProbeBase.metadata.create_all(connection)
    reported = api.post(
        "/api/repairs",
        json={"category": "tap", "channel": "sms", "reported_at": OLD.isoformat()},
    )
    assert reported.status_code == 201, reported.get_json()
    add_turns(session, OLD, 3, "old-conversation")
    add_turns(session, RECENT, 2, "recent-conversation")
    session.add_all(
        [
            CallbackRequest(phone="+447700900123", channel="sms", reason="old", created_at=OLD),
            CallbackRequest(phone="+447700900456", channel="sms", reason="new", created_at=RECENT),
            OptedInNote(text="old", created_at=OLD),
            OptedInNote(text="recent", created_at=RECENT),
            OptedInByLastSeen(key="seen-lately", created_at=OLD, last_seen_at=RECENT),
            OptedInByLastSeen(key="gone-quiet", created_at=OLD, last_seen_at=OLD),
            KeptForever(created_at=OLD),
        ]
    )
    session.commit()

    dry = purge_records(session, CUTOFF, models=[OptedInNote, OptedInByLastSeen], dry_run=True)
    assert dry.deleted["conversation_turns"] == 3
    assert count(session, ConversationTurn) == 5  # a dry run deletes nothing

    report = purge_records(session, CUTOFF, models=[OptedInNote, OptedInByLastSeen])

    assert report.deleted == {
        "conversation_turns": 3,
        "retention_probe_notes": 1,
        "retention_probe_numbers": 1,
    }
    assert report.anonymised == {"callback_requests": 1}
    assert {t.conversation_id for t in session.scalars(select(ConversationTurn))} == {
        "recent-conversation"
    }
    phones = dict(session.execute(select(CallbackRequest.reason, CallbackRequest.phone)).all())
    assert phones == {"old": None, "new": "+447700900456"}
    assert session.scalars(select(OptedInNote.text)).all() == ["recent"]
    assert session.scalars(select(OptedInByLastSeen.key)).all() == ["seen-lately"]
    assert count(session, KeptForever) == 1
    assert count(session, RepairReport) == 1  # the repair itself is the landlord's record

    again = purge_records(session, CUTOFF, models=[OptedInNote, OptedInByLastSeen])
    assert set(again.deleted.values()) == {0} and again.anonymised == {"callback_requests": 0}


def test_deletes_go_in_batches_until_nothing_older_is_left(session, monkeypatch):
    monkeypatch.setattr("backend.retention.BATCH_SIZE", 4)
    add_turns(session, OLD, 10, "long-conversation")
    add_turns(session, RECENT, 1, "long-conversation")
    session.commit()

    report = purge_records(session, CUTOFF, models=[])

    assert report.deleted["conversation_turns"] == 10
    assert count(session, ConversationTurn) == 1


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=needs_postgres)])
def tracker_engine(request, tmp_path, postgres_database):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'tracker.db'}"
    else:
        url = postgres_database("repairs_tracker_retention_test")
    engine = make_engine(url)
    yield engine
    engine.dispose()


def test_old_rasa_tracker_events_go_and_a_live_conversation_keeps_its_recent_ones(
    tracker_engine,
):
    events = rasa_events_table(MetaData())
    events.metadata.create_all(tracker_engine)
    rows = [
        ("old-sender", "action_session_start", OLD),
        ("old-sender", "user", OLD),
        ("live-sender", "user", OLD),
        ("live-sender", "user", RECENT),
        ("live-sender", "bot", NOW),
    ]
    with tracker_engine.begin() as connection:
        connection.execute(
            insert(events),
            [
                {"sender_id": s, "type_name": t, "timestamp": m.timestamp(), "data": "{}"}
                for s, t, m in rows
            ],
        )

    assert purge_tracker_events(tracker_engine, CUTOFF, dry_run=True) == 3
    assert purge_tracker_events(tracker_engine, CUTOFF) == 3

    with tracker_engine.connect() as connection:
        left = connection.execute(select(events.c.sender_id, events.c.type_name)).all()
    assert sorted(left) == [("live-sender", "bot"), ("live-sender", "user")]


def test_a_tracker_store_that_rasa_has_not_written_to_yet_is_left_alone(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'empty-tracker.db'}")
    try:
        assert purge_tracker_events(engine, CUTOFF) == 0
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=needs_postgres)])
def committed_databases(request, tmp_path, postgres_database):
    """An app database and a tracker database with real commits (what the job meets)."""
    if request.param == "sqlite":
        app_url = f"sqlite:///{tmp_path / 'repairs.db'}"
        tracker_url = f"sqlite:///{tmp_path / 'tracker.db'}"
    else:
        app_url = postgres_database("repairs_retention_test")
        tracker_url = postgres_database("repairs_retention_tracker_test")
    app = create_app({**for_tests(app_url), "AUTO_CREATE_SCHEMA": True})
    with app.app_context():
        session = get_session()
        add_turns(session, OLD, 4, "old")
        add_turns(session, RECENT, 2, "recent")
        session.add(CallbackRequest(phone="+447700900123", channel="voice", created_at=OLD))
        session.commit()
    app.extensions["db_engine"].dispose()
    tracker = make_engine(tracker_url)
    events = rasa_events_table(MetaData())
    events.metadata.create_all(tracker)
    with tracker.begin() as connection:
        connection.execute(
            insert(events),
            [
                {"sender_id": "old", "type_name": "user", "timestamp": OLD.timestamp()},
                {"sender_id": "recent", "type_name": "user", "timestamp": RECENT.timestamp()},
            ],
        )
    tracker.dispose()
    return app_url, tracker_url


def remaining(app_url: str, tracker_url: str) -> tuple[int, int, int]:
    app_engine, tracker = make_engine(app_url), make_engine(tracker_url)
    try:
        with app_engine.connect() as connection:
            turns = connection.scalar(select(func.count()).select_from(ConversationTurn))
            phones = connection.scalar(
                select(func.count())
                .select_from(CallbackRequest)
                .where(CallbackRequest.phone.is_not(None))
            )
        with tracker.connect() as connection:
            events = connection.scalar(
                select(func.count()).select_from(rasa_events_table(MetaData()))
            )
    finally:
        app_engine.dispose()
        tracker.dispose()
    return turns, phones, events


def test_the_whole_job_purges_the_app_database_and_the_tracker_store(committed_databases):
    app_url, tracker_url = committed_databases
    config = {
        "DATABASE_URL": app_url,
        "TRACKER_DATABASE_URL": tracker_url,
        "CONVERSATION_RETENTION_DAYS": DAYS,
    }

    report = run(config, now=NOW)

    assert report.deleted["conversation_turns"] == 4
    assert report.anonymised["callback_requests"] == 1
    assert report.tracker_events == 1
    assert remaining(app_url, tracker_url) == (2, 0, 1)


def test_python_m_backend_retention_reads_the_environment_and_reports(committed_databases):
    app_url, tracker_url = committed_databases
    env = {
        **os.environ,
        "DATABASE_URL": app_url,
        "TRACKER_DATABASE_URL": tracker_url,
        "CONVERSATION_RETENTION_DAYS": str(DAYS),
        "PYTHONPATH": str(ROOT),
    }
    command = [sys.executable, "-m", "backend.retention", "--now", NOW.isoformat()]

    dry = subprocess.run(
        [*command, "--dry-run"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert dry.returncode == 0, dry.stderr
    assert "would delete 4 rows of conversation_turns" in dry.stdout
    assert remaining(app_url, tracker_url) == (6, 1, 2)

    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "deleted 4 rows of conversation_turns" in done.stdout
    assert "blanked 1 phone numbers in callback_requests" in done.stdout
    assert "deleted 1 Rasa tracker events" in done.stdout
    assert remaining(app_url, tracker_url) == (2, 0, 1)

    # --days overrides the environment: a shorter period reaches the recent rows too.
    shorter = subprocess.run(
        [*command, "--days", "1"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert shorter.returncode == 0, shorter.stderr
    assert remaining(app_url, tracker_url) == (0, 0, 0)
