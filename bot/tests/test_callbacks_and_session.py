"""Call-backs, the session start and greetings."""

from __future__ import annotations

from bot.actions.callbacks import ActionRequestCallback, ValidateCallbackForm
from bot.actions.session import ActionFallback, ActionGreet, ActionSessionStart
from bot.tests.conftest import make_tracker, responses, run_action, slot_events


def test_a_known_tenant_gets_a_call_back_without_questions(fake_backend, dispatcher):
    form = slot_events(
        run_action(
            ValidateCallbackForm(),
            dispatcher,
            make_tracker(
                "speak to a person", "request_human", metadata={"tenant_id": 1}, channel="voice"
            ),
        )
    )
    assert form["requested_slot"] is None
    tracker = make_tracker(
        "speak to a person", "request_human", slots={"tenant_id": 1}, channel="voice"
    )
    run_action(ActionRequestCallback(), dispatcher, tracker)
    ((payload,),) = fake_backend.called("request_callback")
    assert payload["tenant_id"] == 1 and payload["channel"] == "voice"
    assert responses(dispatcher) == ["utter_callback_requested"]


def test_an_unknown_tenant_is_asked_for_a_number(fake_backend, dispatcher):
    form = slot_events(
        run_action(
            ValidateCallbackForm(), dispatcher, make_tracker("human please", "request_human")
        )
    )
    assert form["requested_slot"] == "callback_phone"
    tracker = make_tracker(
        "call me on 07700 900123",
        "inform",
        active_loop="callback_form",
        requested_slot="callback_phone",
    )
    answered = slot_events(run_action(ValidateCallbackForm(), dispatcher, tracker))
    assert answered["callback_phone"] == "07700900123"
    assert answered["requested_slot"] is None


def test_no_number_means_the_number_to_ring(fake_backend, dispatcher):
    run_action(
        ActionRequestCallback(),
        dispatcher,
        make_tracker("", None, slots={"callback_phone": "none"}),
    )
    assert responses(dispatcher) == ["utter_callback_no_phone"]
    assert not fake_backend.called("request_callback")


def test_session_start_keeps_the_channels_time_and_caller(dispatcher):
    tracker = make_tracker(
        "",
        None,
        slots={
            "session_started_metadata": {
                "reported_at": "2026-12-08T18:30:00+00:00",
                "tenant_id": 4,
                "first_name": "Ali",
            }
        },
    )
    events = run_action(ActionSessionStart(), dispatcher, tracker)
    assert events[0]["event"] == "session_started"
    assert (events[-1]["event"], events[-1]["name"]) == ("action", "action_listen")
    slots = slot_events(events)
    assert slots["reported_at"] == "2026-12-08T18:30:00+00:00"
    assert (slots["tenant_id"], slots["identity_status"], slots["first_name"]) == (
        4,
        "phone",
        "Ali",
    )
    assert slots["landlord_phone"] == "0800 151 3444"
    assert slots["emergency_phone_spoken"] == "0 1 7 0 8, 4 3 4 0 0 0"


def test_a_caller_known_by_phone_is_greeted_by_first_name(dispatcher):
    run_action(
        ActionGreet(), dispatcher, make_tracker("hello", "greet", slots={"first_name": "Sarah"})
    )
    assert dispatcher.messages[0]["response"] == "utter_greet_name"
    assert dispatcher.messages[0]["first_name"] == "Sarah"


def test_not_understood_twice_offers_a_person_instead_of_looping(dispatcher):
    run_action(ActionFallback(), dispatcher, make_tracker("blah", "nlu_fallback"))
    run_action(
        ActionFallback(), dispatcher, make_tracker("blah", "nlu_fallback", slots={"fallbacks": 1})
    )
    assert responses(dispatcher) == ["utter_default", "utter_default_offer_person"]
