"""The dashboard's reads: the work queues, filtered and searched report lists, the call-back
requests and the records the performance figures use."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import ColumnElement, Select, and_, exists, func, literal, or_, select
from sqlalchemy.orm import Session, aliased, joinedload, selectinload

from backend.domain.calendar import LONDON, WorkingCalendar
from backend.domain.clocks import (
    AWAAB_SIGNIFICANT_HAZARD_CATEGORIES,
    COMPLAINT_TIER,
    RIGHT_TO_REPAIR,
)
from backend.domain.desk import WORKING_VISIT_OUTCOMES
from backend.domain.policy import Policy
from backend.models import Booking, CallbackRequest, Property, RepairReport, Tenant
from backend.phones import InvalidPhoneNumber, normalise_phone
from backend.services.clocks import repair_clocks
from backend.services.repairs import CLOSED_STATUSES, OPEN_STATUSES
from backend.web.performance import Period, RepairRecord

STATUS_CHOICES = ("open", "closed", "all", *OPEN_STATUSES, *CLOSED_STATUSES)


@dataclass(frozen=True)
class RepairFilters:
    tier: str = ""
    status: str = "open"  # open, closed, all, or one status
    overdue: bool = False
    due_today: bool = False
    reported_today: bool = False
    reference: str = ""
    q: str = ""  # reference, tenant's name, address, postcode or phone number
    queue: str = ""  # one of QUEUES


def london_day_start(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=LONDON)


def filtered_repairs(
    session: Session,
    filters: RepairFilters,
    now: datetime,
    *,
    limit: int,
    offset: int = 0,
    policy: Policy | None = None,
) -> tuple[list[RepairReport], int]:
    """The reports matching every filter, most urgent target first, and how many there are."""
    statement = _apply(
        select(RepairReport), filters, now, _clock_ids(session, filters, policy, now)
    )
    total = session.scalar(select(func.count()).select_from(statement.subquery())) or 0
    repairs = session.scalars(
        _with_people(statement.order_by(RepairReport.target_by, RepairReport.id))
        .limit(limit)
        .offset(offset)
    )
    return list(repairs), total


def every_filtered_repair(
    session: Session, filters: RepairFilters, now: datetime, policy: Policy | None = None
) -> Iterator[RepairReport]:
    """Every report matching the filters, in the list's order, read a batch at a time (the
    export: however many there are, never all in memory at once)."""
    statement = _with_people(
        _apply(
            select(RepairReport), filters, now, _clock_ids(session, filters, policy, now)
        ).order_by(RepairReport.target_by, RepairReport.id)
    )
    yield from session.scalars(statement.execution_options(yield_per=500))


def _with_people(statement: Select) -> Select:
    # The list shows each report's tenant and address: one query, not one per row.
    return statement.options(
        joinedload(RepairReport.tenant).joinedload(Tenant.home), joinedload(RepairReport.home)
    )


def repair_address(repair: RepairReport) -> Property | None:
    """The home the report is about: the one recorded on it, or else its tenant's."""
    if repair.home is not None:
        return repair.home
    return repair.tenant.home if repair.tenant is not None else None


def _clock_ids(
    session: Session, filters: RepairFilters, policy: Policy | None, now: datetime
) -> list[int] | None:
    if filters.queue not in CLOCK_QUEUES:
        return None
    if policy is None:
        raise ValueError(f"the queue {filters.queue!r} needs the policy's calendar")
    return clock_queue_ids(session, filters.queue, policy, now)


def _apply(
    statement: Select, filters: RepairFilters, now: datetime, clock_ids: list[int] | None = None
) -> Select:
    if filters.queue in CLOCK_QUEUES:
        statement = statement.where(RepairReport.id.in_(clock_ids or []))
    elif filters.queue in QUEUES:
        statement = statement.where(queue_condition(filters.queue, now))
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
    if filters.reported_today:
        today = now.astimezone(LONDON).date()
        statement = statement.where(
            RepairReport.reported_at >= london_day_start(today),
            RepairReport.reported_at < london_day_start(today + timedelta(days=1)),
        )
    if filters.reference:
        statement = statement.where(
            RepairReport.reference.contains(filters.reference.strip().upper(), autoescape=True)
        )
    if filters.q.strip():
        statement = _search(statement, filters.q)
    return statement


def _search(statement: Select, text: str) -> Select:
    """Reports whose reference, tenant, address, postcode or phone number match `text`.

    Every word must be found in one of the fields, any case ("sarah jones", "12 hilldene"); the
    whole text may also be a postcode without its space ("rm37ab") or a phone number however it
    is written ("07700 900123" is stored as +447700900123). The address is the report's home, or
    its tenant's."""
    home = aliased(Property)
    statement = statement.outerjoin(Tenant, RepairReport.tenant_id == Tenant.id).outerjoin(
        home, home.id == func.coalesce(RepairReport.property_id, Tenant.property_id)
    )
    fields = (
        RepairReport.reference,
        Tenant.first_name,
        Tenant.last_name,
        home.door_number,
        home.street,
        home.town,
        home.postcode,
    )
    words = text.split()[:10]
    every_word = and_(*(or_(*(_contains(field, word) for field in fields)) for word in words))
    whole = [every_word]
    squashed = "".join(words)
    if len(squashed) >= 2:
        whole.append(_contains(func.replace(home.postcode, " ", ""), squashed))
    whole.extend(_phone_matches(text, (Tenant.phone, RepairReport.contact_phone)))
    return statement.where(or_(*whole))


def _contains(field, text: str) -> ColumnElement[bool]:
    # lower() on both sides: LIKE is case-sensitive on PostgreSQL, not on SQLite.
    return func.lower(field).contains(text.lower(), autoescape=True)


# Digits, with the spaces, brackets, dashes and leading + people write numbers with.
_PHONE_LIKE = re.compile(r"^\+?[\d\s().-]+$")
# Fewer digits than this would match half the tenants.
MIN_PHONE_DIGITS = 6


def _phone_matches(text: str, columns: tuple) -> list[ColumnElement[bool]]:
    """A whole number matches the E.164 form it is stored in; the end of a number ("900123")
    matches the numbers ending so."""
    text = text.strip()
    if not _PHONE_LIKE.match(text):
        return []
    try:
        e164 = normalise_phone(text)
    except InvalidPhoneNumber:
        digits = re.sub(r"\D", "", text)
        if len(digits) < MIN_PHONE_DIGITS:
            return []
        if digits.startswith("0"):  # a national number's beginning: stored as +44...
            digits = "44" + digits[1:]
        return [column.contains(digits, autoescape=True) for column in columns]
    return [column == literal(e164) for column in columns]


# The landlord's customer contact standard for a call-back: by the close of the next working day.
CALLBACK_WORKING_DAYS = 1


@dataclass(frozen=True)
class CallbackRow:
    request: CallbackRequest
    tenant: Tenant | None
    phone: str | None  # the number given, or else the tenant's
    due: datetime


def open_callbacks(
    session: Session, calendar: WorkingCalendar, *, limit: int, offset: int = 0
) -> tuple[list[CallbackRow], int]:
    """The call-back requests still to make, the longest waiting first, with when each is due."""
    where = CallbackRequest.status == "open"
    total = session.scalar(select(func.count(CallbackRequest.id)).where(where)) or 0
    found = session.execute(
        select(CallbackRequest, Tenant)
        .outerjoin(Tenant, CallbackRequest.tenant_id == Tenant.id)
        .where(where)
        .order_by(CallbackRequest.created_at, CallbackRequest.id)
        .limit(limit)
        .offset(offset)
    )
    rows = [
        CallbackRow(
            request=request,
            tenant=tenant,
            phone=request.phone or (tenant.phone if tenant else None),
            due=calendar.add_working_days(request.created_at, CALLBACK_WORKING_DAYS),
        )
        for request, tenant in found
    ]
    return rows, total


# The desk's work queues (issue 13), each a filter of the report list: (code, title, what to do).
QUEUE_DESCRIPTIONS = {
    "identity": ("Address or identity to check", "Reports nobody is matched to: match a tenant."),
    "awaiting_appointment": ("Waiting for an appointment", "Book the tenant's appointment."),
    "awaiting_dispatch": ("Emergencies awaiting dispatch", "Assign an operative now."),
    "no_access": ("Visits with no access", "Contact the tenant and book another visit."),
    "overdue": ("Overdue jobs", "Past their target."),
}
# The legal clocks' queues (issue 14), read from each open job's clocks (services/clocks.py),
# not from a column: a clock due within this many working days, or overdue, is due.
CLOCK_QUEUE_DESCRIPTIONS = {
    "awaab_due": (
        "Awaab's Law clocks due",
        "Investigation, written summary, safety work or further work due within 2 working days"
        " or overdue.",
    ),
    "complaint_due": (
        "Complaint code clocks due",
        "Complaints to acknowledge or answer within 2 working days, or overdue.",
    ),
    "right_to_repair_overdue": (
        "Right to Repair overdue",
        "Qualifying repairs past their Right to Repair period: the tenant may ask for another"
        " contractor.",
    ),
}
CLOCK_DUE_WORKING_DAYS = 2
CLOCK_QUEUES = tuple(CLOCK_QUEUE_DESCRIPTIONS)
QUEUE_DESCRIPTIONS.update(CLOCK_QUEUE_DESCRIPTIONS)
QUEUES = tuple(QUEUE_DESCRIPTIONS)
# A job waits for an appointment in these statuses when it has none (a visit may have left it so).
WAITING_STATUSES = ("reported", "made_safe", "no_access", "follow_on_needed", "delayed")


def _clock_candidates(queue: str) -> ColumnElement[bool]:
    is_open = RepairReport.status.in_(OPEN_STATUSES)
    if queue == "awaab_due":
        return and_(
            is_open,
            or_(
                RepairReport.emergency.is_(True),
                RepairReport.category.in_(sorted(AWAAB_SIGNIFICANT_HAZARD_CATEGORIES)),
            ),
        )
    if queue == "complaint_due":
        return and_(is_open, RepairReport.tier == COMPLAINT_TIER)
    if queue == "right_to_repair_overdue":
        return and_(is_open, RepairReport.tenant_id.is_not(None))
    raise ValueError(f"unknown clock queue {queue!r}")


def _in_clock_queue(queue: str, clock, now: datetime, soon: datetime) -> bool:
    if clock.met_at is not None or clock.due_by is None:
        return False
    if queue == "right_to_repair_overdue":
        return clock.name == RIGHT_TO_REPAIR and clock.due_by < now
    prefix = "awaab_" if queue == "awaab_due" else "complaint_"
    return clock.name.startswith(prefix) and clock.due_by <= soon


def clock_queue(
    session: Session, queue: str, policy: Policy, now: datetime
) -> list[tuple[int, datetime]]:
    """The open jobs in a clock's queue, each with its soonest unmet clock of the queue's kind."""
    soon = policy.calendar.add_working_days(now, CLOCK_DUE_WORKING_DAYS)
    repairs = session.scalars(
        select(RepairReport)
        .where(_clock_candidates(queue))
        .options(
            selectinload(RepairReport.status_history), selectinload(RepairReport.visit_records)
        )
        .execution_options(yield_per=500)
    )
    found = []
    for repair in repairs:
        due = [
            clock.due_by
            for clock in repair_clocks(repair, policy)
            if _in_clock_queue(queue, clock, now, soon)
        ]
        if due:
            found.append((repair.id, min(due)))
    return found


def clock_queue_ids(session: Session, queue: str, policy: Policy, now: datetime) -> list[int]:
    return [repair_id for repair_id, _ in clock_queue(session, queue, policy, now)]


def queue_condition(queue: str, now: datetime) -> ColumnElement[bool]:
    is_open = RepairReport.status.in_(OPEN_STATUSES)
    if queue == "identity":
        return and_(is_open, RepairReport.tenant_id.is_(None))
    if queue == "awaiting_appointment":
        booked = exists().where(Booking.repair_id == RepairReport.id, Booking.status == "active")
        return and_(
            RepairReport.status.in_(WAITING_STATUSES),
            RepairReport.bookable.is_(True),
            RepairReport.emergency.is_(False),
            RepairReport.trade.is_not(None),
            or_(
                RepairReport.needs_recharge_agreement.is_(False),
                RepairReport.recharge_agreed.is_(True),
            ),
            ~booked,
        )
    if queue in ("awaiting_dispatch", "no_access"):
        return RepairReport.status == queue
    if queue == "overdue":
        return and_(is_open, RepairReport.target_by < now)
    raise ValueError(f"unknown queue {queue!r}")


@dataclass(frozen=True)
class WorkQueue:
    code: str  # a QUEUES code, or "callbacks"
    title: str
    hint: str
    count: int
    due: datetime | None  # the soonest due in the queue

    def overdue(self, now: datetime) -> bool:
        return self.due is not None and self.due < now


def work_queues(
    session: Session, calendar: WorkingCalendar, now: datetime, policy: Policy | None = None
) -> list[WorkQueue]:
    """Every queue with how many wait in it and when the soonest is due: a call-back by the
    landlord's contact standard, a job by its target."""
    waiting, asked = session.execute(
        select(func.count(CallbackRequest.id), func.min(CallbackRequest.created_at)).where(
            CallbackRequest.status == "open"
        )
    ).one()
    queues = [
        WorkQueue(
            "callbacks",
            "Tenants to ring back",
            "Tenants who asked to speak to a person.",
            waiting or 0,
            calendar.add_working_days(_aware(asked), CALLBACK_WORKING_DAYS) if asked else None,
        )
    ]
    for code, (title, hint) in QUEUE_DESCRIPTIONS.items():
        if code in CLOCK_QUEUES:
            if policy is not None:
                found = clock_queue(session, code, policy, now)
                soonest = min((d for _, d in found), default=None)
                queues.append(WorkQueue(code, title, hint, len(found), soonest))
            continue
        count, due = session.execute(
            select(func.count(RepairReport.id), func.min(RepairReport.target_by)).where(
                queue_condition(code, now)
            )
        ).one()
        queues.append(WorkQueue(code, title, hint, count or 0, _aware(due) if due else None))
    return queues


def _aware(moment: datetime) -> datetime:
    # An aggregate skips the column's type on SQLite: its UTC value comes back naive.
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


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


def working_visits(repair: RepairReport) -> int:
    """The visits that worked on the job, as the desk recorded them (a visit with no access did
    no work); for a job completed before the desk recorded visits, the count its status marks
    kept."""
    if repair.visit_records:
        return sum(v.outcome in WORKING_VISIT_OUTCOMES for v in repair.visit_records)
    return repair.visits


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
        .options(
            selectinload(RepairReport.status_history), selectinload(RepairReport.visit_records)
        )
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
                visits=working_visits(repair),
            )
        )
    return records
