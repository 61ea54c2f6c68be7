"""The dashboard: filters, one report's detail, status changes and the performance page."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from backend.services.conversations import record_turn
from backend.services.repairs import change_status
from tests.web.conftest import csrf_token

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=timezone.utc)  # the clock fixture's time
REFERENCE = re.compile(r">(HR-\d{6})</a></th>")


@pytest.fixture
def board(report, session):
    """Five reports around 09:00 on Tuesday 8 December 2026."""
    repairs = {
        "fresh": report("toilet", NOW),  # one-day, due tomorrow 09:00
        "late": report("toilet", NOW - timedelta(hours=25)),  # was due today 08:00
        "later_today": report("toilet", NOW - timedelta(hours=21)),  # due today 12:00
        "gas": report("gas_smell", NOW, facts={}),  # emergency, due today 13:00
        "done": report("other_repair", NOW - timedelta(days=30), facts={}),
    }
    change_status(repairs["done"], "completed", by="test")
    session.commit()
    return {name: repair.reference for name, repair in repairs.items()}


def listed(client, query: str = "") -> set[str]:
    response = client.get(f"/staff/?{query}")
    assert response.status_code == 200
    return set(REFERENCE.findall(response.get_data(as_text=True)))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"fresh", "late", "later_today", "gas"}),
        ("status=all", {"fresh", "late", "later_today", "gas", "done"}),
        ("status=closed", {"done"}),
        ("status=completed", {"done"}),
        ("status=awaiting_dispatch", {"gas"}),
        ("status=operative_dispatched", set()),
        ("tier=emergency", {"gas"}),
        ("tier=one_day", {"fresh", "late", "later_today"}),
        ("tier=routine&status=all", {"done"}),
        ("overdue=1", {"late"}),
        ("due_today=1", {"late", "later_today", "gas"}),
        ("due_today=1&overdue=1", {"late"}),
        ("tier=one_day&due_today=1", {"late", "later_today"}),
        ("overdue=1&status=all", {"late"}),  # a completed repair is never overdue
        ("tier=nonsense", {"fresh", "late", "later_today", "gas"}),
    ],
)
def test_filters(staff_client, board, query, expected):
    assert listed(staff_client, query) == {board[name] for name in expected}


def test_a_report_is_found_by_its_reference(staff_client, board):
    digits = board["done"][3:]
    assert listed(staff_client, f"reference={digits}&status=all") == {board["done"]}
    assert listed(staff_client, "reference=%25") == set()  # a wildcard is only a character


def test_the_list_shows_channel_category_priority_reason_target_and_status(staff_client, board):
    html = staff_client.get("/staff/?overdue=1").get_data(as_text=True)
    for heading in ("Reference", "Channel", "Category", "Priority", "Reason", "Target", "Status"):
        assert f'<th scope="col">{heading}</th>' in html
    assert "Web chat" in html and "Toilet" in html and "One-day repair" in html
    assert "no other working toilet" in html
    assert "Tue 8 Dec 2026, 08:00" in html and "Overdue" in html
    assert "1 report" in html


def test_a_report_shows_its_transcript_and_status_history(staff_client, report, session, sarah):
    record_turn(session, "web-abc", "web", "in", "My toilet is blocked")
    record_turn(session, "web-abc", "web", "out", "Is there another toilet?\n[Choices: Yes | No]")
    repair = report(conversation_id="web-abc", tenant_id=sarah.id)
    html = staff_client.get(f"/staff/repairs/{repair.reference}").get_data(as_text=True)
    assert "My toilet is blocked" in html
    assert "[Choices: Yes | No]" in html
    assert "Sarah Jones" in html and "12 Hilldene Avenue" in html
    assert '<a href="tel:+447700900123">07700 900123</a>' in html
    assert "reported by web" in html  # the history's first entry


def test_an_unknown_reference_is_not_found(staff_client):
    assert staff_client.get("/staff/repairs/HR-000000").status_code == 404


def update(client, reference: str, **form):
    token = csrf_token(client, f"/staff/repairs/{reference}")
    return client.post(f"/staff/repairs/{reference}/status", data={"csrf_token": token, **form})


def test_marking_a_repair_completed_records_it_and_tells_the_tenant(
    staff_client, report, published
):
    repair = report()
    response = update(staff_client, repair.reference, status="completed", note="Cleared the trap")
    assert response.status_code == 303
    assert repair.status == "completed" and repair.visits == 1 and repair.completed_at
    assert published == [("repair_status_changed", {"repair_id": repair.id, "status": "completed"})]
    html = staff_client.get(response.headers["Location"]).get_data(as_text=True)
    assert f"{repair.reference} marked completed." in html
    assert "Casey Morgan" in html and "Cleared the trap" in html
    assert "its status can no longer change" in html


@pytest.mark.parametrize("status", ["attended", "made_safe"])
def test_each_visit_is_counted(staff_client, report, status):
    repair = report()
    update(staff_client, repair.reference, status=status)
    update(staff_client, repair.reference, status="completed")
    assert repair.visits == 2


def test_a_delay_moves_the_target_to_the_close_of_the_new_day(staff_client, report, published):
    repair = report()
    response = update(
        staff_client,
        repair.reference,
        status="delayed",
        new_target_date="2026-12-14",
        note="Part on order",
    )
    assert response.status_code == 303
    assert repair.status == "delayed"
    assert repair.target_by == datetime(2026, 12, 14, 17, 0, tzinfo=timezone.utc)
    assert published == [("repair_status_changed", {"repair_id": repair.id, "status": "delayed"})]


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"status": "delayed"}, "Enter the new target date"),
        ({"status": "delayed", "new_target_date": "2026-12-01"}, "must be in the future"),
        ({"status": "delayed", "new_target_date": "next week"}, "Enter the new target date"),
        ({}, "Choose what happened."),
        ({"status": "reported"}, "Choose what happened."),
    ],
)
def test_a_status_change_that_cannot_be_made_is_explained(
    staff_client, report, published, form, message
):
    repair = report()
    response = update(staff_client, repair.reference, **form)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert repair.status == "reported" and published == []


def test_a_completed_repair_cannot_change_again(staff_client, report, published):
    repair = report()
    update(staff_client, repair.reference, status="completed")
    response = update(staff_client, repair.reference, status="attended")
    assert response.status_code == 400
    assert "already completed" in response.get_data(as_text=True)
    assert len(published) == 1


def test_a_status_change_without_the_csrf_token_is_refused(staff_client, report, published):
    repair = report()
    response = staff_client.post(
        f"/staff/repairs/{repair.reference}/status", data={"status": "completed"}
    )
    assert response.status_code == 400
    assert repair.status == "reported" and published == []


def figure(html: str, figure_id: str) -> str:
    match = re.search(rf'id="{figure_id}">([^<]+)<', html)
    assert match, figure_id
    return match.group(1)


def test_the_performance_page_reports_rp02_first_visits_and_reports_by_channel(
    staff_client, report, session
):
    on_time = report("toilet", NOW - timedelta(days=3))
    late = report("toilet", NOW - timedelta(days=3), channel="sms")
    twice = report("other_repair", NOW - timedelta(days=3), facts={}, channel="voice")
    gas = report("gas_smell", NOW - timedelta(days=2), facts={})
    report("asb", NOW - timedelta(days=1), facts={})  # not a repair: counted as a report only
    change_status(on_time, "completed", by="t")
    change_status(late, "completed", by="t")
    change_status(twice, "attended", by="t")
    change_status(twice, "completed", by="t")
    change_status(gas, "made_safe", by="t")
    change_status(gas, "completed", by="t")
    on_time.completed_at = on_time.reported_at + timedelta(hours=5)
    late.completed_at = late.reported_at + timedelta(hours=30)
    twice.completed_at = twice.reported_at + timedelta(days=2)
    gas.completed_at = gas.reported_at + timedelta(days=1)
    gas.status_history[-2].changed_at = gas.reported_at + timedelta(hours=3)
    session.commit()

    html = staff_client.get("/staff/performance").get_data(as_text=True)
    assert figure(html, "rp02-emergency") == "100.0%"
    assert figure(html, "rp02-non-emergency") == "66.7%"  # 2 of 3
    assert figure(html, "first-visit") == "50.0%"  # the toilets; not the two with two visits
    assert "1 April 2026 to 8 December 2026" in html
    assert html.count('role="img"') == 4
    assert "Emergency: 100.0% (1 of 1); Non-emergency: 66.7% (2 of 3)" in html
    assert "Text message" in html and "Phone call" in html and "Anti-social behaviour" in html


def test_a_delayed_repair_is_judged_against_its_first_target(staff_client, report, session):
    repair = report("toilet", NOW)  # due Wednesday 9 December, 09:00
    update(staff_client, repair.reference, status="delayed", new_target_date="2026-12-14")
    update(staff_client, repair.reference, status="completed")
    repair.completed_at = datetime(2026, 12, 10, 10, 0, tzinfo=timezone.utc)
    session.commit()
    html = staff_client.get("/staff/performance?from=2026-12-01&to=2026-12-31").get_data(
        as_text=True
    )
    assert figure(html, "rp02-non-emergency") == "0.0%"


def test_completing_a_repair_changes_the_rp02_figure(staff_client, report, session):
    repair = report("toilet", NOW)
    page = "/staff/performance?from=2026-04-01&to=2027-03-31"
    assert figure(staff_client.get(page).get_data(as_text=True), "rp02-non-emergency") == "–"
    update(staff_client, repair.reference, status="completed")
    repair.completed_at = NOW + timedelta(hours=2)
    session.commit()
    assert figure(staff_client.get(page).get_data(as_text=True), "rp02-non-emergency") == "100.0%"


@pytest.mark.parametrize("query", ["from=yesterday", "from=2026-12-08&to=2026-12-01"])
def test_a_bad_period_falls_back_to_the_year_so_far_and_says_so(staff_client, query):
    html = staff_client.get(f"/staff/performance?{query}").get_data(as_text=True)
    assert "Showing this year so far." in html
    assert "1 April 2026 to 8 December 2026" in html


@pytest.mark.parametrize(
    "path",
    [
        "/staff/performance?from=0001-01-01&to=9999-12-31",
        "/staff/performance?from=1900-01-01&to=2026-01-01",
        "/staff/?page=" + "9" * 30,
        "/staff/?page=-4",
    ],
)
def test_absurd_pages_and_periods_are_answered_not_crashed_on(staff_client, path):
    response = staff_client.get(path)
    assert response.status_code == 200
    if "performance" in path:
        assert "out of range" in response.get_data(as_text=True)
