"""Fixtures for the action tests: trackers built with `Tracker.from_dict`, a
`CollectingDispatcher`, and a fake backend in place of the HTTP client."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import pytest
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import backend
from bot.actions.appointments import ValidateAppointmentForm

# What the API never tells a conversation (backend/domain/disclosure.py).
CONFIDENTIAL = ("asb", "complaint")


class FakeBackend:
    """Answers like docs/api.md describes; records every call. Set `down = True` for outages."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.down = False
        self.questions: dict[str, list[str]] = {
            "toilet": ["other_working_toilet"],
            "water_supply": ["total_loss"],
            "electricity_supply": ["total_loss"],
            "handyperson": ["vulnerable"],
            "asb": ["asb_high_risk"],
        }
        # Matched on the whole name, as POST /api/tenants/verify does (issue 11).
        self.tenants = {("12", "RM3 7AB", "sarah jones"): {"tenant_id": 1, "first_name": "Sarah"}}
        self.slot_list = [
            {
                "slot_id": 17,
                "date": "2026-12-09",
                "window": "am",
                "label": "Wednesday 9 December, morning (8am to 12 noon)",
            },
            {
                "slot_id": 18,
                "date": "2026-12-12",
                "window": "pm",
                "label": "Saturday 12 December, afternoon (12 noon to 5pm)",
            },
        ]
        self.full_slots: set[int] = set()
        self.slot_limits: list[int] = []
        self.repairs: dict[str, dict[str, Any]] = {}
        # One-time codes (issue 11): the code each tenant was sent; tenants locked out or with
        # no number on file.
        self.codes: dict[int, str] = {}
        self.locked: set[int] = set()
        self.no_phone: set[int] = set()
        # References the records API will not give a photo link for (ASB, complaints).
        self.confidential: set[str] = set()

    def _record(self, name: str, *args: Any) -> None:
        self.calls.append((name, args))
        if self.down:
            raise backend.BackendUnavailable(f"{name}: down")

    def called(self, name: str) -> list[tuple[Any, ...]]:
        return [args for call, args in self.calls if call == name]

    def triage(
        self,
        category: str,
        facts: dict[str, bool],
        reported_at: str | None,
        tenant_id: int | None = None,
    ) -> dict:
        self._record("triage", category, dict(facts), reported_at)
        self.triaged_for = tenant_id  # whose recorded circumstances the triage may use
        emergency = category in (
            "gas_smell",
            "flooding",
            "carbon_monoxide",
            "electrical_danger",
            "structural_danger",
        )
        questions = [f for f in self.questions.get(category, []) if f not in facts]
        priority = "emergency" if emergency else "one_day"
        if category == "tenant_responsibility":
            priority = "tenant_responsibility"
        return {
            "category": category,
            "category_label": category.replace("_", " ").title(),
            "priority": priority,
            "priority_label": "emergency" if emergency else "one-day repair",
            "target_by": "2026-12-09T18:30:00+00:00",
            "target_description": "within 4 hours" if emergency else "within 24 hours",
            "reason": f"{category} is a {priority} repair",
            "emergency": emergency,
            "bookable": not emergency and category not in ("asb", "complaint"),
            "needs_recharge_agreement": category == "tenant_responsibility",
            "questions": [{"fact": f, "text": f"{f}?"} for f in questions],
        }

    def categories(self) -> dict[str, str]:
        self._record("categories")
        return {"toilet": "Toilet", "drainage": "Blocked or leaking drain", "tap": "Tap"}

    def verify_tenant(self, door_number: str, postcode: str, name: str) -> dict | None:
        self._record("verify_tenant", door_number, postcode, name)
        return self.tenants.get((door_number, postcode, " ".join(name.lower().split())))

    def create_repair(self, payload: dict, idempotency_key: str) -> dict:
        self._record("create_repair", payload, idempotency_key)
        result = self.triage(payload["category"], payload.get("facts", {}), None)
        self.calls.pop()  # the fake's own triage is not a call the action made
        repair = {
            **result,
            "reference": "HR-483920",
            "status": "reported",
            "booking": None,
            "recharge_agreed": False,
        }
        self.repairs[repair["reference"]] = repair
        offer = payload.get("offer_slots")
        bookable_now = repair.get("bookable") and not repair.get("emergency")
        bookable_now = bookable_now and not repair.get("needs_recharge_agreement")
        if offer and payload.get("tenant_id") is not None and bookable_now:
            return {**repair, "slots": self._free_slots(offer)}
        return repair

    def _free_slots(self, limit: int) -> list[dict]:
        self.slot_limits.append(limit)
        return [s for s in self.slot_list if s["slot_id"] not in self.full_slots][:limit]

    def get_repair(self, reference: str, tenant_id: int) -> dict | None:
        self._record("get_repair", reference, tenant_id)
        repair = self.repairs.get(reference)
        if repair is not None and repair.get("priority") in CONFIDENTIAL:
            raise backend.ConfidentialReference(reference)
        return repair

    def open_repairs(self, tenant_id: int) -> list[dict]:
        self._record("open_repairs", tenant_id)
        return [r for r in self.repairs.values() if r.get("priority") not in CONFIDENTIAL]

    def send_code(self, tenant_id: int) -> dict:
        self._record("send_code", tenant_id)
        if tenant_id in self.no_phone:
            raise backend.BackendError(409, "no_phone", "No number on file.")
        if tenant_id in self.locked:
            raise backend.BackendError(429, "code_locked", "Locked.")
        self.codes.setdefault(tenant_id, "482910")
        return {"sent_to": "sms", "valid_minutes": 10}

    def check_code(self, tenant_id: int, code: str) -> dict:
        self._record("check_code", tenant_id, code)
        if tenant_id in self.locked:
            raise backend.BackendError(429, "code_locked", "Locked.")
        if tenant_id not in self.codes:
            raise backend.BackendError(409, "no_code", "No code.")
        if self.codes[tenant_id] != code:
            raise backend.BackendError(422, "wrong_code", "Wrong.")
        del self.codes[tenant_id]
        return {"verified": True}

    def confirm_by_text(self, reference: str, tenant_id: int) -> dict:
        self._record("confirm_by_text", reference, tenant_id)
        if reference not in self.repairs:
            raise backend.BackendError(404, "not_found", "No such repair.")
        return {"texted": True}

    def agree_recharge(self, reference: str, tenant_id: int) -> dict:
        self._record("agree_recharge", reference, tenant_id)
        return {**self.repairs.get(reference, {}), "recharge_agreed": True}

    def slots(self, reference: str, tenant_id: int, limit: int = 6) -> dict:
        self._record("slots", reference, tenant_id)
        free = self._free_slots(limit)
        return {"reference": reference, "target_by": "2026-12-12T17:00:00+00:00", "slots": free}

    def book(self, reference: str, tenant_id: int, slot_id: int, idempotency_key: str) -> dict:
        self._record("book", reference, tenant_id, slot_id, idempotency_key)
        if slot_id in self.full_slots:
            raise backend.BackendError(409, "slot_full", "That slot has just been taken.")
        label = next(s["label"] for s in self.slot_list if s["slot_id"] == slot_id)
        return {
            "booking_id": 5,
            "reference": reference,
            "slot_id": slot_id,
            "label": label,
            "status": "active",
        }

    def photo_link(self, reference: str, tenant_id: int, send_by_text: bool = False) -> dict:
        self._record("photo_link", reference, tenant_id, send_by_text)
        if reference in self.confidential:
            raise backend.BackendError(403, "confidential", "Not for a conversation.")
        return {"reference": reference, "url": "/photos/t0ken", "texted": send_by_text}

    def move_booking(self, booking_id: int, tenant_id: int, slot_id: int) -> dict:
        self._record("move_booking", booking_id, tenant_id, slot_id)
        label = next(s["label"] for s in self.slot_list if s["slot_id"] == slot_id)
        return {"booking_id": booking_id, "slot_id": slot_id, "label": label, "status": "active"}

    def cancel_booking(self, booking_id: int, tenant_id: int) -> dict:
        self._record("cancel_booking", booking_id, tenant_id)
        return {"booking_id": booking_id, "status": "cancelled"}

    def request_callback(self, payload: dict) -> dict:
        self._record("request_callback", payload)
        return {"callback_id": 3, "message": "We will call you back."}


@pytest.fixture
def fake_backend(monkeypatch: pytest.MonkeyPatch) -> FakeBackend:
    fake = FakeBackend()
    monkeypatch.setattr(backend, "new_client", lambda: fake)
    return fake


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


def make_tracker(
    text: str = "",
    intent: str | None = None,
    *,
    slots: dict[str, Any] | None = None,
    active_loop: str | None = None,
    requested_slot: str | None = None,
    entities: list[dict[str, Any]] | None = None,
    metadata: dict[str, Any] | None = None,
    channel: str = "web",
    sender_id: str = "conv-1",
    confidence: float = 1.0,
    ranking: list[tuple[str, float]] | None = None,
    earlier: list[tuple[str, list[tuple[str, float]]]] | None = None,
) -> Tracker:
    """A tracker whose latest event is the tenant's message (after `earlier` ones: their words
    and the classifier's ranking of them)."""
    all_slots: dict[str, Any] = {"requested_slot": requested_slot, **(slots or {})}
    parse = {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "entities": entities or [],
        "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking or []],
    }
    events = [
        {
            "event": "user",
            "text": said,
            "parse_data": {
                "text": said,
                "intent": {"name": ranked[0][0], "confidence": ranked[0][1]},
                "intent_ranking": [{"name": n, "confidence": c} for n, c in ranked],
            },
        }
        for said, ranked in earlier or []
    ]
    events += [
        {"event": "action", "name": "action_listen"},
        {
            "event": "user",
            "text": text,
            "parse_data": parse,
            "input_channel": channel,
            "metadata": metadata or {},
        },
    ]
    if active_loop:
        # As Rasa sends it to a form's validation action: its own run appended.
        events += [
            {"event": "slot", "name": "requested_slot", "value": requested_slot},
            {"event": "action", "name": active_loop},
        ]
    return Tracker.from_dict(
        {
            "sender_id": sender_id,
            "slots": all_slots,
            "latest_message": parse,
            "events": events,
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": active_loop} if active_loop else {},
            "latest_action_name": "action_listen",
        }
    )


def responses(dispatcher: CollectingDispatcher) -> list[str]:
    return [m.get("response") for m in dispatcher.messages]


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The slots the events set (last value wins)."""
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def run_action(
    action: Action, dispatcher: CollectingDispatcher, tracker: Tracker
) -> list[dict[str, Any]]:
    """Runs an action as the action server would, returning its events."""
    return asyncio.run(action.run(dispatcher, tracker, {}))


# A tenant's toilet repair with a morning appointment: the appointment tests' open job.
BOOKED_TOILET = {
    "reference": "HR-483920",
    "category": "toilet",
    "category_label": "Toilet",
    "status": "booked",
    "target_by": "2026-12-09T18:30:00+00:00",
    "bookable": True,
    "booking": {"booking_id": 5, "label": "Wednesday 9 December, morning", "status": "active"},
}


def with_booked_toilet(fake_backend: Any) -> None:
    fake_backend.repairs[BOOKED_TOILET["reference"]] = copy.deepcopy(BOOKED_TOILET)


def run_appointment_form(tracker: Tracker, dispatcher: CollectingDispatcher) -> dict[str, Any]:
    return slot_events(run_action(ValidateAppointmentForm(), dispatcher, tracker))
