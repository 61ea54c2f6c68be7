"""Conversation start, greetings and fallback."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, FollowupAction, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.config import Settings
from bot.actions.context import latest_metadata, tenant_from_metadata
from bot.actions.formatting import spoken_phone

# Carried into a new session: who the tenant is and what they reported.
CARRIED_SLOTS = ("tenant_id", "first_name", "identity_status", "reference", "reports_made")


def phone_slots(settings: Settings) -> dict[str, str]:
    """The numbers responses mention, written and spoken."""
    return {
        "landlord_phone": settings.landlord_phone,
        "landlord_phone_spoken": spoken_phone(settings.landlord_phone),
        "emergency_phone": settings.emergency_phone,
        "emergency_phone_spoken": spoken_phone(settings.emergency_phone),
    }


class ActionSessionStart(Action):
    """Starts a session with the channel's metadata: the report time and the caller."""

    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        metadata: dict[str, Any] = tracker.get_slot("session_started_metadata") or {}
        events: list[EventType] = [SessionStarted()]
        events += [
            SlotSet(slot, tracker.get_slot(slot))
            for slot in CARRIED_SLOTS
            if tracker.get_slot(slot) is not None
        ]
        if metadata.get("reported_at"):
            events.append(SlotSet("reported_at", metadata["reported_at"]))
        events += [SlotSet(k, v) for k, v in tenant_from_metadata(metadata).items()]
        events += [SlotSet(k, v) for k, v in phone_slots(Settings.from_env()).items()]
        events.append(ActionExecuted("action_listen"))
        return events


class ActionGreet(Action):
    """Hello, by first name when the channel identified the caller."""

    def name(self) -> str:
        return "action_greet"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        first_name = tracker.get_slot("first_name")
        events: list[EventType] = []
        if first_name is None:
            known = tenant_from_metadata(latest_metadata(tracker))
            first_name = known.get("first_name")
            events = [SlotSet(k, v) for k, v in known.items()]
        if first_name:
            dispatcher.utter_message(response="utter_greet_name", first_name=first_name)
        else:
            dispatcher.utter_message(response="utter_greet")
        return events


class ActionFallback(Action):
    """Not understood: ask again once, then offer a person rather than loop."""

    def name(self) -> str:
        return "action_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        count = int(tracker.get_slot("fallbacks") or 0) + 1
        response = "utter_default" if count == 1 else "utter_default_offer_person"
        dispatcher.utter_message(response=response)
        # Then wait for the tenant (also when no policy was confident enough to say so).
        return [SlotSet("fallbacks", count), FollowupAction("action_listen")]
