"""The priority policy: which tier a repair is, by when, and why, from a landlord's YAML file.

Rules are tried in order; the first whose conditions hold decides. A condition on a fact nobody has
told us yet is not guessed away: the result names the question to ask, and meanwhile takes the
fastest of the outcomes still possible, so a tenant is never under-prioritised for our ignorance.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import yaml

from backend.domain.calendar import WorkingCalendar
from backend.domain.statute import RIGHT_TO_REPAIR_1994, StatutoryRepair

log = logging.getLogger(__name__)

IN_HEATING_SEASON = "in_heating_season"


class PolicyError(ValueError):
    """The policy file is not a valid policy."""


class UnknownCategory(LookupError):
    """The category is not one this policy knows."""


@dataclass(frozen=True)
class Target:
    hours: float | None = None
    working_days: int | None = None
    calendar_days: int | None = None

    @classmethod
    def parse(cls, raw: Mapping[str, Any], where: str) -> Target:
        if not isinstance(raw, Mapping) or len(raw) != 1:
            raise PolicyError(f"{where}: a target is one of hours, working_days or calendar_days")
        ((unit, amount),) = raw.items()
        if unit not in ("hours", "working_days", "calendar_days"):
            raise PolicyError(f"{where}: unknown target unit {unit!r}")
        if not isinstance(amount, (int, float)) or amount <= 0:
            raise PolicyError(f"{where}: {unit} must be a positive number")
        return cls(**{unit: amount})

    def due(self, reported_at: datetime, calendar: WorkingCalendar) -> datetime:
        if self.hours is not None:
            return calendar.add_hours(reported_at, self.hours)
        if self.working_days is not None:
            return calendar.add_working_days(reported_at, self.working_days)
        return calendar.add_calendar_days(reported_at, int(self.calendar_days or 0))

    def describe(self) -> str:
        if self.hours is not None:
            hours = int(self.hours) if float(self.hours).is_integer() else self.hours
            return f"within {hours} hour{'s' if hours != 1 else ''}"
        if self.working_days is not None:
            n = self.working_days
            return f"within {n} working day{'s' if n != 1 else ''}"
        n = self.calendar_days
        return f"within {n} day{'s' if n != 1 else ''}"


@dataclass(frozen=True)
class Tier:
    code: str
    label: str
    target: Target
    rank: int
    emergency: bool = False
    bookable: bool = True
    needs_recharge_agreement: bool = False
    milestones: tuple[tuple[str, Target], ...] = ()


@dataclass(frozen=True)
class Rule:
    tier: str
    reason: str
    when: Mapping[str, bool] = field(default_factory=dict)
    target: Target | None = None

    def matches(self, facts: Mapping[str, bool]) -> bool:
        return all(facts.get(name) == wanted for name, wanted in self.when.items())


@dataclass(frozen=True)
class Category:
    code: str
    label: str
    trade: str | None
    rules: tuple[Rule, ...]

    @property
    def facts_needed(self) -> tuple[str, ...]:
        names: dict[str, None] = {}
        for rule in self.rules:
            for name in rule.when:
                if name != IN_HEATING_SEASON:
                    names[name] = None
        return tuple(names)


@dataclass(frozen=True)
class Question:
    fact: str
    text: str


@dataclass(frozen=True)
class Milestone:
    name: str
    due: datetime


@dataclass(frozen=True)
class TriageResult:
    category: Category
    tier: Tier
    reason: str
    reported_at: datetime
    target_by: datetime
    target_description: str
    questions: tuple[Question, ...] = ()
    milestones: tuple[Milestone, ...] = ()

    @property
    def provisional(self) -> bool:
        return bool(self.questions)


@dataclass(frozen=True)
class StatutoryShortfall:
    """A rule of the policy that is slower than the 1994 Right to Repair schedule."""

    category: str
    tier: str
    statutory: StatutoryRepair

    def __str__(self) -> str:
        return (
            f"category {self.category!r} (tier {self.tier!r}) can be slower than the "
            "Right to Repair "
            f"Regulations 1994 for '{self.statutory.description}': "
            f"{self.statutory.working_days} working day(s)"
        )


@dataclass(frozen=True)
class HeatingSeason:
    """31 October to 1 May inclusive by default: the statutory heating season."""

    starts: tuple[int, int] = (10, 31)
    ends: tuple[int, int] = (5, 1)

    def contains(self, day: date) -> bool:
        month_day = (day.month, day.day)
        if self.starts <= self.ends:
            return self.starts <= month_day <= self.ends
        return month_day >= self.starts or month_day <= self.ends


@dataclass(frozen=True)
class Policy:
    name: str
    tiers: Mapping[str, Tier]
    categories: Mapping[str, Category]
    questions: Mapping[str, str]
    calendar: WorkingCalendar = field(default_factory=WorkingCalendar)
    heating_season: HeatingSeason = field(default_factory=HeatingSeason)
    shortfalls: tuple[StatutoryShortfall, ...] = ()

    def triage(
        self, category: str, facts: Mapping[str, bool | None], reported_at: datetime
    ) -> TriageResult:
        chosen = self.categories.get(category)
        if chosen is None:
            raise UnknownCategory(category)
        reported_at = self.calendar.local(reported_at)
        known = {name: value for name, value in facts.items() if isinstance(value, bool)}
        known[IN_HEATING_SEASON] = self.heating_season.contains(reported_at.date())
        unknown = [name for name in chosen.facts_needed if name not in known]

        outcomes = []
        for values in itertools.product((True, False), repeat=len(unknown)):
            assumed = {**known, **dict(zip(unknown, values, strict=True))}
            rule = self._first_matching_rule(chosen, assumed)
            outcomes.append((assumed, rule, self._due(rule, reported_at)))

        # The fastest possible outcome stands until the tenant answers.
        _, rule, due = min(outcomes, key=lambda o: (o[2], self.tiers[o[1].tier].rank))
        questions = tuple(
            Question(name, self.questions[name])
            for name in unknown
            if self._fact_changes_outcome(name, outcomes)
        )
        tier = self.tiers[rule.tier]
        target = rule.target or tier.target
        milestones = tuple(
            Milestone(name, milestone_target.due(reported_at, self.calendar))
            for name, milestone_target in tier.milestones
        )
        return TriageResult(
            category=chosen,
            tier=tier,
            reason=rule.reason.format(tier=with_article(tier.label), target=target.describe()),
            reported_at=reported_at,
            target_by=due,
            target_description=target.describe(),
            questions=questions,
            milestones=milestones,
        )

    def _due(self, rule: Rule, reported_at: datetime) -> datetime:
        return (rule.target or self.tiers[rule.tier].target).due(reported_at, self.calendar)

    @staticmethod
    def _fact_changes_outcome(name: str, outcomes: list) -> bool:
        by_rest: dict[tuple, set] = {}
        for assumed, rule, due in outcomes:
            rest = tuple(sorted((k, v) for k, v in assumed.items() if k != name))
            by_rest.setdefault(rest, set()).add((rule.tier, rule.reason, due))
        return any(len(results) > 1 for results in by_rest.values())

    @staticmethod
    def _first_matching_rule(category: Category, facts: Mapping[str, bool]) -> Rule:
        for rule in category.rules:
            if rule.matches(facts):
                return rule
        raise PolicyError(f"no rule of category {category.code!r} matches {dict(facts)}")


def with_article(noun_phrase: str) -> str:
    lowered = noun_phrase.lower()
    # "a one-day repair", "an emergency repair": the sound decides, not the letter.
    vowel_sound = lowered[:1] in "aeiou" and not lowered.startswith(("one", "uni", "use", "eu"))
    return f"{'an' if vowel_sound else 'a'} {noun_phrase}"


# --- loading ---------------------------------------------------------------------------------


def load_policy(path: str | Path) -> Policy:
    return parse_policy(_read_with_extends(Path(path), seen=()), source=str(path))


def _read_with_extends(path: Path, seen: tuple[Path, ...]) -> dict:
    """A policy may extend another: its tiers replace the parent's, `tier_map` moves the parent's
    rules onto its own tiers, and its categories add to or replace the parent's."""
    if path.resolve() in seen:
        raise PolicyError(f"policy {path} extends itself")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise PolicyError(f"cannot read policy {path}: {error}") from error
    if not isinstance(raw, dict):
        raise PolicyError(f"{path}: a policy is a mapping")
    if "extends" not in raw:
        return raw
    parent = _read_with_extends(path.parent / raw.pop("extends"), (*seen, path.resolve()))
    tier_map = raw.pop("tier_map", {}) or {}
    categories = {
        code: {
            **spec,
            "rules": [
                {**rule, "tier": tier_map.get(rule["tier"], rule["tier"])} for rule in spec["rules"]
            ],
        }
        for code, spec in parent.get("categories", {}).items()
    }
    categories.update(raw.pop("categories", {}) or {})
    return {
        **parent,
        **raw,
        "categories": categories,
        "questions": {**parent.get("questions", {}), **(raw.get("questions") or {})},
    }


def parse_policy(raw: Any, source: str = "<policy>") -> Policy:
    if not isinstance(raw, Mapping):
        raise PolicyError(f"{source}: a policy is a mapping")
    closes_at = _parse_time(raw.get("working_day_closes_at", "17:00"), source)
    calendar = WorkingCalendar(closes_at=closes_at)
    season = (
        HeatingSeason(
            *(
                _parse_month_day(raw.get("heating_season", {}).get(end), source)
                for end in ("starts", "ends")
            )
        )
        if "heating_season" in raw
        else HeatingSeason()
    )

    tiers = {}
    for rank, (code, spec) in enumerate(_mapping(raw, "tiers", source).items()):
        where = f"{source}: tier {code}"
        tiers[code] = Tier(
            code=code,
            label=str(spec.get("label", code)),
            target=Target.parse(spec.get("target"), where),
            rank=rank,
            emergency=bool(spec.get("emergency", False)),
            bookable=bool(spec.get("bookable", True)),
            needs_recharge_agreement=bool(spec.get("needs_recharge_agreement", False)),
            milestones=tuple(
                (name, Target.parse(target, f"{where} milestone {name}"))
                for name, target in (spec.get("milestones") or {}).items()
            ),
        )

    questions = {str(k): str(v) for k, v in _mapping(raw, "questions", source).items()}
    categories = {}
    for code, spec in _mapping(raw, "categories", source).items():
        where = f"{source}: category {code}"
        rules = tuple(_parse_rule(rule, tiers, questions, where) for rule in spec.get("rules", []))
        if not rules:
            raise PolicyError(f"{where}: needs at least one rule")
        categories[code] = Category(
            code=code, label=str(spec.get("label", code)), trade=spec.get("trade"), rules=rules
        )

    policy = Policy(
        name=str(raw.get("name", source)),
        tiers=tiers,
        categories=categories,
        questions=questions,
        calendar=calendar,
        heating_season=season,
    )
    _check_every_case_has_a_rule(policy)
    shortfalls = statutory_shortfalls(policy)
    for shortfall in shortfalls:
        log.warning("policy %r: %s", policy.name, shortfall)
    return dataclasses.replace(policy, shortfalls=tuple(shortfalls))


def _parse_rule(raw: Any, tiers: Mapping[str, Tier], questions: Mapping[str, str], where: str):
    if not isinstance(raw, Mapping) or "tier" not in raw or "reason" not in raw:
        raise PolicyError(f"{where}: every rule needs a tier and a reason")
    if raw["tier"] not in tiers:
        raise PolicyError(f"{where}: unknown tier {raw['tier']!r}")
    when = dict(raw.get("when") or {})
    for name, value in when.items():
        if not isinstance(value, bool):
            raise PolicyError(f"{where}: condition {name} must be true or false")
        if name != IN_HEATING_SEASON and name not in questions:
            raise PolicyError(f"{where}: no question is defined for fact {name!r}")
    target = Target.parse(raw["target"], where) if "target" in raw else None
    return Rule(tier=raw["tier"], reason=str(raw["reason"]), when=when, target=target)


def _check_every_case_has_a_rule(policy: Policy) -> None:
    for category in policy.categories.values():
        names = [*category.facts_needed, IN_HEATING_SEASON]
        for values in itertools.product((True, False), repeat=len(names)):
            policy._first_matching_rule(category, dict(zip(names, values, strict=True)))


def statutory_shortfalls(policy: Policy) -> list[StatutoryShortfall]:
    """Rules slower than the 1994 schedule, found by comparing deadlines at sample times."""
    found: dict[tuple[str, str], StatutoryShortfall] = {}
    samples = [
        datetime.combine(day, moment, tzinfo=policy.calendar.timezone)
        for start in (date(2026, 1, 12), date(2026, 7, 13))
        for day in (start + timedelta(days=i) for i in range(14))
        for moment in (time(9, 0), time(18, 30))
    ]
    for statutory in RIGHT_TO_REPAIR_1994:
        category = policy.categories.get(statutory.category)
        if category is None:
            continue
        for reported_at in samples:
            in_season = policy.heating_season.contains(reported_at.date())
            if statutory.in_heating_season not in (None, in_season):
                continue
            facts = {**statutory.when, IN_HEATING_SEASON: in_season}
            others = [n for n in category.facts_needed if n not in facts]
            for values in itertools.product((True, False), repeat=len(others)):
                rule = policy._first_matching_rule(
                    category, {**facts, **dict(zip(others, values, strict=True))}
                )
                statutory_due = policy.calendar.end_of_nth_working_day(
                    reported_at, statutory.working_days
                )
                if policy._due(rule, reported_at) > statutory_due:
                    found[(category.code, statutory.description)] = StatutoryShortfall(
                        category.code, rule.tier, statutory
                    )
    return list(found.values())


def _mapping(raw: Mapping, key: str, source: str) -> Mapping:
    value = raw.get(key)
    if not isinstance(value, Mapping) or not value:
        raise PolicyError(f"{source}: {key} must be a non-empty mapping")
    return value


def _parse_time(value: Any, source: str) -> time:
    try:
        hours, minutes = str(value).split(":")
        return time(int(hours), int(minutes))
    except ValueError as error:
        raise PolicyError(f"{source}: working_day_closes_at must be HH:MM") from error


def _parse_month_day(value: Any, source: str) -> tuple[int, int]:
    try:
        month, day = str(value).split("-")
        date(2024, int(month), int(day))
        return int(month), int(day)
    except ValueError as error:
        raise PolicyError(f"{source}: heating_season dates must be MM-DD") from error
