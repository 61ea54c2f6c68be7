"""Storage limitation (UK GDPR Article 5(1)(e)): what tenants said is kept for
CONVERSATION_RETENTION_DAYS, then deleted; the repairs themselves stay (the landlord's system of
record). Run it daily (cron, a Kubernetes CronJob, the compose `retention` service):

    python -m backend.retention [--days N] [--dry-run]

Older than the cut-off, it
- deletes transcripts (`conversation_turns`);
- blanks the phone number of call-back requests (the request itself stays, for the records);
- deletes rows of every model that opts in with a class attribute `__retention__ = "conversation"`
  and a `created_at` column (or the column named by `__retention_column__`), so other layers'
  tables (the channels', web chat) are covered without this module knowing them;
- deletes the stored photo files no photo row names any more: a report's photos go with it
  (deleting a report deletes its photo rows; this deletes their files), and expired upload links;
- deletes Rasa's tracker events (the SQL tracker store's `events` table) when
  TRACKER_DATABASE_URL is set.

Deletes go in batches, each committed, so a large backlog never holds long locks against the
live service; running it twice is harmless.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, Engine, MetaData, Table, delete, func, inspect, select, update
from sqlalchemy.orm import Session, registry

from backend.config import INSTANCE_DIR
from backend.db import Base, make_engine
from backend.log_privacy import install_phone_redaction
from backend.models import CallbackRequest, ConversationTurn, PhotoLink
from backend.photo_storage import storage_from_setting
from backend.services import photos

log = logging.getLogger(__name__)

RETENTION_TAG = "conversation"
BATCH_SIZE = 5000
# A bound on the loop, far above what a daily run meets: 50 million rows per table.
MAX_BATCHES = 10_000
TRACKER_EVENTS_TABLE = "events"


@dataclass
class RetentionReport:
    cutoff: datetime
    dry_run: bool = False
    deleted: dict[str, int] = field(default_factory=dict)
    anonymised: dict[str, int] = field(default_factory=dict)
    tracker_events: int | None = None  # None: no tracker store configured
    photo_files: int = 0

    def lines(self) -> list[str]:
        verb = "would delete" if self.dry_run else "deleted"
        out = [f"retention cut-off {self.cutoff.isoformat()}"]
        out += [f"{verb} {n} rows of {table}" for table, n in sorted(self.deleted.items())]
        out += [
            f"{'would blank' if self.dry_run else 'blanked'} {n} phone numbers in {table}"
            for table, n in sorted(self.anonymised.items())
        ]
        out.append(f"{verb} {self.photo_files} photo files of deleted reports")
        if self.tracker_events is None:
            out.append("no TRACKER_DATABASE_URL: no Rasa tracker events to purge")
        else:
            out.append(f"{verb} {self.tracker_events} Rasa tracker events")
        return out


def cutoff_for(now: datetime, days: int) -> datetime:
    if days < 1:
        raise ValueError("the retention period is at least one day")
    if now.tzinfo is None:
        raise ValueError("naive datetime given as now")
    return now.astimezone(timezone.utc) - timedelta(days=days)


def opted_in_models(mapper_registry: registry = Base.registry) -> list[type]:
    """Every mapped class that declares `__retention__ = "conversation"`."""
    models = []
    for mapper in mapper_registry.mappers:
        model = mapper.class_
        if getattr(model, "__retention__", None) != RETENTION_TAG:
            continue
        column_name = getattr(model, "__retention_column__", "created_at")
        if column_name not in mapper.columns:
            raise TypeError(
                f"{model.__name__} opts into retention but has no {column_name!r} column"
            )
        models.append(model)
    return sorted(models, key=lambda m: m.__tablename__)


def _delete_older(session: Session, table: Table, moment: Column, cutoff, dry_run: bool) -> int:
    """Delete the rows with `moment < cutoff`, in committed batches; the number deleted."""
    condition = moment < cutoff
    if dry_run:
        return session.scalar(select(func.count()).select_from(table).where(condition)) or 0
    key = table.primary_key.columns.values()[0]
    total = 0
    for _ in range(MAX_BATCHES):
        batch = select(key).where(condition).limit(BATCH_SIZE).scalar_subquery()
        deleted = session.execute(delete(table).where(key.in_(batch))).rowcount
        session.commit()
        total += deleted
        if deleted < BATCH_SIZE:
            break
    return total


def purge_records(
    session: Session,
    cutoff: datetime,
    models: Iterable[type] | None = None,
    dry_run: bool = False,
) -> RetentionReport:
    """Purge the app's own tables (transcripts, call-back numbers, opted-in models)."""
    report = RetentionReport(cutoff=cutoff, dry_run=dry_run)
    turns = ConversationTurn.__table__
    report.deleted[turns.name] = _delete_older(session, turns, turns.c.created_at, cutoff, dry_run)

    callbacks = CallbackRequest.__table__
    old_numbers = (callbacks.c.created_at < cutoff) & callbacks.c.phone.is_not(None)
    if dry_run:
        blanked = session.scalar(select(func.count()).select_from(callbacks).where(old_numbers))
    else:
        blanked = session.execute(update(callbacks).where(old_numbers).values(phone=None)).rowcount
        session.commit()
    report.anonymised[callbacks.name] = blanked or 0

    for model in opted_in_models() if models is None else models:
        table = model.__table__
        column = table.c[getattr(model, "__retention_column__", "created_at")]
        report.deleted[table.name] = _delete_older(session, table, column, cutoff, dry_run)
    return report


def purge_photos(session: Session, config: dict, now: datetime, dry_run: bool) -> tuple[int, int]:
    """(photo files deleted, expired upload links deleted). A photo goes with its report: the
    files of photos whose rows are gone are deleted here, from whichever storage is configured."""
    files = 0
    setting = config.get("PHOTO_STORAGE")
    default_database = config.get("DATABASE_URL") == f"sqlite:///{INSTANCE_DIR / 'repairs.db'}"
    if setting or default_database:
        storage = storage_from_setting(setting, str(INSTANCE_DIR), config)
        files = photos.delete_unreferenced_files(session, storage, now, dry_run=dry_run)
    else:
        # The default folder belongs to the default database: swept against another database,
        # every photo in it would look like one whose report is gone.
        log.warning("PHOTO_STORAGE is not set for this database: no photo files swept")
    links = PhotoLink.__table__
    expired = _delete_older(session, links, links.c.expires_at, now, dry_run)
    return files, expired


def purge_tracker_events(engine: Engine, cutoff: datetime, dry_run: bool = False) -> int:
    """Delete Rasa's tracker events older than the cut-off (Rasa stores a Unix timestamp).

    Rasa rebuilds a conversation from the events it still has, from the latest session start;
    a conversation still going on keeps its recent events."""
    if not inspect(engine).has_table(TRACKER_EVENTS_TABLE):
        log.info("the tracker store has no %s table yet", TRACKER_EVENTS_TABLE)
        return 0
    # Only the columns this job needs; Rasa owns the table.
    events = Table(
        TRACKER_EVENTS_TABLE,
        MetaData(),
        Column("id", primary_key=True),
        Column("timestamp"),
    )
    with Session(engine) as session:
        return _delete_older(session, events, events.c.timestamp, cutoff.timestamp(), dry_run)


def run(config: dict, now: datetime | None = None, dry_run: bool = False) -> RetentionReport:
    """The whole job, from an app configuration (backend.config.from_environment())."""
    cutoff = cutoff_for(
        now or datetime.now(timezone.utc), int(config["CONVERSATION_RETENTION_DAYS"])
    )
    engine = make_engine(config["DATABASE_URL"])
    try:
        with Session(engine) as session:
            report = purge_records(session, cutoff, dry_run=dry_run)
            report.photo_files, report.deleted[PhotoLink.__tablename__] = purge_photos(
                session, config, now or datetime.now(timezone.utc), dry_run
            )
    finally:
        engine.dispose()
    tracker_url = config.get("TRACKER_DATABASE_URL")
    if tracker_url:
        tracker = make_engine(tracker_url)
        try:
            report.tracker_events = purge_tracker_events(tracker, cutoff, dry_run=dry_run)
        finally:
            tracker.dispose()
    return report


def _register_all_models() -> None:
    """Import every layer's models, as the app does, so that opted-in tables are known."""
    from backend import create_app

    create_app({"AUTO_CREATE_SCHEMA": False})


def main(argv: list[str] | None = None) -> int:
    from backend import config as settings

    parser = argparse.ArgumentParser(
        prog="python -m backend.retention", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--days", type=int, help="override CONVERSATION_RETENTION_DAYS")
    parser.add_argument("--dry-run", action="store_true", help="count, delete nothing")
    parser.add_argument(
        "--now",
        type=datetime.fromisoformat,
        help="pretend it is this moment (ISO 8601, with offset)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    install_phone_redaction()
    config = settings.from_environment()
    if args.days is not None:
        config["CONVERSATION_RETENTION_DAYS"] = args.days
    _register_all_models()
    try:
        report = run(config, now=args.now, dry_run=args.dry_run)
    except ValueError as error:
        parser.error(str(error))
    for line in report.lines():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
