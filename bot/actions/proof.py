"""Proof before disclosure or change (issue 11): before the assistant tells anything about a
tenant's existing repairs or appointments, or changes one, the person proves they hold the
phone on file.

- A text from the number on file is proof: whatever is answered goes back to that number.
- Anyone else (the web chat, a caller, a text from another number) is sent a one-time code to
  the number on file (`POST /api/tenants/<id>/codes`) and types, says or keys it in. The rules
  (6 digits, 10 minutes, 5 tries, then 15 minutes locked for the tenant) are the backend's.

Knowing the door number, postcode and name is enough to report a new repair: an emergency is
never held up, and the report shows nothing from the record beyond the first name.
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions import backend
from bot.actions.context import channel, is_interrupted, latest_text

CODE_DIGITS = 6
ACCEPTED = "accepted"  # the slot's value once proved: the code itself is never kept in a slot
MAX_UNCLEAR = 2
_RESEND = re.compile(
    r"\b(new|another|resend|send (it )?again|did ?n[o']?t (get|receive|come)|not (got|get|come|"
    r"arrived|received)|no code|never (got|came|arrived))\b",
    re.IGNORECASE,
)


def code_in(text: str) -> str | None:
    """The 6-digit code in what was typed, said or keyed ("482 910"); None if there is none."""
    digits = "".join(ch for ch in text if ch.isascii() and ch.isdigit())
    return digits if len(digits) == CODE_DIGITS else None


def proven_by_channel(slots: dict[str, Any], channel_name: str) -> bool:
    """A text from the tenant's own number on file: the reply goes back to that number. A call
    is not: caller ID can be spoofed and the answer is spoken to whoever rang."""
    return (
        slots.get("tenant_id") is not None
        and slots.get("identity_status") == "phone"
        and channel_name == "sms"
    )


def proof_slots(tracker: Tracker, slots: dict[str, Any] | None = None) -> dict[str, Any]:
    """`identity_proven` when the channel itself proves who this is."""
    slots = tracker.slots if slots is None else slots
    if not slots.get("identity_proven") and proven_by_channel(slots, channel(tracker)):
        return {"identity_proven": True}
    return {}


def failed(dispatcher: CollectingDispatcher, response: str) -> dict[str, Any]:
    dispatcher.utter_message(response=response)
    return {"one_time_code": None, "code_sent": None, "manage_status": "failed"}


REFUSALS_TO_STOP = {
    "code_locked": "utter_code_locked",
    "too_many_codes": "utter_code_locked",
    "no_phone": "utter_code_no_phone",
}


def send_code(dispatcher: CollectingDispatcher, tenant_id: Any) -> dict[str, Any]:
    """Texts a code to the number on file and says so (never which number)."""
    try:
        backend.new_client().send_code(int(tenant_id))
    except backend.BackendUnavailable:
        return failed(dispatcher, "utter_backend_down")
    except backend.BackendError as error:
        return failed(dispatcher, REFUSALS_TO_STOP.get(error.code, "utter_code_no_phone"))
    dispatcher.utter_message(response="utter_code_sent")
    return {"code_sent": True, "unclear_answers": 0}


class OneTimeCodeValidation:
    """`extract_one_time_code` and `validate_one_time_code` for a form that needs proof (a
    mixin, not an action: the SDK registers only Action subclasses)."""

    async def extract_one_time_code(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != "one_time_code" or is_interrupted(tracker):
            return {}
        return {"one_time_code": latest_text(tracker)}

    def validate_one_time_code(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        code = code_in(str(value or ""))
        if code is None:
            if _RESEND.search(str(value or "")):
                return {"one_time_code": None, "code_sent": None}  # advance sends a new one
            count = int(tracker.get_slot("unclear_answers") or 0) + 1
            if count >= MAX_UNCLEAR:
                return failed(dispatcher, "utter_code_gave_up")
            dispatcher.utter_message(response="utter_code_unclear")
            return {"one_time_code": None, "unclear_answers": count}
        try:
            backend.new_client().check_code(int(tracker.get_slot("tenant_id")), code)
        except backend.BackendUnavailable:
            return failed(dispatcher, "utter_backend_down")
        except backend.BackendError as error:
            if error.code == "wrong_code":
                dispatcher.utter_message(response="utter_code_wrong")
                return {"one_time_code": None}
            if error.code in ("code_expired", "no_code"):
                dispatcher.utter_message(response="utter_code_expired")
                return {"one_time_code": None, "code_sent": None}  # advance sends a new one
            if error.code == "invalid_code":
                dispatcher.utter_message(response="utter_code_unclear")
                return {"one_time_code": None}
            return failed(dispatcher, REFUSALS_TO_STOP.get(error.code, "utter_code_locked"))
        dispatcher.utter_message(response="utter_code_accepted")
        return {
            "one_time_code": ACCEPTED,
            "identity_proven": True,
            "unclear_answers": 0,
        }
