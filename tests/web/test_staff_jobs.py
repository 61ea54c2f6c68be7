"""The repairs desk's job actions (issue 13): each one a POST with the CSRF token, written to the
status history with who and when, refused with a clear error that changes nothing, and the tenant
told where the change alters what they were promised."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from backend.channel_models import Notification
from backend.models import Operative, RepairReport, Slot, Tenant
from tests.web.conftest import csrf_token
from tests.web.test_staff_dashboard import listed

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=timezone.utc)  # the clock fixture's time


def act(client, reference: str, path: str, **form):
    token = csrf_token(client, f"/staff/repairs/{reference}")
    return client.post(f"/staff/repairs/{reference}/{path}", data={"csrf_token": token, **form})


def page(client, reference: str) -> str:
    return client.get(f"/staff/repairs/{reference}").get_data(as_text=True)


def operative(session, name: str = "Priya Shah") -> Operative:
    return session.scalars(select(Operative).where(Operative.name == name)).one()


def first_slot(session, repair: RepairReport, offset: int = 0) -> Slot:
    """A free slot of the repair's trade after the clock's time and before its target."""
    slots = session.scalars(
        select(Slot)
        .where(Slot.trade == repair.trade, Slot.day > NOW.date())
        .order_by(Slot.day, Slot.window)
    ).all()
    return slots[offset]


def texts(session, repair: RepairReport) -> list[tuple[str, str]]:
    rows = session.scalars(
        select(Notification).where(Notification.repair_id == repair.id).order_by(Notification.id)
    )
    return [(n.kind, n.body) for n in rows]


@pytest.fixture
def tap(report, sarah):
    """A three-working-day repair for Sarah: bookable, due Friday 11 December 17:00."""
    return report("tap", facts={}, tenant_id=sarah.id)


def test_an_emergency_awaits_dispatch_until_it_is_assigned(
    staff_client, report, session, sarah, published
):
    gas = report("gas_smell", facts={}, tenant_id=sarah.id)
    assert gas.status == "awaiting_dispatch"
    html = page(staff_client, gas.reference)
    assert "Awaiting dispatch" in html and "Operative dispatched" not in html

    response = act(staff_client, gas.reference, "assign", operative_id=operative(session).id)
    assert response.status_code == 303
    assert gas.status == "operative_dispatched" and gas.operative.name == "Priya Shah"
    last = gas.status_history[-1]
    assert (last.status, last.changed_by, last.note) == (
        "operative_dispatched",
        "Casey Morgan",
        "assigned to Priya Shah",
    )
    assert "Priya Shah" in page(staff_client, gas.reference)


def test_assigning_a_routine_job_keeps_its_status(staff_client, tap, session):
    act(staff_client, tap.reference, "assign", operative_id=operative(session).id)
    assert tap.status == "reported" and tap.status_history[-1].status == "assigned"


@pytest.mark.parametrize("operative_id", ["", "999999", "x"])
def test_assigning_nobody_is_refused(staff_client, tap, operative_id):
    response = act(staff_client, tap.reference, "assign", operative_id=operative_id)
    assert response.status_code == 400
    assert "Choose an operative or contractor" in response.get_data(as_text=True)
    assert tap.operative_id is None


def test_booking_moving_and_cancelling_the_tenants_appointment(
    staff_client, tap, session, published
):
    first, second = first_slot(session, tap), first_slot(session, tap, 1)
    response = act(staff_client, tap.reference, "appointment", slot_id=first.id)
    assert response.status_code == 303
    booking = tap.active_booking
    assert booking.slot_id == first.id and tap.status == "booked"
    assert tap.status_history[-1].changed_by == "Casey Morgan"

    act(staff_client, tap.reference, "appointment/move", slot_id=second.id)
    assert tap.active_booking.slot_id == second.id
    act(staff_client, tap.reference, "appointment/cancel")
    assert tap.active_booking is None and tap.status == "reported"
    assert [kind for kind, _ in published] == [
        "appointment_booked",
        "appointment_changed",
        "appointment_cancelled",
    ]
    assert [kind for kind, _ in texts(session, tap)] == [
        "appointment_booked",
        "appointment_changed",
        "appointment_cancelled",
    ]


def test_a_slot_just_taken_gives_a_clear_error(staff_client, tap, session, published):
    slot = first_slot(session, tap)
    token = csrf_token(staff_client, f"/staff/repairs/{tap.reference}")
    slot.booked = slot.capacity  # someone else took the last place meanwhile
    session.commit()
    response = staff_client.post(
        f"/staff/repairs/{tap.reference}/appointment",
        data={"csrf_token": token, "slot_id": slot.id},
    )
    assert response.status_code == 400
    assert "that appointment has just been taken" in response.get_data(as_text=True)
    assert tap.active_booking is None and published == []


@pytest.mark.parametrize(
    ("path", "form", "message"),
    [
        ("appointment", {}, "Choose an appointment."),
        ("appointment", {"slot_id": "999999"}, "Choose an appointment from the list."),
        ("appointment/move", {"slot_id": "1"}, "no appointment to move"),
        ("appointment/cancel", {}, "no appointment to cancel"),
    ],
)
def test_appointment_changes_that_cannot_be_made(staff_client, tap, published, path, form, message):
    response = act(staff_client, tap.reference, path, **form)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert tap.status == "reported" and published == []


def test_an_emergency_cannot_be_booked(staff_client, report, session):
    gas = report("gas_smell", facts={})
    slot = session.scalars(select(Slot).where(Slot.trade == "gas")).first()
    response = act(staff_client, gas.reference, "appointment", slot_id=slot.id)
    assert response.status_code == 400
    assert "This is an emergency" in response.get_data(as_text=True)


def test_a_retriage_with_a_reason_recomputes_the_target_and_keeps_the_first(
    staff_client, tap, session
):
    first_target = tap.target_by
    response = act(
        staff_client,
        tap.reference,
        "retriage",
        category="leaking_pipe_tank",
        tier="",
        reason="Water coming through the ceiling below",
    )
    assert response.status_code == 303
    assert (tap.category, tap.tier) == ("leaking_pipe_tank", "one_day")
    assert tap.target_by == datetime(2026, 12, 9, 9, 0, tzinfo=timezone.utc)
    assert tap.original_target_by == first_target  # RP02 is still judged against this
    assert (tap.original_category, tap.original_tier) == ("tap", "three_day")
    change = tap.status_history[-1]
    assert change.status == "retriaged" and change.changed_by == "Casey Morgan"
    assert "ceiling below" in change.note and change.new_target_by == tap.target_by
    assert [kind for kind, _ in texts(session, tap)] == ["repair_retriaged"]
    assert "now a one-day repair" in texts(session, tap)[0][1]


def test_raising_a_repair_to_an_emergency_makes_it_await_dispatch(staff_client, tap):
    act(staff_client, tap.reference, "retriage", category="tap", tier="emergency", reason="Flood")
    assert tap.emergency and tap.status == "awaiting_dispatch"


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"category": "leaking_pipe_tank", "tier": ""}, "Give the reason for the change."),
        ({"category": "leaking_pipe_tank", "reason": "   "}, "Give the reason for the change."),
        ({"category": "tap", "tier": "", "reason": "same"}, "Choose a different category"),
        ({"category": "rocket", "reason": "wrong"}, "Choose a category from the list."),
        ({"category": "tap", "tier": "soonish", "reason": "x"}, "Choose a priority from the list."),
    ],
)
def test_a_retriage_that_cannot_be_made_changes_nothing(
    staff_client, tap, published, form, message
):
    response = act(staff_client, tap.reference, "retriage", **form)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert (tap.category, tap.tier, tap.original_tier) == ("tap", "three_day", None)
    assert published == []


def test_closing_as_a_duplicate_links_the_other_report_and_cancels_the_appointment(
    staff_client, tap, report, session, sarah
):
    original = report("tap", facts={}, tenant_id=sarah.id)
    act(staff_client, tap.reference, "appointment", slot_id=first_slot(session, tap).id)
    response = act(
        staff_client,
        tap.reference,
        "close",
        closure_reason="duplicate",
        duplicate_of=original.reference.lower(),
    )
    assert response.status_code == 303
    assert tap.status == "cancelled" and tap.closure_reason == "duplicate"
    assert tap.duplicate_of_id == original.id and tap.active_booking is None
    assert tap.status_history[-1].note == f"Duplicate of {original.reference}"
    html = page(staff_client, tap.reference)
    assert f">{original.reference}</a>" in html and "Reopen the report" in html
    assert texts(session, tap)[-1][0] == "repair_closed"
    assert f"same job as {original.reference}" in texts(session, tap)[-1][1]


@pytest.mark.parametrize("reason", ["withdrawn", "raised_in_error"])
def test_closing_as_withdrawn_or_raised_in_error(staff_client, tap, session, reason):
    act(staff_client, tap.reference, "close", closure_reason=reason)
    assert tap.status == "cancelled" and tap.closure_reason == reason
    assert texts(session, tap)[-1][0] == "repair_closed"


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({}, "Choose why the report is being closed."),
        ({"closure_reason": "bored"}, "Choose why the report is being closed."),
        ({"closure_reason": "duplicate"}, "Give the reference of the report this one duplicates"),
        ({"closure_reason": "duplicate", "duplicate_of": "HR-000001"}, "There is no report"),
        ({"closure_reason": "duplicate", "duplicate_of": "SELF"}, "cannot duplicate itself"),
    ],
)
def test_a_closure_that_cannot_be_made_changes_nothing(staff_client, tap, published, form, message):
    if form.get("duplicate_of") == "SELF":
        form = {**form, "duplicate_of": tap.reference}
    response = act(staff_client, tap.reference, "close", **form)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert tap.status == "reported" and published == []


def test_reopening_needs_a_reason(staff_client, tap, session):
    act(staff_client, tap.reference, "close", closure_reason="withdrawn")
    response = act(staff_client, tap.reference, "reopen", reason="")
    assert response.status_code == 400
    assert "Give the reason for reopening." in response.get_data(as_text=True)
    assert tap.status == "cancelled"

    act(staff_client, tap.reference, "reopen", reason="Tenant rang: still dripping")
    assert tap.status == "reported" and tap.closure_reason is None
    assert tap.status_history[-1].status == "reopened"
    assert texts(session, tap)[-1][0] == "repair_reopened"


def test_an_open_job_cannot_be_reopened(staff_client, tap):
    response = act(staff_client, tap.reference, "reopen", reason="why not")
    assert response.status_code == 400
    assert "Only a closed job can be reopened." in response.get_data(as_text=True)


def test_notes_are_kept_with_who_wrote_them(staff_client, tap):
    act(staff_client, tap.reference, "notes", text="Key safe code is with the neighbour")
    assert [(n.text, n.written_by) for n in tap.notes] == [
        ("Key safe code is with the neighbour", "Casey Morgan")
    ]
    assert "Key safe code is with the neighbour" in page(staff_client, tap.reference)
    last = tap.status_history[-1]
    assert (last.status, last.changed_by) == ("note_added", "Casey Morgan")
    response = act(staff_client, tap.reference, "notes", text="  ")
    assert response.status_code == 400 and "Write the note." in response.get_data(as_text=True)
    assert len(tap.notes) == 1


def test_a_no_access_visit_tells_the_tenant_and_a_follow_on_is_booked_from_it(
    staff_client, tap, session, clock
):
    clock.now = datetime(2026, 12, 8, 15, 0, tzinfo=timezone.utc)
    response = act(
        staff_client,
        tap.reference,
        "visits",
        visited_at="2026-12-08T11:30",
        outcome="no_access",
        operative_id=operative(session).id,
        note="Card left",
    )
    assert response.status_code == 303
    (visit,) = tap.visit_records
    assert visit.visited_at == datetime(2026, 12, 8, 11, 30, tzinfo=timezone.utc)
    assert (visit.outcome, visit.recorded_by, visit.operative.name) == (
        "no_access",
        "Casey Morgan",
        "Priya Shah",
    )
    assert visit.recorded_at == clock.now  # when it was typed in, kept apart from the visit
    assert tap.status == "no_access" and tap.visits == 0  # no work was done
    kind, text = texts(session, tap)[-1]
    assert kind == "visit_no_access" and "11:30am on Tuesday 8 December" in text

    slot = first_slot(session, tap, 1)
    response = act(staff_client, tap.reference, f"visits/{visit.id}/follow-on", slot_id=slot.id)
    assert response.status_code == 303
    assert visit.follow_on_booking.slot_id == slot.id and tap.status == "booked"
    again = act(staff_client, tap.reference, f"visits/{visit.id}/follow-on", slot_id=slot.id)
    assert again.status_code == 400
    assert "already booked" in again.get_data(as_text=True)


def test_a_fixed_visit_completes_the_job_at_the_visits_time(staff_client, tap, clock):
    clock.now = datetime(2026, 12, 8, 12, 0, tzinfo=timezone.utc)
    act(staff_client, tap.reference, "visits", visited_at="2026-12-08T10:15", outcome="fixed")
    assert tap.status == "completed" and tap.visits == 1
    assert tap.completed_at == datetime(2026, 12, 8, 10, 15, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"visited_at": "2026-12-08T08:00", "outcome": "fixed"}, "before the report was made"),
        ({"visited_at": "2026-12-09T10:00", "outcome": "fixed"}, "in the future"),
        ({"visited_at": "yesterday", "outcome": "fixed"}, "Enter when the visit happened"),
        ({"visited_at": "2026-12-08T09:00"}, "Choose what the visit found."),
        ({"visited_at": "2026-12-08T09:00", "outcome": "great"}, "Choose what the visit found."),
    ],
)
def test_a_visit_that_cannot_be_recorded_changes_nothing(
    staff_client, tap, published, form, message
):
    response = act(staff_client, tap.reference, "visits", **form)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert tap.visit_records == [] and tap.status == "reported" and published == []


def test_a_follow_on_is_refused_after_a_fixed_visit(staff_client, tap, session, clock):
    clock.now = datetime(2026, 12, 8, 15, 0, tzinfo=timezone.utc)
    act(staff_client, tap.reference, "visits", visited_at="2026-12-08T11:30", outcome="fixed")
    (visit,) = tap.visit_records
    slot = first_slot(session, tap, 2)
    response = act(staff_client, tap.reference, f"visits/{visit.id}/follow-on", slot_id=slot.id)
    assert response.status_code == 400
    assert "closed" in response.get_data(as_text=True)


@pytest.fixture
def unmatched(app, session):
    """A report from someone the assistant could not match, with the address they gave."""
    from backend.services.repairs import NewRepair, report_repair

    repair, _ = report_repair(
        session,
        app.extensions["policy"],
        NewRepair(
            category="tap",
            facts={},
            description="",
            channel="sms",
            reported_at=NOW,
            contact_phone="+447700900555",
            given_name="Aisha Khan",
            given_address="Flat 6, rm77dr",
        ),
        "HR",
    )
    session.commit()
    return repair


def test_an_unmatched_report_shows_the_address_given_and_is_matched_by_staff(
    staff_client, unmatched, session
):
    assert unmatched.reference in listed_queue(staff_client, "identity")
    html = page(staff_client, unmatched.reference)
    assert "Aisha Khan, Flat 6, rm77dr" in html  # what the reporter gave, as they gave it
    assert 'value="RM7 7DR"' in html and "Khan, Flat 6 Como Street" in html  # tenants there
    khan = next(t for t in session.scalars(select(Tenant)) if t.last_name == "Khan")

    response = act(staff_client, unmatched.reference, "match", tenant_id=khan.id)
    assert response.status_code == 303
    assert unmatched.tenant_id == khan.id and unmatched.property_id == khan.property_id
    assert unmatched.contact_phone == "+447700900555"  # the number they rang from stays
    assert unmatched.status_history[-1].status == "matched"
    assert unmatched.reference not in listed_queue(staff_client, "identity")
    again = act(staff_client, unmatched.reference, "match", tenant_id=khan.id)
    assert again.status_code == 400 and "already matched" in again.get_data(as_text=True)


def test_matching_to_nobody_is_refused(staff_client, unmatched):
    response = act(staff_client, unmatched.reference, "match", tenant_id="999999")
    assert response.status_code == 400
    assert "Choose the tenant from the list." in response.get_data(as_text=True)
    assert unmatched.tenant_id is None


def test_staff_can_look_up_tenants_at_another_postcode(staff_client, unmatched):
    html = staff_client.get(
        f"/staff/repairs/{unmatched.reference}?tenant_postcode=rm3+7ab"
    ).get_data(as_text=True)
    assert "Sarah Jones, 12 Hilldene Avenue" in html


def listed_queue(client, queue: str) -> set[str]:
    return listed(client, f"queue={queue}")


ACTIONS = [
    ("assign", {"operative_id": "1"}),
    ("appointment", {"slot_id": "1"}),
    ("appointment/move", {"slot_id": "1"}),
    ("appointment/cancel", {}),
    ("retriage", {"category": "toilet", "reason": "x"}),
    ("close", {"closure_reason": "withdrawn"}),
    ("reopen", {"reason": "x"}),
    ("notes", {"text": "x"}),
    ("visits", {"visited_at": "2026-12-08T09:00", "outcome": "fixed"}),
    ("visits/1/follow-on", {"slot_id": "1"}),
    ("match", {"tenant_id": "1"}),
]


@pytest.mark.parametrize(("path", "form"), ACTIONS)
def test_every_action_without_the_csrf_token_is_refused(staff_client, tap, published, path, form):
    history = len(tap.status_history)
    response = staff_client.post(f"/staff/repairs/{tap.reference}/{path}", data=form)
    assert response.status_code == 400
    assert len(tap.status_history) == history and tap.status == "reported" and published == []


@pytest.mark.parametrize(("path", "form"), ACTIONS)
def test_every_action_needs_a_signed_in_member_of_staff(client, staff_user, tap, path, form):
    token = csrf_token(client, "/staff/sign-in")
    history = len(tap.status_history)
    response = client.post(
        f"/staff/repairs/{tap.reference}/{path}", data={"csrf_token": token, **form}
    )
    assert response.status_code == 302 and "/staff/sign-in" in response.headers["Location"]
    assert len(tap.status_history) == history


def test_an_action_on_an_unknown_reference_is_not_found(staff_client):
    token = csrf_token(staff_client, "/staff/")
    response = staff_client.post(
        "/staff/repairs/HR-000000/notes", data={"csrf_token": token, "text": "x"}
    )
    assert response.status_code == 404


def test_a_visit_uses_up_the_appointment_so_a_follow_on_can_be_booked(
    staff_client, tap, session, clock
):
    act(staff_client, tap.reference, "appointment", slot_id=first_slot(session, tap).id)
    booking = tap.active_booking
    clock.now = datetime(2026, 12, 8, 15, 0, tzinfo=timezone.utc)
    act(staff_client, tap.reference, "visits", visited_at="2026-12-08T14:00", outcome="no_access")
    assert booking.status == "visited" and tap.active_booking is None
    (visit,) = tap.visit_records
    slot = first_slot(session, tap, 3)
    response = act(staff_client, tap.reference, f"visits/{visit.id}/follow-on", slot_id=slot.id)
    assert response.status_code == 303 and tap.active_booking.slot_id == slot.id


def test_rp02_still_judges_a_retriaged_repair_against_its_first_target(staff_client, tap, session):
    from backend.web.performance import Period
    from backend.web.queries import performance_records

    first = tap.target_by
    act(staff_client, tap.reference, "retriage", category="tap", tier="routine", reason="Slow drip")
    assert tap.target_by > first
    (record,) = performance_records(
        session, Period(NOW - timedelta(days=1), NOW + timedelta(days=1))
    )
    assert record.original_target_by == first


def test_a_retriage_that_the_appointment_would_not_suit_is_refused(staff_client, tap, session):
    act(staff_client, tap.reference, "appointment", slot_id=first_slot(session, tap).id)
    response = act(
        staff_client, tap.reference, "retriage", category="insecure_entry", reason="Door too"
    )
    assert response.status_code == 400
    assert "cancel it first" in response.get_data(as_text=True)
    assert tap.category == "tap" and tap.active_booking is not None
