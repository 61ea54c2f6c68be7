"""The default priority policy, rule by rule, from tables: one line a case."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from backend.domain.calendar import LONDON
from backend.domain.policy import PolicyError, UnknownCategory, load_policy, parse_policy

POLICIES = Path(__file__).resolve().parents[2] / "backend/policies"
WINTER = datetime(2026, 12, 8, 10, 0, tzinfo=LONDON)  # a Tuesday in the heating season
SUMMER = datetime(2027, 6, 22, 10, 0, tzinfo=LONDON)  # a Tuesday outside it


@pytest.fixture(scope="module")
def policy():
    return load_policy(POLICIES / "default.yml")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


# (category, facts, reported_at, expected tier)
EVERY_CATEGORY_AND_TIER = [
    ("gas_smell", {}, SUMMER, "emergency"),
    ("carbon_monoxide", {}, WINTER, "emergency"),
    ("electrical_danger", {}, WINTER, "emergency"),
    ("flooding", {}, SUMMER, "emergency"),
    ("structural_danger", {}, WINTER, "emergency"),
    ("water_supply", {"total_loss": True}, SUMMER, "one_day"),
    ("water_supply", {"total_loss": False}, WINTER, "three_day"),
    ("electricity_supply", {"total_loss": True}, WINTER, "one_day"),
    ("electricity_supply", {"total_loss": False}, SUMMER, "three_day"),
    ("unsafe_electrical_fitting", {}, SUMMER, "one_day"),
    ("gas_supply", {}, SUMMER, "one_day"),
    ("blocked_flue", {}, WINTER, "one_day"),
    ("heating_hot_water", {}, WINTER, "one_day"),
    ("heating_hot_water", {}, SUMMER, "three_day"),
    ("toilet", {"other_working_toilet": False}, WINTER, "one_day"),
    ("toilet", {"other_working_toilet": True}, SUMMER, "routine"),
    ("drainage", {}, WINTER, "one_day"),
    ("leaking_pipe_tank", {}, SUMMER, "one_day"),
    ("insecure_entry", {}, WINTER, "one_day"),
    ("blocked_sink_bath", {}, WINTER, "three_day"),
    ("tap", {}, SUMMER, "three_day"),
    ("handrail", {}, WINTER, "three_day"),
    ("rotten_floor_stairs", {}, SUMMER, "three_day"),
    ("door_entry_phone", {}, WINTER, "three_day"),
    ("damp_mould", {}, WINTER, "ten_day"),
    ("roof_leak", {}, WINTER, "routine"),
    ("extractor_fan", {}, SUMMER, "routine"),
    ("doors_windows_frames", {}, WINTER, "routine"),
    ("worktops", {}, SUMMER, "routine"),
    ("other_repair", {}, WINTER, "routine"),
    ("handyperson", {"vulnerable": True}, SUMMER, "handyperson"),
    ("handyperson", {"vulnerable": False}, SUMMER, "tenant_responsibility"),
    ("tenant_responsibility", {}, WINTER, "tenant_responsibility"),
    ("asb", {"asb_high_risk": True}, SUMMER, "asb"),
    ("asb", {"asb_high_risk": False}, SUMMER, "asb"),
    ("complaint", {}, WINTER, "complaint"),
]


@pytest.mark.parametrize(("category", "facts", "reported_at", "tier"), EVERY_CATEGORY_AND_TIER)
def test_each_category_gets_the_tier_of_the_default_policy(
    policy, category, facts, reported_at, tier
):
    result = policy.triage(category, facts, reported_at)
    assert result.tier.code == tier
    assert result.questions == ()


def test_the_table_covers_every_category_of_the_default_policy(policy):
    assert {row[0] for row in EVERY_CATEGORY_AND_TIER} == set(policy.categories)


# (reported_at, expected tier): the heating season runs 31 October to 1 May inclusive.
HEATING_SEASON_BOUNDARIES = [
    ("2026-10-30T12:00", "three_day"),
    ("2026-10-31T00:01", "one_day"),
    ("2027-05-01T23:59", "one_day"),
    ("2027-05-02T00:01", "three_day"),
]


@pytest.mark.parametrize(("reported_at", "tier"), HEATING_SEASON_BOUNDARIES)
def test_heating_loss_tier_follows_the_season_boundaries(policy, reported_at, tier):
    assert policy.triage("heating_hot_water", {}, at(reported_at)).tier.code == tier


def test_heating_loss_in_november_is_a_one_day_repair_with_the_reason_in_plain_words(policy):
    result = policy.triage("heating_hot_water", {}, at("2026-11-20T18:00"))
    assert result.tier.code == "one_day"
    assert result.reason == (
        "loss of heating or hot water between 31 October and 1 May is a one-day repair"
    )
    assert result.target_by == at("2026-11-21T18:00")


# (category, reported_at, expected target_by)
TARGETS = [
    ("gas_smell", "2026-12-08T22:30", "2026-12-09T02:30"),  # 4 clock hours, through midnight
    ("gas_smell", "2027-03-28T00:30", "2027-03-28T05:30"),  # clocks go forward: still 4 real hours
    ("insecure_entry", "2026-12-11T18:00", "2026-12-12T18:00"),  # 24 hours, into Saturday
    ("blocked_sink_bath", "2026-12-10T10:00", "2026-12-15T17:00"),  # Thu + 3 working days = Tue
    ("damp_mould", "2026-12-08T10:00", "2026-12-22T17:00"),  # 10 working days
    # 23 Dec 2026: 28 working days skipping 25 Dec, 28 Dec (Boxing Day substitute) and 1 Jan.
    ("other_repair", "2026-12-23T10:00", "2027-02-04T17:00"),
]


@pytest.mark.parametrize(("category", "reported_at", "target_by"), TARGETS)
def test_targets_count_clock_hours_or_working_days(policy, category, reported_at, target_by):
    facts = {"total_loss": True, "other_working_toilet": False}
    assert policy.triage(category, facts, at(reported_at)).target_by == at(target_by)


def test_a_routine_report_before_christmas_skips_three_bank_holidays(policy):
    result = policy.triage("other_repair", {}, at("2026-12-23T10:00"))
    skipped = [
        day
        for day in ("2026-12-25", "2026-12-28", "2027-01-01")
        if policy.calendar.bank_holiday_name(datetime.fromisoformat(day).date())
    ]
    assert len(skipped) == 3
    assert (
        policy.calendar.working_days_between(datetime(2026, 12, 23).date(), result.target_by.date())
        == 28
    )


# (category, facts given, questions expected, provisional tier while unknown)
UNKNOWN_FACTS = [
    ("water_supply", {}, ["total_loss"], "one_day"),
    ("electricity_supply", {}, ["total_loss"], "one_day"),
    ("toilet", {}, ["other_working_toilet"], "one_day"),
    ("handyperson", {}, ["vulnerable"], "handyperson"),
    ("asb", {}, ["asb_high_risk"], "asb"),
    ("water_supply", {"total_loss": None}, ["total_loss"], "one_day"),
    ("heating_hot_water", {}, [], "one_day"),
]


@pytest.mark.parametrize(("category", "facts", "questions", "tier"), UNKNOWN_FACTS)
def test_an_unknown_fact_is_asked_and_meanwhile_the_faster_tier_stands(
    policy, category, facts, questions, tier
):
    result = policy.triage(category, facts, WINTER)
    assert [q.fact for q in result.questions] == questions
    assert result.tier.code == tier
    assert all(q.text.endswith("?") for q in result.questions)


def test_unknown_asb_risk_takes_the_one_working_day_contact_target(policy):
    result = policy.triage("asb", {}, WINTER)
    assert result.target_by == at("2026-12-09T17:00")


def test_a_complaint_carries_its_acknowledgement_date(policy):
    result = policy.triage("complaint", {}, WINTER)
    assert result.target_by == at("2026-12-22T17:00")
    assert [(m.name, m.due) for m in result.milestones] == [
        ("acknowledge_by", at("2026-12-15T17:00"))
    ]


def test_an_unknown_category_is_refused(policy):
    with pytest.raises(UnknownCategory):
        policy.triage("spaceship", {}, WINTER)


# Policies beside the default prove the rules are configuration, not code.
@pytest.mark.parametrize(
    ("policy_file", "category", "facts", "tier", "target_by"),
    [
        ("papworth.yml", "gas_smell", {}, "emergency", "2026-12-09T10:00"),
        ("papworth.yml", "tap", {}, "urgent", "2026-12-15T17:00"),
        ("papworth.yml", "other_repair", {}, "routine", "2027-01-07T17:00"),
        ("papworth.yml", "major_works", {}, "major", "2027-02-06T17:00"),
        ("kensington_chelsea.yml", "gas_smell", {}, "emergency", "2026-12-08T14:00"),
        ("kensington_chelsea.yml", "other_repair", {}, "routine", "2027-01-08T17:00"),
    ],
)
def test_other_landlords_policies_load_from_configuration(
    policy_file, category, facts, tier, target_by
):
    other = load_policy(POLICIES / policy_file)
    result = other.triage(category, facts, WINTER)
    assert (result.tier.code, result.target_by) == (tier, at(target_by))


@pytest.mark.parametrize(
    ("policy_file", "slower_than_statute"),
    [
        ("default.yml", {"roof_leak", "extractor_fan"}),
        ("kensington_chelsea.yml", {"roof_leak", "extractor_fan"}),
        (
            "papworth.yml",
            {
                "water_supply",
                "electricity_supply",
                "heating_hot_water",
                "blocked_sink_bath",
                "tap",
                "handrail",
                "rotten_floor_stairs",
                "roof_leak",
                "extractor_fan",
            },
        ),
    ],
)
def test_rules_slower_than_the_1994_schedule_are_reported_on_load(
    policy_file, slower_than_statute, caplog
):
    with caplog.at_level("WARNING"):
        loaded = load_policy(POLICIES / policy_file)
    assert {s.category for s in loaded.shortfalls} == slower_than_statute
    for category in slower_than_statute:
        assert any(f"category '{category}'" in r.getMessage() for r in caplog.records)


def test_a_policy_faster_than_the_statute_reports_nothing():
    faster = parse_policy(
        {
            "tiers": {"fast": {"target": {"hours": 24}}},
            "questions": {"total_loss": "Is the whole home affected?"},
            "categories": {"roof_leak": {"rules": [{"tier": "fast", "reason": "quick"}]}},
        }
    )
    assert faster.shortfalls == ()


@pytest.mark.parametrize(
    ("broken", "complaint"),
    [
        ({"tiers": {}}, "tiers must be a non-empty mapping"),
        (
            {
                "tiers": {"t": {"target": {"fortnights": 2}}},
                "questions": {"x": "?"},
                "categories": {"c": {"rules": [{"tier": "t", "reason": "r"}]}},
            },
            "unknown target unit",
        ),
        (
            {
                "tiers": {"t": {"target": {"hours": 4}}},
                "questions": {"x": "?"},
                "categories": {"c": {"rules": [{"tier": "nope", "reason": "r"}]}},
            },
            "unknown tier",
        ),
        (
            {
                "tiers": {"t": {"target": {"hours": 4}}},
                "questions": {"x": "?"},
                "categories": {"c": {"rules": [{"when": {"x": True}, "tier": "t", "reason": "r"}]}},
            },
            "no rule of category 'c' matches",
        ),
        (
            {
                "tiers": {"t": {"target": {"hours": 4}}},
                "questions": {"x": "?"},
                "categories": {"c": {"rules": [{"when": {"y": True}, "tier": "t", "reason": "r"}]}},
            },
            "no question is defined for fact 'y'",
        ),
    ],
)
def test_a_broken_policy_is_refused_with_a_clear_message(broken, complaint):
    with pytest.raises(PolicyError, match=complaint):
        parse_policy(broken)
