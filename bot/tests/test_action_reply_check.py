"""Rasa's check of the action server's replies is the same check, with the schema compiled once."""

from __future__ import annotations

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa_sdk.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    AllSlotsReset,
    BotUttered,
    ConversationPaused,
    ConversationResumed,
    FollowupAction,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)

import bot.channels  # noqa: F401  (installs the compiled check, as in the Rasa server)
from bot import action_reply_check

GOOD = {
    "events": [
        {"event": "slot", "timestamp": None, "name": "category", "value": "tap"},
        {"event": "active_loop", "name": "report_form"},
    ],
    "responses": [{"response": "utter_repair_logged", "reference": "HR-123456"}],
}
BAD_REPLIES = (
    {"events": [{"event": "slot", "timestamp": "yesterday", "name": "category"}]},
    {"events": [{"name": "category", "value": "tap"}]},
    {"events": "slot"},
    {"events": None},
    {"events": ["slot"]},
    {"events": [{"event": "no_such_event"}]},
    {"events": [{"event": "slot", "value": 1}, {"event": "slot", "name": 7}]},
    {"events": [{"event": 3}]},
    {"responses": ["utter_repair_logged"]},
    ["events"],
)
# What the assistant's actions send back (rasa_sdk's events), each kind once.
ACTION_EVENTS = (
    SlotSet("category", "tap"),
    SlotSet("offered_slots", [{"id": 3, "label": "Tuesday morning"}]),
    SlotSet("emergency", False),
    SlotSet("reported_at", None),
    ActiveLoop("report_form"),
    ActiveLoop(None),
    FollowupAction("action_listen"),
    Restarted(),
    AllSlotsReset(),
    SessionStarted(),
    ActionExecuted("action_listen"),
    BotUttered("hello", {"buttons": []}),
    UserUttered("hi", {"intent": {"name": "greet", "confidence": 1.0}}),
    ConversationPaused(),
    ConversationResumed(),
    UserUtteranceReverted(),
    ActionReverted(),
)


def action() -> RemoteAction:
    return RemoteAction("validate_report_form", None)


def test_the_rasa_server_uses_the_compiled_check():
    assert RemoteAction._validate_action_result is action_reply_check.validate_action_result


def test_a_good_reply_passes_as_it_does_with_jsonschema_validate():
    jsonschema.validate(GOOD, RemoteAction.action_response_format_spec())
    assert action()._validate_action_result(GOOD) is True


@pytest.mark.parametrize("reply", BAD_REPLIES)
def test_a_bad_reply_fails_with_the_same_error_as_jsonschema_validate(reply):
    with pytest.raises(jsonschema.ValidationError) as rasa_own:
        jsonschema.validate(reply, RemoteAction.action_response_format_spec())
    with pytest.raises(jsonschema.ValidationError) as compiled:
        action()._validate_action_result(reply)
    assert compiled.value.message.startswith(rasa_own.value.message)
    assert "Failed to validate Action server response" in compiled.value.message


def test_the_schema_itself_is_checked_once_not_on_every_reply(monkeypatch):
    monkeypatch.setattr(action_reply_check, "_local", type(action_reply_check._local)())
    checks = []
    cls = jsonschema.validators.validator_for(RemoteAction.action_response_format_spec())
    original = cls.check_schema
    monkeypatch.setattr(cls, "check_schema", lambda schema: checks.append(1) or original(schema))
    for _ in range(3):
        action()._validate_action_result(GOOD)
        with pytest.raises(jsonschema.ValidationError):
            action()._validate_action_result(BAD_REPLIES[0])
    assert len(checks) == 1


@pytest.mark.parametrize("event", ACTION_EVENTS, ids=lambda e: e["event"])
def test_each_event_the_actions_send_takes_the_quick_path_and_rasa_accepts_it(event):
    reply = {"events": [event], "responses": []}
    jsonschema.validate(reply, RemoteAction.action_response_format_spec())
    assert action_reply_check._surely_valid(reply)


@pytest.mark.parametrize("reply", BAD_REPLIES)
def test_the_quick_path_never_passes_a_reply_rasa_refuses(reply):
    assert not action_reply_check._surely_valid(reply)
    with pytest.raises(jsonschema.ValidationError):
        action()._validate_action_result(reply)
