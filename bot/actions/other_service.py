"""Things tenants ask the repairs line about that are not a repair to their home (pests, lifts
and communal areas, fences, rent, parking...): routed honestly to whoever deals with them,
instead of being filed under a repair category they are not."""

from __future__ import annotations

import re

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.context import latest_text

# First match wins; each topic has the response `utter_other_service_<topic>`.
TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (topic, re.compile(pattern, re.IGNORECASE))
    for topic, pattern in (
        ("lift", r"\blifts?\b|\belevator"),
        (
            "pests",
            r"\b(mice|mouse|rats?|rodents?|cockroach\w*|roach\w*|bed\s*bugs?|fleas?|wasps?|hornets?"
            r"|ants|pigeons?|squirrels?|pests?|vermin|infest\w*|droppings|moths?|silverfish)\b",
        ),
        ("communal", r"\bcommunal|\bstair\s*well|\bcorridor|\bbin\s+(store|room|chute)|\bestate\b"),
        ("fence", r"\bfenc\w*|\bgates?\b|\bboundar\w*|\bhedge"),
        ("rent", r"\brent\b|\barrears|\bhousing\s+benefit|\buniversal\s+credit|\bcouncil\s+tax"),
        ("parking", r"\bpark\w*|\bpermit|\babandoned\s+(car|vehicle)|\bgarage"),
        ("bins", r"\bbins?\b|\brubbish|\bwaste|\brecycling|\bcollection"),
        ("moving", r"\b(swap|transfer|move|moving|exchange)\b|\bhousing\s+register|\bbigger\s+"),
    )
)


def topic_of(text: str) -> str:
    """The service a message is about, or "general"."""
    return next((topic for topic, pattern in TOPICS if pattern.search(text or "")), "general")


class ActionOtherService(Action):
    """Says who deals with it and how to reach them; nothing is recorded as a repair."""

    def name(self) -> str:
        return "action_other_service"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(response=f"utter_other_service_{topic_of(latest_text(tracker))}")
        return []
