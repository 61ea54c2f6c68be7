"""What actions read from the tracker beyond slots: the latest message, its metadata, channel."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

CHANNELS = ("web", "sms", "voice")
REPORT_PREFIX = "report_"

# The categories of the default policy (docs/api.md); intents are `report_<category>`.
CATEGORIES = (
    "gas_smell",
    "carbon_monoxide",
    "electrical_danger",
    "flooding",
    "structural_danger",
    "water_supply",
    "electricity_supply",
    "unsafe_electrical_fitting",
    "gas_supply",
    "blocked_flue",
    "heating_hot_water",
    "toilet",
    "drainage",
    "leaking_pipe_tank",
    "insecure_entry",
    "blocked_sink_bath",
    "tap",
    "handrail",
    "rotten_floor_stairs",
    "door_entry_phone",
    "damp_mould",
    "roof_leak",
    "extractor_fan",
    "doors_windows_frames",
    "worktops",
    "other_repair",
    "handyperson",
    "tenant_responsibility",
    "asb",
    "complaint",
)
EMERGENCY_CATEGORIES = frozenset(CATEGORIES[:5])

# Intents that leave a form: the form rejects them and a rule takes over.
INTERRUPTING_INTENTS = frozenset({"request_human", "stop"})


def latest_intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message or {}).get("intent", {}).get("name")


def latest_confidence(tracker: Tracker) -> float:
    return float((tracker.latest_message or {}).get("intent", {}).get("confidence") or 0.0)


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def latest_entity(tracker: Tracker, entity: str) -> Any:
    return next(tracker.get_latest_entity_values(entity), None)


def category_of_intent(intent: str | None) -> str | None:
    """`report_toilet` -> `toilet`; None for anything that names no category."""
    if not intent or not intent.startswith(REPORT_PREFIX):
        return None
    category = intent[len(REPORT_PREFIX) :]
    return category if category in CATEGORIES else None


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
