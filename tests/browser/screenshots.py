"""`make screenshots`: PNGs of the tenant page and the staff dashboard (the reports with the work
queues, a job worked at the desk, a queue, the call-backs, performance), at desktop and phone
width, for the README. Same live server and scripted assistant as the browser tests, with a few
weeks of made-up reports so the dashboard has something to show.

    python -m tests.browser.screenshots [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select

from backend.db import get_session
from backend.models import Operative, Tenant
from backend.services import desk
from backend.services.repairs import NewRepair, change_status, report_repair
from tests.browser.desk_support import sign_in
from tests.browser.live_server import live_server

ROOT = Path(__file__).resolve().parents[2]
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 812}}
# (category, facts, channel, days ago, what happened: visits then "completed" or "open",
#  hours after the report it was completed)
HISTORY = [
    ("gas_smell", {}, "voice", 40, ["made_safe", "completed"], 30),
    ("flooding", {}, "voice", 21, ["made_safe", "completed"], 50),
    ("electrical_danger", {}, "sms", 12, ["completed"], 6),
    ("toilet", {"other_working_toilet": False}, "web", 33, ["completed"], 20),
    ("toilet", {"other_working_toilet": True}, "sms", 30, ["completed"], 200),
    ("blocked_sink_bath", {}, "web", 28, ["completed"], 50),
    ("tap", {}, "web", 26, ["attended", "completed"], 140),
    ("leaking_pipe_tank", {}, "voice", 19, ["completed"], 30),
    ("heating_hot_water", {}, "web", 15, ["completed"], 20),
    ("damp_mould", {}, "web", 25, ["completed"], 300),
    ("roof_leak", {}, "voice", 24, ["attended", "completed"], 500),
    ("doors_windows_frames", {}, "web", 20, ["completed"], 240),
    ("extractor_fan", {}, "sms", 9, ["completed"], 100),
    ("heating_hot_water", {}, "voice", 3, [], 0),
    ("damp_mould", {}, "web", 2, [], 0),
    ("insecure_entry", {}, "sms", 1.2, [], 0),
    ("drainage", {}, "web", 0.5, [], 0),
    ("asb", {}, "web", 4, [], 0),
    ("complaint", {}, "sms", 6, [], 0),
]


def populate(app) -> None:
    now = datetime.now(timezone.utc)
    with app.app_context():
        session = get_session()
        for category, facts, channel, days_ago, changes, hours in HISTORY:
            repair, _ = report_repair(
                session,
                app.extensions["policy"],
                NewRepair(
                    category=category,
                    facts=facts,
                    description="",
                    channel=channel,
                    reported_at=now - timedelta(days=days_ago),
                ),
                "HR",
            )
            for status in changes:
                change_status(repair, status, by="Casey Morgan")
            if "completed" in changes:
                repair.completed_at = repair.reported_at + timedelta(hours=hours)
                for change in repair.status_history:
                    if change.status in ("made_safe", "attended"):
                        change.changed_at = repair.reported_at + timedelta(hours=min(hours, 3))
        session.commit()
        worked_at_the_desk(session, app, now)


def worked_at_the_desk(session, app, now: datetime) -> str:
    """A job the desk has worked: assigned, a note, a visit that found nobody in."""
    murphy = session.scalars(select(Tenant).where(Tenant.last_name == "Murphy")).one()
    repair, _ = report_repair(
        session,
        app.extensions["policy"],
        NewRepair(
            category="tap",
            facts={},
            description="Kitchen tap drips",
            channel="voice",
            reported_at=now - timedelta(days=1),
            tenant_id=murphy.id,
        ),
        "HR",
    )
    plumber = session.scalars(select(Operative).where(Operative.name == "Priya Shah")).one()
    desk.assign(session, repair, plumber.id, "Casey Morgan", now - timedelta(hours=20))
    desk.add_note(repair, "Stopcock is under the sink", "Casey Morgan", now - timedelta(hours=20))
    desk.record_visit(
        session,
        repair,
        visited_at=now - timedelta(hours=2),
        outcome="no_access",
        operative_id=plumber.id,
        note="Card left",
        by="Casey Morgan",
        now=now - timedelta(hours=1),
    )
    session.commit()
    return repair.reference


def chat(page) -> str:
    """The blocked-toilet conversation up to the appointment choices; returns the reference."""
    page.goto("/")
    box = page.get_by_label("Your message")
    box.fill("My toilet is blocked")
    box.press("Enter")
    page.locator("#quick-replies button", has_text="No").click()
    page.locator("#chat-log .msg--bot", has_text="door number").wait_for()
    box.fill("12 RM3 7AB")
    box.press("Enter")
    page.locator("#quick-replies button").first.wait_for()
    logged = page.locator("#chat-log .msg--bot", has_text="logged your repair").inner_text()
    return re.search(r"HR-\d{6}", logged).group(0)


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    chromium = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as scratch, live_server(Path(scratch) / "r.db") as server:
        populate(server.app)
        with sync_playwright() as driver:
            browser = driver.chromium.launch(executable_path=chromium, headless=True)
            for size, viewport in SIZES.items():
                context = browser.new_context(
                    base_url=server.url, viewport=viewport, locale="en-GB", device_scale_factor=1
                )
                page = context.new_page()
                reference = chat(page)
                page.screenshot(path=args.out / f"chat-{size}.png", full_page=True)
                sign_in(page)
                page.screenshot(path=args.out / f"staff-reports-{size}.png", full_page=True)
                page.get_by_role("link", name="Performance").click()
                page.screenshot(path=args.out / f"staff-performance-{size}.png", full_page=True)
                page.goto(f"/staff/repairs/{reference}")
                page.screenshot(path=args.out / f"staff-report-{size}.png", full_page=True)
                page.goto("/staff/?queue=no_access")
                page.screenshot(path=args.out / f"staff-queue-{size}.png", full_page=True)
                page.locator("table tbody th a").first.click()
                page.screenshot(path=args.out / f"staff-job-worked-{size}.png", full_page=True)
                page.goto("/staff/callbacks")
                page.screenshot(path=args.out / f"staff-callbacks-{size}.png", full_page=True)
                context.close()
            browser.close()
    for png in sorted(args.out.glob("*.png")):
        print(png)


if __name__ == "__main__":
    main()
