"""Issue 11: proof before disclosure or change. Knowing a door number, postcode and name is not
enough to hear about a tenant's repairs or change an appointment: a text from the number on file
is, and otherwise a one-time code texted there. Anti-social behaviour and complaint references
are never told in the conversation, only texted to the number on file."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.actions.appointments import ActionAskReference, ValidateAppointmentForm
from bot.tests.conftest import (
    make_tracker,
    responses,
    run_action,
    run_appointment_form,
    with_booked_toilet,
)

RESPONSES = yaml.safe_load((Path(__file__).parents[2] / "domain.yml").read_text("utf-8"))[
    "responses"
]
# Identified by door number, postcode and full name on the web chat: not proof.
KNOWN_BY_DETAILS = {"tenant_id": 1, "identity_status": "verified", "first_name": "Sarah"}
# Identified by the caller's number: proof on SMS, not on a call (caller ID can be spoofed).
KNOWN_BY_NUMBER = {"tenant_id": 1, "identity_status": "phone", "first_name": "Sarah"}


run_form = run_appointment_form


def with_repairs(fake_backend):
    with_booked_toilet(fake_backend)
    fake_backend.repairs["HR-777111"] = {
        "reference": "HR-777111",
        "category": "asb",
        "priority": "asb",
        "category_label": "Anti-social behaviour",
        "status": "reported",
    }


def code_turn(text, slots, channel="web"):
    return make_tracker(
        text,
        "inform",
        active_loop="appointment_form",
        requested_slot="one_time_code",
        slots={**slots, "manage_action": "status", "code_sent": True},
        channel=channel,
    )


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("ask_status", "any news on HR-483920?"),
        ("cancel_appointment", "cancel my appointment for HR-483920"),
        ("change_appointment", "move my visit HR-483920"),
    ],
)
def test_a_tenant_known_only_by_their_details_gets_a_code_before_anything_is_told(
    fake_backend, dispatcher, intent, text
):
    with_repairs(fake_backend)
    slots = run_form(make_tracker(text, intent, slots=KNOWN_BY_DETAILS), dispatcher)
    assert fake_backend.called("send_code") == [(1,)]
    assert responses(dispatcher) == ["utter_code_sent"]
    assert slots["requested_slot"] == "one_time_code"
    assert not fake_backend.called("get_repair")
    assert not fake_backend.called("open_repairs")
    assert not fake_backend.called("cancel_booking") and not fake_backend.called("slots")


def test_a_caller_known_by_caller_id_gets_a_code_too(fake_backend, dispatcher):
    with_repairs(fake_backend)
    tracker = make_tracker(
        "what's happening with HR-483920", "ask_status", slots=KNOWN_BY_NUMBER, channel="voice"
    )
    slots = run_form(tracker, dispatcher)
    assert fake_backend.called("send_code") == [(1,)]
    assert slots["requested_slot"] == "one_time_code"
    assert not fake_backend.called("get_repair")


def test_a_text_from_the_number_on_file_is_proof_enough(fake_backend, dispatcher):
    with_repairs(fake_backend)
    tracker = make_tracker(
        "any news on HR-483920?", "ask_status", slots=KNOWN_BY_NUMBER, channel="sms"
    )
    slots = run_form(tracker, dispatcher)
    assert not fake_backend.called("send_code")
    assert fake_backend.called("get_repair") == [("HR-483920", 1)]
    assert responses(dispatcher) == ["utter_repair_status", "utter_repair_appointment"]
    assert slots["requested_slot"] is None


def test_the_right_code_opens_the_repair(fake_backend, dispatcher):
    with_repairs(fake_backend)
    fake_backend.codes[1] = "482910"
    slots = run_form(
        code_turn("482 910", {**KNOWN_BY_DETAILS, "reference": "HR-483920"}), dispatcher
    )
    assert fake_backend.called("check_code") == [(1, "482910")]
    assert responses(dispatcher) == [
        "utter_code_accepted",
        "utter_repair_status",
        "utter_repair_appointment",
    ]
    assert slots["identity_proven"] is True
    assert slots["one_time_code"] == "accepted"  # never the digits


def test_a_wrong_code_is_asked_again_and_nothing_is_told(fake_backend, dispatcher):
    with_repairs(fake_backend)
    fake_backend.codes[1] = "482910"
    slots = run_form(
        code_turn("123456", {**KNOWN_BY_DETAILS, "reference": "HR-483920"}), dispatcher
    )
    assert responses(dispatcher) == ["utter_code_wrong"]
    assert slots["requested_slot"] == "one_time_code"
    assert not fake_backend.called("get_repair")


def test_a_locked_tenancy_ends_the_request_with_the_numbers_to_ring(fake_backend, dispatcher):
    fake_backend.codes[1] = "482910"
    fake_backend.locked.add(1)
    slots = run_form(code_turn("482910", KNOWN_BY_DETAILS), dispatcher)
    assert responses(dispatcher) == ["utter_code_locked"]
    assert slots["manage_status"] == "failed" and slots["requested_slot"] is None


def test_a_tenant_with_no_number_on_file_is_told_to_ring(fake_backend, dispatcher):
    fake_backend.no_phone.add(1)
    slots = run_form(
        make_tracker("status please", "ask_status", slots=KNOWN_BY_DETAILS), dispatcher
    )
    assert responses(dispatcher) == ["utter_code_no_phone"]
    assert slots["requested_slot"] is None


def test_asking_for_a_new_code_sends_one(fake_backend, dispatcher):
    slots = run_form(code_turn("I didn't get it, send a new code", KNOWN_BY_DETAILS), dispatcher)
    assert fake_backend.called("send_code") == [(1,)]
    assert not fake_backend.called("check_code")
    assert slots["requested_slot"] == "one_time_code"


def test_no_repairs_are_offered_before_proof(fake_backend, dispatcher):
    with_repairs(fake_backend)
    run_action(ActionAskReference(), dispatcher, make_tracker("", None, slots=KNOWN_BY_DETAILS))
    (message,) = dispatcher.messages
    assert message["buttons"] == []
    assert not fake_backend.called("open_repairs")


def test_an_asb_or_complaint_reference_is_texted_not_told(fake_backend, dispatcher):
    with_repairs(fake_backend)
    tracker = make_tracker(
        "any news on HR-777111?",
        "ask_status",
        slots={**KNOWN_BY_NUMBER, "identity_proven": True},
        channel="sms",
    )
    slots = run_form(tracker, dispatcher)
    assert fake_backend.called("confirm_by_text") == [("HR-777111", 1)]
    assert responses(dispatcher) == ["utter_confidential_texted"]
    assert "Anti-social" not in str(dispatcher.messages)
    assert slots["requested_slot"] is None


def test_the_backend_down_while_sending_a_code_gives_the_number_to_ring(fake_backend, dispatcher):
    fake_backend.down = True
    slots = run_form(
        make_tracker("status please", "ask_status", slots=KNOWN_BY_DETAILS), dispatcher
    )
    assert responses(dispatcher) == ["utter_backend_down"]
    assert slots["requested_slot"] is None


def test_the_code_is_never_kept_in_a_slot(fake_backend, dispatcher):
    fake_backend.codes[1] = "482910"
    for text in ("482910", "111111", "12"):
        events = run_action(
            ValidateAppointmentForm(), dispatcher, code_turn(text, KNOWN_BY_DETAILS)
        )
        assert "482910" not in str(events) and "111111" not in str(events)


def test_asb_and_complaint_references_are_never_in_the_assistants_words():
    for name in ("utter_asb_logged", "utter_complaint_logged"):
        for variant in RESPONSES[name]:
            assert "{reference" not in variant["text"], name


def test_the_voice_question_for_the_code_asks_for_six_keypad_digits():
    (voice,) = [v for v in RESPONSES["utter_ask_one_time_code"] if v.get("channel") == "voice"]
    assert voice["custom"] == {"gather_digits": 6}
