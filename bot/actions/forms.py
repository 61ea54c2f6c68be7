"""A form validation action whose questions depend on the answers and on the backend.

The SDK's `FormValidationAction` validates the slot candidates it finds at the end of the
tracker; this subclass keeps that contract (`extract_<slot>` then `validate_<slot>`, each
validator returning `{slot: value}` or `{slot: None}` after uttering a response) but runs the
steps itself, in a fixed order, so that a report can restart, and backend calls (`advance`)
happen between the answers and the next question:

    start (on activation) -> extract_<slot> -> validate_<slot> -> advance -> requested_slot

A question that needs what only the action server holds (the appointments offered, as buttons)
is asked here, by `questions`, rather than by an `action_ask_<slot>` that would cost Rasa a
second call to the action server in the same turn. Rasa calls the validation action every time
before it asks for a slot (also when coming back to the form after another route), so the
question is asked exactly when Rasa would have asked it.
"""

from __future__ import annotations

import inspect
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction
from rasa_sdk.types import DomainDict

from bot.actions.context import INTERRUPTING_INTENTS, latest_intent


async def _call(result: Any) -> Any:
    return await result if inspect.isawaitable(result) else result


class DynamicFormValidation(FormValidationAction, ABC):
    """Base of the assistant's form validation actions (abstract: not registered itself)."""

    # Intents that leave this form: it rejects them, and a rule takes over.
    interrupting_intents: frozenset[str] = INTERRUPTING_INTENTS
    # Slots this action asks for itself (no utter_ask_<slot> or action_ask_<slot> in the domain).
    questions: Mapping[str, Callable[[CollectingDispatcher, Tracker], None]] = {}

    @abstractmethod
    def name(self) -> str: ...

    @abstractmethod
    def form_slots(self, slots: dict[str, Any]) -> list[str]:
        """The slots the form needs now, in the order it asks them."""

    def start(self, tracker: Tracker) -> dict[str, Any]:
        """Slots to set when the form is activated (or restarted)."""
        return {}

    def restarts(self, tracker: Tracker) -> bool:
        """Whether the latest message restarts an active form."""
        return False

    def advance(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        """Backend calls that are due once the answers are in; returns slots to set."""
        return {}

    def _since_user(self, tracker: Tracker) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        for event in reversed(tracker.events):
            if event.get("event") == "user":
                break
            events.append(event)
        return events[::-1]

    def _activating(self, tracker: Tracker) -> bool:
        """The form is being activated by the latest message.

        Rasa calls the validation action at activation with a tracker whose active loop is
        already set, so the sign is the `active_loop` event since the user spoke."""
        if not tracker.active_loop_name:
            return True
        return any(
            event.get("event") == "active_loop" and event.get("name") == self.form_name()
            for event in self._since_user(tracker)
        )

    def _answering(self, tracker: Tracker) -> bool:
        """The latest user message has not been handled yet: no action ran since it, other
        than this form's own run (Rasa appends it to the tracker it sends)."""
        actions = [e.get("name") for e in self._since_user(tracker) if e.get("event") == "action"]
        return all(name == self.form_name() for name in actions)

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        return self.form_slots(tracker.slots)

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if latest_intent(tracker) in self.interrupting_intents:
            return []  # nothing extracted: the form rejects and a rule takes over
        changed: dict[str, Any] = {}

        def apply(updates: dict[str, Any]) -> None:
            tracker.slots.update(updates)
            changed.update(updates)

        activating = self._activating(tracker)
        if activating or self.restarts(tracker):
            apply(self.start(tracker))
        # Only a new user message is an answer (not a return to the form after a rule).
        if activating or self._answering(tracker):
            extracted: dict[str, Any] = {}
            for slot in self.form_slots(tracker.slots):
                extract = getattr(self, f"extract_{slot}", None)
                if extract is not None:
                    extracted.update(await _call(extract(dispatcher, tracker, domain)) or {})
            for slot, value in extracted.items():
                validate = getattr(self, f"validate_{slot}", None)
                if validate is None:
                    apply({slot: value})
                else:
                    apply(await _call(validate(value, dispatcher, tracker, domain)) or {})
            apply(self.advance(dispatcher, tracker))
        next_slot = next(
            (slot for slot in self.form_slots(tracker.slots) if tracker.slots.get(slot) is None),
            None,
        )
        ask = self.questions.get(next_slot or "")
        if ask is not None:
            ask(dispatcher, tracker)
        return [SlotSet(k, v) for k, v in changed.items()] + [SlotSet(REQUESTED_SLOT, next_slot)]
