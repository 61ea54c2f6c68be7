"""The first reply to a report by text costs at most two SMS segments and carries the reference,
for every category of every landlord's policy, with the longest dates there are; and every English
text the assistant can send by SMS is GSM-7 (one curly quote or en dash would make it UCS-2, 70
characters a segment). Built from domain.yml's SMS variants and each policy's own labels (the
assistant's choice of responses is bot/tests/test_sms_first_reply.py; with real Rasa,
tests/e2e/test_sms_first_reply.py)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from backend.domain.policy import load_policy
from bot.assistant_client import AssistantMessage
from telephony.sms import render
from telephony.sms_text import is_gsm, segments

ROOT = Path(__file__).resolve().parents[2]
RESPONSES = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
OTHER_LANGUAGES = re.compile(r"_(pl|ro|bn|ur|pa|ar|so|tr|pt|es)$")
REFERENCE = "HR-123456"
# bot/actions/formatting.py at their longest.
LONGEST_TARGET_TIME = "12 noon on Wednesday 30 September"
LONGEST_SHORT_TIME = "12 noon Wed 30 Sep"
# The triage has words of its own for these (told before the reference, as on the web).
OWN_WORDS = {"damp_mould", "asb", "complaint"}


def sms_variant(name: str) -> dict:
    variants = RESPONSES[name]
    return next((v for v in variants if v.get("channel") == "sms"), variants[0])


def said(name: str, **words: str) -> AssistantMessage:
    variant = sms_variant(name)
    return AssistantMessage(variant["text"].format(**words), tuple(variant.get("buttons", ())))


def first_reply(policy_path: Path, category: str) -> list[AssistantMessage] | None:
    policy = load_policy(policy_path)
    reported = datetime(2026, 12, 8, 10, tzinfo=ZoneInfo("Europe/London"))
    result = policy.triage(category, {}, reported)
    if category in OWN_WORDS or result.tier.needs_recharge_agreement:
        return None
    words = {
        "reference": REFERENCE,
        "target_time": LONGEST_TARGET_TIME,
        "target_short": LONGEST_SHORT_TIME,
        "target_description": result.target_description,
        "category_label": result.category.label,
        "emergency_phone": "0800 123 4567",
    }
    if result.tier.emergency:
        advice = f"utter_safety_{category}"  # (only dangers have it: not Papworth's 24 hours)
        safety = [said(advice)] if advice in RESPONSES else []
        return [*safety, said("utter_emergency_logged", **words)]
    messages = [said("utter_repair_logged", **words)]
    if result.tier.bookable:
        messages.append(said("utter_ask_booking_wanted"))
    return messages


CASES = [
    (path, category)
    for path in sorted((ROOT / "backend/policies").glob("*.yml"))
    for category in load_policy(path).categories
]


@pytest.mark.parametrize(("policy", "category"), CASES, ids=[f"{p.stem}-{c}" for p, c in CASES])
def test_the_first_reply_to_a_report_by_text_is_two_segments_at_most(app, policy, category):
    messages = first_reply(policy, category)
    if messages is None:
        pytest.skip("told in its own words before the reference")
    with app.app_context():
        bodies, _options = render(messages, max_segments=4)
    assert sum(segments(body) for body in bodies) <= 2, bodies
    assert REFERENCE in "\n".join(bodies)


@pytest.mark.parametrize("name", [n for n in RESPONSES if not OTHER_LANGUAGES.search(n)], ids=str)
def test_every_english_text_the_assistant_can_send_by_sms_is_gsm_7(name):
    text = sms_variant(name).get("text", "")
    assert is_gsm(text), [c for c in text if not is_gsm(c)]
