# Web chat and staff dashboard: unit tests, browser tests in headless Chromium, and the README's
# screenshots. Everything the browser tests need is installed here, on a fresh machine too:
# Debian's chromium (only when it is missing), Playwright's Python package into .venv, and
# axe-core from npm into tests/browser/node_modules/ (git-ignored), which the tests serve locally.
CHROMIUM_PATH ?= /usr/bin/chromium
BROWSER_READY := $(VENV)/.browser-installed
AXE_JS := tests/browser/node_modules/axe-core/axe.min.js
# Root on CI; sudo elsewhere.
AS_ROOT := $(if $(filter 0,$(shell id -u)),,sudo)
export CHROMIUM_PATH

TEST_TARGETS += test-web

.PHONY: test-web screenshots browser-deps

$(CHROMIUM_PATH):
	@echo "No Chromium at $(CHROMIUM_PATH): installing Debian's chromium package"
	$(AS_ROOT) apt-get update
	DEBIAN_FRONTEND=noninteractive $(AS_ROOT) apt-get install -y chromium fonts-liberation

$(BROWSER_READY): requirements/browser.txt $(APP_READY)
	$(VENV)/bin/pip install --quiet -r requirements/browser.txt
	@touch $@

$(AXE_JS): tests/browser/package.json
	@command -v npm >/dev/null || { $(AS_ROOT) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(AS_ROOT) apt-get install -y npm; }
	npm install --prefix tests/browser --no-audit --no-fund --no-package-lock
	@touch $@

browser-deps: $(CHROMIUM_PATH) $(BROWSER_READY) $(AXE_JS)

# REQUIRE_BROWSER=1: a missing browser piece fails the run instead of skipping the browser tests.
test-web: $(APP_READY) browser-deps
	REQUIRE_BROWSER=1 $(APP_PY) -m pytest tests/web tests/browser

screenshots: $(APP_READY) browser-deps
	$(APP_PY) -m tests.browser.screenshots --out docs/screenshots
