"""One source of truth for the categories: every list of them in the NLU rules names only
categories the assistant knows (bot.actions.context.CATEGORIES, itself checked against the default
policy here), so a renamed category cannot silently drop out of a rule."""

from __future__ import annotations

import pytest

from bot.actions.context import CATEGORIES, EMERGENCY_CATEGORIES
from bot.nlu import faults, hazards, language_words


@pytest.mark.parametrize(
    ("where", "named"),
    [
        ("hazards.EMERGENCY_CATEGORIES", set(hazards.EMERGENCY_CATEGORIES)),
        ("hazards._ASKED_FOR", set(hazards._ASKED_FOR)),
        ("faults._CATEGORY_WORDS", {c for c, _ in faults._CATEGORY_WORDS}),
        (
            "language_words.HAZARD_WORDS",
            {c for words in language_words.HAZARD_WORDS.values() for c in words},
        ),
        (
            "language_words.FAULT_WORDS",
            {c for words in language_words.FAULT_WORDS.values() for c in words},
        ),
    ],
)
def test_every_category_the_rules_name_is_one_the_assistant_knows(where, named):
    assert named <= set(CATEGORIES), f"{where}: {named - set(CATEGORIES)}"


def test_the_emergencies_are_the_same_everywhere():
    assert set(hazards.EMERGENCY_CATEGORIES) == EMERGENCY_CATEGORIES
    assert all(set(words) <= EMERGENCY_CATEGORIES for words in language_words.HAZARD_WORDS.values())


def test_the_assistant_knows_exactly_the_default_policys_categories():
    from pathlib import Path

    import yaml

    policy = Path(__file__).parents[2] / "backend/policies/default.yml"
    categories = yaml.safe_load(policy.read_text(encoding="utf-8"))["categories"]
    assert set(CATEGORIES) == set(categories)
