"""The desk's work queues on the dashboard (issue 13): each with its count and when the soonest
is due, each linking to the list it counts."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from backend.models import CallbackRequest
from backend.services.repairs import change_status
from tests.web.test_staff_dashboard import listed
from tests.web.test_staff_jobs import first_slot

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=timezone.utc)  # the clock fixture's time


def queue_card(html: str, code: str) -> str:
    match = re.search(rf'<li class="queue[^"]*" id="queue-{code}">(.*?)</li>', html, re.S)
    assert match, code
    return " ".join(match.group(1).split())


@pytest.fixture
def desk(report, session, sarah):
    from backend.services import bookings

    jobs = {
        "gas": report("gas_smell", NOW, facts={}, tenant_id=sarah.id),
        "unmatched": report("tap", NOW, facts={}),
        "tap": report("tap", NOW, facts={}, tenant_id=sarah.id),
        "booked": report("tap", NOW, facts={}, tenant_id=sarah.id),
        "late": report("toilet", NOW - timedelta(hours=25), tenant_id=sarah.id),
        "no_access": report("other_repair", NOW, facts={}, tenant_id=sarah.id),
        "done": report("tap", NOW, facts={}, tenant_id=sarah.id),
    }
    bookings.book(session, jobs["booked"], first_slot(session, jobs["booked"]).id, NOW)
    jobs["no_access"].status = "no_access"
    change_status(jobs["done"], "completed", by="test")
    session.add(
        CallbackRequest(tenant_id=sarah.id, reason="Wants a person", channel="web", created_at=NOW)
    )
    session.add(
        CallbackRequest(
            phone="+447700900999", reason="", channel="sms", created_at=NOW - timedelta(days=2)
        )
    )
    session.commit()
    return {name: repair.reference for name, repair in jobs.items()}


@pytest.mark.parametrize(
    ("queue", "expected"),
    [
        ("identity", {"unmatched"}),
        ("awaiting_dispatch", {"gas"}),
        ("awaiting_appointment", {"unmatched", "tap", "late", "no_access"}),
        ("no_access", {"no_access"}),
        ("overdue", {"late"}),
        ("nonsense", {"gas", "unmatched", "tap", "booked", "late", "no_access"}),
    ],
)
def test_each_queue_links_to_the_list_it_counts(staff_client, desk, queue, expected):
    assert listed(staff_client, f"queue={queue}") == {desk[name] for name in expected}


def test_the_dashboard_shows_each_queue_with_its_count_and_due_time(staff_client, desk):
    html = staff_client.get("/staff/").get_data(as_text=True)
    # Two call-backs; the older, asked on Sunday 6 December, was due by Monday's close.
    assert queue_card(html, "callbacks").startswith(
        '<a href="/staff/callbacks">Tenants to ring back</a> <span class="queue__count">2</span>'
    )
    assert "Overdue since Mon 7 Dec 2026, 17:00" in queue_card(html, "callbacks")
    assert '<span class="queue__count">1</span>' in queue_card(html, "awaiting_dispatch")
    assert "Next due Tue 8 Dec 2026, 13:00" in queue_card(html, "awaiting_dispatch")
    assert 'href="/staff/?queue=awaiting_dispatch"' in queue_card(html, "awaiting_dispatch")
    assert '<span class="queue__count">4</span>' in queue_card(html, "awaiting_appointment")
    assert "Overdue since Tue 8 Dec 2026, 08:00" in queue_card(html, "overdue")
    assert '<span class="queue__count">1</span>' in queue_card(html, "identity")


def test_an_empty_queue_says_nothing_is_waiting(staff_client):
    html = staff_client.get("/staff/").get_data(as_text=True)
    assert "Nothing waiting" in queue_card(html, "no_access")


def test_a_queues_list_says_which_queue_it_is_and_exports(staff_client, desk):
    html = staff_client.get("/staff/?queue=identity").get_data(as_text=True)
    assert "Showing the queue <strong>Address or identity to check</strong>" in html
    assert 'name="queue" value="identity"' in html
    csv = staff_client.get("/staff/repairs.csv?queue=identity").get_data(as_text=True)
    assert desk["unmatched"] in csv and desk["tap"] not in csv
