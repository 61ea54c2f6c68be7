"""The generated long-report examples are what their script writes from today's reports."""

from __future__ import annotations

from scripts.long_messages import OUTPUT, REPORTS, _examples, long_examples, render


def test_the_long_messages_file_is_up_to_date_with_the_reports():
    assert OUTPUT.read_text() == render(long_examples()), (
        "bot/data/nlu/long_messages.yml is stale: run .venv/bin/python -m scripts.long_messages"
    )


def test_every_long_example_is_a_preamble_then_one_of_its_intents_own_reports():
    own = dict(_examples(path) for path in REPORTS.glob("*.yml"))
    for intent, examples in long_examples().items():
        assert len(examples) >= 5, intent
        for example in examples:
            endings = {report[1:] for report in own[intent]}
            assert any(example.endswith(ending) for ending in endings), example
            assert len(example.split()) >= 10, example
