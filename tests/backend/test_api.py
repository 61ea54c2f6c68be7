"""The HTTP API as the assistant and the channels use it, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

MORNING = "2026-12-08T09:00:00+00:00"


@pytest.fixture
def sarah(tenant_ids) -> int:
    return tenant_ids["Sarah"]  # demo tenant with no recorded circumstances


@pytest.fixture
def arthur(tenant_ids) -> int:
    return tenant_ids["Arthur"]  # demo tenant aged 65 or over


def report(api, tenant_id, category="blocked_sink_bath", key=None, **extra):
    headers = {"Idempotency-Key": key} if key else {}
    body = {
        "category": category,
        "channel": "web",
        "tenant_id": tenant_id,
        "description": "described by the tenant",
        "reported_at": MORNING,
        **extra,
    }
    return api.post("/api/repairs", json=body, headers=headers)


def test_triage_tells_priority_target_and_reason(api):
    reply = api.post(
        "/api/triage",
        json={
            "category": "heating_hot_water",
            "facts": {},
            "reported_at": "2026-12-08T18:30:00+00:00",
        },
    )
    assert reply.status_code == 200
    assert reply.json["priority"] == "one_day"
    assert reply.json["target_by"] == "2026-12-09T18:30:00+00:00"
    assert reply.json["reason"].startswith("loss of heating or hot water between 31 October")
    assert reply.json["questions"] == []


def test_triage_asks_the_question_the_rule_needs(api):
    reply = api.post("/api/triage", json={"category": "toilet", "reported_at": MORNING})
    assert reply.json["priority"] == "one_day"
    assert reply.json["provisional"] is True
    assert [q["fact"] for q in reply.json["questions"]] == ["other_working_toilet"]


@pytest.mark.parametrize(
    ("method", "url", "body", "status", "error"),
    [
        ("post", "/api/triage", {"category": "spaceship"}, 422, "unknown_category"),
        (
            "post",
            "/api/triage",
            {"category": "tap", "reported_at": "yesterday"},
            400,
            "invalid_field",
        ),
        (
            "post",
            "/api/triage",
            {"category": "tap", "reported_at": "2026-12-08T09:00"},
            400,
            "invalid_field",
        ),
        (
            "post",
            "/api/triage",
            {"category": "tap", "facts": {"total_loss": "yes"}},
            400,
            "invalid_field",
        ),
        ("post", "/api/triage", {"category": "tap", "facts": ["x"]}, 400, "invalid_field"),
        ("post", "/api/triage", {}, 400, "missing_field"),
        ("post", "/api/repairs", {"category": "tap", "channel": "fax"}, 400, "invalid_field"),
        (
            "post",
            "/api/repairs",
            {"category": "tap", "channel": "web", "tenant_id": 999},
            404,
            "tenant_not_found",
        ),
        (
            "post",
            "/api/repairs",
            {"category": "tap", "channel": "web", "tenant_id": "abc"},
            400,
            "invalid_field",
        ),
        (
            "post",
            "/api/repairs",
            {"category": "tap", "channel": "sms", "contact_phone": "123"},
            400,
            "invalid_phone",
        ),
        ("get", "/api/tenants/lookup?phone=banana", None, 400, "invalid_phone"),
        ("get", "/api/tenants/lookup?phone=07911123456", None, 404, "not_found"),
        ("post", "/api/tenants/verify", {"door_number": "12"}, 400, "missing_field"),
        ("get", "/api/slots?tenant_id=1", None, 400, "missing_field"),
        ("get", "/api/slots?reference=HR-000000&tenant_id=1", None, 404, "not_found"),
        ("get", "/api/repairs/HR-000000", None, 400, "missing_field"),
        ("post", "/api/bookings", {"reference": "HR-1", "tenant_id": 1}, 400, "missing_field"),
        ("delete", "/api/bookings/999?tenant_id=1", None, 404, "not_found"),
        ("get", "/api/nowhere", None, 404, "not_found"),
    ],
)
def test_bad_input_gets_a_clear_error_never_a_500(api, method, url, body, status, error):
    kwargs = {"json": body} if body is not None else {}
    reply = getattr(api, method)(url, **kwargs)
    assert (reply.status_code, reply.json["error"]) == (status, error)
    assert reply.json["message"]


def test_a_body_that_is_not_json_is_refused(api):
    reply = api.post("/api/repairs", data="{not json", content_type="application/json")
    assert (reply.status_code, reply.json["error"]) == (400, "invalid_json")


@pytest.mark.parametrize("header", [None, "Bearer wrong", "test-token", "Bearer "])
def test_the_api_refuses_callers_without_the_token(client, header):
    headers = {"Authorization": header} if header else {}
    reply = client.post("/api/triage", json={"category": "tap"}, headers=headers)
    assert (reply.status_code, reply.json["error"]) == (401, "unauthorised")


@pytest.mark.parametrize(
    "phone", ["07700 900123", "+447700900123", "(07700) 900-123", "447700900123"]
)
def test_a_tenant_is_found_by_phone_however_the_number_is_written(api, sarah, phone):
    reply = api.get("/api/tenants/lookup", query_string={"phone": phone})
    assert reply.json == {"tenant_id": sarah, "first_name": "Sarah", "postcode_district": "RM3"}


def test_identity_lookup_reveals_nothing_beyond_what_confirms_identity(api):
    reply = api.get("/api/tenants/lookup?phone=07700900456")
    assert set(reply.json) == {"tenant_id", "first_name", "postcode_district"}


@pytest.mark.parametrize(
    ("details", "found"),
    [
        ({"door_number": "12", "postcode": "RM3 7AB", "name": "Sarah Jones"}, True),
        ({"door_number": "12", "postcode": "rm37ab", "name": "sarah  JONES"}, True),
        ({"door_number": "12", "postcode": "RM3 7AB", "name": "s jones"}, False),
        ({"door_number": "12", "postcode": "RM3 7AB", "name": "Bob Jones"}, False),
        ({"door_number": "12", "postcode": "RM3 7AB", "name": "Sarah Smith"}, False),
        ({"door_number": "14", "postcode": "RM3 7AB", "name": "Sarah Jones"}, False),
    ],
)
def test_a_tenant_is_verified_by_door_number_postcode_and_full_name(api, details, found):
    reply = api.post("/api/tenants/verify", json=details)
    assert reply.status_code == (200 if found else 404)


def test_every_report_gets_a_reference_and_a_target(api, sarah):
    reply = report(api, sarah)
    assert reply.status_code == 201
    assert reply.json["reference"].startswith("HR-")
    assert reply.json["priority"] == "three_day"
    assert reply.json["target_by"] == "2026-12-11T17:00:00+00:00"
    assert reply.json["status"] == "reported"


def test_a_retried_report_with_the_same_key_makes_one_repair(api, sarah):
    first = report(api, sarah, key="sms-SM123")
    again = report(api, sarah, key="sms-SM123")
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json["reference"] == first.json["reference"]
    assert len(api.get(f"/api/repairs?tenant_id={sarah}").json["repairs"]) == 1


def test_a_tenants_recorded_circumstances_count_without_being_mentioned(api, arthur):
    reply = report(api, arthur, category="handyperson")
    assert reply.json["priority"] == "handyperson"


def test_an_emergency_awaits_dispatch_and_gets_no_appointment(api, sarah):
    emergency = report(api, sarah, category="gas_smell").json
    assert emergency["status"] == "awaiting_dispatch"
    assert emergency["target_by"] == "2026-12-08T13:00:00+00:00"
    reply = api.get(f"/api/slots?reference={emergency['reference']}&tenant_id={sarah}")
    assert (reply.status_code, reply.json["error"]) == (409, "emergency_no_booking")
    assert "4 hours" in reply.json["message"]


@pytest.mark.parametrize("category", ["asb", "complaint"])
def test_reports_that_are_not_repairs_get_no_appointment(api, sarah, category):
    reference = report(api, sarah, category=category).json["reference"]
    reply = api.get(f"/api/slots?reference={reference}&tenant_id={sarah}")
    assert (reply.status_code, reply.json["error"]) == (409, "not_bookable")


def test_a_rechargeable_repair_is_booked_only_after_the_tenant_agrees(api, sarah):
    reference = report(api, sarah, category="tenant_responsibility").json["reference"]
    refused = api.get(f"/api/slots?reference={reference}&tenant_id={sarah}")
    assert refused.json["error"] == "recharge_not_agreed"
    agreed = api.patch(
        f"/api/repairs/{reference}?tenant_id={sarah}", json={"recharge_agreed": True}
    )
    assert agreed.json["recharge_agreed"] is True
    assert api.get(f"/api/slots?reference={reference}&tenant_id={sarah}").json["slots"]


def test_offered_slots_are_the_repairs_trade_and_end_on_or_before_its_target(api, sarah):
    repair = report(api, sarah).json
    slots = api.get(f"/api/slots?reference={repair['reference']}&tenant_id={sarah}&limit=50")
    offered = slots.json["slots"]
    assert offered
    assert {s["trade"] for s in offered} == {"plumbing"}
    assert all(s["ends_at"] <= repair["target_by"] for s in offered)
    assert all(s["starts_at"] > MORNING for s in offered)


def test_a_report_can_carry_the_appointments_to_offer_as_slots_would_give_them(api, sarah):
    repair = report(api, sarah, offer_slots=3).json
    slots = api.get(f"/api/slots?reference={repair['reference']}&tenant_id={sarah}&limit=3")
    assert repair["slots"] == slots.json["slots"]
    assert len(repair["slots"]) == 3


@pytest.mark.parametrize(
    ("category", "extra"),
    [
        ("gas_smell", {}),  # an emergency is dispatched, not booked
        ("asb", {}),  # not a repair
        ("tenant_responsibility", {}),  # the charge is agreed first
        ("blocked_sink_bath", {"tenant_id": None, "given_name": "Sam"}),  # nobody to book for
        ("blocked_sink_bath", {"offer_slots": None}),  # not asked for
    ],
)
def test_a_report_carries_no_appointments_when_none_can_be_booked_now(api, sarah, category, extra):
    fields = {"offer_slots": 3, **extra}
    reply = report(api, fields.pop("tenant_id", sarah), category=category, **fields)
    assert reply.status_code == 201
    assert "slots" not in reply.json


@pytest.mark.parametrize("offer", [0, 51, "three"])
def test_a_report_asking_for_an_impossible_number_of_appointments_is_refused(api, sarah, offer):
    reply = report(api, sarah, offer_slots=offer)
    assert reply.status_code == 400
    assert reply.json["error"] == "invalid_field"


def test_a_one_day_repair_reported_on_friday_evening_is_offered_saturday(api, sarah, clock):
    from datetime import datetime, timezone

    clock.now = datetime(2026, 12, 11, 18, 0, tzinfo=timezone.utc)
    repair = report(
        api, sarah, category="insecure_entry", reported_at="2026-12-11T18:00:00+00:00"
    ).json
    slots = api.get(f"/api/slots?reference={repair['reference']}&tenant_id={sarah}").json["slots"]
    assert [s["label"] for s in slots] == ["Saturday 12 December, morning (8am to 12 noon)"]


def test_booking_changing_and_cancelling_an_appointment(api, sarah):
    reference = report(api, sarah).json["reference"]
    first, second = api.get(f"/api/slots?reference={reference}&tenant_id={sarah}").json["slots"][:2]

    booked = api.post(
        "/api/bookings",
        json={"reference": reference, "tenant_id": sarah, "slot_id": first["slot_id"]},
    )
    assert booked.status_code == 201
    assert api.get(f"/api/repairs/{reference}?tenant_id={sarah}").json["status"] == "booked"

    moved = api.patch(
        f"/api/bookings/{booked.json['booking_id']}",
        json={"tenant_id": sarah, "slot_id": second["slot_id"]},
    )
    assert (moved.status_code, moved.json["slot_id"]) == (200, second["slot_id"])

    cancelled = api.delete(f"/api/bookings/{moved.json['booking_id']}?tenant_id={sarah}")
    assert cancelled.json["status"] == "cancelled"
    repair = api.get(f"/api/repairs/{reference}?tenant_id={sarah}").json
    assert repair["booking"] is None
    assert [h["status"] for h in repair["status_history"]] == [
        "reported",
        "booked",
        "booked",
        "appointment_cancelled",
    ]


def test_a_repair_gets_one_live_appointment_at_a_time(api, sarah):
    reference = report(api, sarah).json["reference"]
    first, second = api.get(f"/api/slots?reference={reference}&tenant_id={sarah}").json["slots"][:2]
    api.post(
        "/api/bookings",
        json={"reference": reference, "tenant_id": sarah, "slot_id": first["slot_id"]},
    )
    again = api.post(
        "/api/bookings",
        json={"reference": reference, "tenant_id": sarah, "slot_id": second["slot_id"]},
    )
    assert (again.status_code, again.json["error"]) == (409, "already_booked")


def test_a_retried_booking_with_the_same_key_books_once(api, sarah):
    reference = report(api, sarah).json["reference"]
    slot = api.get(f"/api/slots?reference={reference}&tenant_id={sarah}").json["slots"][0]
    body = {"reference": reference, "tenant_id": sarah, "slot_id": slot["slot_id"]}
    first = api.post("/api/bookings", json=body, headers={"Idempotency-Key": "b-1"})
    again = api.post("/api/bookings", json=body, headers={"Idempotency-Key": "b-1"})
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json["booking_id"] == again.json["booking_id"]


def test_a_slot_just_taken_is_refused_and_the_others_are_still_offered(
    api, tenant_ids, arthur, sarah
):
    slot_id = None
    for tenant in (sarah, arthur, tenant_ids["Grace"]):
        reference = report(api, tenant).json["reference"]
        offered = api.get(f"/api/slots?reference={reference}&tenant_id={tenant}").json["slots"]
        slot_id = slot_id or offered[0]["slot_id"]
        reply = api.post(
            "/api/bookings", json={"reference": reference, "tenant_id": tenant, "slot_id": slot_id}
        )
    assert (reply.status_code, reply.json["error"]) == (409, "slot_full")  # capacity 2
    assert slot_id not in {s["slot_id"] for s in offered} or len(offered) > 1


def test_a_slot_after_the_target_is_refused(api, app, sarah):
    from sqlalchemy import select

    from backend.db import get_session
    from backend.models import Slot

    reference = report(api, sarah).json["reference"]  # three working days: by 11 December
    with app.app_context():
        two_weeks_out = (
            get_session()
            .scalars(select(Slot).where(Slot.trade == "plumbing", Slot.day == date(2026, 12, 22)))
            .first()
            .id
        )
    reply = api.post(
        "/api/bookings", json={"reference": reference, "tenant_id": sarah, "slot_id": two_weeks_out}
    )
    assert (reply.status_code, reply.json["error"]) == (422, "slot_after_target")


@pytest.mark.parametrize(
    ("call", "url"),
    [
        ("get", "/api/repairs/{ref}?tenant_id={other}"),
        ("get", "/api/slots?reference={ref}&tenant_id={other}"),
        ("patch", "/api/repairs/{ref}?tenant_id={other}"),
    ],
)
def test_one_tenant_cannot_see_or_change_anothers_repair(api, sarah, arthur, call, url):
    reference = report(api, sarah).json["reference"]
    kwargs = {"json": {"recharge_agreed": True}} if call == "patch" else {}
    reply = getattr(api, call)(url.format(ref=reference, other=arthur), **kwargs)
    assert (reply.status_code, reply.json["error"]) == (404, "not_found")


def test_one_tenant_cannot_move_or_cancel_anothers_booking(api, arthur, sarah):
    reference = report(api, sarah).json["reference"]
    slots = api.get(f"/api/slots?reference={reference}&tenant_id={sarah}").json["slots"]
    booking = api.post(
        "/api/bookings",
        json={"reference": reference, "tenant_id": sarah, "slot_id": slots[0]["slot_id"]},
    ).json
    moved = api.patch(
        f"/api/bookings/{booking['booking_id']}",
        json={"tenant_id": arthur, "slot_id": slots[1]["slot_id"]},
    )
    cancelled = api.delete(f"/api/bookings/{booking['booking_id']}?tenant_id={arthur}")
    assert (moved.status_code, cancelled.status_code) == (404, 404)


def test_speak_to_a_person_records_a_call_back(api, sarah):
    reply = api.post(
        "/api/callbacks", json={"tenant_id": sarah, "reason": "wants a person", "channel": "web"}
    )
    assert reply.status_code == 201
    assert "0800 151 3444" in reply.json["message"]


def test_the_api_lists_the_policys_categories(api):
    categories = {c["code"] for c in api.get("/api/categories").json["categories"]}
    assert {"gas_smell", "damp_mould", "handyperson", "complaint"} <= categories


def test_a_report_from_an_unknown_number_keeps_the_number_the_channel_saw(api, session):
    from sqlalchemy import select

    from backend.channel_models import PhoneConversation
    from backend.models import RepairReport

    # What the gateway's SMS relay wrote when the text came in (the shared database).
    session.add(PhoneConversation(conversation_id="hash-of-caller", phone="+447700900999"))
    session.commit()
    reference = api.post(
        "/api/repairs",
        json={
            "category": "tap",
            "channel": "sms",
            "conversation_id": "hash-of-caller",
            "reported_at": MORNING,
        },
    ).json["reference"]
    repair = session.scalars(select(RepairReport).where(RepairReport.reference == reference)).one()
    assert repair.contact_phone == "+447700900999"
    assert repair.tenant_id is None


def test_a_slot_that_starts_before_the_report_is_not_offered(api, sarah):
    # The channel's clock says 10:30; the 8am-12 noon slot that day has already started.
    reference = report(api, sarah, reported_at="2026-12-09T10:30:00+00:00").json["reference"]
    slots = api.get(f"/api/slots?reference={reference}&tenant_id={sarah}").json["slots"]
    assert slots[0]["starts_at"] == "2026-12-09T12:00:00+00:00"


def test_triage_for_a_known_tenant_uses_their_recorded_circumstances(api, arthur, sarah):
    asked = api.post("/api/triage", json={"category": "handyperson", "tenant_id": sarah}).json
    known = api.post("/api/triage", json={"category": "handyperson", "tenant_id": arthur}).json
    assert [q["fact"] for q in asked["questions"]] == ["vulnerable"]
    assert (known["priority"], known["questions"]) == ("handyperson", [])


@pytest.mark.parametrize(("hops", "seen"), [(0, "127.0.0.1"), (1, "203.0.113.9")])
def test_the_callers_address_is_trusted_from_the_proxy_only_when_configured(app_config, hops, seen):
    from flask import request

    from backend import create_app

    app = create_app({**app_config, "TRUSTED_PROXY_HOPS": hops})
    app.add_url_rule("/whoami", "whoami", lambda: {"address": request.remote_addr})
    reply = app.test_client().get("/whoami", headers={"X-Forwarded-For": "203.0.113.9"})
    assert reply.json["address"] == seen


def test_an_unmatched_report_keeps_the_name_and_address_the_reporter_gave(api, session, sarah):
    from sqlalchemy import select

    from backend.models import RepairReport

    unmatched = report(api, None, given_address="Flat 6, RM7 7DR", given_name="Aisha Khan").json
    matched = report(api, sarah, given_address="somewhere else", given_name="Someone").json
    stored = {
        r.reference: (r.given_name, r.given_address) for r in session.scalars(select(RepairReport))
    }
    assert stored[unmatched["reference"]] == ("Aisha Khan", "Flat 6, RM7 7DR")
    assert stored[matched["reference"]] == (None, None)  # the tenant's own address is the record


def test_a_given_address_too_long_is_refused(api):
    reply = report(api, None, given_address="x" * 201)
    assert (reply.status_code, reply.json["error"]) == (400, "invalid_field")
