"""A text's first reply to a report is short: the reference and the target lead, and the
appointments follow in their own message once the tenant says they want one. And a category
the running landlord's policy lacks is recorded as a general repair, not lost."""

from __future__ import annotations

import pytest

from bot.actions import backend
from bot.actions.report_form import ValidateReportForm
from bot.tests.conftest import make_tracker, responses, run_action, slot_events

TENANT = {"tenant_id": 1, "first_name": "Sarah"}


def run_form(tracker, dispatcher):
    return slot_events(run_action(ValidateReportForm(), dispatcher, tracker))


def first_text(text, intent, channel="sms"):
    return make_tracker(text, intent, channel=channel, metadata=TENANT)


def test_a_known_tenants_first_text_is_answered_with_the_reference_and_target_alone(
    fake_backend, dispatcher
):
    slots = run_form(
        first_text("the kitchen sink is blocked", "report_blocked_sink_bath"), dispatcher
    )
    assert responses(dispatcher) == ["utter_repair_logged"]  # the triage is told in it
    [logged] = dispatcher.messages
    assert logged["reference"] == "HR-483920"
    assert logged["target_time"] and logged["target_description"] and logged["category_label"]
    assert fake_backend.called("slots") == []  # no appointments listed yet
    assert slots["requested_slot"] == "booking_wanted"


def test_an_emergency_by_text_gets_the_advice_then_the_reference_and_target(
    fake_backend, dispatcher
):
    run_form(first_text("I can smell gas", "report_gas_smell"), dispatcher)
    assert responses(dispatcher) == ["utter_safety_gas_smell", "utter_emergency_logged"]
    assert dispatcher.messages[-1]["target_time"]


@pytest.mark.parametrize(
    ("channel", "said"),
    [
        ("web", ["utter_triage_result", "utter_identified_by_phone", "utter_repair_logged"]),
        ("voice", ["utter_triage_result", "utter_identified_by_phone", "utter_repair_logged"]),
    ],
)
def test_on_the_web_and_the_phone_the_triage_is_told_first_and_times_offered_at_once(
    fake_backend, dispatcher, channel, said
):
    slots = run_form(
        first_text("the kitchen sink is blocked", "report_blocked_sink_bath", channel), dispatcher
    )
    assert responses(dispatcher) == said
    assert slots["requested_slot"] == "booking_slot"


def after_the_first_text(fake_backend) -> dict:
    fake_backend.repairs["HR-483920"] = {"reference": "HR-483920"}
    fake_backend.slot_list = [
        {"slot_id": 30 + day, "date": f"2026-12-{day:02d}", "window": "am", "label": f"day {day}"}
        for day in range(9, 17)
    ]
    return {
        "category": "blocked_sink_bath",
        "triage_status": "final",
        "tenant_id": 1,
        "identity_status": "phone",
        "reference": "HR-483920",
        "bookable": True,
        "emergency": False,
        "report_channel": "sms",
    }


@pytest.mark.parametrize(
    ("text", "intent", "said", "asked_next", "appointments_fetched"),
    [
        ("yes", "affirm", [], "booking_slot", [3]),
        ("/affirm", "affirm", [], "booking_slot", [3]),
        ("not sure", "dont_know", [], "booking_slot", [3]),
        ("no, call me", "deny", ["utter_booking_declined"], None, []),
    ],
)
def test_the_appointments_follow_once_the_tenant_answers(
    fake_backend, dispatcher, text, intent, said, asked_next, appointments_fetched
):
    tracker = make_tracker(
        text,
        intent,
        channel="sms",
        active_loop="report_form",
        requested_slot="booking_wanted",
        slots=after_the_first_text(fake_backend),
    )
    slots = run_form(tracker, dispatcher)
    assert responses(dispatcher) == said
    assert fake_backend.slot_limits == appointments_fetched
    assert slots["requested_slot"] == asked_next


def test_a_category_the_landlords_policy_lacks_is_recorded_as_a_general_repair(
    fake_backend, dispatcher, monkeypatch
):
    known = fake_backend.triage

    def havering(category, facts, reported_at, tenant_id=None):
        if category == "major_works":  # Papworth's, not Havering's
            fake_backend._record("triage", category, dict(facts), reported_at)
            raise backend.BackendError(422, "unknown_category", "'major_works' is not a category.")
        return known(category, facts, reported_at, tenant_id)

    monkeypatch.setattr(fake_backend, "triage", havering)
    tracker = first_text("my kitchen needs replacing", "report_major_works", channel="web")
    slots = run_form(tracker, dispatcher)
    assert [c[0] for c in fake_backend.called("triage")] == ["major_works", "other_repair"]
    assert "utter_backend_down" not in responses(dispatcher)
    ((payload, _),) = fake_backend.called("create_repair")
    assert payload["category"] == "other_repair"
    assert payload["description"] == "my kitchen needs replacing"
    assert slots["reference"] == "HR-483920"
