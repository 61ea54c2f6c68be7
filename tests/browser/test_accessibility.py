"""axe-core (served locally from the npm package) on every page, at desktop width and at 320 px,
with the chat mid-conversation (quick replies showing) and the dashboard full of data; and the
pages reflow at 320 px without scrolling sideways (WCAG 1.4.10)."""

from __future__ import annotations

import pytest

from tests.browser.axe import blocking, run_axe
from tests.browser.desk_support import sign_in

pytestmark = pytest.mark.browser

WIDTHS = {"desktop": 1280, "phone": 320}


def mid_conversation(page) -> None:
    page.goto("/")
    page.get_by_label("Your message").fill("My toilet is blocked")
    page.get_by_label("Your message").press("Enter")
    page.locator("#quick-replies button", has_text="No").wait_for()


def any_repair_url(page) -> str:
    page.goto("/staff/?status=all")
    return page.locator("table tbody th a").first.get_attribute("href")


def check(page, name: str) -> None:
    violations = run_axe(page, name)
    assert blocking(violations) == [], f"axe on {name}: {blocking(violations)}"
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{name} scrolls sideways by {overflow}px"


@pytest.mark.parametrize("width", WIDTHS)
def test_the_tenant_page_has_no_serious_accessibility_problems(page, server, axe_available, width):
    page.set_viewport_size({"width": WIDTHS[width], "height": 800})
    page.goto("/")
    check(page, f"chat-empty-{width}")
    mid_conversation(page)
    check(page, f"chat-conversation-{width}")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_staff_pages_have_no_serious_accessibility_problems(page, server, axe_available, width):
    page.set_viewport_size({"width": WIDTHS[width], "height": 800})
    page.goto("/staff/sign-in")
    check(page, f"staff-sign-in-{width}")
    sign_in(page)
    check(page, f"staff-reports-{width}")
    page.goto(any_repair_url(page))
    check(page, f"staff-report-{width}")
    page.goto("/staff/performance")
    check(page, f"staff-performance-{width}")
    page.goto("/staff/callbacks")
    check(page, f"staff-callbacks-{width}")
    # The repairs desk (issue 13): a queue, and a report waiting to be matched to a tenant.
    page.goto("/staff/?queue=identity")
    check(page, f"staff-queue-{width}")
    page.locator("table tbody th a").first.click()
    page.get_by_role("heading", name="Work this job").wait_for()
    check(page, f"staff-unmatched-job-{width}")


LOOK = "e => ['outlineStyle', 'boxShadow', 'backgroundColor'].map(p => getComputedStyle(e)[p])"


@pytest.mark.parametrize(
    "selector",
    [
        "#chat-input",
        "#quick-replies button",
        "#chat-form button",
        "#chat-log",
        "a[href^='tel:']",
        ".skip-link",
    ],
)
def test_every_control_shows_where_the_keyboard_focus_is(page, server, selector):
    mid_conversation(page)
    element = page.locator(selector).first
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    before = element.evaluate(LOOK)
    element.focus()
    page.keyboard.press("Shift+Tab")  # reach it by keyboard, so :focus-visible applies
    page.keyboard.press("Tab")
    assert element.evaluate("e => e === document.activeElement")
    assert element.evaluate(LOOK) != before, f"no visible focus on {selector}"
