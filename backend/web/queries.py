"""The dashboard's reads: filtered report lists and the records the performance figures use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from backend.domain.calendar import LONDON
from backend.models import RepairReport
from backend.services.repairs import CLOSED_STATUSES, OPEN_STATUSES
from backend.web.performance import Period, RepairRecord

STATUS_CHOICES = ("open", "closed", "all", *OPEN_STATUSES, *CLOSED_STATUSES)


@dataclass(frozen=True)
class RepairFilters:
    tier: str = ""
    status: str = "open"  # open, closed, all, or one status
    overdue: bool = False
    due_today: bool = False
    reference: str = ""


def london_day_start(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=LONDON)


def filtered_repairs(
    session: Session, filters: RepairFilters, now: datetime, *, limit: int, offset: int = 0
) -> tuple[list[RepairReport], int]:
    """The reports matching every filter, most urgent target first, and how many there are."""
    statement = _apply(select(RepairReport), filters, now)
    total = session.scalar(select(func.count()).select_from(statement.subquery())) or 0
    repairs = session.scalars(
        statement.order_by(RepairReport.target_by, RepairReport.id).limit(limit).offset(offset)
    )
    return list(repairs), total


def _apply(statement: Select, filters: RepairFilters, now: datetime) -> Select:
    if filters.tier:
        statement = statement.where(RepairReport.tier == filters.tier)
    if filters.status == "open":
        statement = statement.where(RepairReport.status.in_(OPEN_STATUSES))
    elif filters.status == "closed":
        statement = statement.where(RepairReport.status.in_(CLOSED_STATUSES))
    elif filters.status != "all":
        statement = statement.where(RepairReport.status == filters.status)
    if filters.overdue or filters.due_today:
        statement = statement.where(RepairReport.status.in_(OPEN_STATUSES))
    if filters.overdue:
        statement = statement.where(RepairReport.target_by < now)
    if filters.due_today:
        today = now.astimezone(LONDON).date()
        statement = statement.where(
            RepairReport.target_by >= london_day_start(today),
            RepairReport.target_by < london_day_start(today + timedelta(days=1)),
        )
    if filters.reference:
        statement = statement.where(
            RepairReport.reference.contains(filters.reference.strip().upper(), autoescape=True)
        )
    return statement


def is_overdue(repair: RepairReport, now: datetime) -> bool:
    return repair.status in OPEN_STATUSES and repair.target_by < now


def count_overdue(session: Session, now: datetime) -> int:
    return (
        session.scalar(
            select(func.count(RepairReport.id)).where(
                RepairReport.status.in_(OPEN_STATUSES), RepairReport.target_by < now
            )
        )
        or 0
    )


def performance_records(session: Session, period: Period) -> list[RepairRecord]:
    """Every report made or completed in the period, as the performance functions read them."""
    repairs = session.scalars(
        select(RepairReport)
        .where(
            or_(
                (RepairReport.reported_at >= period.start)
                & (RepairReport.reported_at < period.end),
                (RepairReport.completed_at >= period.start)
                & (RepairReport.completed_at < period.end),
            )
        )
        .options(selectinload(RepairReport.status_history))
    )
    records = []
    for repair in repairs:
        made_safe = [c.changed_at for c in repair.status_history if c.status == "made_safe"]
        records.append(
            RepairRecord(
                reported_at=repair.reported_at,
                channel=repair.channel,
                category=repair.category,
                emergency=repair.emergency,
                responsive=repair.trade is not None,
                original_target_by=repair.original_target_by,
                completed_at=repair.completed_at if repair.status == "completed" else None,
                made_safe_at=min(made_safe) if made_safe else None,
                visits=repair.visits,
            )
        )
    return records
