"""The report form's validation action, turn by turn, against a fake backend."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.appointments import ValidateAppointmentForm
from bot.actions.report_form import ValidateReportForm, report_required_slots
from bot.tests.conftest import make_tracker, responses, run_action, slot_events

WINTER = "2026-12-08T18:30:00+00:00"


def run_form(tracker, dispatcher):
    return slot_events(run_action(ValidateReportForm(), dispatcher, tracker))


def test_gas_smell_gets_safety_advice_before_anything_else(fake_backend, dispatcher):
    tracker = make_tracker(
        "I can smell gas in the hall", "report_gas_smell", metadata={"reported_at": WINTER}
    )
    slots = run_form(tracker, dispatcher)
    assert responses(dispatcher)[:2] == ["utter_safety_gas_smell", "utter_triage_emergency"]
    assert fake_backend.called("triage") == [("gas_smell", {}, WINTER)]
    assert slots["priority"] == "emergency"
    assert slots["reported_at"] == WINTER
    assert slots["requested_slot"] == "door_number"  # web chat: who are you, then the report


def test_known_caller_is_not_asked_who_they_are_and_is_offered_slots(fake_backend, dispatcher):
    tracker = make_tracker(
        "the heating has gone off",
        "report_heating_hot_water",
        channel="voice",
        metadata={"tenant_id": 1, "first_name": "Sarah"},
    )
    slots = run_form(tracker, dispatcher)
    assert "utter_identified_by_phone" in responses(dispatcher)
    ((payload, key),) = fake_backend.called("create_repair")
    assert payload["tenant_id"] == 1 and payload["channel"] == "voice"
    assert key == "conv-1:repair:1"
    assert slots["reference"] == "HR-483920"
    assert [s["slot_id"] for s in slots["offered_slots"]] == [17, 18]
    assert slots["requested_slot"] == "booking_slot"
    # The appointments came with the recorded repair: one round trip, not a second for slots.
    assert payload["offer_slots"] == 3
    assert fake_backend.called("slots") == []
    # ... and the question is asked here, with them as buttons, not by a second action call.
    asked = dispatcher.messages[-1]
    assert asked["response"] == "utter_which_appointment"
    assert [b["payload"] for b in asked["buttons"]] == [
        '/choose_slot{"slot_id": "17"}',
        '/choose_slot{"slot_id": "18"}',
        "/deny",
    ]


# (A text lists its appointments once the tenant wants one: bot/tests/test_sms_first_reply.py.)
@pytest.mark.parametrize(("channel", "offered"), [("web", 6), ("voice", 3)])
def test_a_phone_is_offered_fewer_appointments_than_the_web_chat(
    fake_backend, dispatcher, channel, offered
):
    fake_backend.slot_list = [
        {"slot_id": 30 + day, "date": f"2026-12-{day:02d}", "window": "am", "label": f"day {day}"}
        for day in range(9, 17)
    ]
    tracker = make_tracker(
        "the heating has gone off",
        "report_heating_hot_water",
        channel=channel,
        metadata={"tenant_id": 1, "first_name": "Sarah"},
    )
    slots = run_form(tracker, dispatcher)
    assert fake_backend.slot_limits == [offered]
    assert len(slots["offered_slots"]) == offered


def choosing_slot_18(fake_backend, channel: str = "web"):
    return make_tracker(
        '/choose_slot{"slot_id": "18"}',
        "choose_slot",
        entities=[{"entity": "slot_id", "value": "18"}],
        active_loop="report_form",
        requested_slot="booking_slot",
        slots=booked_so_far(fake_backend),
        channel=channel,
    )


def test_choosing_a_slot_books_it_and_confirms(fake_backend, dispatcher):
    tracker = choosing_slot_18(fake_backend)
    slots = run_form(tracker, dispatcher)
    assert fake_backend.called("book") == [("HR-483920", 1, 18, "conv-1:booking:HR-483920:18")]
    assert responses(dispatcher) == ["utter_booking_confirmed", "utter_photo_link"]
    assert slots["booking_id"] == 5 and slots["requested_slot"] is None


@pytest.mark.parametrize(
    ("channel", "said", "texted"),
    [
        ("web", ["utter_booking_confirmed", "utter_photo_link"], False),
        ("sms", ["utter_booking_confirmed", "utter_photo_link"], False),
        ("voice", ["utter_booking_confirmed", "utter_photo_link_texted"], True),
    ],
)
def test_once_booked_the_tenant_is_offered_a_link_to_send_photos(
    fake_backend, dispatcher, channel, said, texted, monkeypatch
):
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://repairs.example.gov.uk")
    tracker = choosing_slot_18(fake_backend, channel)
    run_form(tracker, dispatcher)
    assert responses(dispatcher) == said
    assert fake_backend.called("photo_link") == [("HR-483920", 1, texted)]
    if not texted:
        link = dispatcher.messages[-1]["photo_url"]
        assert link == "https://repairs.example.gov.uk/photos/t0ken"


def test_no_photo_link_is_offered_when_the_records_api_refuses_one(fake_backend, dispatcher):
    fake_backend.confidential.add("HR-483920")
    tracker = choosing_slot_18(fake_backend)
    run_form(tracker, dispatcher)
    assert responses(dispatcher) == ["utter_booking_confirmed"]


def test_a_slot_taken_meanwhile_is_apologised_for_and_the_rest_offered(fake_backend, dispatcher):
    fake_backend.full_slots.add(17)
    tracker = make_tracker(
        "the first one",
        "choose_slot",
        active_loop="report_form",
        requested_slot="booking_slot",
        slots=booked_so_far(fake_backend),
    )
    slots = run_form(tracker, dispatcher)
    assert responses(dispatcher) == ["utter_slot_taken", "utter_which_appointment"]
    assert [s["slot_id"] for s in slots["offered_slots"]] == [18]
    assert slots["requested_slot"] == "booking_slot"


def test_none_of_these_ends_the_booking_with_a_call_promised(fake_backend, dispatcher):
    tracker = make_tracker(
        "none of those",
        "deny",
        active_loop="report_form",
        requested_slot="booking_slot",
        slots=booked_so_far(fake_backend),
    )
    slots = run_form(tracker, dispatcher)
    assert responses(dispatcher) == ["utter_booking_declined"]
    assert slots["requested_slot"] is None and not fake_backend.called("book")


def test_a_toilet_asks_whether_another_toilet_works(fake_backend, dispatcher):
    slots = run_form(make_tracker("the loo won't flush", "report_toilet"), dispatcher)
    assert slots["requested_slot"] == "other_working_toilet"
    assert slots["pending_facts"] == ["other_working_toilet"]
    assert "utter_triage_result" not in responses(dispatcher)


@pytest.mark.parametrize(
    ("answer", "intent", "fact"),
    [
        ("no", "deny", False),
        ("yes", "affirm", True),
        ("there's one upstairs that works", None, None),
    ],
)
def test_the_answer_to_the_toilet_question_goes_to_triage(
    fake_backend, dispatcher, answer, intent, fact
):
    tracker = make_tracker(
        answer,
        intent,
        active_loop="report_form",
        requested_slot="other_working_toilet",
        slots=asked_toilet(),
    )
    slots = run_form(tracker, dispatcher)
    expected = True if fact is None else fact
    assert fake_backend.called("triage")[-1][1] == {"other_working_toilet": expected}
    assert slots["triage_status"] == "final"
    assert slots["requested_slot"] == "door_number"


def test_i_dont_know_is_accepted_once_and_not_asked_again(fake_backend, dispatcher):
    tracker = make_tracker(
        "I don't know",
        "dont_know",
        active_loop="report_form",
        requested_slot="other_working_toilet",
        slots=asked_toilet(),
    )
    slots = run_form(tracker, dispatcher)
    assert "utter_fact_unknown" in responses(dispatcher)
    assert slots["other_working_toilet"] == "unknown"
    assert fake_backend.called("triage")[-1][1] == {}  # unknown facts are not sent
    assert slots["requested_slot"] == "door_number"


def test_an_unclear_answer_is_asked_again_then_given_up(fake_backend, dispatcher):
    tracker = make_tracker(
        "what?",
        "out_of_scope",
        active_loop="report_form",
        requested_slot="other_working_toilet",
        slots=asked_toilet(),
    )
    slots = run_form(tracker, dispatcher)
    assert responses(dispatcher) == ["utter_answer_yes_no"]
    assert slots["requested_slot"] == "other_working_toilet"
    again = make_tracker(
        "hmm",
        "out_of_scope",
        active_loop="report_form",
        requested_slot="other_working_toilet",
        slots={**asked_toilet(), "unclear_answers": 1},
    )
    slots = run_form(again, dispatcher)
    assert slots["other_working_toilet"] == "unknown"


def test_facts_the_tenant_already_gave_are_not_asked(fake_backend, dispatcher):
    tracker = make_tracker("toilet won't flush and it's our only toilet", "report_toilet")
    slots = run_form(tracker, dispatcher)
    assert fake_backend.called("triage") == [("toilet", {"other_working_toilet": False}, None)]
    assert slots["requested_slot"] == "door_number"


def test_a_vague_description_is_helped_then_recorded_as_a_general_repair(fake_backend, dispatcher):
    start = run_form(make_tracker("I need a repair", "report_problem"), dispatcher)
    assert start["requested_slot"] == "category"
    tracker = make_tracker(
        "dunno",
        "dont_know",
        active_loop="report_form",
        requested_slot="category",
        slots={"unclear_answers": 2},
    )
    slots = run_form(tracker, dispatcher)
    assert slots["category"] == "other_repair"
    assert "utter_category_general" in responses(dispatcher)


def test_danger_mentioned_mid_report_switches_to_the_emergency(fake_backend, dispatcher):
    tracker = make_tracker(
        "now there are sparks from the socket",
        "report_electrical_danger",
        active_loop="report_form",
        requested_slot="door_number",
        slots={**asked_toilet(), "triage_status": "final"},
    )
    slots = run_form(tracker, dispatcher)
    assert responses(dispatcher)[0] == "utter_safety_electrical_danger"
    assert slots["category"] == "electrical_danger" and slots["priority"] == "emergency"


def test_identity_is_verified_from_door_number_postcode_and_name(fake_backend, dispatcher):
    slots = {
        **asked_toilet(),
        "other_working_toilet": False,
        "triage_status": "final",
        "door_number": "12",
        "postcode": "RM3 7AB",
    }
    tracker = make_tracker(
        "my name is Sarah Jones",
        "inform",
        active_loop="report_form",
        requested_slot="tenant_name",
        slots=slots,
    )
    result = run_form(tracker, dispatcher)
    assert fake_backend.called("verify_tenant") == [("12", "RM3 7AB", "Sarah Jones")]
    assert result["tenant_id"] == 1
    assert responses(dispatcher)[:2] == ["utter_identified", "utter_repair_logged"]
    assert result["requested_slot"] == "booking_slot"


def test_unmatched_identity_is_tried_twice_then_reported_without_a_tenancy(
    fake_backend, dispatcher
):
    slots = {
        **asked_toilet(),
        "other_working_toilet": False,
        "triage_status": "final",
        "door_number": "99",
        "postcode": "RM3 7AB",
    }
    tracker = make_tracker(
        "Joe Bloggs", "inform", active_loop="report_form", requested_slot="tenant_name", slots=slots
    )
    first = run_form(tracker, dispatcher)
    assert first["identity_status"] == "retry" and first["requested_slot"] == "door_number"
    tracker = make_tracker(
        "Joe Bloggs",
        "inform",
        active_loop="report_form",
        requested_slot="tenant_name",
        slots={**slots, "identity_status": "retry"},
    )
    second = run_form(tracker, dispatcher)
    assert second["identity_status"] == "skipped"
    assert second["requested_slot"] == "contact_phone"


def test_a_tenant_who_cannot_say_still_gets_a_reference(fake_backend, dispatcher):
    slots = {
        "category": "flooding",
        "triage_status": "final",
        "emergency": True,
        "identity_status": "skipped",
    }
    tracker = make_tracker(
        "07700 900123",
        "inform",
        active_loop="report_form",
        requested_slot="contact_phone",
        slots=slots,
    )
    result = run_form(tracker, dispatcher)
    ((payload, _),) = fake_backend.called("create_repair")
    assert "tenant_id" not in payload and payload["contact_phone"] == "07700900123"
    assert responses(dispatcher) == ["utter_emergency_logged", "utter_emergency_we_will_call"]
    assert result["requested_slot"] is None


def test_an_emergency_with_no_address_or_number_is_told_to_ring_now(fake_backend, dispatcher):
    slots = {
        "category": "gas_smell",
        "triage_status": "final",
        "emergency": True,
        "identity_status": "skipped",
    }
    tracker = make_tracker(
        "skip", "deny", active_loop="report_form", requested_slot="contact_phone", slots=slots
    )
    run_form(tracker, dispatcher)
    assert responses(dispatcher) == ["utter_emergency_logged", "utter_emergency_call_us"]


def test_a_recharge_is_agreed_before_anything_is_booked(fake_backend, dispatcher):
    tracker = make_tracker(
        "I've lost my keys", "report_tenant_responsibility", metadata={"tenant_id": 1}
    )
    first = run_form(tracker, dispatcher)
    assert first["requested_slot"] == "recharge_agreed"
    assert not fake_backend.called("slots")
    tracker = make_tracker(
        "yes", "affirm", active_loop="report_form", requested_slot="recharge_agreed", slots=first
    )
    second = run_form(tracker, dispatcher)
    assert fake_backend.called("agree_recharge") == [("HR-483920", 1)]
    assert second["requested_slot"] == "booking_slot"


def test_a_declined_recharge_books_nothing(fake_backend, dispatcher):
    first = run_form(
        make_tracker("locked out", "report_tenant_responsibility", metadata={"tenant_id": 1}),
        dispatcher,
    )
    tracker = make_tracker(
        "no", "deny", active_loop="report_form", requested_slot="recharge_agreed", slots=first
    )
    second = run_form(tracker, dispatcher)
    assert "utter_recharge_declined" in responses(dispatcher)
    assert second["requested_slot"] is None and not fake_backend.called("slots")


def test_a_down_backend_gets_the_phone_number_and_the_form_ends(fake_backend, dispatcher):
    fake_backend.down = True
    slots = run_form(
        make_tracker("the heating has gone off", "report_heating_hot_water"), dispatcher
    )
    assert responses(dispatcher) == ["utter_backend_down"]
    assert slots["requested_slot"] is None


def test_a_down_backend_still_gives_gas_safety_advice(fake_backend, dispatcher):
    fake_backend.down = True
    run_form(make_tracker("gas leak", "report_gas_smell"), dispatcher)
    assert responses(dispatcher) == ["utter_safety_gas_smell", "utter_backend_down"]


@pytest.mark.parametrize("intent", ["request_human", "stop"])
def test_asking_for_a_person_or_stopping_is_left_to_the_rules(fake_backend, dispatcher, intent):
    tracker = make_tracker(
        "let me talk to someone",
        intent,
        active_loop="report_form",
        requested_slot="door_number",
        slots=asked_toilet(),
    )
    assert run_action(ValidateReportForm(), dispatcher, tracker) == []


def test_emergencies_are_never_offered_a_booking():
    slots = {
        "category": "flooding",
        "triage_status": "final",
        "tenant_id": 1,
        "reference": "HR-1",
        "emergency": True,
        "bookable": True,
    }
    assert report_required_slots(slots) == ["category"]


def asked_toilet() -> dict:
    return {
        "category": "toilet",
        "triage_status": "questions",
        "pending_facts": ["other_working_toilet"],
        "description": "toilet",
    }


def booked_so_far(fake_backend) -> dict:
    fake_backend.repairs["HR-483920"] = {"reference": "HR-483920"}
    return {
        "category": "toilet",
        "triage_status": "final",
        "tenant_id": 1,
        "identity_status": "phone",
        "reference": "HR-483920",
        "bookable": True,
        "emergency": False,
        "offered_slots": fake_backend.slot_list,
    }


def test_activation_is_recognised_in_the_tracker_rasa_sends(fake_backend, dispatcher):
    """At activation Rasa has already set the active loop; the sign is the event."""
    tracker = make_tracker("the loo won't flush", "report_toilet")
    tracker.active_loop = {"name": "report_form"}
    tracker.events += [
        {"event": "active_loop", "name": "report_form"},
        {"event": "slot", "name": "requested_slot", "value": None},
        {"event": "action", "name": "report_form"},
    ]
    slots = run_form(tracker, dispatcher)
    assert slots["category"] == "toilet"
    assert slots["requested_slot"] == "other_working_toilet"


def test_returning_to_the_form_after_a_rule_does_not_reread_the_message(fake_backend, dispatcher):
    tracker = make_tracker(
        "what?",
        "out_of_scope",
        active_loop="report_form",
        requested_slot="other_working_toilet",
        slots=asked_toilet(),
    )
    tracker.events.insert(-2, {"event": "action", "name": "utter_out_of_scope"})
    slots = run_form(tracker, dispatcher)
    assert responses(dispatcher) == []
    assert slots == {"requested_slot": "other_working_toilet"}


# --- The one safety question, fire and violence -----------------------------------------------


def ask_about_the_boiler(dispatcher):
    tracker = make_tracker("the boiler has stopped working", "report_heating_hot_water")
    return run_form(tracker, dispatcher)


def answer_the_safety_question(text, intent, asked_so_far):
    return make_tracker(
        text,
        intent,
        active_loop="report_form",
        requested_slot="danger_gas_smell",
        slots=asked_so_far,
    )


def test_a_boiler_fault_asks_about_gas_before_any_tier(fake_backend, dispatcher):
    slots = ask_about_the_boiler(dispatcher)
    assert slots["requested_slot"] == "danger_gas_smell"
    assert slots["danger_question"] == "gas_smell"
    assert fake_backend.called("triage") == []


@pytest.mark.parametrize(
    ("text", "intent", "category", "said_first"),
    [
        ("no", "deny", "heating_hot_water", []),
        ("yes", "affirm", "gas_smell", ["utter_safety_gas_smell"]),
        ("yes it smells of gas", "affirm", "gas_smell", ["utter_safety_gas_smell"]),
        (
            "I don't know",
            "dont_know",
            "gas_smell",
            ["utter_danger_unknown", "utter_safety_gas_smell"],
        ),
    ],
)
def test_the_answer_to_the_safety_question_decides_the_category(
    fake_backend, dispatcher, text, intent, category, said_first
):
    asked = ask_about_the_boiler(dispatcher)
    later = CollectingDispatcher()
    slots = run_form(answer_the_safety_question(text, intent, asked), later)
    assert responses(later)[: len(said_first)] == said_first
    assert fake_backend.called("triage")[0][0] == category
    assert slots["category"] == category


def test_an_unclear_answer_to_the_safety_question_is_asked_once_more_then_counts_as_yes(
    fake_backend, dispatcher
):
    asked = ask_about_the_boiler(dispatcher)
    first = CollectingDispatcher()
    slots = run_form(answer_the_safety_question("what do you mean", None, asked), first)
    assert responses(first) == ["utter_answer_yes_no"]
    assert slots["requested_slot"] == "danger_gas_smell"
    second = CollectingDispatcher()
    slots = run_form(answer_the_safety_question("hmm", None, {**asked, **slots}), second)
    assert responses(second)[:2] == ["utter_danger_unknown", "utter_safety_gas_smell"]
    assert slots["category"] == "gas_smell"


def test_a_denied_danger_is_not_asked_about(fake_backend, dispatcher):
    tracker = make_tracker("the cooker won't light, no smell of gas", "report_gas_supply")
    slots = run_form(tracker, dispatcher)
    assert slots["danger_question"] is None
    assert fake_backend.called("triage")[0][0] == "gas_supply"


@pytest.mark.parametrize(
    ("text", "intent", "advice"),
    [
        ("my smoke alarm keeps going off", "report_unsafe_electrical_fitting", "utter_safety_fire"),
        (
            "my ex kicked the front door in last night and i'm scared he'll come back",
            "report_insecure_entry",
            "utter_safety_violence",
        ),
        (
            "my partner has been hitting me and I need to get away, don't ring me back",
            "report_asb",
            "utter_safety_abuse",
        ),
    ],
)
def test_danger_to_people_is_advised_before_the_repair(
    fake_backend, dispatcher, text, intent, advice
):
    run_form(make_tracker(text, intent), dispatcher)
    assert responses(dispatcher)[0] == advice


@pytest.mark.parametrize(
    ("text", "confidence", "restarts_as"),
    [
        ("Sorry, can I check with my flatmate first?", 0.41, None),
        ("actually I can smell gas now", 0.55, "gas_smell"),
        ("the hall smells of gas", 0.97, "gas_smell"),
    ],
)
def test_a_reply_is_an_answer_unless_it_surely_reports_an_emergency(
    fake_backend, dispatcher, text, confidence, restarts_as
):
    asked = ask_about_the_boiler(dispatcher)
    later = CollectingDispatcher()
    tracker = make_tracker(
        text,
        "report_gas_smell",
        active_loop="report_form",
        requested_slot="danger_gas_smell",
        slots=asked,
        confidence=confidence,
    )
    slots = run_form(tracker, later)
    if restarts_as is None:
        assert responses(later) == ["utter_answer_yes_no"]
        assert fake_backend.called("triage") == []
    else:
        assert responses(later)[0] == f"utter_safety_{restarts_as}"
        assert slots["category"] == restarts_as


def test_a_no_to_the_safety_question_keeps_that_danger_out_of_the_faults_mentioned(
    fake_backend, dispatcher
):
    # A clause on its own names the danger ("I bought a carbon monoxide alarm"); the message as
    # a whole is its battery. The "no" settles it: not reported first, nor offered after.
    text = (
        "I bought a carbon monoxide alarm in Argos for my bedroom. Now it makes a small beep "
        "every minute and shows a battery sign. How do I change the battery?"
    )
    asked = run_form(make_tracker(text, "report_other_repair"), dispatcher)
    assert asked["requested_slot"] == "danger_carbon_monoxide"
    tracker = make_tracker(
        "no",
        "deny",
        active_loop="report_form",
        requested_slot="danger_carbon_monoxide",
        slots=asked,
    )
    slots = run_form(tracker, CollectingDispatcher())
    assert slots["category"] == "other_repair"
    assert "carbon_monoxide" not in [f["category"] for f in slots.get("mentioned_faults") or []]


# --- Every problem in a message ------------------------------------------------------------------

TAP_AND_DOOR = "kitchen tap is leaking and also the front door wont lock"


def known_caller(text, intent):
    return make_tracker(text, intent, channel="sms", metadata={"tenant_id": 1, "first_name": "Sam"})


def test_another_fault_in_the_message_is_kept_to_offer_after_this_report(fake_backend, dispatcher):
    slots = run_form(known_caller(TAP_AND_DOOR, "report_tap"), dispatcher)
    assert slots["mentioned_faults"] == [
        {"category": "insecure_entry", "text": "the front door wont lock"}
    ]
    assert slots["requested_slot"] == "booking_wanted"  # this report first


def make_sooner(fake_backend, monkeypatch, sooner_category: str) -> None:
    """The fake backend's triage, with `sooner_category` due before anything else."""
    ordinary = fake_backend.triage

    def triage(category, facts, reported_at, tenant_id=None):
        result = ordinary(category, facts, reported_at, tenant_id)
        if category == sooner_category:
            result["target_by"] = "2026-12-09T09:00:00+00:00"
        return result

    monkeypatch.setattr(fake_backend, "triage", triage)


def test_the_more_urgent_fault_in_a_message_is_reported_first(
    fake_backend, dispatcher, monkeypatch
):
    make_sooner(fake_backend, monkeypatch, "insecure_entry")
    slots = run_form(known_caller(TAP_AND_DOOR, "report_tap"), dispatcher)
    assert slots["category"] == "insecure_entry"
    assert slots["mentioned_faults"] == [{"category": "tap", "text": "kitchen tap is leaking"}]
    ((payload, _),) = fake_backend.called("create_repair")
    assert payload["category"] == "insecure_entry"


def test_the_faults_are_ranked_again_once_the_policy_question_is_answered(
    fake_backend, dispatcher, monkeypatch
):
    # Neighbour trouble that might be high risk is asked about first; once it is not, the hot
    # water told with it is due sooner and becomes the report.
    make_sooner(fake_backend, monkeypatch, "heating_hot_water")
    slots = {
        "category": "asb",
        "triage_status": "questions",
        "pending_facts": ["asb_high_risk"],
        "description": "No hot water since Thursday. Also my neighbour plays loud music",
        "mentioned_faults": [
            {"category": "heating_hot_water", "text": "No hot water since Thursday"}
        ],
    }
    tracker = make_tracker(
        "no", "deny", active_loop="report_form", requested_slot="asb_high_risk", slots=slots
    )
    result = run_form(tracker, dispatcher)
    assert result["category"] == "heating_hot_water"
    assert [f["category"] for f in result["mentioned_faults"]] == ["asb"]


def test_the_other_faults_are_ranked_with_the_facts_the_message_states(fake_backend, dispatcher):
    text = "The bedroom door has come off its hinge. Worse, no power anywhere in the flat."
    run_form(known_caller(text, "report_doors_windows_frames"), dispatcher)
    assert ("electricity_supply", {"total_loss": True}) in [
        (category, facts) for category, facts, _ in fake_backend.called("triage")
    ]


def test_a_tenant_unhappy_with_how_a_repair_has_gone_is_offered_a_complaint_after_it(
    fake_backend, dispatcher, monkeypatch
):
    text = "Nobody turned up to the last two appointments. The kitchen tap is still leaking"
    make_sooner(fake_backend, monkeypatch, "complaint")
    slots = run_form(known_caller(text, "report_tap"), dispatcher)
    # The repair is the report in hand; the complaint is offered once it is recorded.
    assert slots["category"] == "tap"
    assert slots["mentioned_faults"] == [
        {"category": "complaint", "text": "Nobody turned up to the last two appointments."}
    ]
    assert slots["mentioned_category"] == "complaint"


def test_a_complaint_asked_for_stays_first_and_the_repair_it_is_about_is_offered_after(
    fake_backend, dispatcher
):
    text = "want to complain, ur plumber left my radiator leaking after he fixed it last month"
    slots = run_form(known_caller(text, "report_complaint"), dispatcher)
    assert slots["category"] == "complaint"
    assert [f["category"] for f in slots["mentioned_faults"]] == ["heating_hot_water"]


def make_due(fake_backend, monkeypatch, due: dict[str, str]) -> None:
    """The fake backend's triage, with each category in `due` given that priority and due the
    sooner the faster its priority (one day, then three days, then a complaint's answer)."""
    ordinary = fake_backend.triage
    target = {"one_day": "2026-12-09T09:00:00+00:00", "three_day": "2026-12-10T09:00:00+00:00"}

    def triage(category, facts, reported_at, tenant_id=None):
        result = ordinary(category, facts, reported_at, tenant_id)
        if category in due:
            result["priority"] = due[category]
            result["target_by"] = target[due[category]]
        elif category == "complaint":  # answered within ten working days
            result["priority"], result["target_by"] = "complaint", "2026-12-22T09:00:00+00:00"
        return result

    monkeypatch.setattr(fake_backend, "triage", triage)


@pytest.mark.parametrize(
    ("text", "due", "first"),
    [
        # A complaint read from the tone alone gives way to a repair due sooner.
        (
            "still no hot water, ur engineer never came, its been 2 days",
            {"heating_hot_water": "three_day"},
            "heating_hot_water",
        ),
        # Asked for in so many words, it gives way only to a repair due within a day...
        (
            "I want to make a complaint, nobody came. The patio door will not lock at all.",
            {"insecure_entry": "one_day"},
            "insecure_entry",
        ),
        # ... not to the dripping tap it is about.
        (
            "I want to make a complaint, nobody came. The bath tap still drips.",
            {"tap": "three_day"},
            "complaint",
        ),
    ],
)
def test_a_complaint_gives_way_to_a_repair_due_sooner_as_far_as_it_was_asked_for(
    fake_backend, dispatcher, monkeypatch, text, due, first
):
    make_due(fake_backend, monkeypatch, due)
    slots = run_form(known_caller(text, "report_complaint"), dispatcher)
    assert slots["category"] == first
    if first != "complaint":
        assert slots["mentioned_faults"][0]["category"] == "complaint"


def after_booking_with_a_door_mentioned(fake_backend):
    return {
        **booked_so_far(fake_backend),
        "category": "tap",
        "booking_slot": 17,
        "booking_id": 5,
        "reports_made": 1,
        "mentioned_faults": [{"category": "insecure_entry", "text": "the front door wont lock"}],
        "mentioned_fault": "the front door wont lock",
    }


@pytest.mark.parametrize(
    ("text", "intent", "reported"),
    [("yes please", "affirm", True), ("no thanks", "deny", False)],
)
def test_the_mentioned_fault_is_offered_and_reported_on_a_yes(
    fake_backend, dispatcher, text, intent, reported
):
    so_far = after_booking_with_a_door_mentioned(fake_backend)
    assert report_required_slots(so_far)[-1] == "report_mentioned"
    tracker = make_tracker(
        text,
        intent,
        channel="sms",
        active_loop="report_form",
        requested_slot="report_mentioned",
        slots=so_far,
    )
    slots = run_form(tracker, dispatcher)
    assert slots["mentioned_faults"] == []
    if reported:
        assert fake_backend.called("triage")[-1][0] == "insecure_entry"
        ((payload, key),) = fake_backend.called("create_repair")
        assert payload["description"] == "the front door wont lock"
        assert key == "conv-1:repair:2"
    else:
        assert responses(dispatcher) == ["utter_mentioned_not_reported"]
        assert slots["requested_slot"] is None


# --- Ask rather than guess: the likely categories offered ----------------------------------------

TORN_RANKING = [("report_toilet", 0.5), ("report_drainage", 0.38), ("report_tap", 0.05)]


def torn_first_message():
    return make_tracker(
        "water keeps coming back up and it stinks",
        "report_toilet",
        confidence=0.5,
        ranking=TORN_RANKING,
    )


def test_a_torn_classifier_offers_the_likely_categories_and_something_else(
    fake_backend, dispatcher
):
    slots = run_form(torn_first_message(), dispatcher)
    (offer,) = dispatcher.messages
    assert offer["response"] == "utter_choose_category"
    assert [b["payload"] for b in offer["buttons"]] == [
        "/report_toilet",
        "/report_drainage",
        "/report_problem",
    ]
    assert slots["category_choices"] == ["toilet", "drainage"]
    assert slots["requested_slot"] == "category"
    assert fake_backend.called("triage") == []


@pytest.mark.parametrize(
    ("text", "intent", "category"),
    [
        ("/report_drainage", "report_drainage", "drainage"),
        ("2", "choose_slot", "drainage"),
        ("I don't know", "dont_know", "toilet"),
    ],
)
def test_the_choice_decides_and_the_first_words_are_the_description(
    fake_backend, dispatcher, text, intent, category
):
    offered = run_form(torn_first_message(), dispatcher)
    tracker = make_tracker(
        text, intent, active_loop="report_form", requested_slot="category", slots=offered
    )
    slots = run_form(tracker, CollectingDispatcher())
    assert slots["category"] == category
    assert slots["description"] == "water keeps coming back up and it stinks"
    assert fake_backend.called("triage")[-1][0] == category


def test_a_caller_who_smells_gas_is_offered_the_emergency_line_before_any_identity_question(
    fake_backend, dispatcher
):
    tracker = make_tracker("I can smell gas in the hall", "report_gas_smell", channel="voice")
    slots = run_form(tracker, dispatcher)
    assert responses(dispatcher)[0] == "utter_safety_gas_smell"
    assert slots["requested_slot"] == "transfer_offer"
    answered = make_tracker(
        "no",
        "deny",
        channel="voice",
        active_loop="report_form",
        requested_slot="transfer_offer",
        slots=slots,
    )
    slots = run_form(answered, CollectingDispatcher())
    assert slots["transfer_offer"] is False
    assert slots["requested_slot"] == "door_number"


def test_a_caller_who_says_yes_is_put_through(fake_backend, dispatcher):
    slots = run_form(make_tracker("gas leak!!", "report_gas_smell", channel="voice"), dispatcher)
    later = CollectingDispatcher()
    answered = make_tracker(
        "yes please",
        "affirm",
        channel="voice",
        active_loop="report_form",
        requested_slot="transfer_offer",
        slots=slots,
    )
    run_form(answered, later)
    assert later.messages[0]["custom"] == {"transfer": "emergency"}


def test_the_web_chat_is_not_offered_a_transfer(fake_backend, dispatcher):
    slots = run_form(make_tracker("gas leak!!", "report_gas_smell"), dispatcher)
    assert slots["requested_slot"] == "door_number"


@pytest.mark.parametrize(
    ("text", "intent", "confidence", "kept"),
    [
        ("oh and the front door wont lock either", "report_insecure_entry", 0.95, True),
        ("the kitchen light flickers", "report_electricity_supply", 0.5, False),
        ("no", "deny", 0.99, False),
    ],
)
def test_a_new_problem_told_mid_question_is_kept_for_after_this_report(
    fake_backend, dispatcher, text, intent, confidence, kept
):
    asked = run_form(known_caller("toilet wont flush", "report_toilet"), dispatcher)
    assert asked["requested_slot"] == "other_working_toilet"
    later = CollectingDispatcher()
    tracker = make_tracker(
        text,
        intent,
        channel="sms",
        active_loop="report_form",
        requested_slot="other_working_toilet",
        slots=asked,
        confidence=confidence,
    )
    slots = run_form(tracker, later)
    assert slots.get("category", "toilet") == "toilet"
    if kept:
        assert responses(later)[0] == "utter_new_problem_noted"
        assert slots["mentioned_faults"] == [{"category": "insecure_entry", "text": text}]
    else:
        assert "utter_new_problem_noted" not in responses(later)


@pytest.mark.parametrize(
    ("text", "guess", "ordinary", "asked"),
    [
        (
            "the plugs upstairs in both bedrooms don't work, downstairs is fine",
            "report_carbon_monoxide",
            "report_electricity_supply",
            "danger_carbon_monoxide",
        ),
        (
            "my garden gate has come off its hinges",
            "report_structural_danger",
            "report_other_repair",
            "danger_structural_danger",
        ),
    ],
)
def test_an_emergency_the_words_do_not_touch_on_is_asked_not_assumed(
    fake_backend, dispatcher, text, guess, ordinary, asked
):
    tracker = make_tracker(text, guess, confidence=0.9, ranking=[(guess, 0.9), (ordinary, 0.2)])
    slots = run_form(tracker, dispatcher)
    assert slots["category"] == ordinary.removeprefix("report_")
    assert slots["requested_slot"] == asked
    assert not any(r.startswith("utter_safety_") for r in responses(dispatcher))
    assert fake_backend.called("triage") == []


@pytest.mark.parametrize(
    ("text", "stated", "ordinary"),
    [
        (
            "The gas engineer came last night for the smell and made it safe, he capped it off "
            "at the meter so now I've got no gas at all",
            "report_gas_smell",
            "report_gas_supply",
        ),
        (
            "A pipe under the bath split but I turned the valve off, so no more water is coming "
            "out. It still needs fixing",
            "report_flooding",
            "report_leaking_pipe_tank",
        ),
        (
            "I thought I could smell gas in the garden but it's definitely the drains, the cover "
            "is bubbling up",
            "report_gas_smell",
            "report_drainage",
        ),
    ],
)
def test_an_emergency_told_as_over_or_mistaken_is_asked_about_not_dispatched(
    fake_backend, dispatcher, text, stated, ordinary
):
    # Even when the safety net stated the emergency (confidence 1), the one question decides.
    tracker = make_tracker(text, stated, confidence=1.0, ranking=[(stated, 1.0), (ordinary, 0.3)])
    slots = run_form(tracker, dispatcher)
    assert slots["category"] == ordinary.removeprefix("report_")
    assert slots["requested_slot"] == f"danger_{stated.removeprefix('report_')}"
    assert not any(r.startswith("utter_safety_") for r in responses(dispatcher))
    assert fake_backend.called("triage") == []


def test_an_emergency_in_doubt_is_asked_about_as_the_words_state_it_not_as_guessed(
    fake_backend, dispatcher
):
    text = (
        "The leak upstairs was fixed last week so there's no water coming through anymore, but "
        "the bedroom ceiling underneath has gone saggy and it's bulging down in the middle"
    )
    ranking = [("report_flooding", 0.9), ("report_roof_leak", 0.2)]
    slots = run_form(make_tracker(text, "report_flooding", ranking=ranking), dispatcher)
    assert slots["requested_slot"] == "danger_structural_danger"


def test_an_emergency_in_doubt_in_one_clause_is_asked_not_reported_after_the_repair(
    fake_backend, dispatcher
):
    text = (
        "I thought I could smell gas in the garden but it's definitely the drains. "
        "The drain cover by the back door is bubbling up"
    )
    tracker = make_tracker(text, "report_drainage", ranking=[("report_drainage", 0.9)])
    slots = run_form(tracker, dispatcher)
    assert slots["category"] == "drainage"
    assert slots["requested_slot"] == "danger_gas_smell"
    assert all(f["category"] != "gas_smell" for f in slots["mentioned_faults"])


@pytest.mark.parametrize(
    ("text", "guess", "ordinary"),
    [
        ("help the kitchen is a swimming pool", "report_flooding", "report_leaking_pipe_tank"),
        (
            "The fan in the toilet room is not working, no sound when I switch on the light",
            "report_electrical_danger",
            "report_extractor_fan",
        ),
        (
            "the tank in the loft has got a leek theres water coming out the bottom into a tray",
            "report_flooding",
            "report_leaking_pipe_tank",
        ),
    ],
)
def test_an_emergency_only_the_classifier_reads_is_asked_about_not_dispatched(
    fake_backend, dispatcher, text, guess, ordinary
):
    ranking = [(guess, 0.8), (ordinary, 0.15)]
    slots = run_form(make_tracker(text, guess, confidence=0.8, ranking=ranking), dispatcher)
    assert slots["category"] == ordinary.removeprefix("report_")
    assert slots["requested_slot"] == f"danger_{guess.removeprefix('report_')}"
    assert not any(r.startswith("utter_safety_") for r in responses(dispatcher))
    assert fake_backend.called("triage") == []


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("the boiler's making a funny noise and we all have headaches", "report_carbon_monoxide"),
        ("water pouring through the kitchen ceiling from upstairs", "report_flooding"),
    ],
)
def test_an_emergency_the_words_state_is_dispatched_with_its_advice_at_once(
    fake_backend, dispatcher, text, guess
):
    tracker = make_tracker(text, guess, confidence=0.8, ranking=[(guess, 0.8)])
    slots = run_form(tracker, dispatcher)
    assert slots["category"] == guess.removeprefix("report_")
    assert responses(dispatcher)[0] == f"utter_safety_{guess.removeprefix('report_')}"


@pytest.mark.parametrize(
    ("text", "ranking", "first", "second"),
    [
        # Not a flood; the water is on the light, so: is it in the electrics?
        (
            "water dripping from the ceiling light in the kitchen",
            [("report_flooding", 0.7), ("report_leaking_pipe_tank", 0.2)],
            "flooding",
            "electrical_danger",
        ),
        # The classifier's next emergency: the machine on the wall that says CO.
        (
            "the small machine on wall near boiler make loud noise, on it is written CO",
            [
                ("report_electrical_danger", 0.9),
                ("report_carbon_monoxide", 0.25),
                ("report_blocked_flue", 0.1),
            ],
            "electrical_danger",
            "carbon_monoxide",
        ),
    ],
)
def test_a_no_to_a_guessed_emergency_asks_once_about_the_next_likeliest_danger(
    fake_backend, dispatcher, text, ranking, first, second
):
    slots = {"category": "leaking_pipe_tank", "description": text, "danger_question": first}
    tracker = make_tracker(
        "no",
        "deny",
        slots=slots,
        active_loop="report_form",
        requested_slot=f"danger_{first}",
        earlier=[(text, ranking)],
    )
    result = run_form(tracker, dispatcher)
    assert result[f"danger_{first}"] is False
    assert result["danger_question"] == second
    assert result["requested_slot"] == f"danger_{second}"


def test_a_second_no_asks_no_third_question(fake_backend, dispatcher):
    text = "water dripping from the ceiling light in the kitchen"
    slots = {
        "category": "leaking_pipe_tank",
        "description": text,
        "danger_question": "electrical_danger",
        "danger_flooding": False,
    }
    tracker = make_tracker(
        "no",
        "deny",
        slots=slots,
        active_loop="report_form",
        requested_slot="danger_electrical_danger",
        earlier=[(text, [("report_flooding", 0.7), ("report_structural_danger", 0.2)])],
    )
    result = run_form(tracker, dispatcher)
    assert result["danger_electrical_danger"] is False
    assert result["danger_question"] == "electrical_danger"
    assert not str(result.get("requested_slot")).startswith("danger_")


def test_a_no_to_the_ordinary_safety_question_asks_nothing_more(fake_backend, dispatcher):
    text = "the boiler has stopped working and the radiators are cold"
    slots = {"category": "heating_hot_water", "description": text, "danger_question": "gas_smell"}
    tracker = make_tracker(
        "no", "deny", slots=slots, active_loop="report_form", requested_slot="danger_gas_smell"
    )
    result = run_form(tracker, dispatcher)
    assert result["danger_gas_smell"] is False
    assert result["danger_question"] == "gas_smell"
    assert result.get("requested_slot") != "danger_carbon_monoxide"


@pytest.mark.parametrize(
    ("channel", "slots", "household_used"),
    [
        ("sms", {"tenant_id": 1, "identity_status": "phone"}, True),
        ("voice", {"tenant_id": 1, "identity_status": "phone"}, False),
        ("voice", {"tenant_id": 1, "identity_status": "phone", "identity_proven": True}, True),
        ("web", {}, False),
    ],
)
def test_the_households_recorded_circumstances_count_only_once_identity_is_proven(
    fake_backend, dispatcher, channel, slots, household_used
):
    tracker = make_tracker("the toilet won't flush", "report_toilet", channel=channel, slots=slots)
    run_form(tracker, dispatcher)
    assert fake_backend.called("triage")[0][0] == "toilet"
    assert (fake_backend.triaged_for == 1) is household_used


def test_domestic_abuse_told_in_another_language_gets_the_abuse_advice_first(
    fake_backend, dispatcher
):
    text = "Mój partner mnie bije i grozi mi, boję się"
    language = [{"entity": "language", "value": "pl"}]
    run_form(make_tracker(text, "report_asb", entities=language), dispatcher)
    assert responses(dispatcher)[0] == "utter_safety_abuse"


@pytest.mark.parametrize(
    ("slots", "given"),
    [
        (
            {"door_number": "Flat 6", "postcode": "RM7 7DR", "tenant_name": "Aisha Khan"},
            {"given_address": "Flat 6, RM7 7DR", "given_name": "Aisha Khan"},
        ),
        ({"door_number": None, "postcode": "RM7 7DR"}, {"given_address": "RM7 7DR"}),
        ({"door_number": None, "postcode": None, "tenant_name": None}, {}),
    ],
)
def test_an_unmatched_reporter_keeps_the_name_and_address_they_gave(slots, given):
    from bot.actions.report_form import given_identity

    assert given_identity(slots) == given


def test_an_unmatched_report_sends_the_address_given(fake_backend, dispatcher):
    slots = {
        "category": "flooding",
        "triage_status": "final",
        "emergency": True,
        "identity_status": "skipped",
        "door_number": "Flat 6",
        "postcode": "RM7 7DR",
    }
    tracker = make_tracker(
        "07700 900123",
        "inform",
        active_loop="report_form",
        requested_slot="contact_phone",
        slots=slots,
    )
    run_form(tracker, dispatcher)
    ((payload, _),) = fake_backend.called("create_repair")
    assert "tenant_id" not in payload and payload["given_address"] == "Flat 6, RM7 7DR"


@pytest.mark.parametrize("form", [ValidateReportForm, ValidateAppointmentForm])
def test_a_question_the_validation_asks_has_no_ask_of_its_own_for_rasa_to_ask_again(form):
    domain = yaml.safe_load((Path(__file__).parents[2] / "domain.yml").read_text("utf-8"))
    names = set(domain["responses"]) | {
        a if isinstance(a, str) else next(iter(a)) for a in domain["actions"]
    }
    form_name = form().form_name()
    for slot in form.questions:
        asks = {
            f"{kind}_ask_{scope}{slot}"
            for kind in ("utter", "action")
            for scope in ("", f"{form_name}_")
        }
        assert not asks & names, f"Rasa would ask {slot} again after {form.__name__} asked it"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("the lift in our block has been out of order for four days", "utter_communal_repair_lift"),
        (
            "communal landing light on 3rd floor been out over a week",
            "utter_communal_repair_communal",
        ),
        ("the wind blew down two fence panels in my back garden", "utter_communal_repair_fence"),
    ],
)
def test_a_communal_repair_says_who_looks_after_it_and_is_logged(
    fake_backend, dispatcher, text, note
):
    slots = run_form(make_tracker(text, "report_other_repair"), dispatcher)
    assert responses(dispatcher)[0] == note
    assert slots["category"] == "other_repair"
