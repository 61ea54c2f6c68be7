"""The door a tenant types reaches the records API as they typed it (issue 13: "flat 6" was
reduced to "6", so a tenant at "Flat 6" could never be matched). Matching is the backend's
(backend/domain/doors.py); the assistant only finds the door in the answer."""

from __future__ import annotations

import pytest

from bot.actions.report_form import ValidateReportForm
from bot.nlu.keywords import find_door_number
from bot.tests.conftest import make_tracker, run_action, slot_events


def identity_slots() -> dict:
    return {
        "category": "toilet",
        "triage_status": "final",
        "other_working_toilet": False,
        "description": "toilet",
    }


@pytest.mark.parametrize(
    ("text", "door"),
    [
        ("12", "12"),
        ("flat 6", "flat 6"),
        ("Flat 6", "Flat 6"),
        ("flat6", "flat6"),
        ("it's flat 6", "flat 6"),
        ("6A", "6A"),
        ("6 a", "6 a"),
        ("Flat 2, 14", "Flat 2, 14"),
        ("2/14", "2/14"),
        ("flat 2 14", "flat 2 14"),
        ("14 flat 2", "14 flat 2"),
        ("Apartment 3", "Apartment 3"),
        ("apt 3", "apt 3"),
        ("flat 4b, RM3 7AB", "flat 4b"),
        ("12 Hilldene Avenue, RM3 7AB", "12"),
        ("Flat 2, 14 Gooshays Drive", "Flat 2, 14"),
        ("number 9", "9"),
        ("flat six", "flat six"),  # a speech transcript
        ("Flat Twelve, 14", "Flat Twelve, 14"),
    ],
)
def test_the_door_is_found_as_the_tenant_typed_it(text, door):
    assert find_door_number(text) == door


@pytest.mark.parametrize("text", ["I don't know", "RM3 7AB", "the one at the end", ""])
def test_an_answer_with_no_door_number_has_none(text):
    assert find_door_number(text) is None


@pytest.mark.parametrize(
    ("typed", "kept"), [("flat 6", "flat 6"), ("Flat 2, 14", "Flat 2, 14"), ("6A", "6A")]
)
def test_the_door_number_slot_keeps_what_the_tenant_typed(fake_backend, dispatcher, typed, kept):
    tracker = make_tracker(
        typed,
        "inform",
        active_loop="report_form",
        requested_slot="door_number",
        slots=identity_slots(),
    )
    slots = slot_events(run_action(ValidateReportForm(), dispatcher, tracker))
    assert slots["door_number"] == kept
    assert slots["requested_slot"] == "postcode"


def test_the_typed_door_is_what_the_backend_is_asked_about(fake_backend, dispatcher):
    fake_backend.tenants[("flat 6", "RM7 7DR", "aisha khan")] = {
        "tenant_id": 5,
        "first_name": "Aisha",
        "postcode_district": "RM7",
    }
    slots = {**identity_slots(), "door_number": "flat 6", "postcode": "RM7 7DR"}
    tracker = make_tracker(
        "Aisha Khan", "inform", active_loop="report_form", requested_slot="tenant_name", slots=slots
    )
    result = slot_events(run_action(ValidateReportForm(), dispatcher, tracker))
    assert fake_backend.called("verify_tenant") == [("flat 6", "RM7 7DR", "Aisha Khan")]
    assert result["tenant_id"] == 5
