"""What telephony keeps about people goes when the retention job says so; opt-outs stay."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from backend.channel_models import (
    InboundSms,
    Notification,
    PhoneCall,
    PhoneCallEvent,
    PhoneConversation,
    SmsOptOut,
)
from backend.retention import purge_records
from tests.telephony.conftest import ARTHUR, SARAH, Phone


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_old_numbers_messages_calls_and_notifications_are_purged_but_opt_outs_stay(
    client, api, assistant, transport, session, clock, tenant_id
):
    Phone(client, SARAH).text("STOP")
    caller = Phone(client, ARTHUR)
    caller.ring()
    caller.post("/twilio/voice/status", caller.call_params(CallStatus="completed"))
    api.post(
        "/api/repairs",
        json={"category": "tap", "channel": "web", "tenant_id": tenant_id(ARTHUR)},
    )
    kept = (PhoneConversation, InboundSms, PhoneCall, PhoneCallEvent, Notification)
    assert all(count(session, model) > 0 for model in kept)

    # Everything above is stamped with the test clock: a cut-off a day later takes it all.
    purge_records(session, clock.now + timedelta(days=1))

    assert {model.__tablename__: count(session, model) for model in kept} == dict.fromkeys(
        (model.__tablename__ for model in kept), 0
    )
    assert session.get(SmsOptOut, SARAH) is not None
