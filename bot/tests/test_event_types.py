"""Rasa's lookup of an event's class by name, remembered: always the class Rasa's search finds."""

from __future__ import annotations

from typing import Any

import pytest
from rasa.shared.core import events as rasa_events
from rasa.shared.core.events import Event, SlotSet, UserUttered, deserialise_events
from rasa.shared.utils.common import all_subclasses

import bot.channels  # installs the patch, as in the Rasa server
from bot import event_types
from bot.tests.imports import modules_imported_by

rasa_resolve = event_types._rasa_resolve_by_type


def test_importing_the_channels_installs_it() -> None:
    # bot/channels.py (what every Rasa server with the assistant's channels loads) imports it.
    assert "bot.event_types" in modules_imported_by(bot.channels)
    assert Event.resolve_by_type is event_types.resolve_by_type
    assert Event.__dict__["__init_subclass__"].__func__ is event_types._forget


@pytest.mark.parametrize("name", sorted({c.type_name for c in all_subclasses(Event)}))
def test_every_event_name_resolves_as_rasa_resolves_it(name: str) -> None:
    for _ in range(2):  # searched, then remembered
        assert Event.resolve_by_type(name) is rasa_resolve(name)
    assert name in event_types._found


def test_names_rasa_does_not_know_go_to_rasa_every_time() -> None:
    with pytest.raises(ValueError, match="Unknown event name 'no_such_event'"):
        Event.resolve_by_type("no_such_event")
    assert Event.resolve_by_type("no_such_event", SlotSet) is SlotSet
    assert Event.resolve_by_type("topic") is None
    assert "no_such_event" not in event_types._found
    assert "topic" not in event_types._found


def test_a_default_is_never_remembered_for_a_name() -> None:
    event_types._found.clear()
    assert Event.resolve_by_type("not_yet_an_event", UserUttered) is UserUttered
    assert "not_yet_an_event" not in event_types._found


def test_a_new_subclass_is_found_as_rasa_would() -> None:
    assert Event.resolve_by_type("user") is UserUttered
    assert "user" in event_types._found

    class Probe(UserUttered):
        type_name = "probe_event_for_the_cache_test"

    assert event_types._found == {}
    assert Event.resolve_by_type("probe_event_for_the_cache_test") is Probe
    assert Event.resolve_by_type("user") is rasa_resolve("user")


def test_events_read_as_before() -> None:
    sent: list[dict[str, Any]] = [
        {"event": "session_started"},
        {"event": "slot", "name": "category", "value": "tap"},
        {"event": "active_loop", "name": "report_form"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "the tap drips", "parse_data": {"intent": {"name": "x"}}},
        {"event": "bot", "text": "Thanks", "data": {}},
        {"event": "followup", "name": "action_greet"},
        {"event": "reset_slots"},
    ]
    ours = deserialise_events(sent)
    event_types._found.clear()
    assert ours == [rasa_events.Event.from_parameters(e) for e in sent]
    assert [type(e) for e in ours] == [rasa_resolve(e["event"]) for e in sent]
