"""The assistant's categories come from the landlords' policies (`backend/policies/*.yml`).

The policies are the one source: their categories, all landlords together, are the assistant's
`report_<category>` intents. Rasa needs the list written out in two places, the domain's intents
and the rule that starts a report, so `make train` rewrites those two lists from the policies
first (`python -m bot.categories --write`); `--check` (and bot/tests/test_category_lists.py)
fails when they, or the training data (one file per category, `bot/data/nlu/reports/`), disagree.

Adding a category: add it to a policy, write `bot/data/nlu/reports/<category>.yml` with its
`report_<category>` examples, then `make train`. Pure Python and YAML: the policies are read as
data, no backend code is imported.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
POLICIES = ROOT / "backend/policies"
DOMAIN = ROOT / "domain.yml"
REPORT_RULES = ROOT / "bot/data/rules/report.yml"
REPORTS_NLU = ROOT / "bot/data/nlu/reports"
REPORT_PREFIX = "report_"
# "I want to report a repair": a report with no category yet (the form asks for one).
ANY_REPORT = "report_problem"

# The generated lines: in the domain, `- report_<c>` items of `intents:`; in the rule, the
# `- intent: report_<c>` alternatives of its `or:`. Each is one unbroken run of lines.
_DOMAIN_LINE = re.compile(rf"^- {REPORT_PREFIX}(?!problem\b)\w+$")
_RULE_LINE = re.compile(rf"^    - intent: {REPORT_PREFIX}(?!problem\b)\w+$")


def read_policy(path: Path, seen: tuple[Path, ...] = ()) -> dict:
    """A policy file with what it `extends` merged in (categories add to the parent's; the
    parent's rules move onto this policy's tiers through `tier_map`), as the backend reads it."""
    if path.resolve() in seen:
        raise ValueError(f"policy {path} extends itself")
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if "extends" not in raw:
        return raw
    parent = read_policy(path.parent / raw.pop("extends"), (*seen, path.resolve()))
    tier_map = raw.pop("tier_map", {}) or {}
    categories = {
        code: {
            **spec,
            "rules": [{**r, "tier": tier_map.get(r["tier"], r["tier"])} for r in spec["rules"]],
        }
        for code, spec in (parent.get("categories") or {}).items()
    }
    categories.update(raw.pop("categories", {}) or {})
    return {**parent, **raw, "categories": categories}


def policies(folder: Path = POLICIES) -> dict[str, dict]:
    """Every landlord's policy by file name, the default first."""
    paths = sorted(folder.glob("*.yml"), key=lambda p: (p.stem != "default", p.stem))
    return {path.stem: read_policy(path) for path in paths}


def all_categories(folder: Path = POLICIES) -> tuple[str, ...]:
    """The categories of all the policies: the default's in its order, then any other
    landlord's own (e.g. Papworth's `major_works`) in the order of the files."""
    seen: dict[str, None] = {}
    for policy in policies(folder).values():
        seen.update(dict.fromkeys(policy.get("categories") or {}))
    return tuple(seen)


def report_intents(categories: tuple[str, ...]) -> list[str]:
    return [f"{REPORT_PREFIX}{category}" for category in categories]


def _replace_run(text: str, pattern: re.Pattern[str], lines: list[str], where: str) -> str:
    """`text` with its one run of lines matching `pattern` replaced by `lines`."""
    old = text.split("\n")
    hits = [i for i, line in enumerate(old) if pattern.match(line)]
    if not hits:
        raise ValueError(f"{where}: no list of report intents to rewrite")
    first, last = hits[0], hits[-1]
    if hits != list(range(first, last + 1)):
        raise ValueError(f"{where}: the report intents must be one unbroken list")
    return "\n".join([*old[:first], *lines, *old[last + 1 :]])


def render_domain(text: str, categories: tuple[str, ...]) -> str:
    lines = [f"- {intent}" for intent in report_intents(categories)]
    return _replace_run(text, _DOMAIN_LINE, lines, "domain.yml")


def render_rules(text: str, categories: tuple[str, ...]) -> str:
    lines = [f"    - intent: {intent}" for intent in report_intents(categories)]
    return _replace_run(text, _RULE_LINE, lines, "bot/data/rules/report.yml")


def stale_files(write: bool = False) -> list[Path]:
    """The generated files that differ from the policies (rewritten when `write`)."""
    categories = all_categories()
    stale = []
    for path, render in ((DOMAIN, render_domain), (REPORT_RULES, render_rules)):
        text = path.read_text(encoding="utf-8")
        wanted = render(text, categories)
        if wanted != text:
            stale.append(path)
            if write:
                path.write_text(wanted, encoding="utf-8")
    return stale


def missing_training_data() -> list[str]:
    """Categories with no `bot/data/nlu/reports/<category>.yml`."""
    return [c for c in all_categories() if not (REPORTS_NLU / f"{c}.yml").is_file()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="rewrite the lists that differ")
    args = parser.parse_args(argv)
    stale = stale_files(write=args.write)
    for path in stale:
        verb = "rewrote" if args.write else "differs from the policies:"
        print(f"{verb} {path.relative_to(ROOT)}")
    missing = missing_training_data()
    for category in missing:
        print(f"no training data for {category}: write bot/data/nlu/reports/{category}.yml")
    return 1 if missing or (stale and not args.write) else 0


if __name__ == "__main__":
    sys.exit(main())
