"""Browser tests: Playwright's Python package driving Debian's Chromium, headless, against the app
served on a loopback port. `make test-web` installs all three; run bare, the tests skip when one is
missing, unless REQUIRE_BROWSER=1 (set by the make target) turns a missing piece into a failure."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.browser.live_server import AXE_JS, live_server

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = pytest.mark.browser


def _missing(reason: str):
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (run `make test-web`, which installs it)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def playwright_driver():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright is not installed in this environment")
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright_driver):
    if not Path(CHROMIUM).exists():
        _missing(f"no Chromium at {CHROMIUM}")
    browser = playwright_driver.chromium.launch(executable_path=CHROMIUM, headless=True)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def axe_available():
    if not AXE_JS.exists():
        _missing(f"axe-core is not installed at {AXE_JS}")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with live_server(tmp_path_factory.mktemp("live") / "repairs.db") as running:
        yield running


@pytest.fixture
def page(browser, server):
    context = browser.new_context(
        base_url=server.url, viewport={"width": 1280, "height": 900}, locale="en-GB"
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors: list[str] = []
    page.browser_errors = errors  # a test expecting an error takes it off this list
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield page
    context.close()
    assert errors == [], f"errors in the browser: {errors}"
