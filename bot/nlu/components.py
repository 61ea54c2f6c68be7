"""Rasa graph components that run after the intent classifier.

- `RepairConfidencePooler`: the classifier spreads its belief over some thirty fault intents;
  when the top intent is a fault and the fault intents together are likely, the message is a
  repair report even if no single fault is, so it must not fall back to "sorry, I didn't get
  that". The pooled probability becomes the top intent's confidence (the ranking is kept).
- `SecuritySafetyNet`: a window or outside door that will not shut or lock raises a slower
  report (or a fallback) to the one-day insecure-entry report; it never lowers anything.
- `EmergencySafetyNet`: danger words (`bot.nlu.keywords.emergency_category`) raise the intent to
  the matching emergency report whatever the classifier said; it never lowers anything.

In `config.yml` the pooler comes after the classifier and before `FallbackClassifier`; the safety
net comes last, so that it also raises a message the fallback gave up on.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.keywords import EMERGENCY_CATEGORIES, emergency_category, leaves_home_insecure

logger = logging.getLogger(__name__)

REPORT_PREFIX = "report_"


def _is_report(intent_name: str | None) -> bool:
    return bool(intent_name) and intent_name.startswith(REPORT_PREFIX)


def _is_payload(text: str | None) -> bool:
    return bool(text) and text.startswith("/")


class _PostClassifier(GraphComponent):
    """Shared construction for the stateless components below."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.component_config = config

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> _PostClassifier:
        return cls(config)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class RepairConfidencePooler(_PostClassifier):
    """Gives a fault intent the pooled confidence of all fault intents."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"min_pooled": 0.5}

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            if _is_payload(message.get(TEXT)) or not _is_report(intent.get("name")):
                continue
            ranking = message.get(INTENT_RANKING_KEY) or []
            pooled = sum(r.get("confidence", 0.0) for r in ranking if _is_report(r.get("name")))
            if pooled < self.component_config["min_pooled"] or pooled <= intent["confidence"]:
                continue
            pooled_intent = {"name": intent["name"], "confidence": min(pooled, 1.0)}
            message.set(INTENT, pooled_intent, add_to_output=True)
            # The ranking leads with the same intent, so the fallback's ambiguity check
            # compares the pooled report with the best intent that is not a report.
            rest = [r for r in ranking if r.get("name") != intent["name"]]
            message.set(INTENT_RANKING_KEY, [pooled_intent, *rest], add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class EmergencySafetyNet(_PostClassifier):
    """Raises a message with danger words to the emergency report; never lowers."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if _is_payload(text):
                continue
            category = emergency_category(text)
            if category is None:
                continue
            current = (message.get(INTENT) or {}).get("name")
            if _is_report(current) and current[len(REPORT_PREFIX) :] in EMERGENCY_CATEGORIES:
                continue  # already an emergency: the classifier's category stands
            _raise_to(message, f"{REPORT_PREFIX}{category}")
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SecuritySafetyNet(_PostClassifier):
    """A window or outside door that will not shut or lock is a one-day repair: raises a slower
    or unrecognised report to `report_insecure_entry`; never touches any other intent."""

    RAISES_FROM = ("report_doors_windows_frames", "report_other_repair", "nlu_fallback")

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            current = (message.get(INTENT) or {}).get("name")
            if _is_payload(text) or current not in self.RAISES_FROM:
                continue
            if leaves_home_insecure(text):
                _raise_to(message, f"{REPORT_PREFIX}insecure_entry")
        return messages


def _raise_to(message: Message, intent_name: str) -> None:
    current = (message.get(INTENT) or {}).get("name")
    raised = {"name": intent_name, "confidence": 1.0}
    ranking = [raised] + [
        r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != intent_name
    ]
    message.set(INTENT, raised, add_to_output=True)
    message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
    logger.info("Safety net raised %r to %s", current, intent_name)
