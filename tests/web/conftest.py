"""Fixtures for the staff pages: a staff user, a signed-in staff client, and
repairs reported through the real services."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from sqlalchemy import select

from backend import events
from backend.models import Tenant
from backend.services.repairs import NewRepair, report_repair
from backend.web.staff_user import create_user

STAFF_PASSWORD = "correct horse battery staple"
_CSRF = re.compile(r'name="csrf[-_]token" (?:content|value)="([^"]+)"')


@pytest.fixture
def published(app) -> list[tuple[str, dict]]:
    """Events published by the app, as the telephony layer would receive them."""
    seen: list[tuple[str, dict]] = []
    events.subscribe(app, lambda kind, payload: seen.append((kind, payload)))
    return seen


def csrf_token(client, url: str = "/") -> str:
    match = _CSRF.search(client.get(url).get_data(as_text=True))
    assert match, f"no CSRF token on {url}"
    return match.group(1)


def sign_in(client, username: str = "casey", password: str = STAFF_PASSWORD):
    token = csrf_token(client, "/staff/sign-in")
    return client.post(
        "/staff/sign-in",
        data={"csrf_token": token, "username": username, "password": password},
    )


@pytest.fixture
def staff_user(session):
    user = create_user(session, "casey", STAFF_PASSWORD, "Casey Morgan")
    session.commit()
    return user


@pytest.fixture
def staff_client(client, staff_user):
    response = sign_in(client)
    assert response.status_code == 303
    return client


@pytest.fixture
def sarah(session) -> Tenant:
    return session.scalars(select(Tenant).where(Tenant.last_name == "Jones")).one()


@pytest.fixture
def report(app, session):
    """Reports a repair through the real service, as the assistant's actions would."""

    def make(
        category: str = "toilet",
        reported_at: datetime | None = None,
        facts: dict | None = None,
        channel: str = "web",
        tenant_id: int | None = None,
        conversation_id: str | None = None,
    ):
        repair, _ = report_repair(
            session,
            app.extensions["policy"],
            NewRepair(
                category=category,
                facts={"other_working_toilet": False} if facts is None else facts,
                description="",
                channel=channel,
                reported_at=reported_at or app.config["CLOCK"](),
                tenant_id=tenant_id,
                conversation_id=conversation_id,
            ),
            "HR",
        )
        session.commit()
        return repair

    return make
