"""What one job's page offers the desk: the operatives and contractors (those with the job's trade
first), the appointments it can be booked into, the categories and priorities to re-triage to,
and, for a report nobody is matched to, the tenants at the postcode the reporter gave."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from backend.domain import desk
from backend.domain.booking import LONDON, BookingRefused
from backend.domain.clocks import ACCESS_MEANS_LABELS, COMPLAINT_TIER, is_awaab_case
from backend.domain.policy import Policy
from backend.models import RepairReport, Slot
from backend.services.bookings import offer_slots, slot_view
from backend.services.clocks import investigated, investigation_visit
from backend.services.desk import active_operatives, tenants_at

# A UK postcode anywhere in what the reporter typed ("Flat 6, rm77dr").
POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b", re.IGNORECASE)
SLOTS_OFFERED = 20


def given_postcode(text: str | None) -> str:
    match = POSTCODE.search(text or "")
    return f"{match.group(1)} {match.group(2)}".upper() if match else ""


def slot_choices(slots: list[Slot]) -> list[tuple[int, str]]:
    return [(slot.id, slot_view(slot).label) for slot in slots]


def detail_context(
    session: Session, repair: RepairReport, now: datetime, policy: Policy, tenant_postcode: str
) -> dict[str, Any]:
    operatives = sorted(
        active_operatives(session),
        key=lambda o: (repair.trade not in (o.trades or []), o.kind, o.name),
    )
    slots: list[Slot] = []
    booking_refusal = None
    try:
        slots = offer_slots(session, repair, now, limit=SLOTS_OFFERED)
    except BookingRefused as refusal:
        booking_refusal = refusal.message
    booking = repair.active_booking
    postcode = tenant_postcode or given_postcode(repair.given_address)
    return {
        "operatives": operatives,
        "slots": slot_choices([s for s in slots if booking is None or s.id != booking.slot_id]),
        "booking_refusal": booking_refusal,
        "categories": sorted(
            ((code, c.label) for code, c in policy.categories.items()), key=lambda c: c[1]
        ),
        "tiers": [(code, tier.label) for code, tier in policy.tiers.items()],
        "closure_reasons": desk.CLOSURE_REASONS,
        "visit_outcomes": desk.VISIT_OUTCOMES,
        "follow_on_outcomes": desk.FOLLOW_ON_OUTCOMES,
        "tenant_postcode": postcode,
        "tenant_choices": tenants_at(session, postcode) if repair.tenant is None else [],
        "visit_default": now.astimezone(LONDON).strftime("%Y-%m-%dT%H:%M"),
        "closed": repair.status in desk.CLOSED_STATUSES,
        **obligations_context(repair),
    }


def obligations_context(repair: RepairReport) -> dict[str, Any]:
    """Awaab's Law and the complaint code on the job: the means an attempt to get in can be
    made by, whether the visit form asks what the investigation found, the findings once
    recorded, and a complaint's next stage."""
    awaab_case = is_awaab_case(repair.category, repair.emergency)
    visit = investigation_visit(repair) if awaab_case else None
    is_complaint = repair.tier == COMPLAINT_TIER
    done = [c.status for c in repair.status_history if c.status in desk.COMPLAINT_STEPS]
    next_step = desk.next_complaint_step(done) if is_complaint else None
    return {
        "access_means": ACCESS_MEANS_LABELS,
        "awaab_case": awaab_case,
        "findings_form": awaab_case and not investigated(repair),
        "investigation": visit if visit is not None and visit.findings else None,
        "is_complaint": is_complaint,
        "complaint_steps": desk.COMPLAINT_STEPS,
        "complaint_steps_done": done,
        "next_complaint_step": next_step if repair.status != "cancelled" else None,
    }
