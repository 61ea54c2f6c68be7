# The production profile (issue 6, docs/production.md): the deployment files, the retention job,
# the backend under gunicorn on PostgreSQL, two Rasa servers sharing the tracker and lock stores;
# the SMS load benchmark. Included by the main Makefile.
#
# PostgreSQL and Redis tests run when TEST_DATABASE_URL and TEST_REDIS_URL are set (CI sets both);
# the two-Rasa-server test also needs the trained model, so it comes after the bot's targets.

PRODUCTION_READY := $(VENV)/.production-installed

TEST_TARGETS += test-production
BENCH_TARGETS += bench-load

.PHONY: test-production bench-load retention migrate

$(PRODUCTION_READY): $(APP_READY) requirements/production.txt
	$(VENV)/bin/pip install --quiet -r requirements/production.txt
	@touch $@

test-production: $(PRODUCTION_READY) $(BOT_READY) $(BOT_MODEL)
	$(APP_PY) -m pytest tests/production

# 50 tenants text the SMS webhook to a booking while one of two Rasa servers is killed and
# restarted (loopback only, bounded). PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else
# the local server; Redis: BENCH_REDIS_URL, else TEST_REDIS_URL, else the local server's db 14.
bench-load: $(APP_READY) $(BOT_READY) $(BOT_MODEL)
	$(APP_PY) -m bench.load_sms

# The schema of DATABASE_URL brought to the newest migration (docs/production.md).
migrate: $(APP_READY)
	$(APP_PY) -m backend.migrate

# The retention job once, with this shell's environment (docs/production.md).
retention: $(APP_READY)
	$(APP_PY) -m backend.retention
