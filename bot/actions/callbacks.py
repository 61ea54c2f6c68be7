"""A person at any point: a call-back from the customer service centre (`POST /api/callbacks`)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions import backend
from bot.actions.answers import declines
from bot.actions.context import (
    channel,
    conversation_id,
    latest_intent,
    latest_metadata,
    latest_text,
    tenant_from_metadata,
)
from bot.actions.forms import DynamicFormValidation
from bot.nlu.keywords import find_phone

MAX_UNCLEAR = 2


def known_phone(slots: dict[str, Any]) -> str | None:
    for slot in ("callback_phone", "contact_phone"):
        if slots.get(slot) not in (None, "none"):
            return slots[slot]
    return None


class ValidateCallbackForm(DynamicFormValidation):
    """Asks for a number to call unless the tenant is known or has given one."""

    # Asking for a person while giving the number for a person is not an interruption.
    interrupting_intents = frozenset({"stop"})

    def name(self) -> str:
        return "validate_callback_form"

    def form_slots(self, slots: dict[str, Any]) -> list[str]:
        if slots.get("tenant_id") is not None or known_phone(slots):
            return []
        return ["callback_phone"]

    def start(self, tracker: Tracker) -> dict[str, Any]:
        slots: dict[str, Any] = {"unclear_answers": 0}
        if tracker.get_slot("callback_phone") == "none":
            slots["callback_phone"] = None
        if tracker.get_slot("tenant_id") is None:
            slots.update(tenant_from_metadata(latest_metadata(tracker)))
        return slots

    async def extract_callback_phone(self, dispatcher, tracker, domain) -> dict[str, Any]:
        if (
            tracker.get_slot("requested_slot") != "callback_phone"
            or latest_intent(tracker) == "stop"
        ):
            return {}
        return {"callback_phone": latest_text(tracker)}

    def validate_callback_phone(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        phone = find_phone(str(value))
        if phone:
            return {"callback_phone": phone, "unclear_answers": 0}
        count = int(tracker.get_slot("unclear_answers") or 0) + 1
        if declines(latest_intent(tracker), latest_text(tracker)) or count >= MAX_UNCLEAR:
            return {"callback_phone": "none", "unclear_answers": 0}
        dispatcher.utter_message(response="utter_invalid_phone")
        return {"callback_phone": None, "unclear_answers": count}


class ActionRequestCallback(Action):
    """Records the call-back request, or gives the number to ring when there is no way back."""

    def name(self) -> str:
        return "action_request_callback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        tenant_id, phone = tracker.get_slot("tenant_id"), known_phone(tracker.slots)
        if tenant_id is None and phone is None:
            dispatcher.utter_message(response="utter_callback_no_phone")
            return []
        category = tracker.get_slot("category")
        payload: dict[str, Any] = {
            "reason": "Asked to speak to a person"
            + (f" while reporting: {category}" if category else ""),
            "channel": channel(tracker),
            "conversation_id": conversation_id(tracker),
        }
        if tenant_id is not None:
            payload["tenant_id"] = tenant_id
        if phone is not None:
            payload["phone"] = phone
        try:
            backend.new_client().request_callback(payload)
        except (backend.BackendUnavailable, backend.BackendError):
            dispatcher.utter_message(response="utter_backend_down")
            return []
        dispatcher.utter_message(response="utter_callback_requested")
        return [SlotSet("callback_phone", phone)]
