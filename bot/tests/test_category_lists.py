"""One source of truth for the categories: the landlords' policies (backend/policies/*.yml).

Every other place that names categories is written from them (the domain's report intents and
the rule that starts a report: `python -m bot.categories --write`, run by `make train`) or is
checked against them here: the training data, one file and one intent per category, and every
list of categories in the NLU rules. Every policy's categories are reachable from the assistant."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot import categories as source
from bot.actions import context
from bot.actions.context import EMERGENCY_CATEGORIES, GENERAL_REPAIR, category_of_intent
from bot.nlu import faults, hazards, language_words

ROOT = Path(__file__).resolve().parents[2]
CATEGORIES = source.all_categories()
REPORTS = {f"report_{c}" for c in CATEGORIES}


def _yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def _domain_reports() -> set[str]:
    intents = _yaml(ROOT / "domain.yml")["intents"]
    names = {i if isinstance(i, str) else next(iter(i)) for i in intents}
    return {n for n in names if n.startswith("report_") and n != context.ANY_REPORT}


def _rule_reports() -> set[str]:
    rules = _yaml(ROOT / "bot/data/rules/report.yml")["rules"]
    [start] = [r for r in rules if r["rule"] == "a report starts the report form"]
    alternatives = start["steps"][0]["or"]
    return {a["intent"] for a in alternatives} - {context.ANY_REPORT}


def _nlu_intents(path: Path) -> set[str]:
    return {item["intent"] for item in _yaml(path).get("nlu", []) if "intent" in item}


def test_the_assistants_categories_are_every_policys_together():
    for name, policy in source.policies().items():
        assert set(policy["categories"]) <= set(CATEGORIES), name
    assert "major_works" in CATEGORIES  # Papworth's own


@pytest.mark.parametrize(
    ("where", "intents"),
    [
        ("domain.yml intents", _domain_reports()),
        ("the rule that starts a report", _rule_reports()),
        (
            "bot/data/nlu/reports/*.yml",
            {f"report_{p.stem}" for p in (ROOT / "bot/data/nlu/reports").glob("*.yml")},
        ),
    ],
)
def test_the_report_intents_are_exactly_the_policies_categories(where, intents):
    assert intents == REPORTS, (
        f"{where}: missing {sorted(REPORTS - intents)}, in no policy {sorted(intents - REPORTS)}"
        " (python -m bot.categories --write rewrites the domain and the rule)"
    )


def test_the_written_lists_are_what_the_generator_writes_from_the_policies():
    assert source.stale_files() == [], "run: python -m bot.categories --write"
    assert source.missing_training_data() == []


@pytest.mark.parametrize("category", CATEGORIES)
def test_each_categorys_training_file_teaches_its_own_intent_only(category):
    path = ROOT / "bot/data/nlu/reports" / f"{category}.yml"
    assert _nlu_intents(path) == {f"report_{category}"}


@pytest.mark.parametrize(
    "path",
    [
        *sorted((ROOT / "bot/data/nlu").glob("*.yml")),
        ROOT / "bot/tests/nlu_heldout.yml",
    ],
    ids=lambda p: p.name,
)
def test_other_training_and_test_data_name_only_policy_categories(path):
    named = {i for i in _nlu_intents(path) if i.startswith("report_")} - {context.ANY_REPORT}
    assert named <= REPORTS, sorted(named - REPORTS)


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_category_is_reachable_from_its_intent(category):
    assert category_of_intent(f"report_{category}") == category


@pytest.mark.parametrize(
    ("intent", "category"),
    [
        ("report_problem", None),
        ("report_", None),
        ("affirm", None),
        (None, None),
        ("report_major_works", "major_works"),
    ],
)
def test_only_a_report_intent_names_a_category(intent, category):
    assert category_of_intent(intent) == category


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


@pytest.mark.parametrize("policy", sorted(source.policies()))
@pytest.mark.parametrize("category", sorted(hazards.EMERGENCY_CATEGORIES))
def test_what_the_safety_nets_call_an_emergency_is_one_under_every_policy(policy, category):
    resolved = source.policies()[policy]
    tiers = resolved["tiers"]
    rules = resolved["categories"][category]["rules"]
    assert all(tiers[rule["tier"]].get("emergency") for rule in rules)


@pytest.mark.parametrize("category", sorted(hazards.EMERGENCY_CATEGORIES))
def test_each_emergency_has_its_safety_advice_question_and_answer_slot(category):
    domain = _yaml(ROOT / "domain.yml")
    assert f"utter_safety_{category}" in domain["responses"]
    assert f"utter_ask_danger_{category}" in domain["responses"]
    assert f"danger_{category}" in domain["slots"]


@pytest.mark.parametrize("policy", sorted(source.policies()))
def test_every_policy_has_the_general_repair_an_unknown_category_becomes(policy):
    assert GENERAL_REPAIR in source.policies()[policy]["categories"]


def test_the_generator_rewrites_a_stale_domain_list_in_place():
    stale = "intents:\n- report_problem\n- report_tap\n- report_gone\n- other_service\n"
    assert source.render_domain(stale, ("tap", "toilet")) == (
        "intents:\n- report_problem\n- report_tap\n- report_toilet\n- other_service\n"
    )
