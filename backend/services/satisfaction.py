"""Satisfaction after the work (issue 14) on the records: which job a tenant's text answers, and
the answer recorded against it. The question itself goes out as a notification (kind
`satisfaction_question`, one per job: telephony/notifications.py); the SMS webhook asks
`pending_question` before it hands a text to the assistant (telephony/sms.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backend.channel_models import Notification
from backend.domain.satisfaction import Answer
from backend.models import RepairReport, SatisfactionAnswer

QUESTION_KIND = "satisfaction_question"
# A reply a fortnight after the question is about something else.
ANSWER_WINDOW = timedelta(days=14)
# The question never reached the tenant in these: a reply cannot be its answer.
NOT_ASKED = ("no_phone", "opted_out", "failed", "undelivered")


def question_key(repair_id: int) -> str:
    """One question per job, whatever re-runs: the notification's unique key."""
    return f"{QUESTION_KIND}:{repair_id}"


def pending_question(session: Session, conversation_id: str, now: datetime) -> RepairReport | None:
    """The job whose satisfaction question was last texted to this number, in the last 14 days,
    and is not answered yet."""
    asked = session.scalars(
        select(Notification)
        .where(
            Notification.kind == QUESTION_KIND,
            Notification.conversation_id == conversation_id,
            Notification.created_at >= now - ANSWER_WINDOW,
            Notification.status.not_in(NOT_ASKED),
        )
        .order_by(Notification.created_at.desc(), Notification.id.desc())
        .limit(1)
    ).first()
    if asked is None or asked.repair_id is None:
        return None
    if session.get(SatisfactionAnswer, asked.repair_id) is not None:
        return None
    return session.get(RepairReport, asked.repair_id)


def record_answer(
    session: Session, repair: RepairReport, answer: Answer, channel: str, now: datetime
) -> SatisfactionAnswer | None:
    """The answer against the job; None when it was answered already (the first answer stands)."""
    if session.get(SatisfactionAnswer, repair.id) is not None:
        return None
    record = SatisfactionAnswer(
        repair_id=repair.id,
        score=answer.score,
        comment=answer.comment,
        channel=channel,
        answered_at=now,
    )
    try:
        with session.begin_nested():
            session.add(record)
    except IntegrityError:
        return None
    return record


@dataclass(frozen=True)
class SatisfactionSummary:
    average: float | None
    count: int

    @property
    def average_text(self) -> str:
        return "–" if self.average is None else f"{self.average:.1f} out of 5"


def summary(session: Session, start: datetime, end: datetime) -> SatisfactionSummary:
    """The answers given in the period: their average score and how many."""
    average, count = session.execute(
        select(func.avg(SatisfactionAnswer.score), func.count()).where(
            SatisfactionAnswer.answered_at >= start, SatisfactionAnswer.answered_at < end
        )
    ).one()
    return SatisfactionSummary(float(average) if average is not None else None, count or 0)
