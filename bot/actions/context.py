"""What actions read from the tracker beyond slots: the latest message, its metadata, channel."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from bot.channel_names import CHANNELS
from bot.nlu.hazards import EMERGENCY_CATEGORIES as _DANGERS

REPORT_PREFIX = "report_"
# "I want to report a repair": a report intent that names no category yet.
ANY_REPORT = "report_problem"
# The emergencies the safety nets and the safety advice know (bot/nlu/hazards.py).
EMERGENCY_CATEGORIES = frozenset(_DANGERS)
# What a report is recorded as when nothing more specific fits, under every landlord's policy
# (bot/tests/test_category_lists.py checks that each has it).
GENERAL_REPAIR = "other_repair"

# Intents that leave a form: the form rejects them and a rule takes over.
INTERRUPTING_INTENTS = frozenset({"request_human", "stop"})


def latest_intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message or {}).get("intent", {}).get("name")


def latest_confidence(tracker: Tracker) -> float:
    return float((tracker.latest_message or {}).get("intent", {}).get("confidence") or 0.0)


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def ranking_of(tracker: Tracker, text: str) -> list[dict[str, Any]]:
    """The classifier's intent ranking of the tenant's latest message with these words."""
    for event in reversed(tracker.events or []):
        if event.get("event") == "user" and event.get("text") == text:
            return list((event.get("parse_data") or {}).get("intent_ranking") or [])
    return []


def latest_entity(tracker: Tracker, entity: str) -> Any:
    return next(tracker.get_latest_entity_values(entity), None)


def category_of_intent(intent: str | None) -> str | None:
    """`report_toilet` -> `toilet`; None for anything that names no category.

    The intents are the policies' categories (`bot/categories.py` writes them into the domain),
    so the actions keep no list of their own: a category the running landlord's policy lacks is
    met by the backend's triage (`unknown_category`), and recorded as a general repair."""
    if not intent or not intent.startswith(REPORT_PREFIX) or intent == ANY_REPORT:
        return None
    return intent[len(REPORT_PREFIX) :] or None


def latest_metadata(tracker: Tracker) -> dict[str, Any]:
    """The metadata the channel sent with the latest user message."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            metadata = event.get("metadata")
            return metadata if isinstance(metadata, dict) else {}
    return {}


def channel(tracker: Tracker) -> str:
    name = tracker.get_latest_input_channel()
    return name if name in CHANNELS else "web"


def conversation_id(tracker: Tracker) -> str:
    return str(latest_metadata(tracker).get("conversation_id") or tracker.sender_id)


def is_interrupted(tracker: Tracker) -> bool:
    return latest_intent(tracker) in INTERRUPTING_INTENTS


def tenant_from_metadata(metadata: dict[str, Any]) -> dict[str, Any]:
    """Slots for a caller the telephony layer identified by phone number."""
    slots: dict[str, Any] = {}
    tenant_id = metadata.get("tenant_id")
    if isinstance(tenant_id, int) or (isinstance(tenant_id, str) and tenant_id.isdigit()):
        slots["tenant_id"] = int(tenant_id)
        slots["identity_status"] = "phone"
        if isinstance(metadata.get("first_name"), str):
            slots["first_name"] = metadata["first_name"]
    return slots
