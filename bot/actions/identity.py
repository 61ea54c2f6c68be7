"""Who the tenant is: door number, postcode and name checked with `POST /api/tenants/verify`.

Shared by the report and appointment forms through an abstract base class (abstract, so the
SDK does not register it as an action). A caller identified by phone number arrives with
`tenant_id` already set and is never asked. A tenant who cannot or will not say gets
`identity_status = "skipped"`: the report still goes in, without the tenancy.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions import backend
from bot.actions.answers import declines
from bot.actions.context import is_interrupted, latest_intent, latest_text
from bot.actions.forms import DynamicFormValidation
from bot.nlu.keywords import find_door_number, find_phone, find_postcode

IDENTITY_SLOTS = ("door_number", "postcode", "tenant_name")
# Unclear answers in a row before the question is given up (never loop).
MAX_UNCLEAR = 2

_NAME_PREFIX = re.compile(
    r"^\s*(my\s+name\s+is|my\s+name'?s|name\s*:|it'?s|it\s+is|i'?m|i\s+am|this\s+is)\s+",
    re.IGNORECASE,
)


def clean_name(text: str) -> str | None:
    """ "my name is sarah jones" -> "sarah jones"; None if there is no name in it."""
    name = _NAME_PREFIX.sub("", text or "").strip(" .,!")
    return name if re.search(r"[A-Za-z]{2,}", name) and len(name) <= 80 else None


def identity_resolved(slots: dict[str, Any]) -> bool:
    """Known tenant, or a tenant who cannot be identified and has said how to reach them."""
    if slots.get("tenant_id") is not None:
        return True
    return slots.get("identity_status") == "skipped" and slots.get("contact_phone") is not None


def identity_slots_needed(slots: dict[str, Any]) -> list[str]:
    """The identity questions still to ask (none once identified or skipped)."""
    if slots.get("tenant_id") is not None or slots.get("identity_status") in (
        "skipped",
        "unavailable",
    ):
        return []
    return list(IDENTITY_SLOTS)


class IdentityFormValidation(DynamicFormValidation, ABC):
    """Extraction and validation of the identity slots, for any form that asks them."""

    @abstractmethod
    def name(self) -> str: ...

    # --- extraction: the text answers the slot that was asked -------------------------------
    @staticmethod
    def _answer_to(slot: str, tracker: Tracker) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != slot or is_interrupted(tracker):
            return {}
        return {slot: latest_text(tracker)}

    async def extract_door_number(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._answer_to("door_number", tracker)

    async def extract_postcode(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._answer_to("postcode", tracker)

    async def extract_tenant_name(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._answer_to("tenant_name", tracker)

    async def extract_contact_phone(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._answer_to("contact_phone", tracker)

    # --- validation -------------------------------------------------------------------------
    @staticmethod
    def _unclear(
        dispatcher: CollectingDispatcher, tracker: Tracker, slot: str, response: str
    ) -> dict[str, Any]:
        """Ask again once; after MAX_UNCLEAR unclear answers, stop asking for identity."""
        count = int(tracker.get_slot("unclear_answers") or 0) + 1
        if count >= MAX_UNCLEAR:
            dispatcher.utter_message(response="utter_identity_skipped")
            return {slot: None, "identity_status": "skipped", "unclear_answers": 0}
        dispatcher.utter_message(response=response)
        return {slot: None, "unclear_answers": count}

    @staticmethod
    def _skip(dispatcher: CollectingDispatcher, slot: str) -> dict[str, Any]:
        dispatcher.utter_message(response="utter_identity_skipped")
        return {slot: None, "identity_status": "skipped", "unclear_answers": 0}

    def validate_door_number(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        number = find_door_number(str(value))
        if number is None:
            if declines(latest_intent(tracker), latest_text(tracker)):
                return self._skip(dispatcher, "door_number")
            return self._unclear(dispatcher, tracker, "door_number", "utter_invalid_door_number")
        slots: dict[str, Any] = {"door_number": number, "unclear_answers": 0}
        postcode = find_postcode(str(value))
        if postcode:  # "12 Acacia Avenue, RM3 7AB" answers two questions
            slots["postcode"] = postcode
        return slots

    def validate_postcode(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        postcode = find_postcode(str(value))
        if postcode is None:
            if declines(latest_intent(tracker), latest_text(tracker)):
                return self._skip(dispatcher, "postcode")
            return self._unclear(dispatcher, tracker, "postcode", "utter_invalid_postcode")
        return {"postcode": postcode, "unclear_answers": 0}

    def validate_tenant_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        name = clean_name(str(value))
        if name is None or latest_intent(tracker) in ("deny", "dont_know"):
            return self._skip(dispatcher, "tenant_name")
        door_number, postcode = tracker.get_slot("door_number"), tracker.get_slot("postcode")
        try:
            tenant = backend.new_client().verify_tenant(door_number, postcode, name)
        except (backend.BackendUnavailable, backend.BackendError):
            dispatcher.utter_message(response="utter_backend_down")
            return {"tenant_name": name, "identity_status": "unavailable"}
        if tenant is None:
            if tracker.get_slot("identity_status") == "retry":
                return self._skip(dispatcher, "tenant_name") | {"tenant_name": name}
            dispatcher.utter_message(response="utter_identity_not_found")
            return {
                "door_number": None,
                "postcode": None,
                "tenant_name": None,
                "identity_status": "retry",
            }
        dispatcher.utter_message(response="utter_identified", first_name=tenant["first_name"])
        return {
            "tenant_name": name,
            "tenant_id": tenant["tenant_id"],
            "first_name": tenant["first_name"],
            "identity_status": "verified",
            "unclear_answers": 0,
        }

    def validate_contact_phone(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        phone = find_phone(str(value))
        if phone:
            return {"contact_phone": phone, "unclear_answers": 0}
        if declines(latest_intent(tracker), latest_text(tracker)):
            return {"contact_phone": "none", "unclear_answers": 0}
        count = int(tracker.get_slot("unclear_answers") or 0) + 1
        if count >= MAX_UNCLEAR:
            return {"contact_phone": "none", "unclear_answers": 0}
        dispatcher.utter_message(response="utter_invalid_phone")
        return {"contact_phone": None, "unclear_answers": count}
