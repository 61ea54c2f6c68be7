"""Transcripts: each relay (SMS, voice, web chat) records what the tenant said and what it answered,
as it happens, so a hang-up mid-conversation loses nothing already said."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.models import ConversationTurn


def record_turn(
    session: Session, conversation_id: str, channel: str, direction: str, text: str
) -> ConversationTurn:
    if direction not in ("in", "out"):
        raise ValueError("direction is 'in' or 'out'")
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
