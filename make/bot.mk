# The Rasa assistant (issue 3): train the model when its inputs change, test it, evaluate triage
# against the running system, benchmark a turn. Included by the main Makefile.

BOT_RASA := $(BOT_VENV)/bin/rasa
BOT_MODEL := models/repairs.tar.gz
# Everything the trained model depends on: retrain only when one of these changes. The policies'
# categories are the report intents (bot/categories.py writes them into domain.yml and the rule).
BOT_TRAINING_DATA := config.yml domain.yml $(shell find bot/data -type f -name '*.yml' 2>/dev/null) \
	backend/policies/*.yml bot/categories.py
# endpoints.yml reads the action server's URL from the environment.
ACTION_ENDPOINT_URL ?= http://127.0.0.1:$(ACTIONS_PORT)/webhook
export ACTION_ENDPOINT_URL
CASES ?= bot/eval_cases.jsonl
OUT ?= predictions.jsonl

RUN_PREREQUISITES += $(BOT_READY) $(BOT_MODEL)
TEST_TARGETS += test-bot test-e2e
BENCH_TARGETS += bench-bot

.PHONY: train test-bot test-e2e eval bench-bot

train: $(BOT_MODEL)

# Rasa skips training when its own fingerprint says nothing changed (e.g. a comment): the model
# file is touched either way so make does not ask again. The time of a real training is kept.
$(BOT_MODEL): $(BOT_READY) $(BOT_TRAINING_DATA)
	@mkdir -p models
	$(BOT_PY) -m bot.categories --write
	@before=$$(stat -c %Y $@ 2>/dev/null || echo 0); start=$$(date +%s); \
	$(BOT_RASA) train --domain domain.yml --data bot/data --config config.yml \
		--fixed-model-name repairs --out models || exit 1; \
	if [ "$$(stat -c %Y $@)" != "$$before" ]; then \
		echo "{\"seconds\": $$(( $$(date +%s) - start )), \"trained_at\": \"$$(date -Is)\"}" \
			> models/repairs.training.json; fi; \
	touch $@

# Data validation; test stories (every route, happy and unhappy) with the NLU in the loop and
# any wrong prediction failing; the NLU on held-out phrasings; the action unit tests.
test-bot: $(BOT_READY) $(BOT_MODEL)
	$(BOT_RASA) data validate --domain domain.yml --data bot/data --config config.yml
	$(BOT_RASA) test --model $(BOT_MODEL) --stories bot/tests/test_stories.yml \
		--nlu bot/tests/nlu_heldout.yml --fail-on-prediction-errors --out results/bot
	$(BOT_PY) -m bot.tests.nlu_threshold results/bot/intent_report.json 0.9
	$(BOT_PY) -m pytest -q bot/tests

# Backend (temporary SQLite database, demo seed), action server and Rasa on spare loopback
# ports; a booking over the REST channel; every process stopped afterwards.
test-e2e: $(APP_READY) $(BOT_READY) $(BOT_MODEL)
	$(APP_PY) -m pytest -q tests/e2e

# Needs the system running (`make run` in another shell).
eval: $(APP_READY)
	$(APP_PY) -m bot.eval --cases $(CASES) --out $(OUT) --url http://127.0.0.1:$(RASA_PORT)

bench-bot: $(APP_READY) $(BOT_READY) $(BOT_MODEL)
	$(APP_PY) -m bench.turn_latency
	$(APP_PY) -m bench.turn_cost
