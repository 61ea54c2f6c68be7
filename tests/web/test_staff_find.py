"""Finding things on the dashboard: the search box, "reported today", the tenant and address
columns, the CSV export of the filtered list and the call-back requests."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from backend.models import CallbackRequest, Tenant
from backend.services.repairs import change_status
from tests.web.conftest import csrf_token

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=timezone.utc)  # the clock fixture's time
REFERENCE = re.compile(r">(HR-\d{6})</a></th>")


def tenant(session, last_name: str) -> Tenant:
    return session.scalars(select(Tenant).where(Tenant.last_name == last_name)).one()


@pytest.fixture
def homes(report, session):
    """One report from each of four demo tenants and one from someone not matched."""
    reports = {
        name: report("toilet", NOW, tenant_id=tenant(session, name).id)
        for name in ("Jones", "Okafor", "Khan", "Walker")
    }
    reports["unknown"] = report("toilet", NOW)
    return {name: repair.reference for name, repair in reports.items()}


def listed(client, query: str = "") -> set[str]:
    response = client.get(f"/staff/?{query}")
    assert response.status_code == 200
    return set(REFERENCE.findall(response.get_data(as_text=True)))


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("Sarah", {"Jones"}),  # first name
        ("jones", {"Jones"}),  # last name, any case
        ("Sarah Jones", {"Jones"}),  # full name
        ("grace okafor", {"Okafor"}),
        ("Hilldene", {"Jones"}),  # street
        ("12 Hilldene Avenue", {"Jones"}),  # door number and street
        ("Flat 6", {"Khan"}),
        ("Como Street", {"Khan"}),
        ("RM3 7AB", {"Jones"}),  # postcode
        ("rm37ab", {"Jones"}),  # without the space, lower case
        ("rm3 7js", {"Okafor"}),
        ("RM3", {"Jones", "Okafor"}),  # the outward code alone
        ("07700 900123", {"Jones"}),  # phone as people write it
        ("07700900123", {"Jones"}),
        ("+44 7700 900123", {"Jones"}),
        ("+447700900789", {"Okafor"}),  # as stored, E.164
        ("900321", {"Khan"}),  # the end of a number
        ("Romford", {"Jones", "Okafor", "Khan", "Walker"}),  # town
        ("Nobody", set()),
        ("%", set()),  # a wildcard is only a character
    ],
)
def test_the_search_finds_a_report_by_each_field(staff_client, homes, q, expected):
    assert listed(staff_client, f"q={q.replace('+', '%2B')}") == {homes[n] for n in expected}


def test_the_search_finds_a_report_by_its_reference(staff_client, homes):
    digits = homes["Khan"][3:]
    assert listed(staff_client, f"q={digits}") == {homes["Khan"]}
    assert listed(staff_client, f"q={homes['Khan'].lower()}") == {homes["Khan"]}


def test_the_search_finds_the_number_a_caller_gave_without_a_tenant_record(
    staff_client, report, session
):
    repair = report("toilet", NOW)
    repair.contact_phone = "+447700900999"
    session.commit()
    assert listed(staff_client, "q=07700 900999") == {repair.reference}


def test_the_search_keeps_the_other_filters(staff_client, homes, session):
    change_status(tenant(session, "Jones").repairs[0], "completed", by="t")
    session.commit()
    assert listed(staff_client, "q=Jones") == set()  # open only, by default
    assert listed(staff_client, "q=Jones&status=all") == {homes["Jones"]}


@pytest.mark.parametrize(
    ("reported_at", "today"),
    [
        (NOW, True),
        (datetime(2026, 12, 8, 0, 30, tzinfo=timezone.utc), True),  # 00:30 in London
        (datetime(2026, 12, 7, 23, 59, tzinfo=timezone.utc), False),  # last night
        (NOW - timedelta(days=1), False),
    ],
)
def test_reported_today_means_since_midnight_in_london(staff_client, report, reported_at, today):
    repair = report("toilet", reported_at)
    assert (repair.reference in listed(staff_client, "reported_today=1")) is today


def test_the_list_shows_the_tenant_and_the_address(staff_client, homes):
    html = staff_client.get("/staff/?q=Jones").get_data(as_text=True)
    assert '<th scope="col">Tenant</th>' in html and '<th scope="col">Address</th>' in html
    assert "Sarah Jones" in html and "12 Hilldene Avenue, Romford RM3 7AB" in html
    unknown = staff_client.get(f"/staff/?q={homes['unknown']}").get_data(as_text=True)
    assert "Not matched to a tenant" in unknown


def exported(client, query: str = "") -> list[dict[str, str]]:
    response = client.get(f"/staff/repairs.csv?{query}")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    assert response.headers["Cache-Control"] == "no-store"
    return list(csv.DictReader(io.StringIO(response.get_data().decode("utf-8-sig"))))


@pytest.mark.parametrize(
    "query",
    ["", "status=all", "q=RM3", "q=jones", "reported_today=1", "tier=one_day&q=Romford", "q=zz"],
)
def test_the_export_holds_the_same_reports_as_the_page(staff_client, homes, query):
    rows = exported(staff_client, query)
    assert {row["Reference"] for row in rows} == listed(staff_client, query)


def test_the_export_holds_every_matching_report_not_just_one_page(staff_client, homes, monkeypatch):
    monkeypatch.setattr("backend.web.staff.PAGE_SIZE", 2)
    assert len(listed(staff_client)) == 2
    rows = exported(staff_client)
    assert {row["Reference"] for row in rows} == set(homes.values())
    sarah = next(row for row in rows if row["Reference"] == homes["Jones"])
    assert sarah["Tenant"] == "Sarah Jones"
    assert (sarah["Address"], sarah["Postcode"]) == ("12 Hilldene Avenue, Romford", "RM3 7AB")
    assert sarah["Phone"] == "07700 900123"
    assert sarah["Priority"] == "One-day repair" and sarah["Status"] == "Reported"
    assert sarah["Reported"] == "2026-12-08 09:00"


@pytest.mark.parametrize(
    ("typed", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-1+2", "'-1+2"),
        ("@cmd", "'@cmd"),
        ("Jones", "Jones"),
        ("O'Neill", "O'Neill"),
    ],
)
def test_the_export_defuses_cells_a_spreadsheet_would_run(
    staff_client, report, session, typed, cell
):
    repair = report("toilet", NOW)
    repair.description = typed
    session.commit()
    (row,) = exported(staff_client, f"q={repair.reference}")
    assert row["Description"] == cell


@pytest.fixture
def callbacks(session):
    asked = {
        "sarah": CallbackRequest(
            tenant_id=tenant(session, "Jones").id,
            phone="+447700900123",
            reason="Wants to talk about the boiler",
            channel="web",
            created_at=NOW - timedelta(days=2),
        ),
        "stranger": CallbackRequest(
            phone="+447700900555", reason="Neighbour's leak", channel="voice", created_at=NOW
        ),
        "tom": CallbackRequest(
            tenant_id=tenant(session, "Walker").id, reason="", channel="sms", created_at=NOW
        ),
        "done": CallbackRequest(
            phone="+447700900666", reason="Already rung", channel="sms", status="closed"
        ),
    }
    session.add_all(asked.values())
    session.commit()
    return asked


def test_the_call_back_requests_are_listed_with_who_number_reason_and_when(staff_client, callbacks):
    html = staff_client.get("/staff/callbacks").get_data(as_text=True)
    assert "<h1>Call-back requests</h1>" in html
    for heading in ("Who", "Number", "Reason", "Asked", "Due"):
        assert f'<th scope="col">{heading}</th>' in html
    assert "Sarah Jones" in html and '<a href="tel:+447700900123">07700 900123</a>' in html
    assert "Wants to talk about the boiler" in html
    assert "Sun 6 Dec 2026, 09:00" in html  # asked on Sunday
    assert "Mon 7 Dec 2026, 17:00" in html  # due by the next working day's close: overdue
    assert "Overdue" in html
    assert "Not matched to a tenant" in html and "07700 900555" in html
    assert "Tom Walker" in html and "No number: find one before calling" in html
    assert "Wed 9 Dec 2026, 17:00" in html
    assert "Already rung" not in html  # only the ones still to make
    assert "3 call-back requests" in html
    assert html.index("Sarah Jones") < html.index("Tom Walker")  # the longest waiting first


def test_the_dashboard_links_to_the_call_backs(staff_client):
    html = staff_client.get("/staff/").get_data(as_text=True)
    assert 'href="/staff/callbacks"' in html
    page = staff_client.get("/staff/callbacks").get_data(as_text=True)
    assert 'href="/staff/callbacks" aria-current="page"' in page


@pytest.mark.parametrize(
    "url", ["/staff/?q=Jones", "/staff/repairs.csv", "/staff/repairs.csv?q=RM3", "/staff/callbacks"]
)
def test_someone_not_signed_in_finds_nothing(client, homes, callbacks, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/staff/sign-in?next=/staff/")
    body = response.get_data(as_text=True)
    assert "Sarah" not in body and "HR-" not in body and "07700" not in body


def test_a_call_back_made_leaves_the_queue_with_who_rang_and_what_came_of_it(
    staff_client, callbacks
):
    sarah = callbacks["sarah"]
    token = csrf_token(staff_client, "/staff/callbacks")
    response = staff_client.post(
        f"/staff/callbacks/{sarah.id}/done",
        data={"csrf_token": token, "outcome": "Booked the boiler visit"},
    )
    assert response.status_code == 303
    assert (sarah.status, sarah.handled_by, sarah.outcome) == (
        "done",
        "Casey Morgan",
        "Booked the boiler visit",
    )
    assert sarah.handled_at == NOW
    html = staff_client.get("/staff/callbacks").get_data(as_text=True)
    assert "Wants to talk about the boiler" not in html and "2 call-back requests" in html
    again = staff_client.post(f"/staff/callbacks/{sarah.id}/done", data={"csrf_token": token})
    assert again.status_code == 303 and sarah.handled_by == "Casey Morgan"


def test_marking_a_call_back_needs_the_csrf_token_and_a_real_request(staff_client, callbacks):
    sarah = callbacks["sarah"]
    refused = staff_client.post(f"/staff/callbacks/{sarah.id}/done", data={})
    assert refused.status_code == 400 and sarah.status == "open"
    token = csrf_token(staff_client, "/staff/callbacks")
    missing = staff_client.post("/staff/callbacks/999999/done", data={"csrf_token": token})
    assert missing.status_code == 404


def test_marking_a_call_back_needs_a_signed_in_member_of_staff(client, staff_user, callbacks):
    token = csrf_token(client, "/staff/sign-in")
    sarah = callbacks["sarah"]
    response = client.post(f"/staff/callbacks/{sarah.id}/done", data={"csrf_token": token})
    assert response.status_code == 302 and sarah.status == "open"
