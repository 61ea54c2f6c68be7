"""The job page shows each legal clock (name, due by, met at, overdue) and the Right to Repair's
remedies: the second contractor and the compensation (issue 14, item 3)."""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone

from backend.models import StatusChange
from tests.web.conftest import csrf_token, sign_in

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=timezone.utc)  # Tuesday: the clock fixture's time


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def later(client, clock, when: str) -> None:
    """Moves the app's clock on; the sign-in of a week ago has ended, so sign in again."""
    clock.now = moment(when)
    assert sign_in(client).status_code == 303


def row(page: str, name: str) -> str:
    match = re.search(rf'<tr data-clock="{name}">(.*?)</tr>', page, re.S)
    assert match, f"no {name} row"
    return html.unescape(" ".join(re.sub(r"<[^>]+>", " ", match.group(1)).split()))


def page(client, reference: str) -> str:
    response = client.get(f"/staff/repairs/{reference}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_a_damp_case_shows_its_clocks_from_report_to_written_summary(
    staff_client, report, session, sarah, clock
):
    repair = report("damp_mould", NOW, facts={}, tenant_id=sarah.id)
    shown = page(staff_client, repair.reference)
    assert "Legal clocks" in shown
    assert row(shown, "awaab_investigation") == (
        "Awaab's Law: hazard investigated (10 working days) end of Tue 22 Dec 2026 Not yet No"
    )
    assert "Not started" in row(shown, "awaab_written_summary")

    # Inspected on Friday 11 December; a week later no summary has gone out.
    repair.status_history.append(
        StatusChange(status="attended", changed_by="Casey", changed_at=moment("2026-12-11T10:00"))
    )
    session.commit()
    later(staff_client, clock, "2026-12-17T09:00")
    shown = page(staff_client, repair.reference)
    assert row(shown, "awaab_investigation").endswith("Fri 11 Dec 2026, 10:00 No")
    assert row(shown, "awaab_written_summary") == (
        "Awaab's Law: written summary (3 working days after investigation) "
        "end of Wed 16 Dec 2026 Not yet Overdue"
    )
    assert "end of Fri 18 Dec 2026" in row(shown, "awaab_safety_work")
    assert "right-to-repair" not in shown


def test_an_emergency_shows_the_24_hour_clock(staff_client, report):
    repair = report("gas_smell", NOW, facts={})
    assert row(page(staff_client, repair.reference), "awaab_make_safe") == (
        "Awaab's Law: emergency hazard made safe (24 hours) Wed 9 Dec 2026, 09:00 Not yet No"
    )


def test_a_repair_no_law_times_shows_no_clocks(staff_client, report):
    assert "Legal clocks" not in page(staff_client, report("worktops", NOW, facts={}).reference)


def test_an_overdue_qualifying_repair_goes_to_a_second_contractor_then_earns_compensation(
    staff_client, report, session, sarah, clock
):
    repair = report("blocked_sink_bath", NOW, facts={}, tenant_id=sarah.id)
    shown = page(staff_client, repair.reference)
    assert row(shown, "right_to_repair").endswith("end of Fri 11 Dec 2026 Not yet No")
    assert "right-to-repair" not in shown

    # Too early for a second contractor: refused, and said why.
    token = csrf_token(staff_client, f"/staff/repairs/{repair.reference}")
    refused = staff_client.post(
        f"/staff/repairs/{repair.reference}/second-contractor",
        data={"csrf_token": token},
        follow_redirects=True,
    )
    assert "period has not yet passed" in refused.get_data(as_text=True)

    later(staff_client, clock, "2026-12-15T10:00")
    shown = page(staff_client, repair.reference)
    assert "Overdue" in row(shown, "right_to_repair")
    assert "Right to Repair: overdue" in shown
    assert "end of Fri 18 Dec 2026 if asked today" in shown
    assert 'id="compensation">£0<' in shown

    token = csrf_token(staff_client, f"/staff/repairs/{repair.reference}")
    asked = staff_client.post(
        f"/staff/repairs/{repair.reference}/second-contractor", data={"csrf_token": token}
    )
    assert asked.status_code == 303
    shown = page(staff_client, repair.reference)
    assert "Second contractor asked for" in shown  # in the status history
    assert "end of Fri 18 Dec 2026" in row(shown, "right_to_repair")
    assert 'id="compensation">£0<' in shown

    # Five days after the second contractor's period: GBP 10 + 5 x 2.
    later(staff_client, clock, "2026-12-23T10:00")
    assert 'id="compensation">£20<' in page(staff_client, repair.reference)
    later(staff_client, clock, "2027-02-01T10:00")
    assert 'id="compensation">£50<' in page(staff_client, repair.reference)


def test_a_complaint_shows_the_complaint_code_s_clocks(staff_client, report, session, sarah):
    complaint = report("complaint", NOW, facts={}, tenant_id=sarah.id)
    shown = page(staff_client, complaint.reference)
    assert row(shown, "complaint_acknowledgement") == (
        "Complaint stage 1: acknowledged (5 working days) end of Tue 15 Dec 2026 Not yet No"
    )
    assert "Not started" in row(shown, "complaint_answer")
    assert 'data-clock="complaint_stage2_answer"' not in shown
    assert 'data-clock="right_to_repair"' not in shown

    # Staff's first mark on it is its acknowledgement: the answer is due 10 working days on.
    complaint.status_history.append(
        StatusChange(status="attended", changed_by="Casey", changed_at=moment("2026-12-09T10:00"))
    )
    session.commit()
    shown = page(staff_client, complaint.reference)
    assert row(shown, "complaint_acknowledgement").endswith("Wed 9 Dec 2026, 10:00 No")
    assert "end of Wed 23 Dec 2026" in row(shown, "complaint_answer")


def test_a_second_contractor_request_without_the_csrf_token_is_refused(
    staff_client, report, sarah, clock, session
):
    repair = report("blocked_sink_bath", NOW, facts={}, tenant_id=sarah.id)
    later(staff_client, clock, "2026-12-15T10:00")
    refused = staff_client.post(f"/staff/repairs/{repair.reference}/second-contractor")
    assert refused.status_code == 400
    session.refresh(repair)
    assert "second_contractor_asked" not in [c.status for c in repair.status_history]
