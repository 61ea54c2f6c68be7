# Telephony (docs/telephony.md): Twilio SMS and voice webhooks, notifications, the phone simulator.
.PHONY: test-telephony bench-sms simulate-sms simulate-voice reminders

TEST_TARGETS += test-telephony
BENCH_TARGETS += bench-sms

test-telephony: $(APP_READY)
	$(APP_PY) -m pytest tests/telephony

# SMS webhook turn latency against the same turn sent straight to Rasa (a stand-in if none runs).
bench-sms: $(APP_READY)
	$(APP_PY) -m bench.sms_gateway

# Play a phone against `make run` (in another terminal): signed exactly as Twilio signs.
simulate-sms: $(APP_READY)
	$(APP_PY) -m telephony.simulate sms

simulate-voice: $(APP_READY)
	$(APP_PY) -m telephony.simulate voice

# The day-before appointment reminders (run daily, e.g. from cron at 18:00; safe to run twice).
reminders: $(APP_READY)
	$(APP_PY) -m telephony.reminders
