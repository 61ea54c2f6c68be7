"""What the law and the code ask of the desk (issue 14), driven as a signed-in member of staff
would: access attempts before 'no access' stands on an Awaab's Law case, what the investigation
found, and complaints logged from a job and taken through stage 1 and stage 2, the last answer
texting the tenant the Housing Ombudsman's details."""

from __future__ import annotations

import html
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from backend.api.serialise import clocks_json
from backend.models import RepairReport
from tests.web.test_staff_clocks import later, page, row
from tests.web.test_staff_jobs import act, texts

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=timezone.utc)  # Tuesday: the clock fixture's time
STAFF = "Casey Morgan"


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def shown(response) -> str:
    return html.unescape(response.get_data(as_text=True))


@pytest.fixture
def damp(report, sarah):
    return report("damp_mould", NOW, facts={}, tenant_id=sarah.id)


@pytest.fixture
def tap(report, sarah):
    return report("tap", NOW, facts={}, tenant_id=sarah.id)


# --- access attempts ---------------------------------------------------------------------------


def test_an_access_attempt_is_listed_on_the_job_with_who_recorded_it_and_when(
    staff_client, damp, clock
):
    later(staff_client, clock, "2026-12-08T12:00")
    response = act(
        staff_client,
        damp.reference,
        "access-attempts",
        attempted_at="2026-12-08T11:15",
        means="phone",
        note="Rang, no answer; left a voicemail",
    )
    assert response.status_code == 303
    assert response.headers["Location"].endswith("#attempts-heading")
    [attempt] = damp.access_attempts
    assert (attempt.attempted_at, attempt.means, attempt.recorded_by, attempt.recorded_at) == (
        utc("2026-12-08T11:15"),
        "phone",
        STAFF,
        utc("2026-12-08T12:00"),
    )
    line = damp.status_history[-1]
    assert (line.status, line.changed_by, line.changed_at) == (
        "access_attempt",
        STAFF,
        utc("2026-12-08T12:00"),
    )
    listed = html.unescape(page(staff_client, damp.reference))
    assert "Attempt to get in" in listed  # the history line's label
    table = listed.split('id="access-attempts"')[1].split("</table>")[0]
    assert "Tue 8 Dec 2026, 11:15" in table and "Phone call" in table
    assert "Rang, no answer; left a voicemail" in table


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"attempted_at": "2026-12-08T11:00", "means": "pigeon"}, "Choose how the attempt"),
        ({"attempted_at": "2026-12-08T13:00", "means": "letter"}, "in the future"),
        ({"attempted_at": "2026-12-07T13:00", "means": "letter"}, "before the report was made"),
        ({"attempted_at": "last Tuesday", "means": "letter"}, "Enter when the attempt was made"),
    ],
)
def test_an_access_attempt_that_cannot_be_right_is_refused_and_the_note_kept(
    staff_client, damp, clock, form, message
):
    later(staff_client, clock, "2026-12-08T12:00")
    response = act(staff_client, damp.reference, "access-attempts", note="Second letter", **form)
    assert response.status_code == 400
    assert message in shown(response) and ">Second letter</textarea>" in shown(response)
    assert damp.access_attempts == []


@pytest.mark.parametrize(
    ("tried", "refused_with"),
    [
        ((), "tried: visit."),
        (("phone",), "tried: phone, visit."),
        (("visit", "visit"), "tried: visit."),
        (("phone", "letter"), None),
    ],
)
def test_no_access_on_a_damp_case_stands_only_after_three_attempts_by_different_means(
    staff_client, damp, clock, tried, refused_with
):
    later(staff_client, clock, "2026-12-08T12:00")
    for minute, means in enumerate(tried):
        attempt = {"attempted_at": f"2026-12-08T09:1{minute}", "means": means}
        assert act(staff_client, damp.reference, "access-attempts", **attempt).status_code == 303
    visit = {"visited_at": "2026-12-08T11:00", "outcome": "no_access", "note": "Card left"}
    response = act(staff_client, damp.reference, "visits", **visit)
    if refused_with is None:
        assert response.status_code == 303
        assert damp.status == "no_access" and [v.outcome for v in damp.visit_records] == [
            "no_access"
        ]
        return
    assert response.status_code == 400
    body = shown(response)
    assert (
        "Record the attempts to get in first: 'no access' needs at least 3 attempts by "
        f"different means; {refused_with}"
    ) in body
    assert 'id="visit-outcome-no_access" name="outcome" type="radio" value="no_access" checked' in (
        body
    )
    assert ">Card left</textarea>" in body
    assert damp.visit_records == [] and damp.status == "reported"


# --- what the investigation found --------------------------------------------------------------

FOUND = "Black mould on the bedroom's outside wall; the extractor fan does not work"


def test_the_investigations_findings_are_shown_on_the_job_and_go_into_the_written_summary(
    staff_client, damp, clock
):
    later(staff_client, clock, "2026-12-08T12:00")
    assert 'id="visit-findings"' in page(staff_client, damp.reference)
    visit = {"visited_at": "2026-12-08T10:00", "outcome": "follow_on_needed", "findings": FOUND}
    assert act(staff_client, damp.reference, "visits", **visit).status_code == 303
    assert damp.visit_records[0].findings == FOUND

    job = html.unescape(page(staff_client, damp.reference))
    findings = job.split('id="investigation-findings"')[1].split("</div>")[0]
    assert FOUND in findings and STAFF in findings
    assert 'id="visit-findings"' not in job  # the investigation is done

    sent = act(staff_client, damp.reference, "written-summary", sent_at="2026-12-08T11:30")
    assert sent.status_code == 303
    line = damp.status_history[-1]
    assert (line.status, line.changed_by) == ("written_summary_sent", STAFF)
    assert line.note == f"Investigation found: {FOUND}"


def test_findings_on_a_later_visit_are_refused_and_the_visit_not_recorded(
    staff_client, damp, clock
):
    later(staff_client, clock, "2026-12-09T12:00")
    first = {"visited_at": "2026-12-08T10:00", "outcome": "follow_on_needed"}
    assert act(staff_client, damp.reference, "visits", **first).status_code == 303
    second = {"visited_at": "2026-12-09T10:00", "outcome": "made_safe", "findings": FOUND}
    response = act(staff_client, damp.reference, "visits", **second)
    assert response.status_code == 400
    assert "Findings go with the investigation" in shown(response)
    assert len(damp.visit_records) == 1


def test_a_repair_awaabs_law_does_not_cover_asks_for_no_findings(staff_client, tap):
    assert 'id="visit-findings"' not in page(staff_client, tap.reference)


# --- complaints ---------------------------------------------------------------------------------


def complaints_about(session, repair: RepairReport) -> list[RepairReport]:
    return list(
        session.scalars(select(RepairReport).where(RepairReport.complaint_about_id == repair.id))
    )


def test_staff_log_a_complaint_from_a_job_and_the_tenant_is_told_its_reference(
    staff_client, tap, session, sarah
):
    response = act(staff_client, tap.reference, "complaint", text="Nobody came on the day")
    assert response.status_code == 303
    [complaint] = complaints_about(session, tap)
    assert (complaint.tier, complaint.tenant_id, complaint.channel) == (
        "complaint",
        sarah.id,
        "staff",
    )
    assert (
        complaint.description
        == f"About {tap.reference} ({tap.category_label}): Nobody came on the day"
    )
    assert complaint.status_history[0].changed_by == STAFF
    line = tap.status_history[-1]
    assert (line.status, line.changed_by, line.note) == (
        "complaint_logged",
        STAFF,
        f"complaint {complaint.reference}: Nobody came on the day",
    )
    [(kind, text)] = texts(session, complaint)
    assert kind == "repair_reported" and f"we have your complaint {complaint.reference}" in text
    job = page(staff_client, complaint.reference)
    assert f'href="/staff/repairs/{tap.reference}"' in job and "Complaint stages" in job


@pytest.mark.parametrize("reference", ["tap", "complaint"])
def test_a_complaint_needs_what_the_tenant_is_unhappy_with_and_is_not_logged_about_a_complaint(
    staff_client, tap, session, reference
):
    if reference == "tap":
        response = act(staff_client, tap.reference, "complaint", text="   ")
        assert response.status_code == 400
        assert "Say what the tenant is dissatisfied with." in shown(response)
        assert complaints_about(session, tap) == []
        return
    act(staff_client, tap.reference, "complaint", text="Nobody came")
    [complaint] = complaints_about(session, tap)
    response = act(staff_client, complaint.reference, "complaint", text="And again")
    assert response.status_code == 400
    assert complaints_about(session, complaint) == []


def step(client, clock, complaint: RepairReport, when: str, name: str):
    later(client, clock, when)
    return act(client, complaint.reference, "complaint-stage", step=name, note="by letter")


# Each step of the code, when staff record it, and the clocks it leaves on the job page.
WALK = [
    (
        "2026-12-10T10:00",
        "complaint_acknowledged",
        {
            "complaint_acknowledgement": "end of Tue 15 Dec 2026 Thu 10 Dec 2026, 10:00 No",
            "complaint_answer": "end of Thu 24 Dec 2026 Not yet No",
        },
    ),
    (
        "2026-12-14T10:00",
        "complaint_answered",
        {"complaint_answer": "end of Thu 24 Dec 2026 Mon 14 Dec 2026, 10:00 No"},
    ),
    (
        "2026-12-15T10:00",
        "complaint_stage2_requested",
        {
            "complaint_stage2_acknowledgement": "end of Tue 22 Dec 2026 Not yet No",
            "complaint_stage2_answer": "Not started – No",
        },
    ),
    (
        "2026-12-16T10:00",
        "complaint_stage2_acknowledged",
        {
            "complaint_stage2_acknowledgement": "end of Tue 22 Dec 2026 Wed 16 Dec 2026, 10:00 No",
            "complaint_stage2_answer": "end of Mon 18 Jan 2027 Not yet No",
        },
    ),
    (
        "2027-01-04T10:00",
        "complaint_stage2_answered",
        {"complaint_stage2_answer": "end of Mon 18 Jan 2027 Mon 4 Jan 2027, 10:00 No"},
    ),
]


@pytest.mark.parametrize("preferred", ["sms", "call"])
def test_a_complaint_goes_through_both_stages_and_the_last_answer_names_the_ombudsman(
    staff_client, tap, session, sarah, clock, preferred
):
    sarah.preferred_contact = preferred
    session.commit()
    act(staff_client, tap.reference, "complaint", text="The repair was left half done")
    [complaint] = complaints_about(session, tap)
    for when, name, clocks in WALK:
        response = step(staff_client, clock, complaint, when, name)
        assert response.status_code == 303, name
        line = complaint.status_history[-1]
        assert (line.status, line.changed_by, line.changed_at, line.note) == (
            name,
            STAFF,
            utc(when),
            "by letter",
        )
        job = page(staff_client, complaint.reference)
        for clock_name, expected in clocks.items():
            assert row(job, clock_name).endswith(expected), (name, clock_name)

    [(_, text), (channel,)] = [
        *[(k, t) for k, t in texts(session, complaint) if k == "complaint_stage2_answered"],
        *[
            (n.channel,)
            for n in complaint_notifications(session, complaint)
            if n.kind == "complaint_stage2_answered"
        ],
    ]
    assert channel == preferred
    for detail in ("Housing Ombudsman Service", "0300 111 3000", "www.housing-ombudsman.org.uk"):
        assert detail in text
    assert complaint.reference in text

    again = step(staff_client, clock, complaint, "2027-01-05T10:00", "complaint_stage2_answered")
    assert again.status_code == 400
    assert "Stage 2 is answered: the complaint has no more steps." in shown(again)
    assert [k for k, _ in texts(session, complaint)].count("complaint_stage2_answered") == 1


def complaint_notifications(session, complaint: RepairReport):
    from backend.channel_models import Notification

    return session.scalars(select(Notification).where(Notification.repair_id == complaint.id))


@pytest.mark.parametrize(
    ("done", "attempted", "message"),
    [
        ([], "complaint_answered", "The next step of this complaint is: stage 1 acknowledged."),
        (
            ["complaint_acknowledged"],
            "complaint_stage2_requested",
            "The next step of this complaint is: stage 1 answered.",
        ),
    ],
)
def test_a_complaint_step_out_of_turn_is_refused_and_changes_nothing(
    staff_client, tap, session, clock, done, attempted, message
):
    act(staff_client, tap.reference, "complaint", text="Rude on the phone")
    [complaint] = complaints_about(session, tap)
    for name in done:
        assert step(staff_client, clock, complaint, "2026-12-09T10:00", name).status_code == 303
    history = len(complaint.status_history)
    response = step(staff_client, clock, complaint, "2026-12-09T11:00", attempted)
    assert response.status_code == 400 and message in shown(response)
    assert len(complaint.status_history) == history


def test_a_repair_has_no_complaint_stages(staff_client, tap, clock):
    response = step(staff_client, clock, tap, "2026-12-09T10:00", "complaint_acknowledged")
    assert response.status_code == 400 and "Only a complaint has complaint stages." in shown(
        response
    )


def test_the_api_clocks_list_the_stage_2_answer_once_stage_2_is_requested(
    app, staff_client, tap, session, clock
):
    """What `GET /api/repairs/<reference>` lists as "clocks" (issue 14, item 5). A complaint's
    reference itself is answered 403 in a conversation (backend/domain/disclosure.py), so the
    listing is checked where the route builds it."""
    act(staff_client, tap.reference, "complaint", text="Still leaking")
    [complaint] = complaints_about(session, tap)

    def listed() -> dict[str, str | None]:
        with app.app_context():
            return {c["name"]: c["due_by"] for c in clocks_json(complaint)}

    assert "complaint_stage2_answer" not in listed()
    for when, name, _ in WALK[:3]:
        step(staff_client, clock, complaint, when, name)
    assert listed()["complaint_stage2_answer"] is None  # started once stage 2 is acknowledged
    step(staff_client, clock, complaint, *WALK[3][:2])
    assert listed()["complaint_stage2_answer"] is not None
