"""The first reply to a report by text costs at most two SMS segments and carries the reference,
for every outcome of every category of every landlord's policy, with the longest dates there are;
and every English text the assistant can send by SMS is GSM-7 (one curly quote or en dash would
make it UCS-2, 70 characters a segment). Built from domain.yml's SMS variants and each policy's own
labels and reasons (the assistant's choice of responses is bot/tests/test_sms_first_reply.py; with
real Rasa, tests/e2e/test_sms_first_reply.py).

Each route's first reply tells its triage in its own words beside the reference: a damp and mould
report is an inspection by a date (never a fix), a rechargeable repair gives the policy's words
about the charge and asks for the tenant's agreement, anti-social behaviour and complaints say when
we will be in touch. The reference of those two is never in a conversation
(backend/domain/disclosure.py): the reply says it comes in a separate text, and it does (the
report's confirmation, telephony/notifications.py, tested within two segments in
test_notifications.py)."""

from __future__ import annotations

import itertools
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from flask import Flask

from backend.domain.disclosure import is_confidential
from backend.domain.policy import IN_HEATING_SEASON, load_policy
from bot.actions.formatting import reason_sentence
from bot.assistant_client import AssistantMessage
from telephony.notifications import REPORTED_TEMPLATES, ROUTE_BY_TIER
from telephony.sms import render
from telephony.sms_text import is_gsm, segments

ROOT = Path(__file__).resolve().parents[2]
RESPONSES = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
OTHER_LANGUAGES = re.compile(r"_(pl|ro|bn|ur|pa|ar|so|tr|pt|es)$")
REFERENCE = "HR-123456"
# bot/actions/formatting.py at their longest.
LONGEST_TARGET_TIME = "12 noon on Wednesday 30 September"
LONGEST_SHORT_TIME = "12 noon Wed 30 Sep"
# In the heating season and out of it (heating_hot_water's tier depends on it).
REPORTED = {
    "winter": datetime(2026, 12, 8, 10, tzinfo=ZoneInfo("Europe/London")),
    "summer": datetime(2026, 6, 9, 10, tzinfo=ZoneInfo("Europe/London")),
}
# bot/actions/report_form.py's SMS_LOGGED_RESPONSES and RECHARGE_LOGGED.
LOGGED = {
    "asb": "utter_asb_logged",
    "complaint": "utter_complaint_logged",
    "damp_mould": "utter_damp_mould_logged",
}
SEPARATE_TEXT = "its reference comes in a separate text"


def sms_variant(name: str) -> dict:
    variants = RESPONSES[name]
    return next((v for v in variants if v.get("channel") == "sms"), variants[0])


def said(name: str, **words: str) -> AssistantMessage:
    variant = sms_variant(name)
    return AssistantMessage(variant["text"].format(**words), tuple(variant.get("buttons", ())))


def triaged(policy_path: Path, category: str, facts: dict[str, bool], season: str):
    return load_policy(policy_path).triage(category, facts, REPORTED[season])


def first_reply(result) -> list[AssistantMessage]:
    """What report_form sends on a text once a known tenant's report is recorded (the triage is
    told in the same message as the reference), then what follows in the same turn: the question
    it asks next, or, when the report needs nothing more, the rule's "anything else?"."""
    category, tier = result.category.code, result.tier
    words = {
        "reference": REFERENCE,
        "target_time": LONGEST_TARGET_TIME,
        "target_short": LONGEST_SHORT_TIME,
        "target_description": result.target_description,
        "category_label": result.category.label,
        "reason_sentence": reason_sentence(result.reason),
        "emergency_phone": "0800 123 4567",
    }
    bookable = tier.bookable and result.category.trade is not None
    if tier.emergency:
        advice = f"utter_safety_{category}"  # (only dangers have it: not Papworth's 24 hours)
        safety = [said(advice)] if advice in RESPONSES else []
        return [*safety, said("utter_emergency_logged", **words), said("utter_anything_else")]
    if tier.needs_recharge_agreement:
        logged = said("utter_recharge_logged", **words)
    else:
        logged = said(LOGGED.get(category, "utter_repair_logged"), **words)
    if tier.needs_recharge_agreement and bookable:
        return [logged, said("utter_ask_recharge_agreed")]
    if bookable:
        return [logged, said("utter_ask_booking_wanted")]
    return [logged, said("utter_anything_else")]


def outcomes(policy_path: Path, category: str) -> list[tuple[dict[str, bool], str]]:
    """Every answer to the category's questions (and, where a rule asks, in and out of the
    heating season)."""
    rules = load_policy(policy_path).categories[category].rules
    needed = list(dict.fromkeys(f for rule in rules for f in rule.when if f != IN_HEATING_SEASON))
    seasonal = any(IN_HEATING_SEASON in rule.when for rule in rules)
    return [
        (dict(zip(needed, values, strict=True)), season)
        for values in itertools.product((True, False), repeat=len(needed))
        for season in (REPORTED if seasonal else ["winter"])
    ]


@pytest.fixture(scope="module")
def sms_app() -> Flask:
    """What telephony.sms.render reads (the numbers a transfer offers), without a database."""
    app = Flask(__name__)
    app.config.update(EMERGENCY_PHONE="0800 123 4567", LANDLORD_PHONE="01708 434343")
    return app


CASES = [
    (path, category, facts, season)
    for path in sorted((ROOT / "backend/policies").glob("*.yml"))
    for category in load_policy(path).categories
    for facts, season in outcomes(path, category)
]
IDS = ["-".join([p.stem, c, *(f"{k}={v}" for k, v in f.items()), s]) for p, c, f, s in CASES]


@pytest.mark.parametrize(("policy", "category", "facts", "season"), CASES, ids=IDS)
def test_the_first_reply_to_a_report_by_text_is_two_segments_at_most(
    sms_app, policy, category, facts, season
):
    result = triaged(policy, category, facts, season)
    assert not result.questions  # every question answered: this is the final triage
    with sms_app.app_context():
        bodies, _options = render(first_reply(result), max_segments=4)
    whole = "\n".join(bodies)
    assert sum(segments(body) for body in bodies) <= 2, bodies
    if is_confidential(result.tier.code):
        # Never in a conversation; the report's confirmation text carries it.
        assert REFERENCE not in whole and SEPARATE_TEXT in whole, bodies
        assert "{reference}" in REPORTED_TEMPLATES[ROUTE_BY_TIER[result.tier.code]]
        assert "999" in whole or result.tier.code == "complaint", bodies
    else:
        assert REFERENCE in whole, bodies
        if not result.tier.emergency:  # (an emergency's safety advice comes first)
            assert whole.index(REFERENCE) <= len("(1/2) Ref "), bodies  # it leads
    assert LONGEST_SHORT_TIME in whole, bodies  # and what happens by when


@pytest.mark.parametrize(
    ("policy", "category", "facts", "season"),
    [c for c in CASES if c[1] == "damp_mould"],
    ids=[i for c, i in zip(CASES, IDS, strict=True) if c[1] == "damp_mould"],
)
def test_a_damp_and_mould_text_says_we_inspect_by_the_date_not_fix(policy, category, facts, season):
    result = triaged(policy, category, facts, season)
    assert result.tier.code == "ten_day"
    text = "\n".join(m.text for m in first_reply(result))
    assert f"inspect your home by {LONGEST_SHORT_TIME}" in text, text
    assert "fix" not in text.lower() and "Target:" not in text, text


RECHARGEABLE = [
    (c, i) for c, i in zip(CASES, IDS, strict=True) if triaged(*c).tier.needs_recharge_agreement
]


@pytest.mark.parametrize(
    ("policy", "category", "facts", "season"),
    [c for c, _ in RECHARGEABLE],
    ids=[i for _, i in RECHARGEABLE],
)
def test_a_rechargeable_text_gives_the_policys_charge_and_asks_for_agreement(
    policy, category, facts, season
):
    result = triaged(policy, category, facts, season)
    messages = first_reply(result)
    text = "\n".join(m.text for m in messages)
    # The policy's own words about the charge (where a policy states its price, it is there).
    assert reason_sentence(result.reason) in text, text
    assert "charge" in reason_sentence(result.reason)
    assert messages[-1].text == "Do you agree to pay the charge? Reply YES or NO."
    assert text.index(REFERENCE) < text.index("agree to pay")


@pytest.mark.parametrize("name", [n for n in RESPONSES if not OTHER_LANGUAGES.search(n)], ids=str)
def test_every_english_text_the_assistant_can_send_by_sms_is_gsm_7(name):
    text = sms_variant(name).get("text", "")
    assert is_gsm(text), [c for c in text if not is_gsm(c)]
