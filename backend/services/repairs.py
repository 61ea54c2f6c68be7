"""Reporting repairs and moving them through their statuses. Callers own the session and commit."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backend.domain.desk import CLOSED_STATUSES, OPEN_STATUSES, initial_status
from backend.domain.policy import Policy, TriageResult
from backend.models import RepairReport, StatusChange, Tenant, utcnow

CHANNELS = ("web", "sms", "voice", "staff")
STAFF_STATUSES = ("attended", "made_safe", "completed", "delayed", "cancelled")


class TenantNotFound(LookupError):
    pass


class RepairNotFound(LookupError):
    pass


class InvalidStatusChange(ValueError):
    pass


@dataclass(frozen=True)
class NewRepair:
    category: str
    facts: dict[str, Any]
    description: str
    channel: str
    reported_at: datetime
    tenant_id: int | None = None
    contact_phone: str | None = None
    conversation_id: str | None = None
    idempotency_key: str | None = None
    # What someone the assistant could not match told us: kept for the desk to match them.
    given_name: str | None = None
    given_address: str | None = None


def find_by_idempotency_key(session: Session, key: str | None) -> RepairReport | None:
    if not key:
        return None
    return session.scalars(select(RepairReport).where(RepairReport.idempotency_key == key)).first()


def report_repair(
    session: Session, policy: Policy, new: NewRepair, prefix: str
) -> tuple[RepairReport, bool]:
    """Record a repair; (repair, False) when the same idempotency key already made it."""
    existing = find_by_idempotency_key(session, new.idempotency_key)
    if existing is not None:
        return existing, False
    tenant = None
    if new.tenant_id is not None:
        tenant = session.get(Tenant, new.tenant_id)
        if tenant is None:
            raise TenantNotFound(new.tenant_id)
    facts = with_recorded_circumstances(new.facts, tenant) if tenant else dict(new.facts)
    result = policy.triage(new.category, facts, new.reported_at)
    repair = RepairReport(
        reference=_unused_reference(session, prefix),
        tenant_id=tenant.id if tenant else None,
        property_id=tenant.property_id if tenant else None,
        description=new.description[:4000],
        channel=new.channel,
        facts=facts,
        contact_phone=new.contact_phone or (tenant.phone if tenant else None),
        conversation_id=new.conversation_id,
        idempotency_key=new.idempotency_key,
        vulnerable=bool(facts.get("vulnerable")),
        given_name=None if tenant else (new.given_name or None),
        given_address=None if tenant else (new.given_address or None),
    )
    apply_triage(repair, result)
    repair.status_history.append(StatusChange(status="reported", note=f"reported by {new.channel}"))
    if result.tier.emergency:
        # Nobody is on the way until the desk assigns someone (backend/domain/desk.py).
        repair.status = initial_status(emergency=True)
        repair.status_history.append(
            StatusChange(status=repair.status, note="emergency job raised: assign an operative")
        )
    try:
        with session.begin_nested():
            session.add(repair)
    except IntegrityError:
        # A retry racing the first request with the same key: the first one won.
        existing = find_by_idempotency_key(session, new.idempotency_key)
        if existing is None:
            raise
        return existing, False
    return repair, True


def with_recorded_circumstances(facts: dict[str, Any], tenant: Tenant) -> dict[str, Any]:
    """The household's recorded circumstances count even when the tenant did not mention them."""
    return {**facts, "vulnerable": True} if tenant.vulnerable else dict(facts)


def apply_triage(repair: RepairReport, result: TriageResult) -> None:
    repair.category = result.category.code
    repair.category_label = result.category.label
    repair.tier = result.tier.code
    repair.priority_label = result.tier.label
    repair.reason = result.reason
    repair.trade = result.category.trade
    repair.reported_at = result.reported_at
    repair.target_by = result.target_by
    repair.original_target_by = result.target_by
    repair.target_description = result.target_description
    repair.emergency = result.tier.emergency
    repair.bookable = result.tier.bookable
    repair.needs_recharge_agreement = result.tier.needs_recharge_agreement


def get_repair(session: Session, reference: str) -> RepairReport:
    repair = session.scalars(
        select(RepairReport).where(RepairReport.reference == reference.strip().upper())
    ).first()
    if repair is None:
        raise RepairNotFound(reference)
    return repair


def get_tenants_repair(session: Session, reference: str, tenant_id: int) -> RepairReport:
    """A tenant sees only their own repairs: someone else's reference is simply not found."""
    repair = get_repair(session, reference)
    if repair.tenant_id is None or repair.tenant_id != tenant_id:
        raise RepairNotFound(reference)
    return repair


def tenants_open_repairs(session: Session, tenant_id: int) -> list[RepairReport]:
    return list(
        session.scalars(
            select(RepairReport)
            .where(RepairReport.tenant_id == tenant_id, RepairReport.status.in_(OPEN_STATUSES))
            .order_by(RepairReport.reported_at.desc())
        )
    )


def change_status(
    repair: RepairReport,
    status: str,
    *,
    by: str,
    note: str = "",
    new_target_by: datetime | None = None,
) -> StatusChange:
    """Staff record what happened. Each attended, made-safe or completed mark is one visit, so a
    repair completed with one visit was fixed first time (Havering promises 90%)."""
    if status not in STAFF_STATUSES:
        raise InvalidStatusChange(f"unknown status {status!r}")
    if repair.status in CLOSED_STATUSES:
        raise InvalidStatusChange(f"repair is already {repair.status}")
    if status == "delayed":
        if new_target_by is None:
            raise InvalidStatusChange("a delay needs the new date")
        repair.target_by = new_target_by
    if status in ("attended", "made_safe", "completed"):
        repair.visits += 1
    if status == "completed":
        repair.completed_at = utcnow()
    repair.status = status
    change = StatusChange(status=status, note=note, changed_by=by, new_target_by=new_target_by)
    repair.status_history.append(change)
    return change


def _unused_reference(session: Session, prefix: str) -> str:
    while True:
        # Six digits read well on the phone; random so references cannot be walked.
        reference = f"{prefix}-{secrets.randbelow(900000) + 100000}"
        taken = session.scalars(
            select(RepairReport.id).where(RepairReport.reference == reference)
        ).first()
        if taken is None:
            return reference
