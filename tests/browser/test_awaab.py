"""A damp and mould case under Awaab's Law (issue 14), in headless Chromium: the supervisor records
the investigation visit, sees the written-summary clock running, records the summary sent (the
clock is met), records the visit that did the safety work (that clock is met too); axe-core finds
nothing serious on the job page."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from backend.domain.calendar import LONDON
from tests.browser.desk_support import check_axe, done, reported, sign_in

pytestmark = pytest.mark.browser


def reported_damp(server) -> str:
    """Black mould in a bedroom, reported by a demo tenant three hours ago."""
    return reported(
        server, "damp_mould", "Black mould spreading on the bedroom wall", ago=timedelta(hours=3)
    )


def local(ago: timedelta) -> str:
    return (datetime.now(LONDON) - ago).strftime("%Y-%m-%dT%H:%M")


def clock_row(page, name: str):
    return page.locator(f'tr[data-clock="{name}"]')


def test_a_damp_case_from_report_to_written_summary_to_safety_work(page, server, axe_available):
    reference = reported_damp(server)
    sign_in(page)
    page.goto(f"/staff/repairs/{reference}")
    page.get_by_role("heading", name=reference).wait_for()
    assert "Not started" in clock_row(page, "awaab_written_summary").inner_text()
    assert "Not yet" in clock_row(page, "awaab_investigation").inner_text()

    # The surveyor investigated two hours ago: the first recorded visit is the investigation.
    page.get_by_label("When the visit happened").fill(local(timedelta(hours=2)))
    page.locator("#visit-outcome-follow_on_needed").check()
    page.get_by_label("What was done (optional)").fill("Surveyed: mould from a leaking gutter")
    page.get_by_role("button", name="Record the visit").click()
    done(page, "Visit recorded.")
    assert "Not yet" not in clock_row(page, "awaab_investigation").inner_text()
    summary = clock_row(page, "awaab_written_summary")
    assert "end of" in summary.inner_text() and "Not yet" in summary.inner_text()
    assert "Not yet" in clock_row(page, "awaab_safety_work").inner_text()
    check_axe(page, "awaab-job-investigated")

    # The written summary went to the tenant an hour ago.
    page.get_by_label("When the summary of the investigation was sent").fill(
        local(timedelta(hours=1))
    )
    page.get_by_role("button", name="Record the summary as sent").click()
    done(page, "Written summary recorded as sent to the tenant.")
    summary = clock_row(page, "awaab_written_summary").inner_text()
    assert "Not yet" not in summary and "Overdue" not in summary
    assert page.get_by_label("When the summary of the investigation was sent").count() == 0

    # The operative treated the mould and fixed the gutter half an hour ago: the safety work.
    page.get_by_label("When the visit happened").fill(local(timedelta(minutes=30)))
    page.locator("#visit-outcome-made_safe").check()
    page.get_by_role("button", name="Record the visit").click()
    done(page, "Visit recorded.")
    safety = clock_row(page, "awaab_safety_work").inner_text()
    assert "Not yet" not in safety and "Overdue" not in safety

    history = page.locator("table", has=page.get_by_role("columnheader", name="New target"))
    assert "Written summary sent to the tenant" in history.inner_text()
    assert "Casey Morgan" in history.inner_text()
    check_axe(page, "awaab-job-summary-and-safety-work")
