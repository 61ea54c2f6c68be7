"""Booking benchmark: N concurrent clients book and cancel appointments over HTTP against the
backend, on the embedded default (SQLite file) and on PostgreSQL, in one run. Prints bookings per
second, p50/p95 latency and, checked in the database afterwards, the number of overbooked slots
(must be 0).

    python -m bench.booking [--clients 16] [--seconds 10] [--repairs 120]

PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local server's `test` database;
it works in its own database `repairs_bench` (created if missing) so it never touches test data.
Loopback only; bounded in time and in requests.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import requests
from sqlalchemy import create_engine, func, select, text
from werkzeug.serving import make_server

from backend import create_app
from backend.config import for_tests
from backend.db import Base, get_session
from backend.models import Booking, Slot, Tenant
from backend.seed import seed_tenants

TOKEN = "bench-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}"}
NOW = datetime(2026, 12, 8, 9, 0, tzinfo=timezone.utc)
MAX_REQUESTS_PER_CLIENT = 2000


@dataclass
class Tally:
    booking_latencies: list[float] = field(default_factory=list)
    cancel_latencies: list[float] = field(default_factory=list)
    booked: int = 0
    slot_full: int = 0
    errors: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def postgres_bench_url() -> str:
    base = (
        os.environ.get("BENCH_DATABASE_URL")
        or os.environ.get("TEST_DATABASE_URL")
        or "postgresql://postgres@127.0.0.1:5432/test"
    )
    admin = create_engine(
        base.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = 'repairs_bench'")
        ).first()
        if not exists:
            connection.execute(text("CREATE DATABASE repairs_bench"))
    admin.dispose()
    return base.rsplit("/", 1)[0] + "/repairs_bench"


def prepare(app, repairs: int) -> tuple[int, list[str]]:
    """A fresh schema, the demo tenants, a few contended plumbing slots and `repairs` repairs."""
    engine = app.extensions["db_engine"]
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    with app.app_context():
        session = get_session()
        seed_tenants(session)
        for day in (9, 10, 11):
            for window in ("am", "pm"):
                session.add(
                    Slot(day=date(2026, 12, day), window=window, trade="plumbing", capacity=3)
                )
        session.commit()
        tenant_id = session.scalars(select(Tenant.id).where(Tenant.first_name == "Sarah")).one()
    client = app.test_client()
    references = [
        client.post(
            "/api/repairs",
            headers=HEADERS,
            json={
                "category": "tap",
                "channel": "web",
                "tenant_id": tenant_id,
                "reported_at": "2026-12-08T09:00:00+00:00",
            },
        ).json["reference"]
        for _ in range(repairs)
    ]
    return tenant_id, references


def client_loop(
    base: str, tenant_id: int, references: list[str], deadline: float, tally: Tally, seed: int
) -> None:
    rng = random.Random(seed)
    http = requests.Session()
    for _ in range(MAX_REQUESTS_PER_CLIENT):
        if time.monotonic() > deadline:
            return
        reference = rng.choice(references)
        try:
            repair = http.get(
                f"{base}/api/repairs/{reference}",
                params={"tenant_id": tenant_id},
                headers=HEADERS,
                timeout=10,
            ).json()
            if repair.get("booking"):
                started = time.perf_counter()
                reply = http.delete(
                    f"{base}/api/bookings/{repair['booking']['booking_id']}",
                    params={"tenant_id": tenant_id},
                    headers=HEADERS,
                    timeout=10,
                )
                with tally.lock:
                    tally.cancel_latencies.append(time.perf_counter() - started)
                    tally.errors += reply.status_code not in (200, 404, 409)
                continue
            offered = (
                http.get(
                    f"{base}/api/slots",
                    params={"reference": reference, "tenant_id": tenant_id, "limit": 10},
                    headers=HEADERS,
                    timeout=10,
                )
                .json()
                .get("slots", [])
            )
            # Everyone wants the earliest appointment: the contention a real morning brings.
            slot = (
                offered[0]
                if offered and rng.random() < 0.7
                else (rng.choice(offered) if offered else None)
            )
            if slot is None:
                continue
            started = time.perf_counter()
            reply = http.post(
                f"{base}/api/bookings",
                headers=HEADERS,
                timeout=10,
                json={"reference": reference, "tenant_id": tenant_id, "slot_id": slot["slot_id"]},
            )
            with tally.lock:
                tally.booking_latencies.append(time.perf_counter() - started)
                if reply.status_code == 201:
                    tally.booked += 1
                elif reply.status_code == 409:
                    tally.slot_full += reply.json().get("error") == "slot_full"
                else:
                    tally.errors += 1
        except requests.RequestException:
            with tally.lock:
                tally.errors += 1


def overbooked_slots(app) -> int:
    """Slots whose counter exceeds capacity or disagrees with the bookings actually held."""
    with app.app_context():
        session = get_session()
        active = dict(
            session.execute(
                select(Booking.slot_id, func.count())
                .where(Booking.status == "active")
                .group_by(Booking.slot_id)
            ).all()
        )
        return sum(
            1
            for slot in session.scalars(select(Slot))
            if slot.booked > slot.capacity
            or active.get(slot.id, 0) > slot.capacity
            or active.get(slot.id, 0) != slot.booked
        )


def run(name: str, url: str, clients: int, seconds: float, repairs: int) -> dict:
    # TESTING off: tenant notifications go out on their background thread, as in production.
    app = create_app(
        {**for_tests(url), "TESTING": False, "BACKEND_API_TOKEN": TOKEN, "CLOCK": lambda: NOW}
    )
    tenant_id, references = prepare(app, repairs)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    tally = Tally()
    deadline = time.monotonic() + seconds
    started = time.perf_counter()
    workers = [
        threading.Thread(target=client_loop, args=(base, tenant_id, references, deadline, tally, i))
        for i in range(clients)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    server.shutdown()
    result = {
        "database": name,
        "clients": clients,
        "seconds": round(elapsed, 1),
        "bookings": tally.booked,
        "bookings_per_s": tally.booked / elapsed,
        "slot_full": tally.slot_full,
        "cancels": len(tally.cancel_latencies),
        "p50_ms": 1000 * statistics.median(tally.booking_latencies or [0]),
        "p95_ms": 1000 * percentile(tally.booking_latencies, 95),
        "errors": tally.errors,
        "overbooked_slots": overbooked_slots(app),
    }
    app.extensions["db_engine"].dispose()
    return result


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--repairs", type=int, default=120)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        results = [
            run("sqlite", f"sqlite:///{folder}/bench.db", args.clients, args.seconds, args.repairs)
        ]
        try:
            results.append(
                run("postgresql", postgres_bench_url(), args.clients, args.seconds, args.repairs)
            )
        except Exception as error:  # no server: say so, still report SQLite
            print(f"postgresql: not measured ({type(error).__name__}: {error})")
    columns = [
        "database",
        "clients",
        "seconds",
        "bookings",
        "bookings_per_s",
        "slot_full",
        "cancels",
        "p50_ms",
        "p95_ms",
        "errors",
        "overbooked_slots",
    ]
    print(" | ".join(columns))
    for result in results:
        print(
            " | ".join(
                f"{result[c]:.1f}" if isinstance(result[c], float) else str(result[c])
                for c in columns
            )
        )
    if len(results) == 2 and results[0]["bookings_per_s"]:
        print(
            f"postgresql/sqlite throughput ratio: "
            f"{results[1]['bookings_per_s'] / results[0]['bookings_per_s']:.2f}"
        )
    return 1 if any(r["overbooked_slots"] for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
