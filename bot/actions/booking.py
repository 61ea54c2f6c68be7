"""Appointments: offering slots (`GET /api/slots`), booking (`POST /api/bookings`) and moving
(`PATCH /api/bookings/<id>`), shared by the report and appointment forms."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import backend
from bot.actions.answers import match_slot
from bot.actions.context import (
    channel,
    conversation_id,
    is_interrupted,
    latest_entity,
    latest_intent,
)
from bot.actions.context import latest_text as text_of
from bot.actions.photos import offer_photo_link

LONDON = ZoneInfo("Europe/London")
DECLINED = "declined"
NO_SLOTS = "none"
FAILED = "failed"
UNCLEAR = "?"
MAX_UNCLEAR = 2
# A text or a call cannot carry what a page can: six appointments listed in an SMS push the
# reference and target out of the reply's four segments, and a caller must remember each one said.
SLOTS_TO_OFFER = {"web": 6, "sms": 3, "voice": 3}


def slots_to_offer(channel_name: str) -> int:
    return SLOTS_TO_OFFER.get(channel_name, SLOTS_TO_OFFER["web"])


def offer_slots(
    dispatcher: CollectingDispatcher,
    client: backend.BackendClient,
    slots: dict[str, Any],
    channel_name: str = "web",
    offered_with_repair: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The slots to offer (those the repair was recorded with, else fetched); with none (or no
    backend) the booking question is settled."""
    if offered_with_repair is not None:
        reply: dict[str, Any] = {"slots": offered_with_repair}
    else:
        try:
            reply = client.slots(
                slots["reference"], slots["tenant_id"], limit=slots_to_offer(channel_name)
            )
        except backend.BackendUnavailable:
            dispatcher.utter_message(response="utter_booking_unavailable")
            return {"booking_slot": FAILED}
        except backend.BackendError:
            dispatcher.utter_message(response="utter_no_booking_needed")
            return {"booking_slot": NO_SLOTS}
    offered = [
        {key: slot.get(key) for key in ("slot_id", "label", "date", "window")}
        for slot in reply.get("slots", [])
    ]
    if not offered:
        dispatcher.utter_message(response="utter_no_slots")
        return {"booking_slot": NO_SLOTS, "offered_slots": []}
    return {"offered_slots": offered}


def extract_choice(tracker: Tracker) -> dict[str, Any]:
    """The tenant's answer to "which appointment?": a slot_id, DECLINED or UNCLEAR."""
    if tracker.get_slot("requested_slot") != "booking_slot" or is_interrupted(tracker):
        return {}
    slot_id = latest_entity(tracker, "slot_id")
    if slot_id is not None and str(slot_id).isdigit():
        return {"booking_slot": int(slot_id)}
    offered = tracker.get_slot("offered_slots") or []
    chosen = match_slot(text_of(tracker), offered, today_for(tracker.get_slot("reported_at")))
    if chosen is not None:
        return {"booking_slot": chosen}
    if latest_intent(tracker) in ("deny", "stop"):
        return {"booking_slot": DECLINED}
    return {"booking_slot": UNCLEAR}


def today_for(reported_at: str | None) -> date:
    """Today, in London, for words like "tomorrow": the report's own clock when it has one."""
    if reported_at:
        try:
            return datetime.fromisoformat(reported_at).astimezone(LONDON).date()
        except ValueError:
            pass
    return datetime.now(LONDON).date()


def book_or_move(value: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
    """Validate the chosen slot by booking it (or moving the existing booking to it)."""
    if value == DECLINED:
        dispatcher.utter_message(
            response="utter_booking_declined", reference=tracker.get_slot("reference")
        )
        return {"booking_slot": DECLINED, "unclear_answers": 0}
    if value == UNCLEAR:
        count = int(tracker.get_slot("unclear_answers") or 0) + 1
        if count >= MAX_UNCLEAR:
            dispatcher.utter_message(
                response="utter_booking_declined", reference=tracker.get_slot("reference")
            )
            return {"booking_slot": DECLINED, "unclear_answers": 0}
        dispatcher.utter_message(response="utter_slot_not_understood")
        return {"booking_slot": None, "unclear_answers": count}
    slot_id = int(value)
    reference, tenant_id = tracker.get_slot("reference"), tracker.get_slot("tenant_id")
    booking_id = tracker.get_slot("booking_id")
    client = backend.new_client()
    try:
        if booking_id is not None:
            booking = client.move_booking(int(booking_id), tenant_id, slot_id)
            response = "utter_booking_moved"
        else:
            key = f"{conversation_id(tracker)}:booking:{reference}:{slot_id}"
            booking = client.book(reference, tenant_id, slot_id, key)
            response = "utter_booking_confirmed"
    except backend.BackendUnavailable:
        dispatcher.utter_message(response="utter_booking_unavailable")
        return {"booking_slot": FAILED}
    except backend.BackendError as error:
        if error.code == "already_booked":
            dispatcher.utter_message(response="utter_booking_unavailable")
            return {"booking_slot": FAILED}
        # slot_full (just taken) or no longer valid: apologise and offer the rest again.
        dispatcher.utter_message(response="utter_slot_taken")
        return {"booking_slot": None, "offered_slots": None, "unclear_answers": 0}
    dispatcher.utter_message(response=response, booking_label=booking["label"], reference=reference)
    if response == "utter_booking_confirmed" and tenant_id is not None:
        offer_photo_link(dispatcher, client, reference, int(tenant_id), channel(tracker))
    return {
        "booking_slot": slot_id,
        "booking_id": booking["booking_id"],
        "booking_label": booking["label"],
        "unclear_answers": 0,
    }


def slot_buttons(offered: list[dict[str, Any]]) -> list[dict[str, str]]:
    buttons = [
        {"title": slot["label"], "payload": f'/choose_slot{{"slot_id": "{slot["slot_id"]}"}}'}
        for slot in offered
    ]
    return [*buttons, {"title": "None of these", "payload": "/deny"}]


def ask_which_appointment(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Which appointment suits, with the offered slots as buttons. Asked by the form's validation
    action, which knows them, whenever the form is about to wait for the choice: Rasa finds no
    `utter_ask_booking_slot` or `action_ask_booking_slot` to ask it with again, so the question
    costs no second call to the action server."""
    offered = tracker.get_slot("offered_slots") or []
    dispatcher.utter_message(response="utter_which_appointment", buttons=slot_buttons(offered))
