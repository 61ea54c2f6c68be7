"""What the staff pages' browser tests share: a supervisor signed in, a report made by a demo
tenant some time ago, a success notice waited for, axe-core run on a page."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from backend.db import get_session
from backend.models import Tenant
from backend.services.repairs import NewRepair, report_repair
from tests.browser.axe import blocking, run_axe
from tests.browser.live_server import STAFF_PASSWORD, STAFF_USERNAME


def sign_in(page) -> None:
    page.goto("/staff/sign-in")
    page.get_by_label("Username").fill(STAFF_USERNAME)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Repair reports").wait_for()


def reported(
    server,
    category: str,
    description: str,
    *,
    channel: str = "web",
    facts: dict | None = None,
    ago: timedelta = timedelta(hours=2),
    last_name: str = "Murphy",
) -> str:
    """The reference of a report a demo tenant made `ago` (Murphy: Flat 2, 14 Gooshays Drive,
    RM3 9LB)."""
    with server.app.app_context():
        session = get_session()
        tenant = session.scalars(select(Tenant).where(Tenant.last_name == last_name)).one()
        repair, _ = report_repair(
            session,
            server.app.extensions["policy"],
            NewRepair(
                category=category,
                facts=facts or {},
                description=description,
                channel=channel,
                reported_at=datetime.now(timezone.utc) - ago,
                tenant_id=tenant.id,
            ),
            "HR",
        )
        session.commit()
        return repair.reference


def done(page, text: str) -> None:
    page.locator(".notice--success", has_text=text).wait_for()


def check_axe(page, name: str) -> None:
    violations = run_axe(page, name)
    assert blocking(violations) == [], f"axe on {name}: {blocking(violations)}"
