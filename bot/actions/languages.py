"""A message in another language with no danger words: the phone number and a free interpreter,
in that language (the texts are `utter_interpreter_<code>` in domain.yml)."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.context import latest_entity
from bot.nlu.languages import SUPPORTED


def language_of(tracker: Tracker) -> str | None:
    """The supported language the latest message was written in, if not English."""
    code = latest_entity(tracker, "language")
    return code if code in SUPPORTED else None


class ActionOtherLanguage(Action):
    def name(self) -> str:
        return "action_other_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        code = language_of(tracker)
        dispatcher.utter_message(response=f"utter_interpreter_{code}" if code else "utter_help")
        return []
