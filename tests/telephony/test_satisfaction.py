"""Satisfaction after the work (issue 14): a completed job's tenant is asked once by text, a reply
such as "4 great" is recorded against the job (not handed to the assistant) and shown to staff on
the job and the performance page; first-visit completion counts the visits recorded."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from backend import events
from backend.channel_models import Notification
from backend.db import get_session
from backend.models import RepairReport, SatisfactionAnswer
from backend.services.desk import record_visit
from backend.services.repairs import change_status
from backend.web.staff_user import create_user
from telephony.notifications import on_event
from telephony.sms_text import is_gsm, segments
from tests.telephony.conftest import ARTHUR, SARAH, STRANGER, Phone, message_bodies
from tests.web.conftest import STAFF_PASSWORD, sign_in

QUESTION = "How satisfied are you with the repair, 1 to 5? Reply with a number and any comment."


def reported(api, tenant_id, category="toilet", facts=None) -> str:
    response = api.post(
        "/api/repairs",
        json={
            "category": category,
            "facts": {"other_working_toilet": False} if facts is None else facts,
            "channel": "sms",
            "tenant_id": tenant_id,
        },
    )
    assert response.status_code == 201, response.json
    return response.json["reference"]


def complete(records, reference: str, times: int = 1) -> int:
    """Staff mark the job completed; the event is published `times` times (a re-run)."""
    with records.test_request_context():
        session = get_session()
        repair = session.scalar(select(RepairReport).where(RepairReport.reference == reference))
        change_status(repair, "completed", by="staff")
        session.commit()
        for _ in range(times):
            events.publish(events.REPAIR_STATUS_CHANGED, repair_id=repair.id, status="completed")
        return repair.id


def questions(transport) -> list:
    return [sent for sent in transport.sent if QUESTION in sent.body]


def answer_of(session, repair_id: int) -> SatisfactionAnswer | None:
    session.expire_all()
    return session.get(SatisfactionAnswer, repair_id)


def staff(records):
    with records.app_context():
        create_user(get_session(), "casey", STAFF_PASSWORD, "Casey Morgan")
        get_session().commit()
    client = records.test_client()
    assert sign_in(client).status_code == 303
    return client


def test_a_completed_job_asks_the_tenant_once_by_text_however_often_it_is_told(
    records, api, transport, tenant_id
):
    reference = reported(api, tenant_id(SARAH))
    repair_id = complete(records, reference, times=2)
    with records.test_request_context():  # the hook run again by hand, as a retry would
        on_event(events.REPAIR_STATUS_CHANGED, {"repair_id": repair_id, "status": "completed"})

    [asked] = questions(transport)
    assert (asked.kind, asked.to) == ("sms", SARAH)
    assert asked.body == (
        f"Havering Council Housing Repairs: repair {reference} (Toilet) is complete. {QUESTION}"
    )
    assert is_gsm(asked.body) and segments(asked.body) <= 2


def test_a_job_marked_anything_else_asks_nothing(records, api, transport, tenant_id):
    reference = reported(api, tenant_id(SARAH))
    with records.test_request_context():
        session = get_session()
        repair = session.scalar(select(RepairReport).where(RepairReport.reference == reference))
        change_status(repair, "attended", by="staff")
        session.commit()
        events.publish(events.REPAIR_STATUS_CHANGED, repair_id=repair.id, status="attended")
    assert questions(transport) == []


def test_a_tenant_who_prefers_calls_is_asked_by_text(records, api, transport, tenant_id):
    complete(records, reported(api, tenant_id(ARTHUR)))
    [asked] = questions(transport)
    assert (asked.kind, asked.to) == ("sms", ARTHUR)


@pytest.mark.parametrize(
    ("reply", "score", "comment"),
    [("4 great", 4, "great"), ("five", 5, ""), ("3 - ok, took a while", 3, "ok, took a while")],
)
def test_the_answer_is_recorded_against_the_job_and_thanked(
    records, api, transport, tenant_id, phone, assistant, session, reply, score, comment
):
    reference = reported(api, tenant_id(SARAH))
    repair_id = complete(records, reference)

    thanks = message_bodies(phone.text(reply))

    assert thanks == [
        f"Thank you. We have recorded {score} out of 5 for repair {reference}. Need anything "
        "else? Text us or ring 0800 151 3444."
    ]
    assert assistant.calls == []
    recorded = answer_of(session, repair_id)
    assert (recorded.score, recorded.comment, recorded.channel) == (score, comment, "sms")


def test_a_text_that_is_not_an_answer_goes_to_the_assistant(
    records, api, transport, tenant_id, phone, assistant, session
):
    repair_id = complete(records, reported(api, tenant_id(SARAH)))
    phone.text("the tap is leaking now")
    assert [call["text"] for call in assistant.calls] == ["the tap is leaking now"]
    assert answer_of(session, repair_id) is None


def test_the_first_answer_stands_and_a_second_number_goes_to_the_assistant(
    records, api, transport, tenant_id, phone, assistant, session
):
    repair_id = complete(records, reported(api, tenant_id(SARAH)))
    phone.text("4 great")
    phone.text("2")
    assert answer_of(session, repair_id).score == 4
    assert [call["text"] for call in assistant.calls] == ["2"]


def test_a_number_never_asked_is_not_taken_as_an_answer(
    records, api, transport, tenant_id, client, assistant, session
):
    repair_id = complete(records, reported(api, tenant_id(SARAH)))
    Phone(client, STRANGER).text("5")
    assert answer_of(session, repair_id) is None
    assert [call["text"] for call in assistant.calls] == ["5"]


def test_a_reply_after_a_fortnight_is_not_an_answer(
    records, api, transport, tenant_id, phone, assistant, session, clock
):
    repair_id = complete(records, reported(api, tenant_id(SARAH)))
    clock.now += timedelta(days=15)
    phone.text("4 great")
    assert answer_of(session, repair_id) is None


def test_staff_see_the_answer_on_the_job_and_the_average_beside_rp02(
    records, api, transport, tenant_id, phone, assistant
):
    first = reported(api, tenant_id(SARAH))
    complete(records, first)
    phone.text("4 great")
    second = reported(api, tenant_id(ARTHUR))
    complete(records, second)
    Phone(phone.client, ARTHUR).text("two, they were late")
    client = staff(records)

    job = client.get(f"/staff/repairs/{first}").get_data(as_text=True)
    assert "<strong>4 out of 5</strong>: “great”" in job
    page = client.get("/staff/performance").get_data(as_text=True)
    assert '<span class="figure__value" id="satisfaction">3.0 out of 5</span>' in page
    assert '<span class="figure__detail" id="satisfaction-count">2 answers</span>' in page
    assert page.index('id="rp02-non-emergency"') < page.index('id="satisfaction"')


def test_first_visit_completion_counts_the_visits_recorded_not_the_status_marks(
    records, api, transport, tenant_id, clock
):
    by_visits = reported(api, tenant_id(SARAH))
    by_marks = reported(api, tenant_id(ARTHUR))
    with records.test_request_context():
        session = get_session()
        visits = session.scalar(select(RepairReport).where(RepairReport.reference == by_visits))
        # A status mark is no visit, and no access does no work: the one visit that got in
        # fixed it, so it was fixed at the first visit (the marks alone would say two visits).
        change_status(visits, "attended", by="staff")
        for outcome, hours in (("no_access", 1), ("fixed", 3)):
            clock.now += timedelta(hours=hours)
            record_visit(
                session,
                visits,
                visited_at=clock.now - timedelta(minutes=30),
                outcome=outcome,
                operative_id=None,
                note="",
                by="staff",
                now=clock.now,
            )
        marks = session.scalar(select(RepairReport).where(RepairReport.reference == by_marks))
        change_status(marks, "attended", by="staff")
        change_status(marks, "completed", by="staff")
        session.commit()
    page = staff(records).get("/staff/performance").get_data(as_text=True)
    assert visits.visits == 2  # what the status marks counted
    # The visited job counts as fixed first time; the one with two status marks does not.
    assert '<span class="figure__value" id="first-visit">50.0%</span>' in page
    assert '<span class="figure__detail">1 of 2</span>' in page


def test_a_complaint_closed_as_completed_is_not_asked_about_a_repair(
    records, api, transport, tenant_id
):
    complete(records, reported(api, tenant_id(SARAH), category="complaint", facts={}))
    assert questions(transport) == []


# --- the photo link by text (issue 14), for a caller on the phone ------------------------------


def test_a_photo_link_is_texted_to_the_tenant_when_asked(records, api, transport, tenant_id):
    records.config["PUBLIC_BASE_URL"] = "https://repairs.example.gov.uk"
    tenant = tenant_id(SARAH)
    reference = reported(api, tenant)
    url = f"/api/repairs/{reference}/photo-link?tenant_id={tenant}"

    quiet = api.post(url)
    texted = api.post(url, json={"send_by_text": True})

    assert (quiet.json["texted"], texted.json["texted"]) == (False, True)
    [sent] = [s for s in transport.sent if "/photos/" in s.body]
    assert (sent.kind, sent.to) == ("sms", SARAH)
    assert texted.json["url"] in sent.body and quiet.json["url"] not in sent.body
    assert sent.body.startswith(
        f"Havering Council Housing Repairs: to send us photos of repair {reference} (Toilet), "
        "open https://repairs.example.gov.uk/photos/"
    )
    assert is_gsm(sent.body) and segments(sent.body) <= 2
    assert api.post(url, json={"send_by_text": "yes"}).status_code == 400
    stored = (
        records.extensions["db_session_factory"]()
        .scalars(select(Notification.body).where(Notification.kind == "photo_link_issued"))
        .all()
    )
    assert len(stored) == 1 and "/photos/[link]" in stored[0]
    assert texted.json["url"].rsplit("/", 1)[1] not in stored[0]
