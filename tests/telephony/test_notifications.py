"""Texts and calls to tenants: confirmations, moves, delays, the day-before reminder; STOP obeyed;
each notification sent once; the console when there is no Twilio account."""

from __future__ import annotations

import json
import logging
import xml.etree.ElementTree as ET
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from twilio.http import HttpClient
from twilio.http.response import Response as TwilioResponse

from backend import events
from backend.channel_models import Notification, SmsOptOut
from backend.db import get_session
from backend.domain.policy import load_policy
from backend.models import RepairReport
from backend.phones import phone_hash
from backend.services.repairs import change_status
from telephony.notifications import (
    CLOSED_TEMPLATES,
    ROUTE_BY_TIER,
    cancelled_text,
    closed_text,
    complaint_stage2_answer_text,
    no_access_text,
    on_event,
    reopened_text,
    reported_text,
    retriaged_text,
)
from telephony.reminders import main as reminders_main
from telephony.reminders import send_reminders
from telephony.sms_text import is_gsm, segments
from telephony.transport import ConsoleTransport, TwilioTransport, transport_from_config
from tests.telephony.conftest import ARTHUR, SARAH, STRANGER, Phone

TOMORROW = date(2026, 12, 9)
POLICIES = [
    load_policy(path)
    for path in sorted((Path(__file__).parents[2] / "backend/policies").glob("*.yml"))
]


def report(api, tenant_id, category="toilet", facts=None, **extra):
    response = api.post(
        "/api/repairs",
        json={
            "category": category,
            "facts": facts if facts is not None else {"other_working_toilet": False},
            "channel": "web",
            "tenant_id": tenant_id,
            **extra,
        },
    )
    assert response.status_code == 201, response.json
    return response.json


def book(api, repair, tenant_id, on: date | None = None):
    slots = api.get(
        f"/api/slots?reference={repair['reference']}&tenant_id={tenant_id}&limit=20"
    ).json
    slot = next(s for s in slots["slots"] if on is None or s["date"] == on.isoformat())
    response = api.post(
        "/api/bookings",
        json={"reference": repair["reference"], "tenant_id": tenant_id, "slot_id": slot["slot_id"]},
    )
    assert response.status_code == 201, response.json
    return response.json, slots["slots"]


def test_a_reported_repair_is_confirmed_by_text_with_its_reference_and_target(
    api, transport, tenant_id
):
    repair = report(api, tenant_id(SARAH))
    [sent] = transport.sent
    assert (sent.kind, sent.to) == ("sms", SARAH)
    assert sent.body == (
        f"Havering Council Housing Repairs: we have your repair {repair['reference']} (Toilet). "
        "It is a one-day repair: we aim to fix it by 9am on Wednesday 9 December. "
        "Questions? Ring 0800 151 3444."
    )


def test_an_emergency_report_says_an_operative_is_coming(api, transport, tenant_id):
    repair = report(api, tenant_id(SARAH), category="flooding", facts={})
    [sent] = transport.sent
    assert f"emergency repair {repair['reference']}" in sent.body
    assert "An operative will attend within 4 hours" in sent.body


def test_a_booked_appointment_is_confirmed_with_its_slot(api, transport, tenant_id):
    repair = report(api, tenant_id(SARAH))
    booking, _ = book(api, repair, tenant_id(SARAH))
    confirmation = transport.sent[-1]
    assert confirmation.body == (
        f"Havering Council Housing Repairs: appointment booked for repair {repair['reference']} "
        f"(Toilet): {booking['label']}. To change it, text us or ring 0800 151 3444."
    )


def test_a_moved_appointment_is_told_to_the_tenant(api, transport, tenant_id):
    sarah = tenant_id(SARAH)
    repair = report(api, sarah, category="doors_windows_frames", facts={})
    booking, offered = book(api, repair, sarah)
    other = next(s for s in offered if s["slot_id"] != booking["slot_id"])
    moved = api.patch(
        f"/api/bookings/{booking['booking_id']}",
        json={"tenant_id": sarah, "slot_id": other["slot_id"]},
    )
    assert moved.status_code == 200
    assert transport.sent[-1].body == (
        f"Havering Council Housing Repairs: your appointment for repair {repair['reference']} has "
        f"moved to {other['label']}. To change it, text us or ring 0800 151 3444."
    )


def test_a_delayed_repair_is_told_to_the_tenant_with_the_new_target(
    records, api, transport, tenant_id
):
    repair = report(api, tenant_id(SARAH))
    with records.test_request_context():
        session = get_session()
        row = session.scalar(
            select(RepairReport).where(RepairReport.reference == repair["reference"])
        )
        change_status(
            row,
            "delayed",
            by="staff",
            new_target_by=datetime(2026, 12, 11, 17, tzinfo=timezone.utc),
        )
        session.commit()
        events.publish(events.REPAIR_STATUS_CHANGED, repair_id=row.id, status="delayed")
        events.publish(events.REPAIR_STATUS_CHANGED, repair_id=row.id, status="delayed")
    delays = [sent.body for sent in transport.sent if "delayed" in sent.body]
    assert delays == [
        f"Havering Council Housing Repairs: sorry, repair {repair['reference']} (Toilet) is "
        "delayed. The new target is 5pm on Friday 11 December. Questions? Ring 0800 151 3444."
    ]


def test_a_tenant_who_prefers_calls_gets_the_message_read_out(api, transport, tenant_id):
    repair = report(api, tenant_id(ARTHUR))
    [sent] = transport.sent
    assert (sent.kind, sent.to) == ("call", ARTHUR)
    root = ET.fromstring(sent.body)
    assert [child.tag for child in root] == ["Say", "Say", "Pause", "Say", "Say", "Say", "Hangup"]
    for say in root.iter("Say"):
        assert say.attrib == {"voice": "Polly.Amy", "language": "en-GB"}
    letters, digits = repair["reference"].split("-")
    assert f"{' '.join(letters)}, {' '.join(digits)}" in root[1].text
    assert root[1].text == root[4].text  # said twice


@pytest.mark.parametrize("number", [SARAH, ARTHUR])
def test_a_number_that_texted_stop_gets_no_notifications(
    client, api, transport, session, tenant_id, assistant, number
):
    Phone(client, number).text("STOP")
    report(api, tenant_id(number))
    assert transport.sent == []
    assert session.scalar(select(Notification.status)) == "opted_out"


def test_after_start_notifications_flow_again(client, api, transport, tenant_id, assistant):
    phone = Phone(client, SARAH)
    phone.text("STOP")
    phone.text("START")
    report(api, tenant_id(SARAH))
    assert [sent.to for sent in transport.sent] == [SARAH]


def test_the_same_event_twice_sends_one_message(records, api, transport, tenant_id, session):
    repair = report(api, tenant_id(SARAH))
    row = session.scalar(select(RepairReport).where(RepairReport.reference == repair["reference"]))
    with records.test_request_context():
        on_event(events.REPAIR_REPORTED, {"repair_id": row.id})
    assert len(transport.sent) == 1


def test_someone_who_texted_from_an_unknown_number_is_confirmed_on_that_number(
    client, api, transport, assistant
):
    Phone(client, STRANGER).text("the communal door lock is broken")
    report(
        api,
        None,
        category="insecure_entry",
        facts={},
        conversation_id=phone_hash(STRANGER, "test-phone-hash-key"),
    )
    assert [(sent.kind, sent.to) for sent in transport.sent] == [("sms", STRANGER)]


def test_a_report_with_no_number_to_reach_is_recorded_as_such(api, transport, session):
    report(api, None, category="insecure_entry", facts={})
    assert transport.sent == []
    assert session.scalar(select(Notification.status)) == "no_phone"


def test_reminders_go_to_tomorrows_appointments_once_however_often_the_job_runs(
    records, api, transport, tenant_id
):
    sarah, arthur = tenant_id(SARAH), tenant_id(ARTHUR)
    for tenant in (sarah, arthur):
        book(api, report(api, tenant, category="doors_windows_frames", facts={}), tenant, TOMORROW)
    later = report(api, sarah, category="worktops", facts={})
    book(api, later, sarah, date(2026, 12, 14))
    before = len(transport.sent)

    first = send_reminders(records)
    second = send_reminders(records)

    reminders = transport.sent[before:]
    assert [(sent.kind, sent.to) for sent in reminders] == [("sms", SARAH), ("call", ARTHUR)]
    assert "reminder, we are coming tomorrow, Wednesday 9 December" in reminders[0].body
    assert first == {"sent": 2}
    assert second == {"already": 2}


def test_a_cancelled_appointment_gets_no_reminder(records, api, transport, tenant_id):
    sarah = tenant_id(SARAH)
    booking, _ = book(
        api, report(api, sarah, category="doors_windows_frames", facts={}), sarah, TOMORROW
    )
    api.delete(f"/api/bookings/{booking['booking_id']}?tenant_id={sarah}")
    assert send_reminders(records) == {}


def test_a_failed_send_is_recorded_without_the_number(records, api, tenant_id, session):
    class Refusing:
        name = "refusing"

        def send_sms(self, to, body, status_callback=None, *, kind=None, reference=None):
            raise RuntimeError(f"The 'To' number {to} is not reachable")

    records.extensions["telephony_transport"] = Refusing()
    report(api, tenant_id(SARAH))
    notification = session.scalar(select(Notification))
    assert notification.status == "failed"
    assert notification.error == "RuntimeError"


def test_delivery_reports_update_the_notification(
    records, api, transport, tenant_id, session, client
):
    report(api, tenant_id(SARAH))
    notification = session.scalar(select(Notification))
    params = {"MessageSid": notification.provider_sid, "MessageStatus": "delivered"}
    response = Phone(client).post("/twilio/sms/status", params)
    assert response.status_code == 204
    session.refresh(notification)
    assert notification.status == "delivered"


def test_the_status_callback_is_given_to_twilio_when_there_is_a_public_url(
    records, api, transport, tenant_id
):
    records.config["PUBLIC_BASE_URL"] = "https://phones.example.org"
    report(api, tenant_id(SARAH))
    assert transport.sent[0].status_callback == "https://phones.example.org/twilio/sms/status"


def test_the_console_transport_prints_a_masked_number_and_sends_nothing(capsys):
    sid = ConsoleTransport().send_sms(SARAH, "Your appointment is tomorrow")
    printed = capsys.readouterr().out
    assert printed == "[console SMS to +447*****123] Your appointment is tomorrow\n"
    assert sid.startswith("console-SM")


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ({}, ConsoleTransport),
        ({"TWILIO_AUTH_TOKEN": "t"}, ConsoleTransport),
        (
            {"TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "t", "TWILIO_FROM_NUMBER": "+44"},
            TwilioTransport,
        ),
        (
            {
                "TELEPHONY_TRANSPORT": "console",
                "TWILIO_ACCOUNT_SID": "AC1",
                "TWILIO_AUTH_TOKEN": "t",
                "TWILIO_FROM_NUMBER": "+44",
            },
            ConsoleTransport,
        ),
    ],
)
def test_twilio_is_used_only_with_all_its_credentials(config, expected):
    assert isinstance(transport_from_config(config), expected)


class RecordingHttpClient(HttpClient):
    def __init__(self):
        super().__init__(logging.getLogger("test.twilio_http"), is_async=False)
        self.requests = []

    def request(
        self,
        method,
        uri,
        params=None,
        data=None,
        headers=None,
        auth=None,
        timeout=None,
        allow_redirects=False,
    ):
        self.requests.append({"method": method, "uri": uri, "data": dict(data or {})})
        kind = "SM" if uri.endswith("Messages.json") else "CA"
        return TwilioResponse(201, json.dumps({"sid": f"{kind}123", "status": "queued"}))


@pytest.mark.parametrize(
    ("send", "resource", "fields"),
    [
        (
            lambda t: t.send_sms(SARAH, "Hello", "https://x.example/twilio/sms/status"),
            "Messages.json",
            {
                "To": SARAH,
                "From": "+447700900000",
                "Body": "Hello",
                "StatusCallback": "https://x.example/twilio/sms/status",
            },
        ),
        (
            lambda t: t.place_call(ARTHUR, "<Response><Say>Hi</Say></Response>"),
            "Calls.json",
            {"To": ARTHUR, "From": "+447700900000", "Twiml": "<Response><Say>Hi</Say></Response>"},
        ),
    ],
)
def test_the_twilio_transport_calls_the_rest_api(send, resource, fields):
    http = RecordingHttpClient()
    transport = TwilioTransport("AC" + "1" * 32, "token", "+447700900000", http_client=http)
    assert send(transport) in ("SM123", "CA123")
    [request] = http.requests
    assert request["method"] == "POST"
    assert request["uri"].endswith(f"/Accounts/AC{'1' * 32}/{resource}")
    assert {k: request["data"][k] for k in fields} == fields


def test_the_reminder_command_reports_what_it_did(monkeypatch, records, capsys):
    monkeypatch.setattr("backend.create_app", lambda *_config: records)
    assert reminders_main(["--date", "2026-12-25"]) == 0
    assert capsys.readouterr().out == "reminders for 2026-12-25: no appointments\n"


def test_opt_outs_are_kept_by_number_not_by_conversation(client, session, assistant):
    Phone(client, SARAH).text("STOP")
    assert session.get(SmsOptOut, SARAH) is not None


def test_a_caller_still_on_the_line_is_not_rung_back_to_hear_what_they_were_just_told(
    client, api, transport, tenant_id, session, assistant
):
    arthur = tenant_id(ARTHUR)
    on_the_phone = Phone(client, ARTHUR)
    on_the_phone.ring()
    report(api, arthur)  # by the assistant, during the call
    assert transport.sent == []
    assert session.scalar(select(Notification.status)) == "on_call"

    on_the_phone.post(
        "/twilio/voice/status", on_the_phone.call_params(CallStatus="completed", CallDuration="90")
    )
    report(api, arthur, category="worktops", facts={})
    assert [(sent.kind, sent.to) for sent in transport.sent] == [("call", ARTHUR)]


# Issue 13: each route's confirmation says what will happen, and a cancellation is confirmed.

# (category, facts, words the text must have, words it must not have)
ROUTE_TEXTS = [
    ("toilet", {"other_working_toilet": False}, ["we have your repair", "fix it by"], []),
    (
        "damp_mould",
        {},
        ["damp and mould", "inspect", "written summary"],
        ["fix it by", "we have your repair"],
    ),
    (
        "asb",
        {"asb_high_risk": False},
        ["anti-social behaviour report", "contact you by", "999"],
        ["fix it by", "repair", "appointment"],
    ),
    (
        "complaint",
        {},
        ["complaint", "written answer by"],
        ["fix it by", "repair", "appointment"],
    ),
    ("handyperson", {"vulnerable": True}, ["handyperson", "do it by"], ["fix it by"]),
    (
        "tenant_responsibility",
        {},
        ["your responsibility", "charge", "agree"],
        ["fix it by", "we have your repair"],
    ),
]


@pytest.mark.parametrize(("category", "facts", "says", "never"), ROUTE_TEXTS)
def test_each_route_is_confirmed_in_its_own_words(
    api, transport, tenant_id, category, facts, says, never
):
    repair = report(api, tenant_id(SARAH), category=category, facts=facts)
    [sent] = transport.sent
    assert repair["reference"] in sent.body
    for words in says:
        assert words in sent.body
    for words in never:
        assert words not in sent.body
    assert is_gsm(sent.body)
    assert segments(sent.body) <= 2


LONGEST_LANDLORD = "Havering Council Housing Repairs"
# 12:30pm BST on a Wednesday in September: the longest a target date can be written.
LONGEST_TARGET = datetime(2026, 9, 30, 11, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("tier", sorted({code for p in POLICIES for code in p.tiers}))
def test_every_tiers_confirmation_fits_two_gsm_segments_with_the_longest_date(records, tier):
    policy = next(p for p in POLICIES if tier in p.tiers)
    longest_category = max((c.label for c in policy.categories.values()), key=len)
    repair = RepairReport(
        reference="HAV-000000000",
        category="other_repair",
        category_label=longest_category,
        tier=tier,
        priority_label=policy.tiers[tier].label,
        target_by=LONGEST_TARGET,
        target_description="within 24 hours",
        emergency=policy.tiers[tier].emergency,
        needs_recharge_agreement=policy.tiers[tier].needs_recharge_agreement,
    )
    with records.test_request_context():
        records.config["LANDLORD_NAME"] = LONGEST_LANDLORD
        text = reported_text(repair)
    assert is_gsm(text), text
    assert segments(text) <= 2, text


def test_the_routes_name_only_tiers_every_policy_has():
    for policy in POLICIES:
        assert set(ROUTE_BY_TIER) <= set(policy.tiers), policy.name


def test_a_cancelled_appointment_is_confirmed_by_one_text(api, transport, tenant_id):
    sarah = tenant_id(SARAH)
    repair = report(api, sarah, category="doors_windows_frames", facts={})
    booking, _ = book(api, repair, sarah)
    before = len(transport.sent)
    cancelled = api.delete(f"/api/bookings/{booking['booking_id']}?tenant_id={sarah}")
    assert cancelled.status_code == 200
    [sent] = transport.sent[before:]
    assert (sent.kind, sent.to) == ("sms", SARAH)
    assert sent.body == (
        f"Havering Council Housing Repairs: your appointment for repair {repair['reference']} "
        f"(Doors, windows and frames) on {booking['label']} is cancelled. To book another, text "
        "us or ring 0800 151 3444."
    )
    assert is_gsm(sent.body) and segments(sent.body) <= 2


def test_a_cancellation_fits_two_segments_with_the_longest_slot(records):
    repair = RepairReport(
        reference="HAV-000000000", category_label="Tenant's responsibility (rechargeable)"
    )
    with records.test_request_context():
        records.config["LANDLORD_NAME"] = LONGEST_LANDLORD
        text = cancelled_text(repair, "Wednesday 30 September, afternoon (12 noon to 5pm)")
    assert is_gsm(text) and segments(text) <= 2, text


def test_a_number_that_texted_stop_gets_no_cancellation(
    client, api, transport, session, tenant_id, assistant
):
    sarah = tenant_id(SARAH)
    booking, _ = book(api, report(api, sarah, category="doors_windows_frames", facts={}), sarah)
    Phone(client, SARAH).text("STOP")
    before = len(transport.sent)
    api.delete(f"/api/bookings/{booking['booking_id']}?tenant_id={sarah}")
    assert transport.sent[before:] == []
    assert (
        session.scalar(
            select(Notification.status).where(Notification.kind == events.APPOINTMENT_CANCELLED)
        )
        == "opted_out"
    )


def _longest_repair(**changes) -> RepairReport:
    """The longest a repair's words can be in a text: reference, category, priority."""
    policy = POLICIES[0]
    return RepairReport(
        reference="HAV-000000000",
        category_label=max((c.label for p in POLICIES for c in p.categories.values()), key=len),
        priority_label=max((t.label for p in POLICIES for t in p.tiers.values()), key=len),
        target_by=LONGEST_TARGET,
        tier=next(iter(policy.tiers)),
        **changes,
    )


# The repairs desk's texts (issue 13): (what happened, the text, words it must say)
DESK_TEXTS = [
    ("retriaged", lambda r: retriaged_text(r), "12:30pm on Wednesday 30 September"),
    ("duplicate", lambda r: closed_text(r), "same job as HAV-000000001"),
    ("withdrawn", lambda r: closed_text(r), "as you asked"),
    ("raised_in_error", lambda r: closed_text(r), "raised in error"),
    ("reopened", lambda r: reopened_text(r), "open again"),
    ("no_access", lambda r: no_access_text(r, LONGEST_TARGET), "could not get in"),
    # The complaint code: the stage 2 answer comes with the Housing Ombudsman's details (issue 14).
    (
        "stage2_answered",
        complaint_stage2_answer_text,
        "Housing Ombudsman Service can look at it: ring 0300 111 3000",
    ),
    ("stage2_answered", complaint_stage2_answer_text, "www.housing-ombudsman.org.uk"),
]


@pytest.mark.parametrize(("happened", "text_for", "says"), DESK_TEXTS)
def test_each_desk_text_says_what_happened_within_two_gsm_segments(
    records, happened, text_for, says
):
    repair = _longest_repair(
        closure_reason=happened if happened in CLOSED_TEMPLATES else None,
        duplicate_of=RepairReport(reference="HAV-000000001") if happened == "duplicate" else None,
    )
    with records.test_request_context():
        records.config["LANDLORD_NAME"] = LONGEST_LANDLORD
        text = text_for(repair)
    assert says in text and "HAV-000000000" in text
    assert is_gsm(text), text
    assert segments(text) <= 2, text
