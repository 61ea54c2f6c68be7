"""The report: from the tenant's words to a triaged, recorded and booked repair.

`report_form` asks only what is still unknown, one question at a time, in this order:
1. the problem (category), if the first message did not say;
2. the facts the backend's triage asks for (`questions`), unless the tenant already said;
3. who the tenant is (door number, postcode, name), unless the channel identified them;
4. for a rechargeable repair, the tenant's agreement to pay;
5. an appointment from the slots offered.
Between answers, `advance` makes the backend calls that are due (triage, create the repair,
fetch slots) and says what they mean. Safety advice comes first, before any question.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions import backend
from bot.actions.answers import UNKNOWN, yes_no
from bot.actions.booking import (
    DECLINED,
    FAILED,
    ask_which_appointment,
    book_or_move,
    extract_choice,
    offer_slots,
    slots_to_offer,
)
from bot.actions.context import (
    EMERGENCY_CATEGORIES,
    GENERAL_REPAIR,
    category_of_intent,
    channel,
    conversation_id,
    latest_confidence,
    latest_intent,
    latest_metadata,
    latest_text,
    ranking_of,
    tenant_from_metadata,
)
from bot.actions.formatting import (
    reason_sentence,
    short_target_time,
    spoken_reference,
    target_time,
)
from bot.actions.identity import IdentityFormValidation, identity_resolved, identity_slots_needed
from bot.actions.languages import language_of
from bot.actions.proof import proven_by_channel
from bot.nlu.faults import complaint_to_offer, faults_in, other_faults, same_repair
from bot.nlu.hazards import EMERGENCY_CATEGORIES as DANGERS
from bot.nlu.hazards import (
    danger_to_ask,
    emergency_category,
    emergency_in_doubt,
    next_danger_to_ask,
    smoke_alarm_sounding,
    violence_at_home,
)
from bot.nlu.keywords import asks_to_complain, communal_repair, extract_facts
from bot.nlu.languages import abuse_in

FACTS = ("total_loss", "other_working_toilet", "vulnerable", "asb_high_risk")
# The one safety question's answer, a slot per emergency (asked as `utter_ask_danger_<name>`).
DANGER_SLOTS = tuple(f"danger_{danger}" for danger in DANGERS)
UNCLEAR = "?"
# Unclear descriptions before the report is recorded as a general repair (never loop).
MAX_UNCLEAR_CATEGORY = 3
MAX_UNCLEAR_ANSWER = 2
# How sure the classifier must be for a reply mid-report to count as a new emergency.
CONFIDENT = 0.9
# How sure the classifier must be that a message in the middle of a question is a new problem.
NEW_PROBLEM = 0.8
# A second fault intent at least this likely means the classifier is torn: ask, don't guess.
TORN = 0.3
MAX_CHOICES = 3
CHOOSE = "?choose"
FASTEST = "?fastest"

# Slots that belong to one report and are cleared when a new one starts.
REPORT_SLOTS = (
    "category",
    "category_label",
    "description",
    *FACTS,
    "danger_question",
    *DANGER_SLOTS,
    "pending_facts",
    "triage_status",
    "priority",
    "priority_label",
    "target_by",
    "target_description",
    "reason",
    "emergency",
    "reference",
    "bookable",
    "needs_recharge",
    "recharge_agreed",
    "booking_slot",
    "offered_slots",
    "booking_id",
    "booking_label",
    "unclear_answers",
    "mentioned_faults",
    "mentioned_fault",
    "mentioned_category",
    "report_mentioned",
    "category_choices",
    "transfer_offer",
    "booking_wanted",
)

TRIAGE_RESPONSES = {
    "damp_mould": "utter_triage_damp_mould",
    "asb": "utter_triage_asb",
    "complaint": "utter_triage_complaint",
}
# Reports that are not repairs: never made the report in hand in place of a repair.
NOT_REPAIRS = frozenset({"complaint", "asb"})
DUE_WITHIN_A_DAY = frozenset({"emergency", "one_day"})
LOGGED_RESPONSES = {"asb": "utter_asb_logged", "complaint": "utter_complaint_logged"}
# On a text, the reply that records the report tells its triage too, in the route's own words
# (domain.yml's `channel: sms` variants): an inspection by a date, when the anti-social behaviour
# team will be in touch, a complaint's answer, a charge to agree to.
SMS_LOGGED_RESPONSES = {**LOGGED_RESPONSES, "damp_mould": "utter_damp_mould_logged"}
RECHARGE_LOGGED = "utter_recharge_logged"


def logged_response(category: str, repair: dict[str, Any], on_sms: bool) -> str:
    """The response that tells a recorded (not emergency) report: on the web and the phone the
    triage has been told already; on a text this one message carries both."""
    if not on_sms:
        return LOGGED_RESPONSES.get(category, "utter_repair_logged")
    if repair.get("needs_recharge_agreement") and not repair.get("recharge_agreed"):
        return RECHARGE_LOGGED
    return SMS_LOGGED_RESPONSES.get(category, "utter_repair_logged")


def given_identity(slots: dict[str, Any]) -> dict[str, str]:
    """The name and address a reporter we could not match gave ("Flat 6, RM7 7DR"), for the
    report's record: the repairs desk checks them and matches the report to a tenant."""
    address = ", ".join(str(slots[name]) for name in ("door_number", "postcode") if slots.get(name))
    given = {"given_address": address[:200]} if address else {}
    if slots.get("tenant_name"):
        given["given_name"] = str(slots["tenant_name"])[:120]
    return given


def report_required_slots(slots: dict[str, Any]) -> list[str]:
    """What the report form still needs, given what is known (pure: slots in, names out).

    Once a report is recorded and settled, any other fault the tenant mentioned in the same
    message is offered, one at a time (`report_mentioned`)."""
    required = this_report_slots(slots)
    settled = all(slots.get(slot) is not None for slot in required)
    if settled and slots.get("reference") and slots.get("mentioned_faults"):
        return [*required, "report_mentioned"]
    return required


def this_report_slots(slots: dict[str, Any]) -> list[str]:
    """What the report in hand still needs."""
    required = ["category"]
    if not slots.get("category"):
        return required
    if danger_pending(slots):
        return [*required, f"danger_{slots['danger_question']}"]
    status = slots.get("triage_status")
    if status == "questions":
        return required + [f for f in slots.get("pending_facts") or [] if f in FACTS]
    if status != "final":  # not triaged yet, or the backend is down: nothing more to ask
        return required
    # A caller in an emergency is offered the emergency line before any question about them.
    if slots.get("emergency") and slots.get("report_channel") == "voice":
        if slots.get("transfer_offer") is None:
            return [*required, "transfer_offer"]
        required.append("transfer_offer")
    if slots.get("identity_status") == "unavailable":
        return required
    if not identity_resolved(slots):
        needed = identity_slots_needed(slots)
        return required + (needed or ["contact_phone"])
    if not slots.get("reference") or slots.get("tenant_id") is None:
        return required
    if slots.get("emergency") or not slots.get("bookable"):
        return required
    if slots.get("needs_recharge"):
        required.append("recharge_agreed")
        if slots.get("recharge_agreed") is not True:
            return required
    # A text keeps its first reply short (reference and target): the appointments are listed
    # in their own message, once the tenant says they want one.
    if slots.get("report_channel") == "sms" and slots.get("booking_slot") is None:
        if slots.get("booking_wanted") is None:
            return [*required, "booking_wanted"]
        required.append("booking_wanted")
    return [*required, "booking_slot"]


def unsure_between(tracker: Tracker) -> list[str]:
    """The categories the classifier is torn between, when it is (else empty).

    Torn: a second fault intent ranks close behind the first. Not when the safety nets decided
    (they set a confidence of 1), when the message is in another language, or when it names
    several faults (each is handled in turn instead)."""
    message = tracker.latest_message or {}
    top = message.get("intent") or {}
    top_category = category_of_intent(top.get("name"))
    if not top_category or top_category in EMERGENCY_CATEGORIES or top.get("confidence", 0) >= 1:
        return []
    if language_of(tracker) or len(faults_in(latest_text(tracker))) > 1:
        return []
    rivals = [
        category_of_intent(r.get("name"))
        for r in message.get("intent_ranking") or []
        if r.get("name") != top.get("name") and r.get("confidence", 0) >= TORN
    ]
    rivals = [c for c in rivals if c and c not in EMERGENCY_CATEGORIES][: MAX_CHOICES - 1]
    return [top_category, *rivals] if rivals else []


def offer_categories(dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
    """Asks which of the likely categories it is, as buttons and numbered options."""
    choices = unsure_between(tracker)
    try:
        labels = backend.new_client().categories()
    except (backend.BackendUnavailable, backend.BackendError):
        labels = {}
    buttons = [
        {"title": labels.get(c, c.replace("_", " ").capitalize()), "payload": f"/report_{c}"}
        for c in choices
    ]
    buttons.append({"title": "Something else", "payload": "/report_problem"})
    dispatcher.utter_message(response="utter_choose_category", buttons=buttons)
    return {"category": None, "category_choices": choices, "description": latest_text(tracker)}


def chosen_category(tracker: Tracker, choices: list[str]) -> str | None:
    """The category picked from those offered: a button, a number, or a clear new description."""
    picked = category_of_intent(latest_intent(tracker))
    text = latest_text(tracker).strip().lower()
    number = re.fullmatch(r"\D{0,10}?([1-9])\D{0,10}", text)
    if number and int(number.group(1)) <= len(choices):
        return choices[int(number.group(1)) - 1]
    if picked in choices or picked in EMERGENCY_CATEGORIES:
        return picked
    if picked and latest_confidence(tracker) >= CONFIDENT:
        return picked
    return None


def triage_known(
    client: backend.BackendClient,
    category: str,
    facts: dict[str, bool],
    reported_at: str | None,
    tenant_id: int | None,
) -> dict[str, Any]:
    """The backend's triage. The assistant knows every landlord's categories; one this
    landlord's policy lacks (Papworth's `major_works` under Havering's) is triaged, and then
    recorded, as a general repair rather than lost."""
    try:
        return client.triage(category, facts, reported_at, tenant_id)
    except backend.BackendError as error:
        if error.code != "unknown_category" or category == GENERAL_REPAIR:
            raise
        return client.triage(GENERAL_REPAIR, facts, reported_at, tenant_id)


def told_with_reference(slots: dict[str, Any]) -> bool:
    """On a text, whether the triage is told in the same message as the reference (the repair
    is recorded in this very turn), so the first reply leads with the reference and target and
    fits in two SMS segments. Every route: a triage with words of its own (damp and mould, a
    recharge, ASB, a complaint) has them in its SMS confirmation (`logged_response`)."""
    return identity_resolved(slots) and not slots.get("reference")


def household(slots: dict[str, Any], channel_name: str) -> int | None:
    """The tenancy whose recorded circumstances (an older or disabled household) may decide the
    tier: only once the person has proved who they are. A caller known by caller ID alone has
    not (it can be spoofed), and a tier could give away what the record says; they are asked."""
    if slots.get("identity_proven") or proven_by_channel(slots, channel_name):
        return slots.get("tenant_id")
    return None


def guessed_emergency(tracker: Tracker, category: str, text: str) -> bool:
    """The classifier alone reads an emergency: no danger words state it (the safety net raises
    what they state). A guess is asked about, never dispatched on its own."""
    return category_of_intent(latest_intent(tracker)) == category and not emergency_category(text)


# The classifier's next emergency is worth the second question from this confidence.
SECOND_GUESS = 0.05


def second_danger_question(tracker: Tracker, denied: str) -> str | None:
    """After a "no" to the one safety question, when it asked about an emergency the classifier
    guessed or the words told in doubt (not the ordinary question for the repair): the next
    danger, asked once ("not gas, but is it the carbon monoxide alarm?")."""
    text = tracker.get_slot("description") or latest_text(tracker)
    ranking = ranking_of(tracker, text)
    guessed = category_of_intent(ranking[0].get("name")) if ranking else None
    if denied not in (guessed, emergency_category(text)):
        return None
    answered = {d for d in DANGERS if tracker.get_slot(f"danger_{d}") is not None} | {denied}
    if len(answered) > 1:
        return None  # two questions at most
    # The classifier's next emergency counts ("the small machine on the wall says CO" read as
    # electrical first), after the words' own danger and before what the message names.
    guesses = [
        category_of_intent(r.get("name"))
        for r in ranking
        if r.get("confidence", 0.0) >= SECOND_GUESS
    ]
    return next_danger_to_ask(text, answered, guesses)


def best_ordinary_reading(tracker: Tracker) -> str:
    """The best-ranked category of the latest message that is not an emergency."""
    for ranked in (tracker.latest_message or {}).get("intent_ranking") or []:
        category = category_of_intent(ranked.get("name"))
        if category and category not in EMERGENCY_CATEGORIES:
            return category
    return GENERAL_REPAIR


def more_urgent(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether triage result `first` must be attended before `second`."""
    if bool(first.get("emergency")) != bool(second.get("emergency")):
        return bool(first.get("emergency"))
    try:
        return datetime.fromisoformat(first["target_by"]) < datetime.fromisoformat(
            second["target_by"]
        )
    except (KeyError, TypeError, ValueError):
        return False


def danger_pending(slots: dict[str, Any]) -> bool:
    """The safety question is still to be answered (triage waits for it)."""
    question = slots.get("danger_question")
    return bool(question) and slots.get(f"danger_{question}") is None


def emergency_mentioned(tracker: Tracker) -> str | None:
    """The emergency the latest message reports in the middle of a report, if it surely does.

    A reply to a question is read as an answer: a classifier's unsure guess must not turn
    "can I check with my flatmate first?" into a gas emergency. Danger words (the safety net)
    or a confident classifier are sure enough."""
    category = category_of_intent(latest_intent(tracker))
    if category not in EMERGENCY_CATEGORIES:
        return None
    if emergency_category(latest_text(tracker)) or latest_confidence(tracker) >= CONFIDENT:
        return category
    return None


def new_report_slots(tracker: Tracker) -> dict[str, Any]:
    """A fresh report from the latest message: old report slots cleared, what it says kept."""
    slots: dict[str, Any] = dict.fromkeys(REPORT_SLOTS)
    slots["unclear_answers"] = 0
    text = latest_text(tracker)
    if category_of_intent(latest_intent(tracker)):
        slots["description"] = text
    slots.update(extract_facts(text))
    slots["report_channel"] = channel(tracker)
    metadata = latest_metadata(tracker)
    if metadata.get("reported_at"):
        slots["reported_at"] = metadata["reported_at"]
    if tracker.get_slot("tenant_id") is None:
        slots.update(tenant_from_metadata(metadata))
    return slots


class ValidateReportForm(IdentityFormValidation):
    """Extraction, validation and the backend calls of `report_form`."""

    questions = {"booking_slot": ask_which_appointment}

    def name(self) -> str:
        return "validate_report_form"

    def form_slots(self, slots: dict[str, Any]) -> list[str]:
        return report_required_slots(slots)

    def start(self, tracker: Tracker) -> dict[str, Any]:
        return new_report_slots(tracker)

    def restarts(self, tracker: Tracker) -> bool:
        # Danger mentioned mid-report: safety first, and the report becomes the emergency.
        raised = emergency_mentioned(tracker)
        return raised is not None and raised != tracker.get_slot("category")

    # --- the problem ------------------------------------------------------------------------
    async def extract_category(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        category = category_of_intent(latest_intent(tracker))
        choices = tracker.get_slot("category_choices") or []
        if choices and tracker.get_slot("category") is None:
            return {"category": chosen_category(tracker, choices) or FASTEST}
        if category and tracker.get_slot("category") is None:
            return {"category": CHOOSE if unsure_between(tracker) else category}
        emergency = emergency_mentioned(tracker)
        if emergency:
            return {"category": emergency}
        if tracker.get_slot("category"):
            return self._note_new_problem(dispatcher, tracker)
        if tracker.get_slot("requested_slot") == "category":
            return {"category": UNCLEAR}
        return {}

    @staticmethod
    def _note_new_problem(dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        """A new problem told in the middle of a question is kept, and offered once this
        report is done, instead of replacing it or being lost (danger restarts the report)."""
        category = category_of_intent(latest_intent(tracker))
        text = latest_text(tracker)
        asked = tracker.get_slot("requested_slot")
        mentioned = list(tracker.get_slot("mentioned_faults") or [])
        if (
            asked in (None, "category")
            or not category
            or same_repair(category, tracker.get_slot("category") or "")
            or latest_confidence(tracker) < NEW_PROBLEM
            or yes_no(latest_intent(tracker), text) is not None
            or any(same_repair(category, fault["category"]) for fault in mentioned)
        ):
            return {}
        dispatcher.utter_message(response="utter_new_problem_noted")
        return {"mentioned_faults": [*mentioned, {"category": category, "text": text}]}

    def validate_category(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value == CHOOSE:
            return offer_categories(dispatcher, tracker)
        choices = tracker.get_slot("category_choices") or []
        if value == FASTEST:  # "I don't know" to the choice: the likeliest (never an emergency)
            value = choices[0]
        if value != UNCLEAR:
            # After a choice, the tenant's own words are still the first message.
            text = tracker.get_slot("description") if choices else latest_text(tracker)
            text = text or latest_text(tracker)
            language = language_of(tracker)
            # Danger to people comes before anything about the repair (999 and the helpline's
            # numbers read in any language).
            if violence_at_home(text) or (language and abuse_in(text, language)):
                # "We will make your door safe today" only where a way in was forced.
                door = value == "insecure_entry"
                dispatcher.utter_message(
                    response="utter_safety_violence" if door else "utter_safety_abuse"
                )
            # An emergency guessed from words that touch on nothing of it, or told as over or
            # mistaken ("the engineer made it safe"), is asked about: the best ordinary reading
            # stands unless the tenant says yes (or doesn't know).
            asked = None
            if (
                value in EMERGENCY_CATEGORIES
                and not choices
                and not language
                and (guessed_emergency(tracker, value, text) or emergency_in_doubt(text))
            ):
                # (The danger the words state, when they state one, is the one to ask about:
                # "the leak was fixed, but the ceiling is bulging" is the ceiling.)
                asked = emergency_category(text) or value
                value = best_ordinary_reading(tracker)
            others = other_faults(text, value)
            if asked or (emergency_in_doubt(text) and not language):
                # An emergency in doubt is the one question, never a fault reported after.
                doubtful = [f.category for f in others if f.category in EMERGENCY_CATEGORIES]
                others = [f for f in others if f.category not in EMERGENCY_CATEGORIES]
                if value not in EMERGENCY_CATEGORIES:
                    asked = asked or next(iter(doubtful), None)
            if value in EMERGENCY_CATEGORIES:
                if language:  # their own language first, then English for anyone with them
                    dispatcher.utter_message(response=f"utter_safety_{value}_{language}")
                dispatcher.utter_message(response=f"utter_safety_{value}")
            elif smoke_alarm_sounding(text):
                dispatcher.utter_message(response="utter_safety_fire")
            elif value == "other_repair" and (shared := communal_repair(text)):
                # A lift, communal light or fence: who looks after it, then the report is logged.
                dispatcher.utter_message(response=f"utter_communal_repair_{shared}")
            if language:
                dispatcher.utter_message(response=f"utter_interpreter_{language}")
            return {
                "category": value,
                "description": text,
                "danger_question": asked or (None if language else danger_to_ask(text, value)),
                "mentioned_faults": [
                    {"category": f.category, "text": f.text}
                    for f in [*others, complaint_to_offer(text, value)]
                    if f
                ],
                "category_choices": None,
                "unclear_answers": 0,
            }
        count = int(tracker.get_slot("unclear_answers") or 0) + 1
        if count >= MAX_UNCLEAR_CATEGORY:
            dispatcher.utter_message(response="utter_category_general")
            return {"category": GENERAL_REPAIR, "unclear_answers": 0}
        intent = latest_intent(tracker)
        if intent == "dont_know":
            dispatcher.utter_message(response="utter_dont_know_help")
        elif intent == "help":
            dispatcher.utter_message(response="utter_help")
        else:
            dispatcher.utter_message(response="utter_category_unclear")
        return {"category": None, "unclear_answers": count}

    # --- the facts the policy asks for -------------------------------------------------------
    @staticmethod
    def _fact_answer(fact: str, tracker: Tracker) -> dict[str, Any]:
        text = latest_text(tracker)
        if tracker.get_slot("requested_slot") == fact:
            answer = yes_no(latest_intent(tracker), text)
            if answer is None:
                answer = extract_facts(text).get(fact, UNCLEAR)
            return {fact: answer}
        stated = extract_facts(text).get(fact)
        if stated is not None and tracker.get_slot(fact) is None:
            return {fact: stated}
        return {}

    def _validate_fact(
        self, fact: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        if value in (True, False):
            return {fact: value, "unclear_answers": 0}
        count = int(tracker.get_slot("unclear_answers") or 0) + 1
        if value == UNKNOWN or count >= MAX_UNCLEAR_ANSWER:
            dispatcher.utter_message(response="utter_fact_unknown")
            return {fact: UNKNOWN, "unclear_answers": 0}
        dispatcher.utter_message(response="utter_answer_yes_no")
        return {fact: None, "unclear_answers": count}

    async def extract_total_loss(self, dispatcher, tracker, domain) -> dict[str, Any]:
        return self._fact_answer("total_loss", tracker)

    async def extract_other_working_toilet(self, dispatcher, tracker, domain) -> dict[str, Any]:
        return self._fact_answer("other_working_toilet", tracker)

    async def extract_vulnerable(self, dispatcher, tracker, domain) -> dict[str, Any]:
        return self._fact_answer("vulnerable", tracker)

    async def extract_asb_high_risk(self, dispatcher, tracker, domain) -> dict[str, Any]:
        return self._fact_answer("asb_high_risk", tracker)

    def validate_total_loss(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        return self._validate_fact("total_loss", value, dispatcher, tracker)

    def validate_other_working_toilet(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        return self._validate_fact("other_working_toilet", value, dispatcher, tracker)

    def validate_vulnerable(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        return self._validate_fact("vulnerable", value, dispatcher, tracker)

    def validate_asb_high_risk(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        return self._validate_fact("asb_high_risk", value, dispatcher, tracker)

    # --- the one safety question ------------------------------------------------------------
    def extract_danger(self, danger: str, tracker: Tracker) -> dict[str, Any]:
        slot = f"danger_{danger}"
        if tracker.get_slot("requested_slot") != slot:
            return {}
        text = latest_text(tracker)
        if emergency_category(text) == danger:  # "yes, it smells of gas"
            return {slot: True}
        answer = yes_no(latest_intent(tracker), text)
        return {slot: UNCLEAR if answer is None else answer}

    def validate_danger(
        self, danger: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        slot = f"danger_{danger}"
        if value is False:
            # The danger the tenant has said no to is not a fault to report after, nor first.
            mentioned = tracker.get_slot("mentioned_faults") or []
            kept = [fault for fault in mentioned if fault.get("category") != danger]
            return {
                slot: False,
                "unclear_answers": 0,
                "mentioned_faults": kept,
                "danger_question": second_danger_question(tracker, danger) or danger,
            }
        if value == UNCLEAR:
            count = int(tracker.get_slot("unclear_answers") or 0) + 1
            if count < MAX_UNCLEAR_ANSWER:
                dispatcher.utter_message(response="utter_answer_yes_no")
                return {slot: None, "unclear_answers": count}
            value = UNKNOWN  # no clear "no" is not a no: err towards safety
        if value == UNKNOWN:
            dispatcher.utter_message(response="utter_danger_unknown")
        dispatcher.utter_message(response=f"utter_safety_{danger}")
        return {slot: value, "category": danger, "unclear_answers": 0}

    # --- the emergency line, offered to a caller ------------------------------------------------
    async def extract_transfer_offer(self, dispatcher, tracker, domain) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != "transfer_offer":
            return {}
        return {"transfer_offer": yes_no(latest_intent(tracker), latest_text(tracker)) is True}

    def validate_transfer_offer(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        if value is True:  # said rather than keyed: the voice relay puts the call through
            dispatcher.utter_message(json_message={"transfer": "emergency"})
        return {"transfer_offer": bool(value)}

    # --- the other faults the tenant mentioned -------------------------------------------------
    async def extract_report_mentioned(self, dispatcher, tracker, domain) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != "report_mentioned":
            return {}
        answer = yes_no(latest_intent(tracker), latest_text(tracker))
        return {"report_mentioned": UNCLEAR if answer is None else answer}

    def validate_report_mentioned(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        mentioned = list(tracker.get_slot("mentioned_faults") or [])
        if not mentioned:
            return {"report_mentioned": None, "mentioned_faults": []}
        fault, rest = mentioned[0], mentioned[1:]
        if value == UNCLEAR:
            count = int(tracker.get_slot("unclear_answers") or 0) + 1
            if count < MAX_UNCLEAR_ANSWER:
                dispatcher.utter_message(response="utter_answer_yes_no")
                return {"report_mentioned": None, "unclear_answers": count}
        if value is not True:
            dispatcher.utter_message(response="utter_mentioned_not_reported")
            return {"report_mentioned": None, "mentioned_faults": rest, "unclear_answers": 0}
        # A new report in the same conversation, from the words the tenant already wrote.
        slots: dict[str, Any] = dict.fromkeys(REPORT_SLOTS)
        text, category = fault["text"], fault["category"]
        slots.update(extract_facts(text))
        if category in EMERGENCY_CATEGORIES:
            dispatcher.utter_message(response=f"utter_safety_{category}")
        return slots | {
            "category": category,
            "description": text,
            "danger_question": danger_to_ask(text, category),
            "mentioned_faults": rest,
            "unclear_answers": 0,
        }

    # --- recharge agreement and the appointment ----------------------------------------------
    async def extract_recharge_agreed(self, dispatcher, tracker, domain) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != "recharge_agreed":
            return {}
        answer = yes_no(latest_intent(tracker), latest_text(tracker))
        return {"recharge_agreed": UNCLEAR if answer in (None, UNKNOWN) else answer}

    def validate_recharge_agreed(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        reference = tracker.get_slot("reference")
        if value is False:
            dispatcher.utter_message(response="utter_recharge_declined", reference=reference)
            return {"recharge_agreed": False, "unclear_answers": 0}
        if value is not True:
            count = int(tracker.get_slot("unclear_answers") or 0) + 1
            if count >= MAX_UNCLEAR_ANSWER:  # no clear agreement is no agreement
                dispatcher.utter_message(response="utter_recharge_declined", reference=reference)
                return {"recharge_agreed": False, "unclear_answers": 0}
            dispatcher.utter_message(response="utter_answer_yes_no")
            return {"recharge_agreed": None, "unclear_answers": count}
        try:
            backend.new_client().agree_recharge(reference, tracker.get_slot("tenant_id"))
        except (backend.BackendUnavailable, backend.BackendError):
            dispatcher.utter_message(response="utter_booking_unavailable")
            return {"recharge_agreed": FAILED}
        dispatcher.utter_message(response="utter_recharge_agreed")
        return {"recharge_agreed": True, "unclear_answers": 0}

    async def extract_booking_wanted(self, dispatcher, tracker, domain) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != "booking_wanted":
            return {}
        answer = yes_no(latest_intent(tracker), latest_text(tracker))
        return {"booking_wanted": UNCLEAR if answer in (None, UNKNOWN) else answer}

    def validate_booking_wanted(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        if value is False:
            reference = tracker.get_slot("reference")
            dispatcher.utter_message(response="utter_booking_declined", reference=reference)
            return {"booking_wanted": False, "booking_slot": DECLINED, "unclear_answers": 0}
        # Yes, or an answer that is neither: the appointments say more than a second question.
        return {"booking_wanted": True, "unclear_answers": 0}

    async def extract_booking_slot(self, dispatcher, tracker, domain) -> dict[str, Any]:
        return extract_choice(tracker)

    def validate_booking_slot(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        return book_or_move(value, dispatcher, tracker)

    # --- the backend calls that are due ------------------------------------------------------
    def advance(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        """Triage, then record the repair, then fetch slots: each once it is due."""
        slots = tracker.slots
        changed: dict[str, Any] = {}

        def apply(updates: dict[str, Any]) -> None:
            slots.update(updates)
            changed.update(updates)

        if not slots.get("category") or danger_pending(slots):
            return changed
        client = backend.new_client()
        if slots.get("triage_status") not in ("final", "failed"):
            apply(self._triage(dispatcher, client, tracker))
        if slots.get("triage_status") != "final" or not identity_resolved(slots):
            return changed
        offered_with_repair = None
        if not slots.get("reference"):
            updates, offered_with_repair = self._create_repair(dispatcher, client, tracker)
            apply(updates)
        if (
            "booking_slot" in report_required_slots(slots)
            and slots.get("booking_slot") is None
            and slots.get("offered_slots") is None
        ):
            apply(offer_slots(dispatcher, client, slots, channel(tracker), offered_with_repair))
        mentioned = slots.get("mentioned_faults") or []
        if mentioned and slots.get("mentioned_fault") != mentioned[0]["text"]:
            # (The category picks the question's wording: a complaint is offered as one.)
            apply(
                {
                    "mentioned_fault": mentioned[0]["text"],
                    "mentioned_category": mentioned[0]["category"],
                }
            )
        return changed

    def _triage(
        self, dispatcher: CollectingDispatcher, client: backend.BackendClient, tracker: Tracker
    ) -> dict[str, Any]:
        slots = tracker.slots
        facts = {f: slots[f] for f in FACTS if slots.get(f) in (True, False)}
        try:
            tenant_id = household(slots, channel(tracker))
            result = triage_known(
                client, slots["category"], facts, slots.get("reported_at"), tenant_id
            )
            # Ranked again once the policy's questions are answered: an anti-social behaviour
            # report that is not high risk comes after the hot water it was told with.
            ranked = (
                self._most_urgent_first(client, slots, result, tenant_id)
                if slots.get("triage_status") in (None, "questions")
                and slots.get("mentioned_faults")
                else {}
            )
        except (backend.BackendUnavailable, backend.BackendError):
            dispatcher.utter_message(response="utter_backend_down")
            return {"triage_status": "failed"}
        if ranked:
            result = ranked.pop("result")
            if result["category"] in EMERGENCY_CATEGORIES:
                dispatcher.utter_message(response=f"utter_safety_{result['category']}")
        updates: dict[str, Any] = ranked | {
            "category": result["category"],
            "category_label": result.get("category_label"),
            "priority": result["priority"],
            "priority_label": result.get("priority_label"),
            "target_by": result["target_by"],
            "target_description": result.get("target_description"),
            "reason": result.get("reason"),
            "emergency": bool(result.get("emergency")),
            "bookable": bool(result.get("bookable")),
            "needs_recharge": bool(result.get("needs_recharge_agreement")),
        }
        pending = [
            q["fact"]
            for q in result.get("questions", [])
            if q.get("fact") in FACTS and slots.get(q["fact"]) is None
        ]
        if pending:
            return updates | {"pending_facts": pending, "triage_status": "questions"}
        on_sms = slots.get("report_channel") == "sms"
        if not (on_sms and told_with_reference(slots)):
            self._tell_triage(dispatcher, result)
        if slots.get("identity_status") == "phone" and slots.get("first_name") and not on_sms:
            # (A text is answered to the number on file: no need to say so and spend a segment.)
            dispatcher.utter_message(
                response="utter_identified_by_phone", first_name=slots["first_name"]
            )
        return updates | {"pending_facts": [], "triage_status": "final"}

    @staticmethod
    def _most_urgent_first(
        client: backend.BackendClient,
        slots: dict[str, Any],
        result: dict[str, Any],
        tenant_id: int | None,
    ) -> dict[str, Any]:
        """When another fault in the message is more urgent, it becomes this report and this
        one joins the faults to offer afterwards. Empty when the report in hand comes first."""
        mentioned = list(slots.get("mentioned_faults") or [])
        # A complaint gives way to a repair it mentions that is still to do and due sooner
        # ("still no hot water, ur engineer never came"): the repair is recorded first and the
        # complaint offered after it. One asked for in so many words gives way only to a repair
        # due within a day ("I want to make a complaint... the drain's blocked again, toilet
        # water coming up"): the tap that was never fixed is what the complaint is about. A
        # repair already done is only the complaint's history (`bot.nlu.faults.other_faults`).
        asked_to_complain = result.get("category") == "complaint" and asks_to_complain(
            slots.get("description") or ""
        )
        best, best_index = result, None
        for index, fault in enumerate(mentioned):
            if fault["category"] in NOT_REPAIRS:
                continue  # a complaint or a neighbour is offered after the repair, never first
            if slots.get(f"danger_{fault['category']}") is False:
                continue  # a danger the tenant said no to
            # The facts the message stated ("no power anywhere") count for every fault in it.
            facts = {f: slots[f] for f in FACTS if slots.get(f) in (True, False)}
            other = triage_known(
                client, fault["category"], facts, slots.get("reported_at"), tenant_id
            )
            if asked_to_complain and other.get("priority") not in DUE_WITHIN_A_DAY:
                continue
            if more_urgent(other, best):
                best, best_index = other, index
        if best_index is None:
            return {}
        fault = mentioned.pop(best_index)
        own_words = next(
            (
                f.text
                for f in faults_in(slots.get("description") or "")
                if same_repair(f.category, result["category"])
            ),
            slots.get("description") or result["category"],
        )
        mentioned.insert(0, {"category": result["category"], "text": own_words})
        return {
            "result": best,
            "danger_question": None,
            "mentioned_faults": mentioned,
            "description": slots.get("description") or fault["text"],
        }

    @staticmethod
    def _tell_triage(dispatcher: CollectingDispatcher, result: dict[str, Any]) -> None:
        words = {
            "reason": result.get("reason", ""),
            "reason_sentence": reason_sentence(result.get("reason")),
            "target_time": target_time(result.get("target_by")),
            "target_description": result.get("target_description", ""),
            "priority_label": result.get("priority_label", ""),
        }
        if result.get("emergency"):
            response = "utter_triage_emergency"
        elif result.get("priority") == "tenant_responsibility":
            response = "utter_triage_tenant_responsibility"
        else:
            response = TRIAGE_RESPONSES.get(result["category"], "utter_triage_result")
        dispatcher.utter_message(response=response, **words)

    def _create_repair(
        self, dispatcher: CollectingDispatcher, client: backend.BackendClient, tracker: Tracker
    ) -> tuple[dict[str, Any], list[dict[str, Any]] | None]:
        """The repair recorded (slots to set), and the appointments the backend offered with it
        (None when it offered none: not bookable now, or no tenant to book for)."""
        slots = tracker.slots
        payload: dict[str, Any] = {
            "category": slots["category"],
            "facts": {f: slots[f] for f in FACTS if slots.get(f) in (True, False)},
            "description": slots.get("description") or slots["category"],
            "channel": channel(tracker),
            "conversation_id": conversation_id(tracker),
        }
        if slots.get("reported_at"):
            payload["reported_at"] = slots["reported_at"]
        if slots.get("tenant_id") is not None:
            payload["tenant_id"] = slots["tenant_id"]
            payload["offer_slots"] = slots_to_offer(channel(tracker))
        else:
            # Someone we could not match: the desk matches them from what they told us (issue 13).
            payload.update(given_identity(slots))
        if slots.get("contact_phone") not in (None, "none"):
            payload["contact_phone"] = slots["contact_phone"]
        # One key per report in this conversation: a retried turn cannot make a second repair.
        count = int(slots.get("reports_made") or 0)
        key = f"{conversation_id(tracker)}:repair:{count + 1}"
        try:
            repair = client.create_repair(payload, key)
        except (backend.BackendUnavailable, backend.BackendError):
            dispatcher.utter_message(response="utter_backend_down")
            return {"triage_status": "failed"}, None
        reference = repair["reference"]
        words = {
            "reference": reference,
            "reference_spoken": spoken_reference(reference),
            "target_time": target_time(repair.get("target_by")),
            "target_short": short_target_time(repair.get("target_by")),
            "target_description": repair.get("target_description", ""),
            "category_label": repair.get("category_label") or slots.get("category_label") or "",
            "reason_sentence": reason_sentence(repair.get("reason") or slots.get("reason")),
        }
        category = repair.get("category", slots["category"])
        if repair.get("emergency"):
            dispatcher.utter_message(response="utter_emergency_logged", **words)
            if slots.get("tenant_id") is None:
                no_phone = slots.get("contact_phone") in (None, "none")
                dispatcher.utter_message(
                    response="utter_emergency_call_us"
                    if no_phone
                    else "utter_emergency_we_will_call"
                )
        else:
            on_sms = slots.get("report_channel") == "sms"
            dispatcher.utter_message(response=logged_response(category, repair, on_sms), **words)
            if repair.get("bookable") and slots.get("tenant_id") is None:
                dispatcher.utter_message(response="utter_booking_without_tenancy")
        updates: dict[str, Any] = {
            "reference": reference,
            "reports_made": count + 1,
            "priority": repair.get("priority", slots.get("priority")),
            "target_by": repair.get("target_by", slots.get("target_by")),
            "emergency": bool(repair.get("emergency")),
            "bookable": bool(repair.get("bookable")),
            "needs_recharge": bool(repair.get("needs_recharge_agreement"))
            and not repair.get("recharge_agreed"),
        }
        return updates, repair.get("slots")


def _danger_methods(danger: str) -> tuple[Any, Any]:
    async def extract(self, dispatcher, tracker, domain) -> dict[str, Any]:
        return self.extract_danger(danger, tracker)

    def validate(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        return self.validate_danger(danger, value, dispatcher, tracker)

    return extract, validate


# `extract_danger_<name>` and `validate_danger_<name>`, as the form's loop looks them up.
for _danger in DANGERS:
    _extract, _validate = _danger_methods(_danger)
    setattr(ValidateReportForm, f"extract_danger_{_danger}", _extract)
    setattr(ValidateReportForm, f"validate_danger_{_danger}", _validate)
