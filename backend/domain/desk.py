"""The repairs desk's rules (issue 13): which job actions a report's status allows, which need a
reason, what a recorded visit does to the job, when a follow-on appointment may be booked, and a
re-triage's new target. Plain data in, a named refusal out; the web layer only asks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from backend.domain.clocks import ACCESS_MEANS, COMPLAINT_TIER, AccessAttempt, check_no_access
from backend.domain.clocks import NoAccessTooSoon as ClockNoAccessTooSoon
from backend.domain.policy import Policy, TriageResult, UnknownCategory, with_article

OPEN_STATUSES = (
    "reported",
    "awaiting_dispatch",
    "operative_dispatched",
    "booked",
    "attended",
    "made_safe",
    "no_access",
    "follow_on_needed",
    "delayed",
)
CLOSED_STATUSES = ("completed", "cancelled")

# Why a report is closed without the work being done.
CLOSURE_REASONS = {
    "duplicate": "Duplicate of another report",
    "withdrawn": "Withdrawn by the tenant",
    "raised_in_error": "Raised in error",
}

# What a visit found, and the status it leaves the job in.
VISIT_OUTCOMES = {
    "fixed": "Fixed",
    "made_safe": "Made safe",
    "no_access": "No access",
    "follow_on_needed": "Follow-on needed",
}
STATUS_AFTER_VISIT = {
    "fixed": "completed",
    "made_safe": "made_safe",
    "no_access": "no_access",
    "follow_on_needed": "follow_on_needed",
}
# A visit that could not get in did no work: it is not one of the job's visits for first-visit
# completion (Havering's promise counts the visits that worked on the repair).
WORKING_VISIT_OUTCOMES = frozenset({"fixed", "made_safe", "follow_on_needed"})
# Outcomes after which another appointment is needed (Westminster and Havering promise it).
FOLLOW_ON_OUTCOMES = frozenset({"made_safe", "no_access", "follow_on_needed"})

MAX_REASON = 500
MAX_FINDINGS = 2000


class DeskRefusal(ValueError):
    """Base of every reason a job action cannot be taken; the message is shown to staff."""

    message = "This cannot be done to this job."

    def __init__(self, message: str | None = None):
        super().__init__(message or self.message)
        self.message = message or self.message


class JobClosed(DeskRefusal):
    message = "This job is closed: reopen it first."


class JobNotClosed(DeskRefusal):
    message = "Only a closed job can be reopened."


class ReasonRequired(DeskRefusal):
    message = "Give the reason."


class UnknownClosureReason(DeskRefusal):
    message = "Choose why the report is being closed."


class DuplicateNeedsOriginal(DeskRefusal):
    message = "Give the reference of the report this one duplicates."


class DuplicateOfItself(DeskRefusal):
    message = "A report cannot duplicate itself: give the other report's reference."


class DuplicateOfClosed(DeskRefusal):
    message = "The other report is closed: link this one to an open report, or reopen it."


class NothingChanged(DeskRefusal):
    message = "Choose a different category or priority."


class UnknownPriority(DeskRefusal):
    message = "Choose a priority from the list."


class UnknownCategoryChosen(DeskRefusal):
    message = "Choose a category from the list."


class AppointmentNoLongerFits(DeskRefusal):
    message = (
        "The job's appointment would not suit the new category or priority: cancel it first, "
        "then change the job and book again."
    )


class UnknownOutcome(DeskRefusal):
    message = "Choose what the visit found."


class VisitInFuture(DeskRefusal):
    message = "The visit time is in the future: record a visit once it has happened."


class VisitBeforeReport(DeskRefusal):
    message = "The visit time is before the report was made."


class FollowOnNotNeeded(DeskRefusal):
    message = "This visit's outcome needs no follow-on appointment."


class FollowOnAlreadyBooked(DeskRefusal):
    message = "A follow-on appointment is already booked for this visit."


class NoAppointment(DeskRefusal):
    message = "This job has no appointment booked."


class OperativeUnavailable(DeskRefusal):
    message = "Choose an operative or contractor from the list."


@dataclass(frozen=True)
class JobView:
    """What the rules need to know of a report."""

    status: str
    emergency: bool = False
    assigned: bool = False
    has_appointment: bool = False

    @property
    def closed(self) -> bool:
        return self.status in CLOSED_STATUSES


def initial_status(emergency: bool) -> str:
    """An emergency waits for dispatch until someone is assigned to it; nobody is on the way yet."""
    return "awaiting_dispatch" if emergency else "reported"


def status_after_assignment(job: JobView) -> str:
    if job.closed:
        raise JobClosed()
    if job.emergency and job.status in ("reported", "awaiting_dispatch"):
        return "operative_dispatched"
    return job.status


def required_reason(text: str | None, what: str = "Give the reason.") -> str:
    reason = " ".join((text or "").split())[:MAX_REASON]
    if not reason:
        raise ReasonRequired(what)
    return reason


def check_open(job: JobView) -> None:
    if job.closed:
        raise JobClosed()


def check_close(
    job: JobView, reason: str, own_reference: str, duplicate_of: str | None = None
) -> None:
    """A duplicate needs the other report's reference (not its own)."""
    check_open(job)
    if reason not in CLOSURE_REASONS:
        raise UnknownClosureReason()
    if reason == "duplicate":
        if not duplicate_of:
            raise DuplicateNeedsOriginal()
        if duplicate_of.strip().upper() == own_reference.strip().upper():
            raise DuplicateOfItself()


def check_reopen(job: JobView) -> None:
    if not job.closed:
        raise JobNotClosed()


def status_after_reopening(job: JobView) -> str:
    check_reopen(job)
    if job.emergency:
        return "operative_dispatched" if job.assigned else "awaiting_dispatch"
    return "reported"


def status_after_cancelled_appointment(job: JobView) -> str:
    if not job.has_appointment:
        raise NoAppointment()
    return "reported" if job.status == "booked" else job.status


@dataclass(frozen=True)
class VisitResult:
    status: str
    counts_as_visit: bool
    completes: bool
    follow_on_possible: bool


def check_visit(
    job: JobView, outcome: str, visited_at: datetime, reported_at: datetime, now: datetime
) -> VisitResult:
    check_open(job)
    if outcome not in VISIT_OUTCOMES:
        raise UnknownOutcome()
    if visited_at > now:
        raise VisitInFuture()
    if visited_at < reported_at:
        raise VisitBeforeReport()
    status = STATUS_AFTER_VISIT[outcome]
    return VisitResult(
        status=status,
        counts_as_visit=outcome in WORKING_VISIT_OUTCOMES,
        completes=status == "completed",
        follow_on_possible=outcome in FOLLOW_ON_OUTCOMES,
    )


def check_follow_on(job: JobView, outcome: str, already_booked: bool) -> None:
    check_open(job)
    if outcome not in FOLLOW_ON_OUTCOMES:
        raise FollowOnNotNeeded()
    if already_booked or job.has_appointment:
        raise FollowOnAlreadyBooked()


def retriage(
    policy: Policy,
    *,
    current_category: str,
    current_tier: str,
    category: str,
    tier: str,
    facts: dict,
    reported_at: datetime,
    reason: str | None,
    appointment_trade: str | None = None,
) -> TriageResult:
    """The report as staff now judge it: the policy's answer for the (new) category, and, when
    staff chose a priority other than the policy's, that priority's target. The target always runs
    from the report's own time; the original target stays on the record for RP02. A job with an
    appointment (`appointment_trade`) keeps it only if it still suits: same trade, bookable."""
    why = required_reason(reason, "Give the reason for the change.")
    chosen = policy.categories.get(category)
    if chosen is None:
        raise UnknownCategoryChosen()
    if tier and tier not in policy.tiers:
        raise UnknownPriority()
    if category == current_category and (not tier or tier == current_tier):
        raise NothingChanged()
    try:
        result = policy.triage(category, facts, reported_at)
    except UnknownCategory:
        raise UnknownCategoryChosen() from None
    final_tier = policy.tiers[tier] if tier else result.tier
    if appointment_trade is not None and (
        result.category.trade != appointment_trade
        or final_tier.emergency
        or not final_tier.bookable
    ):
        raise AppointmentNoLongerFits()
    if tier and tier != result.tier.code:
        chosen_tier = policy.tiers[tier]
        target = chosen_tier.target
        result = TriageResult(
            category=result.category,
            tier=chosen_tier,
            reason=why,
            reported_at=result.reported_at,
            target_by=target.due(result.reported_at, policy.calendar),
            target_description=target.describe(),
        )
    else:
        result = TriageResult(
            category=result.category,
            tier=result.tier,
            reason=f"{why} ({with_article(result.tier.label)})",
            reported_at=result.reported_at,
            target_by=result.target_by,
            target_description=result.target_description,
        )
    return result


# --- Awaab's Law at the desk: access attempts and the investigation's findings (issue 14) -------


class UnknownAccessMeansChosen(DeskRefusal):
    message = "Choose how the attempt to get in was made."


class AttemptInFuture(DeskRefusal):
    message = "The attempt's time is in the future: record an attempt once it has been made."


class AttemptBeforeReport(DeskRefusal):
    message = "The attempt's time is before the report was made."


class NoAccessTooSoon(DeskRefusal):
    """'No access' on an Awaab's Law case before it stands; the message is the domain's."""


class FindingsNotAnInvestigation(DeskRefusal):
    message = (
        "Findings go with the investigation: the first visit that got in on a damp and mould "
        "or other Awaab's Law case."
    )


def check_access_attempt(
    job: JobView, means: str, attempted_at: datetime, reported_at: datetime, now: datetime
) -> None:
    check_open(job)
    if means not in ACCESS_MEANS:
        raise UnknownAccessMeansChosen()
    if attempted_at > now:
        raise AttemptInFuture()
    if attempted_at < reported_at:
        raise AttemptBeforeReport()


def check_no_access_visit(
    awaab_case: bool, attempts: Iterable[AccessAttempt], visited_at: datetime
) -> None:
    """On an Awaab's Law case a visit may be recorded as 'no access' only once 'no access'
    stands; the visit itself is one attempt (by visit), the others are those recorded."""
    if not awaab_case:
        return
    try:
        check_no_access([*attempts, AccessAttempt(visited_at, "visit")])
    except ClockNoAccessTooSoon as refusal:
        words = str(refusal)
        raise NoAccessTooSoon(f"Record the attempts to get in first: {words}.") from None


def check_findings(
    findings: str, *, awaab_case: bool, outcome: str, already_investigated: bool
) -> str:
    """What an investigation found, kept only on the investigation (the first visit that got in
    on an Awaab's Law case); '' when there is nothing to keep."""
    words = " ".join((findings or "").split())[:MAX_FINDINGS]
    if not words:
        return ""
    if not awaab_case or outcome == "no_access" or already_investigated:
        raise FindingsNotAnInvestigation()
    return words


# --- the complaint code at the desk: stage 1 and stage 2 (issue 14) -----------------------------

# Stage 2 answered: the last step, after which the tenant is told of the Housing Ombudsman.
COMPLAINT_STAGE2_ANSWERED = "complaint_stage2_answered"
# The steps of a complaint in the order they happen; each is a line in the status history.
COMPLAINT_STEPS = {
    "complaint_acknowledged": "Stage 1 acknowledged",
    "complaint_answered": "Stage 1 answered",
    "complaint_stage2_requested": "Escalated to stage 2 (the tenant is not satisfied)",
    "complaint_stage2_acknowledged": "Stage 2 acknowledged",
    COMPLAINT_STAGE2_ANSWERED: "Stage 2 answered",
}


class NotAComplaint(DeskRefusal):
    message = "Only a complaint has complaint stages."


class ComplaintStepOutOfTurn(DeskRefusal):
    message = "That step of the complaint is not the next one."


class ComplaintOfAComplaint(DeskRefusal):
    message = "This is a complaint already: record its stages below."


def next_complaint_step(done: Iterable[str]) -> str | None:
    """The step after those recorded so far; None once stage 2 is answered."""
    recorded = set(done)
    return next((step for step in COMPLAINT_STEPS if step not in recorded), None)


def check_complaint_step(tier: str, status: str, step: str, done: Iterable[str]) -> None:
    if tier != COMPLAINT_TIER:
        raise NotAComplaint()
    if status == "cancelled":
        raise JobClosed("This complaint was closed without an answer: reopen it first.")
    expected = next_complaint_step(done)
    if step not in COMPLAINT_STEPS or step != expected:
        if expected is None:
            raise ComplaintStepOutOfTurn("Stage 2 is answered: the complaint has no more steps.")
        raise ComplaintStepOutOfTurn(
            f"The next step of this complaint is: {COMPLAINT_STEPS[expected].lower()}."
        )


def check_log_complaint(tier: str) -> None:
    if tier == COMPLAINT_TIER:
        raise ComplaintOfAComplaint()
