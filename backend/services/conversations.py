"""Transcripts: each relay (SMS, voice, web chat) records what the tenant said and what it answered,
as it happens, so a hang-up mid-conversation loses nothing already said."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.channel_models import PhoneConversation
from backend.models import ConversationTurn

# A message that is only six digits (typed, or keyed on a call: "pressed 482910") is a one-time
# code: never kept in clear (backend/domain/one_time_code.py).
_ONE_TIME_CODE = re.compile(r"^\s*(pressed\s+)?\d(?:[\s-]?\d){5}\s*$", re.IGNORECASE)
CODE_PLACEHOLDER = "[6-digit code]"


def redacted(text: str) -> str:
    if _ONE_TIME_CODE.match(text):
        return CODE_PLACEHOLDER
    return text


def record_turn(
    session: Session, conversation_id: str, channel: str, direction: str, text: str
) -> ConversationTurn:
    if direction not in ("in", "out"):
        raise ValueError("direction is 'in' or 'out'")
    if direction == "in":
        text = redacted(text)
    turn = ConversationTurn(
        conversation_id=conversation_id, channel=channel, direction=direction, text=text[:4000]
    )
    session.add(turn)
    return turn


def transcript(session: Session, conversation_id: str) -> list[ConversationTurn]:
    return list(
        session.scalars(
            select(ConversationTurn)
            .where(ConversationTurn.conversation_id == conversation_id)
            .order_by(ConversationTurn.id)
        )
    )


def phone_for_conversation(session: Session, conversation_id: str | None) -> str | None:
    """The E.164 number a conversation hash stands for, if a phone channel has seen it."""
    if not conversation_id:
        return None
    return session.scalar(
        select(PhoneConversation.phone).where(PhoneConversation.conversation_id == conversation_id)
    )
