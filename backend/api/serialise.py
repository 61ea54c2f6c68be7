"""JSON shapes of the API (docs/api.md)."""

from __future__ import annotations

from typing import Any

from backend.api.common import iso, policy
from backend.domain import clocks
from backend.domain.policy import TriageResult
from backend.models import Booking, RepairReport, Slot
from backend.services.bookings import slot_view
from backend.services.clocks import repair_clocks

# The clocks the API lists, by name: a contract relied on from outside (issue 14); the domain may
# know more (a stage 2 acknowledgement), shown to staff only.
API_CLOCKS = (
    clocks.AWAAB_MAKE_SAFE,
    clocks.AWAAB_INVESTIGATION,
    clocks.AWAAB_WRITTEN_SUMMARY,
    clocks.AWAAB_SAFETY_WORK,
    clocks.AWAAB_FURTHER_WORK,
    clocks.COMPLAINT_ACKNOWLEDGEMENT,
    clocks.COMPLAINT_ANSWER,
    clocks.COMPLAINT_STAGE2_ANSWER,
    clocks.RIGHT_TO_REPAIR,
)


def triage_json(result: TriageResult) -> dict[str, Any]:
    return {
        "category": result.category.code,
        "category_label": result.category.label,
        "priority": result.tier.code,
        "priority_label": result.tier.label,
        "target_by": iso(result.target_by),
        "target_description": result.target_description,
        "reason": result.reason,
        "emergency": result.tier.emergency,
        "bookable": result.tier.bookable and result.category.trade is not None,
        "needs_recharge_agreement": result.tier.needs_recharge_agreement,
        "provisional": result.provisional,
        "questions": [{"fact": q.fact, "text": q.text} for q in result.questions],
        "milestones": {m.name: iso(m.due) for m in result.milestones},
    }


def slot_json(slot: Slot) -> dict[str, Any]:
    view = slot_view(slot)
    return {
        "slot_id": slot.id,
        "date": slot.day.isoformat(),
        "window": slot.window,
        "trade": slot.trade,
        "label": view.label,
        "starts_at": iso(view.starts_at),
        "ends_at": iso(view.ends_at),
    }


def booking_json(booking: Booking) -> dict[str, Any]:
    return {
        "booking_id": booking.id,
        "reference": booking.repair.reference,
        "status": booking.status,
        **{k: v for k, v in slot_json(booking.slot).items() if k != "trade"},
    }


def repair_json(repair: RepairReport, *, history: bool = False) -> dict[str, Any]:
    active = repair.active_booking
    body = {
        "reference": repair.reference,
        "category": repair.category,
        "category_label": repair.category_label,
        "priority": repair.tier,
        "priority_label": repair.priority_label,
        "reason": repair.reason,
        "description": repair.description,
        "channel": repair.channel,
        "reported_at": iso(repair.reported_at),
        "target_by": iso(repair.target_by),
        "target_description": repair.target_description,
        "status": repair.status,
        "emergency": repair.emergency,
        "bookable": repair.bookable and repair.trade is not None,
        "needs_recharge_agreement": repair.needs_recharge_agreement,
        "recharge_agreed": repair.recharge_agreed,
        "booking": booking_json(active) if active else None,
    }
    if history:
        body["status_history"] = [
            {
                "status": change.status,
                "note": change.note,
                "changed_at": iso(change.changed_at),
                "new_target_by": iso(change.new_target_by),
            }
            for change in repair.status_history
        ]
        body["clocks"] = clocks_json(repair)
    return body


def clocks_json(repair: RepairReport) -> list[dict[str, Any]]:
    """The job's legal clocks; one not yet started has `due_by` null."""
    return [
        {"name": clock.name, "due_by": iso(clock.due_by), "met_at": iso(clock.met_at)}
        for clock in repair_clocks(repair, policy())
        if clock.name in API_CLOCKS
    ]
