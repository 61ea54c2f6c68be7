"""Both apps served on one free loopback port for the browser tests and the screenshots, routed by
path as nginx routes them (/staff to the records API, the rest to the channel gateway): a fresh
SQLite database with the demo landlord, a staff user, the scripted assistant, and axe-core served
from the npm package so that nothing is fetched from the internet."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from flask import Blueprint, Flask, send_file
from sqlalchemy import select
from werkzeug.serving import make_server

import gateway
from backend import create_app
from backend.db import get_session
from backend.domain.calendar import LONDON
from backend.models import CallbackRequest, Slot
from backend.seed import seed_demo
from backend.services.repairs import NewRepair, change_status, report_repair
from backend.web.staff_user import create_user
from gateway.config import for_tests
from tests.browser.scripted_assistant import ScriptedAssistant

HERE = Path(__file__).resolve().parent
AXE_JS = HERE / "node_modules" / "axe-core" / "axe.min.js"
AXE_URL = "/__tests__/axe.min.js"
STAFF_USERNAME = "casey"
STAFF_PASSWORD = "browser test password"


@dataclass
class LiveServer:
    app: Flask  # the records API (its app context reaches the database)
    url: str
    assistant: ScriptedAssistant
    gateway: Flask | None = None


def by_path(records: Flask, channels: Flask):
    """One site from the two apps, as deploy/nginx/nginx.conf routes them."""

    def route(environ, start_response):
        path = environ.get("PATH_INFO", "")
        target = records if path.startswith(("/staff", "/api/", "/__tests__/")) else channels
        return target(environ, start_response)

    return route


def _add_slots_every_day(session, start: date, days: int = 3) -> None:
    """Plumbing slots on each of the next days, weekends too, so that a one-day toilet repair
    reported at any hour of any day has an appointment to offer."""
    existing = {
        (s.day, s.window)
        for s in session.scalars(select(Slot).where(Slot.trade == "plumbing", Slot.day >= start))
    }
    for offset in range(days):
        day = start + timedelta(days=offset)
        for window in ("am", "pm"):
            if (day, window) not in existing:
                session.add(Slot(day=day, window=window, trade="plumbing", capacity=2))


def _seed(app: Flask) -> None:
    with app.app_context():
        session = get_session()
        today = datetime.now(LONDON).date()
        seed_demo(session, today)
        _add_slots_every_day(session, today)
        create_user(session, STAFF_USERNAME, STAFF_PASSWORD, "Casey Morgan")
        session.commit()
        # Last week's late repair, so RP02 has a figure before the test completes one on time.
        reported = datetime.now(timezone.utc) - timedelta(days=10)
        late, _ = report_repair(
            session,
            app.extensions["policy"],
            NewRepair(
                category="blocked_sink_bath",
                facts={},
                description="Sink blocked",
                channel="voice",
                reported_at=reported,
            ),
            "HR",
        )
        change_status(late, "completed", by="Casey Morgan")
        # The desk's queues with something in them: a report nobody is matched to (with the
        # address its reporter gave) and a call-back to make (issue 13).
        report_repair(
            session,
            app.extensions["policy"],
            NewRepair(
                category="door_entry_phone",
                facts={},
                description="Door entry phone dead",
                channel="sms",
                reported_at=datetime.now(timezone.utc) - timedelta(hours=1),
                contact_phone="+447700900555",
                given_name="Aisha Khan",
                given_address="Flat 6, RM7 7DR",
            ),
            "HR",
        )
        session.add(
            CallbackRequest(
                phone="+447700900555", reason="Wants to talk about the lift", channel="voice"
            )
        )
        session.commit()


def _axe_blueprint() -> Blueprint:
    bp = Blueprint("tests_axe", __name__)

    @bp.get(AXE_URL)
    def axe():
        return send_file(AXE_JS, mimetype="text/javascript")

    return bp


@contextmanager
def live_server(database: Path, assistant: ScriptedAssistant | None = None) -> Iterator[LiveServer]:
    config = {**for_tests(f"sqlite:///{database}"), "TESTING": False}
    app = create_app(config)
    app.register_blueprint(_axe_blueprint())
    _seed(app)
    channels = gateway.create_app(config)
    scripted = assistant or ScriptedAssistant()
    channels.extensions["assistant"] = scripted
    # The scripted assistant plays the actions and the records API they call: it needs the policy.
    channels.extensions["policy"] = app.extensions["policy"]
    server = make_server("127.0.0.1", 0, by_path(app, channels), threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(app, f"http://127.0.0.1:{server.server_port}", scripted, channels)
    finally:
        server.shutdown()
        thread.join(timeout=10)
        channels.extensions["db_engine"].dispose()
        app.extensions["db_engine"].dispose()
