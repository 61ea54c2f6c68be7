"""GET /api/repairs/<reference> lists the job's legal clocks (issue 14, item 5)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from backend.models import RepairReport, StatusChange

MORNING = "2026-12-08T09:00:00+00:00"  # a Tuesday


@pytest.fixture
def sarah(tenant_ids) -> int:
    return tenant_ids["Sarah"]


def report(api, tenant_id, category):
    body = {"category": category, "channel": "web", "tenant_id": tenant_id, "reported_at": MORNING}
    reply = api.post("/api/repairs", json=body)
    assert reply.status_code == 201
    return reply.json["reference"]


def clocks(api, tenant_id, reference) -> dict[str, dict]:
    reply = api.get(f"/api/repairs/{reference}?tenant_id={tenant_id}")
    assert reply.status_code == 200
    assert all(set(c) == {"name", "due_by", "met_at"} for c in reply.json["clocks"])
    return {c["name"]: c for c in reply.json["clocks"]}


def record(session, reference, status, when):
    repair = session.scalars(select(RepairReport).where(RepairReport.reference == reference)).one()
    repair.status_history.append(
        StatusChange(status=status, changed_by="Dee Staff", changed_at=when)
    )
    session.commit()


def test_a_damp_report_has_an_investigation_clock_and_the_rest_wait_for_it(api, sarah, session):
    reference = report(api, sarah, "damp_mould")
    listed = clocks(api, sarah, reference)
    assert listed["awaab_investigation"] == {
        "name": "awaab_investigation",
        "due_by": "2026-12-23T00:00:00+00:00",  # the end of the 10th working day
        "met_at": None,
    }
    for name in ("awaab_written_summary", "awaab_safety_work", "awaab_further_work"):
        assert listed[name]["due_by"] is None
    assert "right_to_repair" not in listed

    # Inspected on Friday 11 December: the summary by the end of Wednesday, safety work Friday.
    record(session, reference, "attended", datetime(2026, 12, 11, 10, 0, tzinfo=timezone.utc))
    listed = clocks(api, sarah, reference)
    assert listed["awaab_investigation"]["met_at"] == "2026-12-11T10:00:00+00:00"
    assert listed["awaab_written_summary"]["due_by"] == "2026-12-17T00:00:00+00:00"
    assert listed["awaab_safety_work"]["due_by"] == "2026-12-19T00:00:00+00:00"
    assert listed["awaab_further_work"]["due_by"] == "2027-03-06T00:00:00+00:00"

    record(session, reference, "made_safe", datetime(2026, 12, 15, 14, 0, tzinfo=timezone.utc))
    assert clocks(api, sarah, reference)["awaab_safety_work"]["met_at"] == (
        "2026-12-15T14:00:00+00:00"
    )


def test_an_emergency_has_the_24_hour_make_safe_clock(api, sarah):
    listed = clocks(api, sarah, report(api, sarah, "gas_smell"))
    assert listed == {
        "awaab_make_safe": {
            "name": "awaab_make_safe",
            "due_by": "2026-12-09T09:00:00+00:00",
            "met_at": None,
        }
    }


def test_a_qualifying_repair_has_the_right_to_repair_clock(api, sarah):
    listed = clocks(api, sarah, report(api, sarah, "blocked_sink_bath"))
    # Three working days from Tuesday: the end of Friday 11 December.
    assert listed == {
        "right_to_repair": {
            "name": "right_to_repair",
            "due_by": "2026-12-12T00:00:00+00:00",
            "met_at": None,
        }
    }


def test_a_repair_no_law_times_has_no_clocks(api, sarah):
    assert clocks(api, sarah, report(api, sarah, "worktops")) == {}


def test_a_complaint_gives_its_clocks_and_nothing_to_tell_in_a_conversation(api, sarah):
    reference = report(api, sarah, "complaint")
    reply = api.get(f"/api/repairs/{reference}?tenant_id={sarah}")
    assert set(reply.json) == {"reference", "confidential", "clocks"}
    assert reply.json["confidential"] is True
    listed = clocks(api, sarah, reference)
    # Stage 2 is not listed before the tenant asks for it.
    assert set(listed) == {"complaint_acknowledgement", "complaint_answer"}
    assert listed["complaint_acknowledgement"]["due_by"] is not None
    assert listed["complaint_acknowledgement"]["met_at"] is None


def test_the_list_of_repairs_is_unchanged(api, sarah):
    report(api, sarah, "damp_mould")
    listed = api.get(f"/api/repairs?tenant_id={sarah}").json["repairs"]
    assert listed and all("clocks" not in r for r in listed)


def test_the_openapi_document_names_the_clocks_the_api_lists():
    from backend.api.openapi import _document
    from backend.api.serialise import API_CLOCKS

    clock = _document()["components"]["schemas"]["Clock"]
    assert clock["properties"]["name"]["enum"] == list(API_CLOCKS)
