"""Awaab's Law on the desk (issue 14): the investigation is the first recorded visit, staff record
the written summary sent to the tenant (a desk action in the status history), safety work is a
visit that made the home safe or fixed it; and each legal clock is a work queue."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from backend.models import StatusChange
from tests.web.test_staff_clocks import later, page, row
from tests.web.test_staff_dashboard import listed
from tests.web.test_staff_jobs import act
from tests.web.test_staff_queues import queue_card

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=timezone.utc)  # Tuesday: the clock fixture's time


@pytest.fixture
def damp(report, sarah):
    return report("damp_mould", NOW, facts={}, tenant_id=sarah.id)


def summary_lines(repair) -> list[StatusChange]:
    return [c for c in repair.status_history if c.status == "written_summary_sent"]


def test_a_damp_case_from_investigation_visit_to_summary_to_safety_work(
    staff_client, damp, session, clock
):
    shown = page(staff_client, damp.reference)
    assert "Not started" in row(shown, "awaab_written_summary")
    assert 'id="summary-sent_at"' not in shown  # nothing to record before the investigation

    # The investigation is the first visit that got in (a no-access visit is not one).
    later(staff_client, clock, "2026-12-08T12:00")
    for when, means in (("2026-12-08T09:30", "phone"), ("2026-12-08T09:40", "text")):
        attempt = {"attempted_at": when, "means": means}
        assert act(staff_client, damp.reference, "access-attempts", **attempt).status_code == 303
    no_access = {"visited_at": "2026-12-08T10:00", "outcome": "no_access"}
    assert act(staff_client, damp.reference, "visits", **no_access).status_code == 303
    later(staff_client, clock, "2026-12-11T12:00")
    visit = {"visited_at": "2026-12-11T10:00", "outcome": "follow_on_needed"}
    assert act(staff_client, damp.reference, "visits", **visit).status_code == 303
    shown = page(staff_client, damp.reference)
    assert row(shown, "awaab_investigation").endswith("Fri 11 Dec 2026, 10:00 No")
    assert "end of Wed 16 Dec 2026 Not yet No" in row(shown, "awaab_written_summary")
    assert "Not yet" in row(shown, "awaab_safety_work")
    assert 'id="summary-sent_at"' in shown

    later(staff_client, clock, "2026-12-14T12:00")
    sent = act(staff_client, damp.reference, "written-summary", sent_at="2026-12-14T11:30")
    assert sent.status_code == 303 and sent.headers["Location"].endswith("#clocks-heading")
    session.refresh(damp)
    [line] = summary_lines(damp)
    assert line.changed_by  # who recorded it
    assert line.changed_at == datetime(2026, 12, 14, 11, 30, tzinfo=timezone.utc)
    shown = page(staff_client, damp.reference)
    assert row(shown, "awaab_written_summary").endswith("Mon 14 Dec 2026, 11:30 No")
    assert "Written summary sent to the tenant" in shown
    assert 'id="summary-sent_at"' not in shown

    visit = {"visited_at": "2026-12-14T11:45", "outcome": "made_safe"}
    assert act(staff_client, damp.reference, "visits", **visit).status_code == 303
    assert row(page(staff_client, damp.reference), "awaab_safety_work").endswith(
        "Mon 14 Dec 2026, 11:45 No"
    )


def investigated(client, damp, clock) -> None:
    later(client, clock, "2026-12-08T12:00")
    visit = {"visited_at": "2026-12-08T10:00", "outcome": "follow_on_needed"}
    assert act(client, damp.reference, "visits", **visit).status_code == 303


def test_the_summary_without_the_csrf_token_changes_nothing(staff_client, damp, session, clock):
    investigated(staff_client, damp, clock)
    session.refresh(damp)
    history = len(damp.status_history)
    refused = staff_client.post(
        f"/staff/repairs/{damp.reference}/written-summary", data={"sent_at": "2026-12-08T11:00"}
    )
    assert refused.status_code == 400
    session.refresh(damp)
    assert len(damp.status_history) == history and summary_lines(damp) == []


@pytest.mark.parametrize(
    ("sent_at", "message"),
    [
        ("", "Enter when the summary was sent"),
        ("yesterday", "Enter when the summary was sent"),
        ("2026-12-08T09:30", "before the investigation"),
        ("2026-12-08T13:00", "in the future"),
    ],
)
def test_a_bad_summary_time_is_refused_and_changes_nothing(
    staff_client, damp, session, clock, sent_at, message
):
    investigated(staff_client, damp, clock)
    session.refresh(damp)
    history = len(damp.status_history)
    refused = act(staff_client, damp.reference, "written-summary", sent_at=sent_at)
    assert refused.status_code == 400
    assert message in refused.get_data(as_text=True)
    session.refresh(damp)
    assert len(damp.status_history) == history and summary_lines(damp) == []


def test_no_summary_before_the_investigation_nor_twice_nor_on_another_job(
    staff_client, damp, report, session, sarah, clock
):
    later(staff_client, clock, "2026-12-08T12:00")
    refused = act(staff_client, damp.reference, "written-summary", sent_at="2026-12-08T09:45")
    assert refused.status_code == 400
    assert "record the investigation visit first" in refused.get_data(as_text=True).lower()

    investigated(staff_client, damp, clock)
    ok = act(staff_client, damp.reference, "written-summary", sent_at="2026-12-08T10:30")
    assert ok.status_code == 303
    again = act(staff_client, damp.reference, "written-summary", sent_at="2026-12-08T10:40")
    assert again.status_code == 400 and "already been recorded" in again.get_data(as_text=True)
    session.refresh(damp)
    assert len(summary_lines(damp)) == 1

    tap = report("tap", NOW, facts={}, tenant_id=sarah.id)
    other = act(staff_client, tap.reference, "written-summary", sent_at="2026-12-08T10:30")
    assert other.status_code == 400
    session.refresh(tap)
    assert summary_lines(tap) == []


@pytest.fixture
def clocked(report, session, sarah):
    jobs = {
        "gas": report("gas_smell", NOW, facts={}, tenant_id=sarah.id),  # made safe in 24 hours
        # Investigation due in 10 working days: not due yet.
        "damp_new": report("damp_mould", NOW, facts={}, tenant_id=sarah.id),
        # Reported three weeks ago: its investigation is overdue.
        "damp_late": report("damp_mould", NOW - timedelta(days=21), facts={}, tenant_id=sarah.id),
        "complaint_new": report("complaint", NOW, facts={}, tenant_id=sarah.id),
        "complaint_late": report(
            "complaint", NOW - timedelta(days=6), facts={}, tenant_id=sarah.id
        ),
        # A qualifying repair reported two weeks ago: past its Right to Repair period.
        "sink_late": report(
            "blocked_sink_bath", NOW - timedelta(days=14), facts={}, tenant_id=sarah.id
        ),
        "sink_new": report("blocked_sink_bath", NOW, facts={}, tenant_id=sarah.id),
        "tap": report("tap", NOW, facts={}, tenant_id=sarah.id),
    }
    session.commit()
    return {name: repair.reference for name, repair in jobs.items()}


@pytest.mark.parametrize(
    ("queue", "expected"),
    [
        ("awaab_due", {"gas", "damp_late"}),
        ("complaint_due", {"complaint_late"}),
        ("right_to_repair_overdue", {"sink_late"}),
    ],
)
def test_each_clock_is_a_queue(staff_client, clocked, queue, expected):
    assert listed(staff_client, f"queue={queue}") == {clocked[name] for name in expected}


def test_the_dashboard_counts_the_clock_queues(staff_client, clocked):
    html = staff_client.get("/staff/").get_data(as_text=True)
    assert '<span class="queue__count">2</span>' in queue_card(html, "awaab_due")
    assert '<span class="queue__count">1</span>' in queue_card(html, "complaint_due")
    assert '<span class="queue__count">1</span>' in queue_card(html, "right_to_repair_overdue")
    assert 'href="/staff/?queue=awaab_due"' in queue_card(html, "awaab_due")


def test_a_met_clock_leaves_the_queue(staff_client, clocked, session, clock):
    from backend.services.repairs import get_repair

    gas = get_repair(session, clocked["gas"])
    gas.status_history.append(
        StatusChange(status="made_safe", changed_by="Casey", changed_at=NOW + timedelta(hours=2))
    )
    session.commit()
    assert clocked["gas"] not in listed(staff_client, "queue=awaab_due")


def test_a_clock_queue_exports(staff_client, clocked):
    response = staff_client.get("/staff/repairs.csv?queue=right_to_repair_overdue")
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert clocked["sink_late"] in body and clocked["sink_new"] not in body


def test_the_summary_needs_a_signed_in_member_of_staff(client, staff_user, damp, session):
    from tests.web.conftest import csrf_token

    token = csrf_token(client, "/staff/sign-in")
    response = client.post(
        f"/staff/repairs/{damp.reference}/written-summary",
        data={"csrf_token": token, "sent_at": "2026-12-08T10:30"},
    )
    assert response.status_code == 302 and "/staff/sign-in" in response.headers["Location"]
    session.refresh(damp)
    assert summary_lines(damp) == []
