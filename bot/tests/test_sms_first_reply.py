"""A text's first reply to a report is short: the reference and the target lead, and the
appointments follow in their own message once the tenant says they want one. And a category
the running landlord's policy lacks is recorded as a general repair, not lost."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

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
    assert responses(dispatcher) == [*said, "utter_which_appointment"]
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
        ("yes", "affirm", ["utter_which_appointment"], "booking_slot", [3]),
        ("/affirm", "affirm", ["utter_which_appointment"], "booking_slot", [3]),
        ("not sure", "dont_know", ["utter_which_appointment"], "booking_slot", [3]),
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


# --- Every route: damp and mould, a rechargeable repair, anti-social behaviour, a complaint ---
# On a text the one message that records the report tells its triage too, in its route's words
# (domain.yml's SMS variants, within two segments: tests/telephony/test_first_reply_segments.py);
# on the web the triage is told first, as before.

RESPONSES = yaml.safe_load((Path(__file__).parents[2] / "domain.yml").read_text("utf-8"))[
    "responses"
]
ROUTES = {
    # route: (first text, intent, the web's responses, the text's response, asked next by text)
    "damp": (
        "black mould all over the bedroom wall",
        "report_damp_mould",
        [
            "utter_triage_damp_mould",
            "utter_identified_by_phone",
            "utter_repair_logged",
            "utter_which_appointment",
        ],
        "utter_damp_mould_logged",
        "booking_wanted",
    ),
    "rechargeable": (
        "I've lost my keys",
        "report_tenant_responsibility",
        ["utter_triage_tenant_responsibility", "utter_identified_by_phone", "utter_repair_logged"],
        "utter_recharge_logged",
        "recharge_agreed",
    ),
    "complaint": (
        "I want to complain about how long my repair took",
        "report_complaint",
        ["utter_triage_complaint", "utter_identified_by_phone", "utter_complaint_logged"],
        "utter_complaint_logged",
        None,
    ),
}


@pytest.mark.parametrize("route", ROUTES)
def test_by_text_each_route_is_told_in_one_message_with_its_reference(
    fake_backend, dispatcher, route
):
    text, intent, _web, by_text, asked_next = ROUTES[route]
    slots = run_form(first_text(text, intent), dispatcher)
    assert responses(dispatcher) == [by_text]  # no triage told apart, no "from your phone"
    [logged] = dispatcher.messages
    assert logged["reference"] == "HR-483920"
    assert logged["target_short"] and logged["category_label"] and logged["reason_sentence"]
    assert fake_backend.called("slots") == []  # no appointments listed yet
    assert slots.get("requested_slot") == asked_next


@pytest.mark.parametrize("route", ROUTES)
def test_on_the_web_each_route_is_told_as_before(fake_backend, dispatcher, route):
    text, intent, web, _by_text, _asked_next = ROUTES[route]
    run_form(first_text(text, intent, channel="web"), dispatcher)
    assert responses(dispatcher) == web


def test_a_rechargeable_text_gives_the_policys_words_about_the_charge(fake_backend, dispatcher):
    slots = run_form(first_text("I've lost my keys", "report_tenant_responsibility"), dispatcher)
    [logged] = dispatcher.messages
    assert logged["reason_sentence"] == "Tenant_responsibility is a tenant_responsibility repair."
    assert slots["requested_slot"] == "recharge_agreed"  # asked at once: utter_ask_recharge_agreed
    assert fake_backend.called("agree_recharge") == []


def test_a_rechargeable_text_agreed_then_offers_an_appointment(fake_backend, dispatcher):
    first = run_form(first_text("I've lost my keys", "report_tenant_responsibility"), dispatcher)
    dispatcher.messages.clear()
    tracker = make_tracker(
        "yes",
        "affirm",
        channel="sms",
        active_loop="report_form",
        requested_slot="recharge_agreed",
        slots=first,
    )
    slots = run_form(tracker, dispatcher)
    assert responses(dispatcher) == ["utter_recharge_agreed"]
    assert fake_backend.called("agree_recharge") == [("HR-483920", 1)]
    assert slots["requested_slot"] == "booking_wanted"


@pytest.mark.parametrize(("channel", "said"), [("sms", ["utter_asb_logged"]), ("web", None)])
def test_anti_social_behaviour_is_told_once_the_risk_is_known(
    fake_backend, dispatcher, channel, said
):
    first = run_form(
        first_text("the neighbours play loud music all night", "report_asb", channel), dispatcher
    )
    assert first["requested_slot"] == "asb_high_risk"
    dispatcher.messages.clear()
    tracker = make_tracker(
        "no",
        "deny",
        channel=channel,
        active_loop="report_form",
        requested_slot="asb_high_risk",
        slots=first,
        metadata=TENANT,
    )
    slots = run_form(tracker, dispatcher)
    web = ["utter_triage_asb", "utter_identified_by_phone", "utter_asb_logged"]
    assert responses(dispatcher) == (said or web)
    assert slots.get("requested_slot") is None  # nothing to book: the report is done


@pytest.mark.parametrize("route", ROUTES)
def test_a_text_from_a_number_we_do_not_know_is_told_the_triage_before_who_they_are(
    fake_backend, dispatcher, route
):
    text, intent, web, _by_text, _asked_next = ROUTES[route]
    slots = run_form(make_tracker(text, intent, channel="sms"), dispatcher)
    assert responses(dispatcher) == web[:1]  # no reference yet: the triage in its own words
    assert slots["requested_slot"] == "door_number"


@pytest.mark.parametrize(
    "name",
    [
        "utter_damp_mould_logged",
        "utter_recharge_logged",
        "utter_asb_logged",
        "utter_complaint_logged",
        "utter_ask_recharge_agreed",
    ],
)
def test_every_response_a_route_sends_by_text_has_an_sms_variant(name):
    assert any(v.get("channel") == "sms" for v in RESPONSES[name])


@pytest.mark.parametrize("name", ["utter_damp_mould_logged", "utter_recharge_logged"])
def test_the_texts_own_responses_say_elsewhere_what_utter_repair_logged_says(name):
    def elsewhere(response):
        return [v for v in RESPONSES[response] if v.get("channel") != "sms"]

    assert elsewhere(name) == elsewhere("utter_repair_logged")


def test_damp_and_mould_by_text_is_an_inspection_by_a_date_not_a_fix():
    [text] = [v["text"] for v in RESPONSES["utter_damp_mould_logged"] if v.get("channel") == "sms"]
    assert "inspect" in text and "{target_short}" in text
    assert "fix" not in text.lower() and "Target" not in text
