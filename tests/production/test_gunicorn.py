"""The backend as production runs it: gunicorn (backend/gunicorn.conf.py) with several worker
processes on PostgreSQL, over real HTTP on loopback. A booking flow end to end, retries and races
spread over the workers, and no phone number in the access log."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sqlalchemy import func, select, text

from backend.db import POOL_SIZE, make_engine
from backend.models import Booking, RepairReport, Slot
from tests.production.conftest import (
    ROOT,
    drop_database,
    needs_postgres,
    recreate_database,
    running,
    wait_until_up,
)
from tests.stack_support import free_port, tail
from tests.stack_support import start_process as start

pytestmark = needs_postgres

TOKEN = "gunicorn-test-token"
WORKERS = 3
DATABASE = "repairs_gunicorn_test"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    url = recreate_database(DATABASE)
    port = free_port()
    workdir = tmp_path_factory.mktemp("gunicorn")
    log_path = workdir / "gunicorn.log"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": url,
        "BACKEND_API_TOKEN": TOKEN,
        "SECRET_KEY": "gunicorn-test-secret",
        "PHONE_HASH_KEY": "gunicorn-test-phone-key",
        "TWILIO_AUTH_TOKEN": "gunicorn-test-twilio",
        "RASA_URL": "http://127.0.0.1:9",
        "BACKEND_HOST": "127.0.0.1",
        "BACKEND_PORT": str(port),
        "GUNICORN_WORKERS": str(WORKERS),
        "GUNICORN_THREADS": "4",
    }
    seeded = subprocess.run(
        [sys.executable, "-m", "backend.seed"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert seeded.returncode == 0, seeded.stderr
    gunicorn = str(ROOT / ".venv/bin/gunicorn")
    process = start([gunicorn, "-c", "backend/gunicorn.conf.py"], env, log_path)
    with running([process]):
        base = f"http://127.0.0.1:{port}"
        wait_until_up(f"{base}/health", process, 60, log_path)
        yield base, log_path, url, process
    drop_database(DATABASE)


class Http:
    """requests with the API token and a new connection per request, so that parallel calls
    are spread over the workers rather than pinned to one by keep-alive."""

    headers = {"Authorization": f"Bearer {TOKEN}", "Connection": "close"}

    def __getattr__(self, method):
        def call(url, headers=None, **kwargs):
            return requests.request(
                method.upper(), url, headers={**self.headers, **(headers or {})}, **kwargs
            )

        return call


@pytest.fixture(scope="module")
def http():
    return Http()


def tenant_id(base, http, phone="07700900123") -> int:
    reply = http.get(f"{base}/api/tenants/lookup", params={"phone": phone}, timeout=10)
    assert reply.status_code == 200, reply.text
    return reply.json()["tenant_id"]


def report(base, http, tenant, key=None, category="blocked_sink_bath") -> requests.Response:
    return http.post(
        f"{base}/api/repairs",
        json={
            "category": category,
            "channel": "sms",
            "tenant_id": tenant,
            "description": "the bath will not drain",
        },
        headers={"Idempotency-Key": key or uuid.uuid4().hex},
        timeout=15,
    )


def test_gunicorn_runs_the_configured_number_of_workers(server):
    _base, _log, _url, process = server
    children: list[str] = []
    for _ in range(40):  # workers boot one after another: up to 20 s
        children = subprocess.run(
            ["pgrep", "-P", str(process.pid)], capture_output=True, text=True, timeout=10
        ).stdout.split()
        if len(children) >= WORKERS:
            break
        time.sleep(0.5)
    assert len(children) == WORKERS


def test_each_worker_has_its_pool_of_connections_open_before_the_first_request(server):
    # A storm right after a start met workers that had yet to open a connection: every first
    # text paid for new database server processes (docs/performance.md).
    url = server[2]
    engine = make_engine(url.rsplit("/", 1)[0] + "/postgres")
    try:
        with engine.connect() as connection:
            opened = connection.scalar(
                select(func.count())
                .select_from(text("pg_stat_activity"))
                .where(text("datname = :name")),
                {"name": DATABASE},
            )
    finally:
        engine.dispose()
    assert opened >= WORKERS * POOL_SIZE


def test_a_tenant_reports_books_moves_and_cancels_through_gunicorn(server, http):
    base = server[0]
    tenant = tenant_id(base, http)
    created = report(base, http, tenant)
    assert created.status_code == 201, created.text
    reference = created.json()["reference"]

    offered = http.get(
        f"{base}/api/slots", params={"reference": reference, "tenant_id": tenant}, timeout=10
    )
    first, second = offered.json()["slots"][:2]
    booked = http.post(
        f"{base}/api/bookings",
        json={"reference": reference, "tenant_id": tenant, "slot_id": first["slot_id"]},
        headers={"Idempotency-Key": uuid.uuid4().hex},
        timeout=10,
    )
    assert booked.status_code == 201, booked.text
    booking_id = booked.json()["booking_id"]
    moved = http.patch(
        f"{base}/api/bookings/{booking_id}",
        json={"tenant_id": tenant, "slot_id": second["slot_id"]},
        timeout=10,
    )
    assert moved.status_code == 200, moved.text
    repair = http.get(
        f"{base}/api/repairs/{reference}", params={"tenant_id": tenant}, timeout=10
    ).json()
    assert repair["status"] == "booked"
    assert repair["booking"]["slot_id"] == second["slot_id"]

    cancelled = http.delete(
        f"{base}/api/bookings/{moved.json()['booking_id']}",
        params={"tenant_id": tenant},
        timeout=10,
    )
    assert cancelled.json()["status"] == "cancelled"


def test_a_report_retried_at_once_to_every_worker_is_made_once(server, http):
    base, _log, url, _process = server
    tenant = tenant_id(base, http)
    key = f"retried-{uuid.uuid4().hex}"
    barrier = threading.Barrier(12)

    def send(_):
        barrier.wait()
        return report(base, http, tenant, key=key)

    with ThreadPoolExecutor(max_workers=12) as pool:
        replies = list(pool.map(send, range(12)))

    assert sorted({r.status_code for r in replies}) in ([200, 201], [201])
    assert len({r.json()["reference"] for r in replies}) == 1
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            made = connection.scalar(
                select(func.count())
                .select_from(RepairReport)
                .where(RepairReport.idempotency_key == key)
            )
    finally:
        engine.dispose()
    assert made == 1


def test_parallel_bookings_through_several_workers_never_overbook_a_slot(server, http):
    base, log_path, url, _process = server
    phones = ["07700900123", "07700900456", "07700900789", "07700900321"]
    tenants = [tenant_id(base, http, phone) for phone in phones]
    repairs = []
    for i in range(16):
        tenant = tenants[i % len(tenants)]
        reply = report(base, http, tenant)
        assert reply.status_code == 201, reply.text
        repairs.append((tenant, reply.json()["reference"]))
    tenant0, reference0 = repairs[0]
    slot = http.get(
        f"{base}/api/slots", params={"reference": reference0, "tenant_id": tenant0}, timeout=10
    ).json()["slots"][-1]
    barrier = threading.Barrier(len(repairs))

    def book(item):
        tenant, reference = item
        barrier.wait()
        return http.post(
            f"{base}/api/bookings",
            json={"reference": reference, "tenant_id": tenant, "slot_id": slot["slot_id"]},
            headers={"Idempotency-Key": uuid.uuid4().hex},
            timeout=30,
        )

    with ThreadPoolExecutor(max_workers=len(repairs)) as pool:
        replies = list(pool.map(book, repairs))

    statuses = sorted(r.status_code for r in replies)
    assert set(statuses) <= {201, 409}, [r.text for r in replies if r.status_code >= 500]
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            capacity, booked = connection.execute(
                select(Slot.capacity, Slot.booked).where(Slot.id == slot["slot_id"])
            ).one()
            active = connection.scalar(
                select(func.count())
                .select_from(Booking)
                .where(Booking.slot_id == slot["slot_id"], Booking.status == "active")
            )
    finally:
        engine.dispose()
    assert statuses.count(201) == booked == active == capacity
    # The requests really were spread over several processes.
    pids = set(
        re.findall(r'"POST /api/bookings HTTP/1.1" \d+ \d+ \d+ms pid=<(\d+)>', log_path.read_text())
    )
    assert len(pids) >= 2, tail(log_path)


def test_the_access_log_never_shows_a_phone_number(server, http):
    base, log_path, _url, _process = server
    tenant_id(base, http, "07700 900 456")
    http.get(f"{base}/api/tenants/lookup", params={"phone": "+447700900789"}, timeout=10)
    log = log_path.read_text()
    assert "GET /api/tenants/lookup HTTP/1.1" in log
    for digits in ("900456", "900789", "900%20456"):
        assert digits not in log


def test_no_response_names_the_server_software(server, http):
    base, *_ = server
    reply = http.get(f"{base}/health", timeout=10)
    assert reply.status_code == 200
    assert "gunicorn" not in reply.headers.get("Server", "").lower()
    assert "werkzeug" not in reply.headers.get("Server", "").lower()
