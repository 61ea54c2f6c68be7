# The two commands a fresh machine needs: `make run` and `make test`. Everything else is installed
# or built on demand by the targets below (virtual environments, the demo database, the Rasa model).
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BOT_VENV := .venv-bot
APP_PY := $(VENV)/bin/python
BOT_PY := $(BOT_VENV)/bin/python
APP_READY := $(VENV)/.installed
BOT_READY := $(BOT_VENV)/.installed

# The public port (the web chat, webhooks and staff pages), the channel gateway, the records API.
PUBLIC_PORT ?= 8000
GATEWAY_PORT ?= 8001
BACKEND_PORT ?= 8002
ACTIONS_PORT ?= 5055
RASA_PORT ?= 5005
export PUBLIC_PORT GATEWAY_PORT BACKEND_PORT ACTIONS_PORT RASA_PORT

.PHONY: help run test lint format bench eval venvs

help:
	@echo "make run    install what is missing, train the assistant if needed, start everything (Ctrl-C stops it)"
	@echo "make test   install what is missing and run every test (PostgreSQL ones when TEST_DATABASE_URL is set)"
	@echo "make lint   ruff check and format check"
	@echo "make bench  benchmarks under bench/ (print figures)"
	@echo "make eval CASES=cases.jsonl OUT=predictions.jsonl   triage evaluation against the running assistant"

# The app's environment: current Flask 3, SQLAlchemy 2, twilio (Python 3.10 or newer).
$(APP_READY): requirements/app.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "The app needs Python 3.10 or newer as $(PYTHON)")'
	@[ -x $(APP_PY) ] || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements/app.txt
	@touch $@

# The assistant's environment: Rasa 3.6.21 needs Python 3.8-3.10, so it has its own interpreter.
$(BOT_READY): requirements/bot.txt requirements/bot.lock
	@py310=$$(scripts/find_python310.sh) || exit 1; [ -x $(BOT_PY) ] || $$py310 -m venv $(BOT_VENV)
	$(BOT_VENV)/bin/pip install --quiet --upgrade pip
	$(BOT_VENV)/bin/pip install --quiet -r requirements/bot.txt -c requirements/bot.lock
	@touch $@

venvs: $(APP_READY) $(BOT_READY)

lint: $(APP_READY)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(APP_READY)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Components add their own targets and hook them into run/test through these variables.
RUN_PREREQUISITES := $(APP_READY)
TEST_TARGETS := test-backend
BENCH_TARGETS := bench-booking

-include make/*.mk

run: $(RUN_PREREQUISITES)
	$(APP_PY) -m scripts.run_all

test: $(TEST_TARGETS) lint

bench: $(BENCH_TARGETS)

test-backend: $(APP_READY)
	$(APP_PY) -m pytest tests/domain tests/backend tests/gateway tests/test_layers.py tests/test_run_all.py

bench-booking: $(APP_READY)
	$(APP_PY) -m bench.booking
