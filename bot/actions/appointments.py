"""Coming back: the status of a repair, and changing or cancelling its appointment.

`appointment_form` identifies the tenant (unless the channel already did), has them prove they
hold the phone on file (bot/actions/proof.py: a text from it, or a one-time code sent to it),
finds the repair by reference (`GET /api/repairs/<reference>?tenant_id=N`: a tenant sees only
their own), then either tells its status, cancels the appointment after a yes, or offers new
slots. Anti-social behaviour and complaint references are never told here: the backend marks
them confidential (`backend.ConfidentialReference`) and they are confirmed by a text to the
number on file instead.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions import backend
from bot.actions.answers import UNKNOWN, match_slot, yes_no
from bot.actions.booking import (
    ask_which_appointment,
    book_or_move,
    extract_choice,
    offer_slots,
    today_for,
)
from bot.actions.context import (
    channel,
    is_interrupted,
    latest_intent,
    latest_metadata,
    latest_text,
    tenant_from_metadata,
)
from bot.actions.formatting import target_time
from bot.actions.identity import IdentityFormValidation, identity_slots_needed
from bot.actions.proof import OneTimeCodeValidation, proof_slots, send_code
from bot.nlu.keywords import find_reference

ACTIONS_BY_INTENT = {
    "ask_status": "status",
    "cancel_appointment": "cancel",
    "change_appointment": "change",
}
UNCLEAR = "?"
MAX_REFERENCE_TRIES = 2


def appointment_required_slots(slots: dict[str, Any]) -> list[str]:
    """What the appointment form still needs (pure: slots in, names out)."""
    if slots.get("manage_status") in ("done", "failed"):
        return []
    if slots.get("tenant_id") is None:
        return identity_slots_needed(slots)
    if not slots.get("identity_proven"):
        return ["one_time_code"]
    required = ["reference"]
    if slots.get("manage_status") != "loaded":
        return required
    if slots.get("manage_action") == "cancel" and slots.get("booking_id") is not None:
        required.append("confirm_cancel")
    elif slots.get("manage_action") == "change":
        required.append("booking_slot")
    return required


STATUS_WORDS = {
    "reported": "logged, no appointment booked yet",
    "booked": "appointment booked",
    "awaiting_dispatch": "an emergency job, with an operative being arranged",
    "operative_dispatched": "an operative is on the way",
    "attended": "an operative has been",
    "made_safe": "made safe, with follow-on work to come",
    "no_access": "we could not get in, so we will arrange another visit",
    "follow_on_needed": "more work is needed, so we will arrange another visit",
    "delayed": "delayed",
    "completed": "completed",
    "cancelled": "cancelled",
}


def describe_status(status: str | None) -> str:
    return STATUS_WORDS.get(status or "", (status or "open").replace("_", " "))


class ValidateAppointmentForm(OneTimeCodeValidation, IdentityFormValidation):
    """Extraction, validation and backend calls of `appointment_form`."""

    questions = {"booking_slot": ask_which_appointment}

    def name(self) -> str:
        return "validate_appointment_form"

    def form_slots(self, slots: dict[str, Any]) -> list[str]:
        return appointment_required_slots(slots)

    def start(self, tracker: Tracker) -> dict[str, Any]:
        slots: dict[str, Any] = {
            "manage_action": ACTIONS_BY_INTENT.get(latest_intent(tracker), "status"),
            "manage_status": None,
            "confirm_cancel": None,
            "booking_slot": None,
            "offered_slots": None,
            "unclear_answers": 0,
            "one_time_code": None,
            "code_sent": None,
        }
        reference = find_reference(latest_text(tracker))
        if reference:
            slots["reference"] = reference
        if tracker.get_slot("tenant_id") is None:
            slots.update(tenant_from_metadata(latest_metadata(tracker)))
        slots.update(proof_slots(tracker, {**tracker.slots, **slots}))
        proven = slots.get("identity_proven") or tracker.get_slot("identity_proven")
        if not reference and not proven:
            # Which repair is asked once they have proved who they are, never assumed.
            slots["reference"] = None
        elif (
            tracker.get_slot("tenant_id") is not None
            and not reference
            and several_open_jobs(tracker.get_slot("tenant_id"))
        ):
            # "Change my appointment" with two jobs open: ask which, never assume the latest.
            slots["reference"] = None
        # "Can you make it tomorrow morning instead?": the time asked for, kept for the offer.
        slots["requested_time"] = latest_text(tracker)
        return slots

    # --- the reference --------------------------------------------------------------------
    async def extract_reference(self, dispatcher, tracker, domain) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != "reference" or is_interrupted(tracker):
            return {}
        return {"reference": find_reference(latest_text(tracker)) or UNCLEAR}

    def validate_reference(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        if value != UNCLEAR:
            return {"reference": value, "manage_status": None}
        count = int(tracker.get_slot("unclear_answers") or 0) + 1
        if count >= MAX_REFERENCE_TRIES:
            dispatcher.utter_message(response="utter_reference_gave_up")
            return {"reference": None, "manage_status": "failed", "unclear_answers": 0}
        dispatcher.utter_message(response="utter_reference_unclear")
        return {"reference": None, "unclear_answers": count}

    # --- cancel: a yes first ----------------------------------------------------------------
    async def extract_confirm_cancel(self, dispatcher, tracker, domain) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != "confirm_cancel" or is_interrupted(tracker):
            return {}
        answer = yes_no(latest_intent(tracker), latest_text(tracker))
        return {"confirm_cancel": False if answer in (None, UNKNOWN) else answer}

    def validate_confirm_cancel(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        label = tracker.get_slot("booking_label")
        if value is not True:
            dispatcher.utter_message(response="utter_booking_kept")
            return {"confirm_cancel": False, "manage_status": "done"}
        try:
            backend.new_client().cancel_booking(
                int(tracker.get_slot("booking_id")), tracker.get_slot("tenant_id")
            )
        except (backend.BackendUnavailable, backend.BackendError):
            dispatcher.utter_message(response="utter_backend_down")
            return {"confirm_cancel": False, "manage_status": "failed"}
        dispatcher.utter_message(response="utter_booking_cancelled", booking_label=label)
        return {"confirm_cancel": True, "booking_id": None, "manage_status": "done"}

    # --- change: new slots --------------------------------------------------------------------
    async def extract_booking_slot(self, dispatcher, tracker, domain) -> dict[str, Any]:
        return extract_choice(tracker)

    def validate_booking_slot(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        return book_or_move(value, dispatcher, tracker)

    # --- backend calls ------------------------------------------------------------------------
    def advance(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        """Load the repair once the tenant and reference are known; offer slots to a change."""
        slots = tracker.slots
        changed: dict[str, Any] = {}

        def apply(updates: dict[str, Any]) -> None:
            slots.update(updates)
            changed.update(updates)

        if slots.get("manage_status") in ("done", "failed"):
            return changed
        if slots.get("tenant_id") is None:
            if slots.get("identity_status") == "skipped":
                dispatcher.utter_message(response="utter_manage_needs_identity")
                apply({"manage_status": "failed"})
            elif slots.get("identity_status") == "unavailable":
                apply({"manage_status": "failed"})
            return changed
        apply(proof_slots(tracker, slots))
        if not slots.get("identity_proven"):
            if not slots.get("code_sent"):
                apply(send_code(dispatcher, slots["tenant_id"]))
            return changed
        if not slots.get("reference"):
            return changed
        client = backend.new_client()
        if slots.get("manage_status") != "loaded":
            apply(self._load(dispatcher, client, tracker))
        if (
            slots.get("manage_status") == "loaded"
            and slots.get("manage_action") == "change"
            and slots.get("booking_slot") is None
            and slots.get("offered_slots") is None
        ):
            apply(offer_slots(dispatcher, client, slots, channel(tracker)))
            wanted = match_slot(
                slots.get("requested_time") or "",
                slots.get("offered_slots") or [],
                today_for(slots.get("reported_at")),
            )
            if wanted is not None:  # the time the tenant asked for is free: move to it
                apply(book_or_move(wanted, dispatcher, tracker))
        return changed

    @staticmethod
    def _load(
        dispatcher: CollectingDispatcher, client: backend.BackendClient, tracker: Tracker
    ) -> dict[str, Any]:
        try:
            repair = client.get_repair(tracker.get_slot("reference"), tracker.get_slot("tenant_id"))
        except backend.BackendError as error:
            if error.code == "confidential":
                return confirm_by_text(dispatcher, client, tracker)
            dispatcher.utter_message(response="utter_backend_down")
            return {"manage_status": "failed"}
        except backend.BackendUnavailable:
            dispatcher.utter_message(response="utter_backend_down")
            return {"manage_status": "failed"}
        if repair is None:
            count = int(tracker.get_slot("unclear_answers") or 0) + 1
            if count >= MAX_REFERENCE_TRIES:
                dispatcher.utter_message(response="utter_reference_gave_up")
                return {"reference": None, "manage_status": "failed", "unclear_answers": 0}
            dispatcher.utter_message(response="utter_reference_not_found")
            return {"reference": None, "unclear_answers": count}
        booking = repair.get("booking") or {}
        active = booking if booking.get("status", "active") == "active" and booking else {}
        slots: dict[str, Any] = {
            "manage_status": "loaded",
            "category": repair.get("category"),
            "category_label": repair.get("category_label", repair.get("category")),
            "booking_id": active.get("booking_id"),
            "booking_label": active.get("label"),
            "unclear_answers": 0,
        }
        action = tracker.get_slot("manage_action")
        if action == "status":
            dispatcher.utter_message(
                response="utter_repair_status",
                reference=repair["reference"],
                category_label=slots["category_label"] or "",
                status_label=describe_status(repair.get("status")),
                target_time=target_time(repair.get("target_by")),
            )
            if active:
                dispatcher.utter_message(
                    response="utter_repair_appointment", booking_label=active.get("label")
                )
            slots["manage_status"] = "done"
        elif not active and action == "cancel":
            dispatcher.utter_message(response="utter_no_booking")
            slots["manage_status"] = "done"
        elif action == "change" and not repair.get("bookable", True):
            dispatcher.utter_message(response="utter_no_booking_needed")
            slots["manage_status"] = "done"
        return slots


def confirm_by_text(
    dispatcher: CollectingDispatcher, client: backend.BackendClient, tracker: Tracker
) -> dict[str, Any]:
    """An anti-social behaviour or complaint reference: nothing about it in the conversation,
    a text to the number on file instead."""
    try:
        client.confirm_by_text(tracker.get_slot("reference"), tracker.get_slot("tenant_id"))
    except backend.BackendError:
        dispatcher.utter_message(response="utter_confidential_call_us")
        return {"manage_status": "done", "unclear_answers": 0}
    except backend.BackendUnavailable:
        dispatcher.utter_message(response="utter_backend_down")
        return {"manage_status": "failed"}
    dispatcher.utter_message(response="utter_confidential_texted")
    return {"manage_status": "done", "unclear_answers": 0}


def several_open_jobs(tenant_id: Any) -> bool:
    """The tenant has more than one open repair (the backend down counts as not)."""
    try:
        return len(backend.new_client().open_repairs(int(tenant_id))) > 1
    except (backend.BackendUnavailable, backend.BackendError, TypeError, ValueError):
        return False


class ActionAskReference(Action):
    """Asks for the repair reference, offering the tenant's open repairs as buttons."""

    def name(self) -> str:
        return "action_ask_reference"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        buttons: list[dict[str, str]] = []
        tenant_id = tracker.get_slot("tenant_id")
        # Their repairs are offered only to someone who has proved they hold the phone on file
        # (the backend never lists anti-social behaviour or complaints).
        if tenant_id is not None and tracker.get_slot("identity_proven"):
            try:
                repairs = backend.new_client().open_repairs(tenant_id)
            except (backend.BackendUnavailable, backend.BackendError):
                repairs = []
            buttons = [
                {
                    "title": f"{r['reference']}: {r.get('category_label', r.get('category', ''))}",
                    "payload": r["reference"],
                }
                for r in repairs[:5]
            ]
        dispatcher.utter_message(response="utter_ask_reference", buttons=buttons)
        return []
