"""The clocks that regulation sets on a job, beside the landlord's own target (policy.py).

- Awaab's Law (the Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025,
  in force since 27 October 2025): an emergency hazard investigated and made safe within 24 hours;
  damp and mould (and any other significant hazard) investigated within 10 working days; a written
  summary to the tenant within 3 working days of the investigation; safety work within 5 working
  days of it; further work started within 12 weeks of it. "No access" stands only after at least
  three attempts, each by a different means.
- The Housing Ombudsman's Complaint Handling Code: stage 1 acknowledged within 5 working days of
  receipt and answered within 10 working days of the acknowledgement; stage 2 acknowledged within
  5 working days of the request to escalate and answered within 20 of its acknowledgement.
- The Right to Repair (the Secure Tenancies (Right to Repair Scheme) Regulations 1994): a secure
  tenant's qualifying repair is due within the period of the Schedule (statute.py). When it is not
  done in time the tenant may ask for a second contractor, who has a new period of the same length
  from the request; if the second contractor is late too, the landlord pays GBP 10 plus GBP 2 a
  day, at most GBP 50.

A period of working days ends at midnight ending its last day (how statute counts), never at the
close of business the landlord's own targets use. Everything that happens on a job is a parameter
(`Progress`): the records feed what they hold today, and visits or notes can feed more later.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from backend.domain.calendar import WorkingCalendar
from backend.domain.policy import HeatingSeason
from backend.domain.statute import (
    AWAAB_SIGNIFICANT_HAZARD_CATEGORIES,
    RIGHT_TO_REPAIR_1994,
    StatutoryRepair,
)

AWAAB_MAKE_SAFE = "awaab_make_safe"
AWAAB_INVESTIGATION = "awaab_investigation"
AWAAB_WRITTEN_SUMMARY = "awaab_written_summary"
AWAAB_SAFETY_WORK = "awaab_safety_work"
AWAAB_FURTHER_WORK = "awaab_further_work"
COMPLAINT_ACKNOWLEDGEMENT = "complaint_acknowledgement"
COMPLAINT_ANSWER = "complaint_answer"
COMPLAINT_STAGE2_ACKNOWLEDGEMENT = "complaint_stage2_acknowledgement"
COMPLAINT_STAGE2_ANSWER = "complaint_stage2_answer"
RIGHT_TO_REPAIR = "right_to_repair"

LABELS = {
    AWAAB_MAKE_SAFE: "Awaab's Law: emergency hazard made safe (24 hours)",
    AWAAB_INVESTIGATION: "Awaab's Law: hazard investigated (10 working days)",
    AWAAB_WRITTEN_SUMMARY: "Awaab's Law: written summary (3 working days after investigation)",
    AWAAB_SAFETY_WORK: "Awaab's Law: safety work (5 working days after investigation)",
    AWAAB_FURTHER_WORK: "Awaab's Law: further work started (12 weeks after investigation)",
    COMPLAINT_ACKNOWLEDGEMENT: "Complaint stage 1: acknowledged (5 working days)",
    COMPLAINT_ANSWER: "Complaint stage 1: answered (10 working days after acknowledgement)",
    COMPLAINT_STAGE2_ACKNOWLEDGEMENT: "Complaint stage 2: acknowledged (5 working days)",
    COMPLAINT_STAGE2_ANSWER: "Complaint stage 2: answered (20 working days after acknowledgement)",
    RIGHT_TO_REPAIR: "Right to Repair: qualifying repair done",
}

# The tier code every policy gives complaints (backend/policies/*.yml, disclosure.py).
COMPLAINT_TIER = "complaint"

EMERGENCY_HAZARD_HOURS = 24
INVESTIGATION_WORKING_DAYS = 10
WRITTEN_SUMMARY_WORKING_DAYS = 3
SAFETY_WORK_WORKING_DAYS = 5
FURTHER_WORK_WEEKS = 12
COMPLAINT_ACKNOWLEDGE_WORKING_DAYS = 5
COMPLAINT_STAGE1_ANSWER_WORKING_DAYS = 10
COMPLAINT_STAGE2_ANSWER_WORKING_DAYS = 20

# Whom a tenant may go to once a complaint's stage 2 is answered; the code requires the landlord
# to give these details with the stage 2 answer.
HOUSING_OMBUDSMAN_NAME = "Housing Ombudsman Service"
HOUSING_OMBUDSMAN_PHONE = "0300 111 3000"
HOUSING_OMBUDSMAN_WEBSITE = "www.housing-ombudsman.org.uk"

COMPENSATION_BASE_GBP = 10
COMPENSATION_PER_DAY_GBP = 2
COMPENSATION_CAP_GBP = 50

ACCESS_MEANS = ("phone", "text", "email", "letter", "visit")
# How each means reads on the desk; a card through the door is left at a visit.
ACCESS_MEANS_LABELS = {
    "phone": "Phone call",
    "text": "Text message",
    "email": "Email",
    "letter": "Letter",
    "visit": "Visit (card through the door if nobody answered)",
}
ACCESS_ATTEMPTS_NEEDED = 3


class UnknownAccessMeans(ValueError):
    """An access attempt must say how it was made (ACCESS_MEANS)."""


class NoAccessTooSoon(ValueError):
    """'No access' does not stand yet: too few attempts, or not by enough different means."""


@dataclass(frozen=True)
class Clock:
    """One deadline on a job. `due_by` is None while the clock has not started (a written summary
    before the investigation); `met_at` is when it was met, None while it runs."""

    name: str
    due_by: datetime | None
    met_at: datetime | None = None

    @property
    def label(self) -> str:
        return LABELS[self.name]

    @property
    def started(self) -> bool:
        return self.due_by is not None

    def overdue(self, now: datetime) -> bool:
        """Missed: met after its time, or still unmet when its time has passed."""
        if self.due_by is None:
            return False
        return (self.met_at or now) > self.due_by


@dataclass(frozen=True)
class Job:
    """What the clocks need to know about a job from its report."""

    category: str
    tier: str
    emergency: bool
    reported_at: datetime
    facts: Mapping[str, bool | None] = field(default_factory=dict)
    # The Right to Repair is a secure tenant's (council tenants are, once past any introductory
    # tenancy; the records hold no tenancy type yet, so the adapter says so for every tenant).
    secure_tenant: bool = True


@dataclass(frozen=True)
class Progress:
    """What has happened on the job so far, each None until it has."""

    made_safe_at: datetime | None = None
    investigated_at: datetime | None = None
    # What the investigation found; None while unknown, and the clocks it decides then run.
    significant_hazard_found: bool | None = None
    further_work_needed: bool | None = None
    summary_sent_at: datetime | None = None
    safety_work_done_at: datetime | None = None
    further_work_started_at: datetime | None = None
    completed_at: datetime | None = None
    acknowledged_at: datetime | None = None
    answered_at: datetime | None = None
    stage2_requested_at: datetime | None = None
    stage2_acknowledged_at: datetime | None = None
    stage2_answered_at: datetime | None = None
    second_contractor_asked_at: datetime | None = None


# --- Awaab's Law ------------------------------------------------------------------------------


def is_awaab_significant_hazard(category: str) -> bool:
    return category in AWAAB_SIGNIFICANT_HAZARD_CATEGORIES


def is_awaab_case(category: str, emergency: bool) -> bool:
    """Awaab's Law covers emergency hazards and the significant hazards (damp and mould)."""
    return emergency or is_awaab_significant_hazard(category)


def awaab_clocks(job: Job, progress: Progress, calendar: WorkingCalendar) -> tuple[Clock, ...]:
    if job.emergency:
        met = progress.made_safe_at or progress.completed_at
        due = calendar.add_hours(job.reported_at, EMERGENCY_HAZARD_HOURS)
        return (Clock(AWAAB_MAKE_SAFE, due, met),)
    if not is_awaab_significant_hazard(job.category):
        return ()
    investigated = progress.investigated_at
    clocks = [
        Clock(
            AWAAB_INVESTIGATION,
            calendar.end_of_nth_working_day(job.reported_at, INVESTIGATION_WORKING_DAYS),
            investigated,
        ),
        Clock(
            AWAAB_WRITTEN_SUMMARY,
            _working_days_after(investigated, WRITTEN_SUMMARY_WORKING_DAYS, calendar),
            progress.summary_sent_at,
        ),
    ]
    if progress.significant_hazard_found is not False:
        clocks.append(
            Clock(
                AWAAB_SAFETY_WORK,
                _working_days_after(investigated, SAFETY_WORK_WORKING_DAYS, calendar),
                progress.safety_work_done_at,
            )
        )
    if progress.further_work_needed is not False:
        clocks.append(
            Clock(
                AWAAB_FURTHER_WORK,
                None
                if investigated is None
                else weeks_after(investigated, FURTHER_WORK_WEEKS, calendar),
                progress.further_work_started_at,
            )
        )
    return tuple(clocks)


def weeks_after(moment: datetime, weeks: int, calendar: WorkingCalendar) -> datetime:
    """Midnight ending the day `weeks` weeks after `moment`'s day."""
    last = calendar.local(moment).date() + timedelta(weeks=weeks)
    return _midnight_ending(last, calendar)


def _midnight_ending(day: date, calendar: WorkingCalendar) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=calendar.timezone)


@dataclass(frozen=True)
class AccessAttempt:
    at: datetime
    means: str

    def __post_init__(self) -> None:
        if self.means not in ACCESS_MEANS:
            raise UnknownAccessMeans(f"{self.means!r} is not one of {', '.join(ACCESS_MEANS)}")


def no_access_stands(attempts: Iterable[AccessAttempt]) -> bool:
    """At least three attempts, each by a different means (a call, a letter, a visit...)."""
    return len({attempt.means for attempt in attempts}) >= ACCESS_ATTEMPTS_NEEDED


def check_no_access(attempts: Iterable[AccessAttempt]) -> None:
    """Refuses to record 'no access' before it stands, saying what is missing."""
    means = sorted({attempt.means for attempt in attempts})
    if len(means) < ACCESS_ATTEMPTS_NEEDED:
        tried = ", ".join(means) if means else "nothing yet"
        raise NoAccessTooSoon(
            f"'no access' needs at least {ACCESS_ATTEMPTS_NEEDED} attempts by different means; "
            f"tried: {tried}"
        )


# --- the Housing Ombudsman's Complaint Handling Code -------------------------------------------


def complaint_clocks(job: Job, progress: Progress, calendar: WorkingCalendar) -> tuple[Clock, ...]:
    if job.tier != COMPLAINT_TIER:
        return ()
    clocks = [
        Clock(
            COMPLAINT_ACKNOWLEDGEMENT,
            calendar.end_of_nth_working_day(job.reported_at, COMPLAINT_ACKNOWLEDGE_WORKING_DAYS),
            progress.acknowledged_at,
        ),
        Clock(
            COMPLAINT_ANSWER,
            _working_days_after(
                progress.acknowledged_at, COMPLAINT_STAGE1_ANSWER_WORKING_DAYS, calendar
            ),
            progress.answered_at,
        ),
    ]
    if progress.stage2_requested_at is not None:
        clocks += [
            Clock(
                COMPLAINT_STAGE2_ACKNOWLEDGEMENT,
                calendar.end_of_nth_working_day(
                    progress.stage2_requested_at, COMPLAINT_ACKNOWLEDGE_WORKING_DAYS
                ),
                progress.stage2_acknowledged_at,
            ),
            Clock(
                COMPLAINT_STAGE2_ANSWER,
                _working_days_after(
                    progress.stage2_acknowledged_at, COMPLAINT_STAGE2_ANSWER_WORKING_DAYS, calendar
                ),
                progress.stage2_answered_at,
            ),
        ]
    return tuple(clocks)


def _working_days_after(
    moment: datetime | None, working_days: int, calendar: WorkingCalendar
) -> datetime | None:
    return None if moment is None else calendar.end_of_nth_working_day(moment, working_days)


# --- the Right to Repair ----------------------------------------------------------------------


def statutory_repair(
    category: str,
    facts: Mapping[str, bool | None],
    reported_at: datetime,
    season: HeatingSeason,
    calendar: WorkingCalendar,
) -> StatutoryRepair | None:
    """The entry of the 1994 Schedule a repair qualifies under, if any. A fact nobody has told us
    is not guessed away: the shortest period it could be stands, as in the priority policy."""
    in_season = season.contains(calendar.local(reported_at).date())
    candidates = [
        entry
        for entry in RIGHT_TO_REPAIR_1994
        if entry.category == category
        and entry.in_heating_season in (None, in_season)
        and all(facts.get(name) in (wanted, None) for name, wanted in entry.when.items())
    ]
    return min(candidates, key=lambda entry: entry.working_days, default=None)


def compensation_gbp(due_by: datetime, done_or_now: datetime, calendar: WorkingCalendar) -> int:
    """GBP 10 plus GBP 2 for each day after the period's last day until the repair is done, at
    most GBP 50; nothing when it was done in time."""
    if done_or_now <= due_by:
        return 0
    last_day = calendar.local(due_by).date() - timedelta(days=1)
    days = max((calendar.local(done_or_now).date() - last_day).days, 1)
    return min(COMPENSATION_BASE_GBP + COMPENSATION_PER_DAY_GBP * days, COMPENSATION_CAP_GBP)


@dataclass(frozen=True)
class RightToRepair:
    repair: StatutoryRepair
    due_by: datetime
    completed_at: datetime | None = None
    second_contractor_asked_at: datetime | None = None
    second_contractor_due_by: datetime | None = None

    @property
    def current_due_by(self) -> datetime:
        """The period running now: the second contractor's once the tenant has asked for one."""
        return self.second_contractor_due_by or self.due_by

    def overdue(self, now: datetime) -> bool:
        return (self.completed_at or now) > self.current_due_by

    def may_ask_for_second_contractor(self, now: datetime) -> bool:
        return (
            self.completed_at is None
            and self.second_contractor_asked_at is None
            and now > self.due_by
        )

    def second_contractor_target(self, asked_at: datetime, calendar: WorkingCalendar) -> datetime:
        """A second contractor has a new period of the same length, from the tenant's request."""
        return second_contractor_due_by(self.repair, asked_at, calendar)

    def compensation_gbp(self, now: datetime, calendar: WorkingCalendar) -> int:
        """Owed only when the second contractor is late too (regulation 7)."""
        if self.second_contractor_due_by is None:
            return 0
        return compensation_gbp(self.second_contractor_due_by, self.completed_at or now, calendar)


def second_contractor_due_by(
    repair: StatutoryRepair, asked_at: datetime, calendar: WorkingCalendar
) -> datetime:
    return calendar.end_of_nth_working_day(asked_at, repair.working_days)


def right_to_repair(
    job: Job, progress: Progress, season: HeatingSeason, calendar: WorkingCalendar
) -> RightToRepair | None:
    """The Right to Repair on this job, or None when it does not apply."""
    if not job.secure_tenant:
        return None
    entry = statutory_repair(job.category, job.facts, job.reported_at, season, calendar)
    if entry is None:
        return None
    asked = progress.second_contractor_asked_at
    return RightToRepair(
        repair=entry,
        due_by=calendar.end_of_nth_working_day(job.reported_at, entry.working_days),
        completed_at=progress.completed_at,
        second_contractor_asked_at=asked,
        second_contractor_due_by=(
            None if asked is None else second_contractor_due_by(entry, asked, calendar)
        ),
    )


# --- all of them --------------------------------------------------------------------------------


def clocks_for(
    job: Job, progress: Progress, season: HeatingSeason, calendar: WorkingCalendar
) -> tuple[Clock, ...]:
    """Every clock the law sets on this job, in the order they are listed above."""
    clocks = [*awaab_clocks(job, progress, calendar), *complaint_clocks(job, progress, calendar)]
    qualifying = right_to_repair(job, progress, season, calendar)
    if qualifying is not None:
        clocks.append(Clock(RIGHT_TO_REPAIR, qualifying.current_due_by, progress.completed_at))
    return tuple(clocks)
