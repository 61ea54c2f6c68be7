"""ScriptedAssistant: a stand-in for the Rasa assistant in the browser tests and screenshots.

It is put in app.extensions["assistant"], where the web chat's relay finds the real client, and
answers a blocked-toilet conversation the way the assistant does: a question with quick replies,
the tenant's address, the repair logged with its reference and target, then appointment choices.
Like the assistant's actions it does the real work through the backend's services, so the repair
and the booking it makes are real rows that the staff dashboard then shows.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from backend.api.common import now
from backend.db import get_session
from backend.models import Property, RepairReport, Tenant
from backend.services.bookings import book, offer_slots, slot_view
from backend.services.repairs import NewRepair, report_repair
from backend.web.formatting import london_time
from bot.assistant_client import AssistantMessage, AssistantUnavailable

YES_NO = ({"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"})
SLOT_PAYLOAD = re.compile(r"^/choose_slot(\{.*\})$")


@dataclass
class _Conversation:
    state: str = "start"
    facts: dict[str, bool] = field(default_factory=dict)
    reference: str | None = None


@dataclass
class ScriptedAssistant:
    """Answers like the assistant; `delay_seconds` lets a test see the typing indicator, and
    `unavailable` makes it fail the way an unreachable Rasa does."""

    delay_seconds: float = 0.0
    unavailable: bool = False
    calls: list[dict[str, Any]] = field(default_factory=list)
    _conversations: dict[str, _Conversation] = field(default_factory=dict)

    def send(
        self, channel: str, sender: str, text: str, metadata: dict[str, Any] | None = None
    ) -> list[AssistantMessage]:
        self.calls.append(
            {"channel": channel, "sender": sender, "text": text, "metadata": metadata}
        )
        if self.delay_seconds:
            time.sleep(self.delay_seconds)
        if self.unavailable:
            raise AssistantUnavailable("connection refused")
        conversation = self._conversations.setdefault(sender, _Conversation())
        handler = getattr(self, f"_on_{conversation.state}")
        return handler(conversation, text.strip(), channel, metadata or {})

    def _on_start(self, conversation, text, channel, metadata):
        if "toilet" not in text.lower():
            return [AssistantMessage("I can help with repairs. What needs fixing?")]
        conversation.state = "other_toilet"
        return [
            AssistantMessage("Sorry to hear about your toilet."),
            AssistantMessage("Is there another toilet in your home that works?", YES_NO),
        ]

    def _on_other_toilet(self, conversation, text, channel, metadata):
        conversation.facts["other_working_toilet"] = text in ("/affirm", "yes", "Yes")
        conversation.state = "address"
        return [
            AssistantMessage(
                "Thanks. To find your home, what is your door number and postcode? "
                "For example: 12 RM3 7AB"
            )
        ]

    def _on_address(self, conversation, text, channel, metadata):
        session = get_session()
        door, _, postcode = text.partition(" ")
        compact = re.sub(r"\s+", "", postcode).upper()
        tenant = session.scalars(
            select(Tenant)
            .join(Property)
            .where(
                func.lower(Property.door_number) == door.lower(),
                func.replace(Property.postcode, " ", "") == compact,
            )
        ).first()
        if tenant is None:
            return [AssistantMessage("Sorry, I could not find that address. Please try again.")]
        repair, _ = report_repair(
            session,
            _policy(),
            NewRepair(
                category="toilet",
                facts=dict(conversation.facts),
                description="Toilet blocked (reported in the web chat)",
                channel=channel,
                reported_at=datetime.fromisoformat(metadata["reported_at"]),
                tenant_id=tenant.id,
                conversation_id=metadata["conversation_id"],
                idempotency_key=f"{metadata['conversation_id']}:repair",
            ),
            "HR",
        )
        session.commit()
        conversation.reference = repair.reference
        conversation.state = "slot"
        slots = offer_slots(session, repair, now(), limit=3)
        logged = AssistantMessage(
            f"Thanks, {tenant.first_name}. I have logged your repair: "
            f"reference {repair.reference}. "
            f"{repair.reason[0].upper()}{repair.reason[1:]}, so we will fix it by "
            f"{london_time(repair.target_by)}."
        )
        if not slots:
            return [logged, AssistantMessage("The repairs team will ring you to book a visit.")]
        return [
            logged,
            AssistantMessage(
                "Which appointment suits you?",
                tuple(
                    {"title": slot_view(s).label, "payload": f'/choose_slot{{"slot_id": {s.id}}}'}
                    for s in slots
                ),
            ),
        ]

    def _on_slot(self, conversation, text, channel, metadata):
        match = SLOT_PAYLOAD.match(text)
        if not match:
            return [AssistantMessage("Please choose one of the appointments.")]
        session = get_session()
        repair = session.scalars(
            select(RepairReport).where(RepairReport.reference == conversation.reference)
        ).one()
        booking, _ = book(session, repair, json.loads(match.group(1))["slot_id"], now())
        session.commit()
        conversation.state = "done"
        return [
            AssistantMessage(
                f"You're booked: {slot_view(booking.slot).label}. Your reference is "
                f"{repair.reference}. We will text you the day before. To change it, ring "
                "0800 151 3444."
            )
        ]

    def _on_done(self, conversation, text, channel, metadata):
        return [AssistantMessage("Is there anything else I can help with?")]


def _policy():
    from flask import current_app

    return current_app.extensions["policy"]
