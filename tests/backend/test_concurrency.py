"""Capacity and idempotency under concurrent requests, with real commits on separate connections:
the production path (PostgreSQL) and the embedded default (an SQLite file)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from sqlalchemy import func, select

from backend import create_app
from backend.config import for_tests
from backend.db import Base, get_session
from backend.models import Booking, RepairReport, Slot, Tenant
from backend.seed import seed_demo
from tests.conftest import API_TOKEN, DATABASES, POSTGRES_URL

HEADERS = {"Authorization": f"Bearer {API_TOKEN}"}


@pytest.fixture(params=DATABASES)
def committing_app(request, tmp_path, clock):
    url = POSTGRES_URL if request.param == "postgresql" else f"sqlite:///{tmp_path / 'race.db'}"
    app = create_app({**for_tests(url), "CLOCK": clock})
    engine = app.extensions["db_engine"]
    with app.app_context():
        session = get_session()
        seed_demo(session, date(2026, 12, 8))
        session.commit()
    yield app
    with engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
    engine.dispose()


def report_tap(client, tenant_id: int) -> str:
    """A three-day plumbing repair reported on Tuesday 8 December; its reference."""
    body = {
        "category": "tap",
        "channel": "web",
        "tenant_id": tenant_id,
        "reported_at": "2026-12-08T09:00:00+00:00",
    }
    return client.post("/api/repairs", headers=HEADERS, json=body).json["reference"]


def run_together(count: int, call):
    """Start `count` calls at the same instant and return their results."""
    barrier = threading.Barrier(count)

    def go(i):
        barrier.wait()
        return call(i)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(go, range(count)))


def test_parallel_bookings_never_exceed_a_slots_capacity(committing_app):
    clients, capacity = 24, 5
    with committing_app.app_context():
        session = get_session()
        tenant_id = session.scalars(select(Tenant.id).where(Tenant.first_name == "Sarah")).one()
        slot = session.scalars(
            select(Slot).where(
                Slot.trade == "plumbing", Slot.day == date(2026, 12, 9), Slot.window == "am"
            )
        ).one()
        slot.capacity = capacity
        session.commit()
        slot_id = slot.id

    client = committing_app.test_client()
    references = [report_tap(client, tenant_id) for _ in range(clients)]

    def book(i):
        return committing_app.test_client().post(
            "/api/bookings",
            headers=HEADERS,
            json={"reference": references[i], "tenant_id": tenant_id, "slot_id": slot_id},
        )

    replies = run_together(clients, book)
    statuses = sorted(r.status_code for r in replies)
    assert statuses.count(201) == capacity
    assert {r.json["error"] for r in replies if r.status_code != 201} == {"slot_full"}
    with committing_app.app_context():
        session = get_session()
        assert session.get(Slot, slot_id).booked == capacity
        active = session.scalar(
            select(func.count())
            .select_from(Booking)
            .where(Booking.slot_id == slot_id, Booking.status == "active")
        )
        assert active == capacity


def test_parallel_retries_of_one_report_make_one_repair(committing_app):
    def create(_i):
        return committing_app.test_client().post(
            "/api/repairs",
            headers={**HEADERS, "Idempotency-Key": "sms-SM-retried"},
            json={"category": "tap", "channel": "sms", "reported_at": "2026-12-08T09:00:00+00:00"},
        )

    replies = run_together(12, create)
    assert {r.status_code for r in replies} <= {200, 201}
    assert len({r.json["reference"] for r in replies}) == 1
    with committing_app.app_context():
        count = get_session().scalar(
            select(func.count())
            .select_from(RepairReport)
            .where(RepairReport.idempotency_key == "sms-SM-retried")
        )
    assert count == 1


def test_parallel_cancels_of_one_booking_give_back_one_place(committing_app):
    with committing_app.app_context():
        session = get_session()
        tenant_id = session.scalars(select(Tenant.id).where(Tenant.first_name == "Sarah")).one()
    client = committing_app.test_client()
    reference = report_tap(client, tenant_id)
    slot = client.get(
        f"/api/slots?reference={reference}&tenant_id={tenant_id}", headers=HEADERS
    ).json["slots"][0]
    booking = client.post(
        "/api/bookings",
        headers=HEADERS,
        json={"reference": reference, "tenant_id": tenant_id, "slot_id": slot["slot_id"]},
    ).json

    def cancel(_i):
        return committing_app.test_client().delete(
            f"/api/bookings/{booking['booking_id']}?tenant_id={tenant_id}", headers=HEADERS
        )

    replies = run_together(8, cancel)
    assert sorted(r.status_code for r in replies).count(200) == 1
    with committing_app.app_context():
        assert get_session().get(Slot, slot["slot_id"]).booked == 0


def test_tenants_swapping_appointments_at_once_keep_every_count_right(committing_app):
    with committing_app.app_context():
        session = get_session()
        tenant_id = session.scalars(select(Tenant.id).where(Tenant.first_name == "Sarah")).one()
    client = committing_app.test_client()
    references = [report_tap(client, tenant_id) for _ in range(4)]
    first, second = client.get(
        f"/api/slots?reference={references[0]}&tenant_id={tenant_id}", headers=HEADERS
    ).json["slots"][:2]
    # Two repairs in each slot; each round, every repair moves to the other slot at once.
    bookings = [
        client.post(
            "/api/bookings",
            headers=HEADERS,
            json={
                "reference": reference,
                "tenant_id": tenant_id,
                "slot_id": (first if i % 2 == 0 else second)["slot_id"],
            },
        ).json
        for i, reference in enumerate(references)
    ]

    def move(current):
        target = second if current["slot_id"] == first["slot_id"] else first
        return committing_app.test_client().patch(
            f"/api/bookings/{current['booking_id']}",
            headers=HEADERS,
            json={"tenant_id": tenant_id, "slot_id": target["slot_id"]},
        )

    for _round in range(5):
        replies = run_together(len(bookings), lambda i, now=tuple(bookings): move(now[i]))
        assert all(r.status_code < 500 for r in replies), [r.json for r in replies]
        bookings = [
            r.json if r.status_code == 200 else b for r, b in zip(replies, bookings, strict=True)
        ]
    with committing_app.app_context():
        session = get_session()
        for slot in (first, second):
            held = session.scalar(
                select(func.count())
                .select_from(Booking)
                .where(Booking.slot_id == slot["slot_id"], Booking.status == "active")
            )
            assert session.get(Slot, slot["slot_id"]).booked == held <= 2
