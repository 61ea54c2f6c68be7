"""Coming back: status, cancel and change of an appointment."""

from __future__ import annotations

from bot.actions.appointments import ActionAskReference
from bot.tests.conftest import (
    make_tracker,
    responses,
    run_action,
    run_appointment_form,
    with_booked_toilet,
)

# A tenant who has proved they hold the phone on file (bot/actions/proof.py).
KNOWN = {"tenant_id": 1, "identity_status": "phone", "identity_proven": True}


run_form = run_appointment_form
with_booking = with_booked_toilet


def test_status_by_reference_tells_progress_and_appointment(fake_backend, dispatcher):
    with_booking(fake_backend)
    tracker = make_tracker("any news on hr-483920?", "ask_status", slots=KNOWN)
    slots = run_form(tracker, dispatcher)
    assert fake_backend.called("get_repair") == [("HR-483920", 1)]
    assert responses(dispatcher) == ["utter_repair_status", "utter_repair_appointment"]
    assert slots["requested_slot"] is None


def test_status_without_a_reference_asks_for_it(fake_backend, dispatcher):
    slots = run_form(
        make_tracker("what's happening with my repair", "ask_status", slots=KNOWN), dispatcher
    )
    assert slots["requested_slot"] == "reference"


def test_the_reference_question_offers_the_tenants_open_repairs(fake_backend, dispatcher):
    with_booking(fake_backend)
    run_action(ActionAskReference(), dispatcher, make_tracker("", None, slots=KNOWN))
    (message,) = dispatcher.messages
    assert message["response"] == "utter_ask_reference"
    assert message["buttons"] == [{"title": "HR-483920: Toilet", "payload": "HR-483920"}]


def test_someone_elses_reference_is_not_found_and_given_up_on_the_second_try(
    fake_backend, dispatcher
):
    tracker = make_tracker(
        "HR-999999",
        "inform",
        active_loop="appointment_form",
        requested_slot="reference",
        slots={**KNOWN, "manage_action": "status"},
    )
    first = run_form(tracker, dispatcher)
    assert responses(dispatcher) == ["utter_reference_not_found"]
    assert first["requested_slot"] == "reference"
    tracker = make_tracker(
        "HR-999998",
        "inform",
        active_loop="appointment_form",
        requested_slot="reference",
        slots={**KNOWN, "manage_action": "status", "unclear_answers": 1},
    )
    second = run_form(tracker, dispatcher)
    assert second["manage_status"] == "failed" and second["requested_slot"] is None


def test_cancelling_asks_first_then_cancels(fake_backend, dispatcher):
    with_booking(fake_backend)
    first = run_form(
        make_tracker("cancel my appointment for HR-483920", "cancel_appointment", slots=KNOWN),
        dispatcher,
    )
    assert first["requested_slot"] == "confirm_cancel"
    tracker = make_tracker(
        "yes",
        "affirm",
        active_loop="appointment_form",
        requested_slot="confirm_cancel",
        slots={**KNOWN, **first},
    )
    second = run_form(tracker, dispatcher)
    assert fake_backend.called("cancel_booking") == [(5, 1)]
    assert "utter_booking_cancelled" in responses(dispatcher)
    assert second["requested_slot"] is None


def test_saying_no_keeps_the_appointment(fake_backend, dispatcher):
    with_booking(fake_backend)
    first = run_form(
        make_tracker("cancel HR-483920", "cancel_appointment", slots=KNOWN), dispatcher
    )
    tracker = make_tracker(
        "no",
        "deny",
        active_loop="appointment_form",
        requested_slot="confirm_cancel",
        slots={**KNOWN, **first},
    )
    run_form(tracker, dispatcher)
    assert not fake_backend.called("cancel_booking")
    assert responses(dispatcher)[-1] == "utter_booking_kept"


def test_changing_offers_slots_and_moves_the_booking(fake_backend, dispatcher):
    with_booking(fake_backend)
    first = run_form(
        make_tracker("move my visit HR-483920", "change_appointment", slots=KNOWN), dispatcher
    )
    assert first["requested_slot"] == "booking_slot"
    tracker = make_tracker(
        "saturday afternoon",
        "choose_slot",
        active_loop="appointment_form",
        requested_slot="booking_slot",
        slots={**KNOWN, **first},
    )
    second = run_form(tracker, dispatcher)
    assert fake_backend.called("move_booking") == [(5, 1, 18)]
    assert responses(dispatcher)[-1] == "utter_booking_moved"
    assert second["requested_slot"] is None


def test_an_unidentified_tenant_is_asked_who_they_are_first(fake_backend, dispatcher):
    slots = run_form(make_tracker("status of HR-483920", "ask_status"), dispatcher)
    assert slots["requested_slot"] == "door_number"
    assert not fake_backend.called("get_repair")


def test_change_with_several_open_jobs_asks_which_one(fake_backend, dispatcher):
    with_booking(fake_backend)
    fake_backend.repairs["HR-100200"] = {"reference": "HR-100200", "category": "handrail"}
    slots = run_form(
        make_tracker(
            "change my appointment",
            "change_appointment",
            slots={**KNOWN, "reference": "HR-100200"},
        ),
        dispatcher,
    )
    assert slots["reference"] is None
    assert slots["requested_slot"] == "reference"


def test_change_to_the_time_asked_for_moves_the_booking_at_once(fake_backend, dispatcher):
    with_booking(fake_backend)
    tracker = make_tracker(
        "HR-483920 actually can u make it saturday afternoon instead",
        "change_appointment",
        slots={**KNOWN, "reported_at": "2026-12-08T09:00:00+00:00"},
    )
    slots = run_form(tracker, dispatcher)
    assert fake_backend.called("move_booking") == [(5, 1, 18)]
    assert responses(dispatcher)[-1] == "utter_booking_moved"
    assert slots["requested_slot"] is None
