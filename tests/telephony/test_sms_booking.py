"""A whole repair reported by text, ending in a booking: the assistant is scripted, but it books
through the real backend API, as the action server does, and the confirmations go out."""

from __future__ import annotations

import json

from sqlalchemy import select

from backend.models import Booking, ConversationTurn, RepairReport
from backend.phones import phone_hash
from tests.telephony.conftest import SARAH, message_bodies, says

SARAH_HASH = phone_hash(SARAH, "test-phone-hash-key")


class ScriptedRepairsAssistant:
    """Plays the bot's part of one conversation, calling the backend as bot/actions would."""

    def __init__(self, api):
        self.api = api
        self.heard: list[str] = []
        self.reference: str | None = None

    def send(self, channel, sender, text, metadata=None, **_options):
        metadata = metadata or {}
        self.heard.append(text)
        if len(self.heard) == 1:
            return says(
                "Sorry to hear that. Is there another toilet in your home that works?",
                buttons=(("Yes", "/affirm"), ("No", "/deny")),
            )
        tenant_id = metadata["tenant_id"]
        if len(self.heard) == 2:
            assert text == "/deny"
            repair = self.api.post(
                "/api/repairs",
                json={
                    "category": "toilet",
                    "facts": {"other_working_toilet": False},
                    "description": "toilet will not flush",
                    "channel": channel,
                    "reported_at": metadata["reported_at"],
                    "tenant_id": tenant_id,
                    "conversation_id": metadata["conversation_id"],
                },
                headers={"Idempotency-Key": f"{sender}:repair"},
            )
            assert repair.status_code == 201, repair.json
            self.reference = repair.json["reference"]
            slots = self.api.get(f"/api/slots?reference={self.reference}&tenant_id={tenant_id}")
            offered = slots.json["slots"][:3]
            return says(
                f"That is a {repair.json['priority_label']}: reference {self.reference}. "
                "When can we come?",
                buttons=tuple(
                    (slot["label"], "/choose_slot" + json.dumps({"slot_id": slot["slot_id"]}))
                    for slot in offered
                ),
            )
        slot_id = json.loads(text.removeprefix("/choose_slot"))["slot_id"]
        booking = self.api.post(
            "/api/bookings",
            json={"reference": self.reference, "tenant_id": tenant_id, "slot_id": slot_id},
            headers={"Idempotency-Key": f"{sender}:booking"},
        )
        assert booking.status_code == 201, booking.json
        return says(f"Booked: {booking.json['label']}. Your reference is {self.reference}.")


def test_a_repair_reported_by_text_ends_in_a_booking_and_both_confirmations(
    app, api, phone, transport, session
):
    bot = ScriptedRepairsAssistant(api)
    app.extensions["assistant"] = bot

    [question] = message_bodies(phone.text("My toilet won’t flush"))
    assert question == (
        "Sorry to hear that. Is there another toilet in your home that works?\n"
        "Reply 1 for Yes\nReply 2 for No"
    )

    [offer] = message_bodies(phone.text("2"))
    # The one slot before the one-day target (9am tomorrow) is this afternoon.
    label = "Tuesday 8 December, afternoon (12 noon to 5pm)"
    assert offer == (
        f"That is a one-day repair: reference {bot.reference}. When can we come?\n"
        f"Reply 1 for {label}"
    )

    [booked] = message_bodies(phone.text("Tuesday afternoon please"))
    assert booked == f"Booked: {label}. Your reference is {bot.reference}."

    # What the assistant heard: the words, then the buttons' payloads, never the digits.
    assert bot.heard[0] == "My toilet won’t flush"
    assert bot.heard[1] == "/deny"
    assert bot.heard[2].startswith("/choose_slot")

    repair = session.scalar(select(RepairReport).where(RepairReport.reference == bot.reference))
    session.refresh(repair)
    assert (repair.channel, repair.tier, repair.status) == ("sms", "one_day", "booked")
    assert repair.conversation_id == SARAH_HASH
    booking = session.scalar(select(Booking).where(Booking.repair_id == repair.id))
    assert booking.status == "active"

    # The confirmations: the report (reference and target) and the appointment (its slot).
    assert [(sent.kind, sent.to) for sent in transport.sent] == [("sms", SARAH), ("sms", SARAH)]
    reported, appointment = (sent.body for sent in transport.sent)
    assert bot.reference in reported and "one-day repair" in reported
    assert "9am on Wednesday 9 December" in reported
    assert bot.reference in appointment and label in appointment

    transcript = session.scalars(
        select(ConversationTurn.direction)
        .where(ConversationTurn.conversation_id == SARAH_HASH)
        .order_by(ConversationTurn.id)
    ).all()
    assert transcript == ["in", "out"] * 3
