"""Rasa graph components that run after the intent classifier.

- `RepairConfidencePooler`: the classifier spreads its belief over some thirty fault intents;
  when the top intent is a fault and the fault intents together are likely, the message is a
  repair report even if no single fault is, so it must not fall back to "sorry, I didn't get
  that". The pooled probability becomes the top intent's confidence (the ranking is kept).
- `SecuritySafetyNet`: a window or outside door that will not shut or lock raises a slower
  report (or a fallback) to the one-day insecure-entry report; an inside door's lock is not that,
  and abuse with nothing broken is a report to the tenancy team (`report_asb`).
- `EmergencySafetyNet`: danger words (`bot.nlu.hazards.emergency_category`) raise the intent to
  the matching emergency report whatever the classifier said. The one thing it corrects
  downwards is a smoke alarm read as carbon monoxide: that is fire (the report form gives the
  fire advice) and a faulty alarm, an unsafe fitting, not a gas emergency.

In `config.yml` the pooler comes after the classifier and before `FallbackClassifier`; the safety
net comes last, so that it also raises a message the fallback gave up on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.faults import (
    WATER_ESCAPING,
    a_basin_not_the_toilet,
    faults_in,
    ruled_out_categories,
    same_repair,
    settled_categories,
)
from bot.nlu.hazards import (
    EMERGENCY_CATEGORIES,
    ORDINARY_FORM,
    co_alarm_expiring,
    denied_dangers,
    emergency_category,
    forced_entry,
    names_a_flue,
    smoke_alarm_fault,
    smoke_alarm_sounding,
    stated_dangers,
    threat_of_violence,
    violence_at_home,
)
from bot.nlu.keywords import (
    a_basin_not_draining,
    a_fan_without_power,
    a_pipe_leaking_not_the_heating,
    a_tap_dripping,
    a_tap_leaking_not_the_plumbing,
    a_tap_not_the_heating,
    a_worktop_not_the_plumbing,
    already_failing,
    asks_to_complain,
    bulb_to_change,
    cistern_leaking,
    communal_fault,
    communal_lights_out,
    communal_repair,
    damaged_fitting,
    drain_backing_up,
    electrics_only_a_place,
    electrics_only_denied,
    fan_not_toilet,
    fence_to_repair,
    flue_blocked,
    foul_drain,
    gas_cut_off,
    gas_works,
    hot_water_only,
    keys_lost,
    leaves_home_insecure,
    light_hanging,
    mould_denied,
    mould_stated,
    names_a_lift_or_chute,
    names_behaviour,
    names_nothing_electrical,
    names_nothing_of,
    names_only_inside_doors,
    names_only_the_toilet,
    names_something_of,
    new_rail_wanted,
    no_leak_at_all,
    nuisance_not_repair,
    only_a_leak_denied,
    overflow_running,
    own_appliance,
    pests_only,
    said_secure,
    says_not_a_complaint,
    sockets_without_power,
    sounds_like_a_complaint,
    tenant_caused,
    water_not_coming,
    water_through_the_roof,
    without_communal_doors,
    without_communal_places,
    worktop_round_the_sink,
)
from bot.nlu.languages import detect_language, fault_in, hazard_in

logger = logging.getLogger(__name__)

REPORT_PREFIX = "report_"
# What a classifier makes of a smoke alarm it has not learnt (a flue only when none is named).
_ALARM_MISREADINGS = frozenset(
    f"{REPORT_PREFIX}{category}"
    for category in (
        "carbon_monoxide",
        "electrical_danger",
        "door_entry_phone",
        "electricity_supply",
        "other_repair",
        "unsafe_electrical_fitting",
    )
)
EMERGENCY_REPORTS = frozenset(f"report_{category}" for category in EMERGENCY_CATEGORIES)


def _is_report(intent_name: str | None) -> bool:
    return bool(intent_name) and intent_name.startswith(REPORT_PREFIX)


def _is_payload(text: str | None) -> bool:
    return bool(text) and text.startswith("/")


class _PostClassifier(GraphComponent):
    """Shared construction and loop for the stateless components below: each corrects one
    message at a time, and a button's payload ("/affirm") is never theirs to correct."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.component_config = config

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if not _is_payload(text):
                self.correct(message, text, (message.get(INTENT) or {}).get("name"))
        return messages

    def correct(self, message: Message, text: str, current: str | None) -> None:
        """Sets the message's intent (and ranking) where the words call for another reading."""
        raise NotImplementedError

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

    def correct(self, message: Message, text: str, current: str | None) -> None:
        if not _is_report(current):
            return
        confidence = (message.get(INTENT) or {}).get("confidence", 0.0)
        ranking = message.get(INTENT_RANKING_KEY) or []
        pooled = sum(r.get("confidence", 0.0) for r in ranking if _is_report(r.get("name")))
        if pooled < self.component_config["min_pooled"] or pooled <= confidence:
            return
        pooled_intent = {"name": current, "confidence": min(pooled, 1.0)}
        message.set(INTENT, pooled_intent, add_to_output=True)
        # The ranking leads with the same intent, so the fallback's ambiguity check
        # compares the pooled report with the best intent that is not a report.
        rest = [r for r in ranking if r.get("name") != current]
        message.set(INTENT_RANKING_KEY, [pooled_intent, *rest], add_to_output=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class EmergencySafetyNet(_PostClassifier):
    """Raises a message with danger words to the emergency report. It lowers only where the
    tenant denies the danger the classifier guessed ("cracked and loose, no sparks"), to the
    best report that is not an emergency; the safety question still covers the fitting."""

    # A reading the classifier holds with at least this confidence is more than a guess.
    CLEAR_READING = 0.1
    # The emergencies whose advice is to get out and ring the gas emergency line.
    GAS_LINE = frozenset({"gas_smell", "carbon_monoxide"})

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def correct(self, message: Message, text: str, current: str | None) -> None:
        self._raise_on_danger_words(message, text, current)
        _ordinary_reading_second(message, text)

    def _raise_on_danger_words(self, message: Message, text: str, current: str | None) -> None:
        category = emergency_category(text)
        if category is None:
            # No danger words: a smoke alarm sounding or chirping is fire advice and a faulty
            # alarm, not a gas or electrical emergency by itself (nor an entry phone). One
            # that only chirps for a battery is a small job; one going off for nothing is a
            # faulty fitting. A CO alarm chirping for a battery is a small job too, and the
            # safety question asks whether it is sounding.
            misread = current in _ALARM_MISREADINGS or (
                current == f"{REPORT_PREFIX}blocked_flue" and not names_a_flue(text)
            )
            if misread and smoke_alarm_sounding(text):
                # Kids setting the alarm off every night are people to stop, not a fault.
                fault = "asb" if nuisance_not_repair(text) else smoke_alarm_fault(text)
                _raise_to(message, f"{REPORT_PREFIX}{fault}")
            elif current == f"{REPORT_PREFIX}carbon_monoxide" and co_alarm_expiring(text):
                _raise_to(message, f"{REPORT_PREFIX}other_repair")
            elif (
                current == f"{REPORT_PREFIX}electrical_danger"
                and "electrical_danger" in denied_dangers(text)
                and damaged_fitting(text)
            ):
                # "scorch marks round a socket, not sparking, no burning smell": the fitting.
                _raise_to(message, f"{REPORT_PREFIX}unsafe_electrical_fitting")
            elif _is_report(current) and current[len(REPORT_PREFIX) :] in denied_dangers(text):
                # "cracked socket, no sparks": the tenant denies the very danger guessed. The
                # classifier's next reading when it has one; when it has only faint ones, the
                # fault the tenant states ("not the CO alarm, but the sink is blocked"); never a
                # complaint that says nothing a complaint would.
                unsaid = () if sounds_like_a_complaint(text) else ("complaint",)
                ordinary = EMERGENCY_CATEGORIES + unsaid
                _take_next_report(message, exclude=ordinary, minimum=self.CLEAR_READING)
                if (message.get(INTENT) or {}).get("name") != current:
                    # The reading taken is corrected by the words as a first reading would be
                    # ("not flooding, it's all going down the plug hole" read as the supply: the
                    # tap that won't turn off).
                    _correct_by_the_words(message)
                    return
                stated = [f.category for f in faults_in(text) if f.category not in ordinary]
                if stated:
                    _raise_to(message, f"{REPORT_PREFIX}{stated[0]}")
                    return
                # Nothing else named: the classifier's next reading of the same kind of repair
                # ("no power in the kitchen, no burning smell": the supply), else the danger's
                # own ordinary repair, never a reading of another kind it gave a thousandth.
                danger = current[len(REPORT_PREFIX) :]
                _take_next_report(message, exclude=ordinary, kin_of=danger)
                if (message.get(INTENT) or {}).get("name") == current:
                    _raise_to(message, f"{REPORT_PREFIX}{ORDINARY_FORM[danger]}")
            return
        guessed = current[len(REPORT_PREFIX) :] if _is_report(current) else None
        if guessed in EMERGENCY_CATEGORIES and not (
            # A gas or carbon monoxide emergency the words state, read as one of another kind
            # they do not ("the small machine near the boiler... on it is written CO" read as
            # sparks), is the words': the advice is to get out and ring the gas line.
            category in self.GAS_LINE
            and guessed not in self.GAS_LINE
            and guessed not in stated_dangers(text)
        ):
            return  # already an emergency: the classifier's category stands
        _raise_to(message, f"{REPORT_PREFIX}{category}")


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SecuritySafetyNet(_PostClassifier):
    """A window or outside door that will not shut or lock is a one-day repair: raises a slower
    or unrecognised report to `report_insecure_entry`. Two corrections beside it: a lock on an
    inside door only is not the home left insecure, and abuse described with no door or window
    broken is a case for the tenancy team (`report_asb`), whatever the classifier guessed."""

    # The reports slower than one day: "the tap drips and also the front door won't lock" is
    # the door first. (A rechargeable repair stays one: the tenant's own doing is theirs to pay.)
    RAISES_FROM = (
        "report_doors_windows_frames",
        "report_other_repair",
        "report_blocked_sink_bath",
        "report_tap",
        "report_handrail",
        "report_rotten_floor_stairs",
        "report_door_entry_phone",
        "report_damp_mould",
        "report_roof_leak",
        "report_extractor_fan",
        "report_worktops",
        "other_service",
        # "no not a complaint!! my front door wont lock"
        "report_complaint",
        # "door does not lock, I am a woman alone, I am scared": the door first.
        "report_asb",
        "nlu_fallback",
    )

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def correct(self, message: Message, text: str, current: str | None) -> None:
        if violence_at_home(text) and current not in EMERGENCY_REPORTS:
            # A door someone forced is insecure even when the tenant only says what
            # happened; abuse with nothing broken (banging on the door) is a case for the
            # tenancy team.
            # (A door kicked that "still closes and locks" is secure: the tenancy team's case.
            # So is a home whose own door is untouched, the block's smashed: "he smashed the
            # glass in the communal door".)
            own = without_communal_doors(text)
            door = _names_a_door(own) and (
                (forced_entry(own) and not said_secure(own)) or leaves_home_insecure(own)
            )
            _raise_to(message, f"{REPORT_PREFIX}{'insecure_entry' if door else 'asb'}")
        elif (
            threat_of_violence(text)
            and current not in EMERGENCY_REPORTS
            and not leaves_home_insecure(without_communal_doors(text))
        ):
            # A threat to hurt someone is a case for the tenancy team, though it names the door
            # it was made at or the windows stones were thrown at.
            _raise_to(message, f"{REPORT_PREFIX}asb")
        elif current == f"{REPORT_PREFIX}insecure_entry" and said_secure(text):
            # "The front door locks fine, it's secure - it's the draught strip": not insecure.
            _raise_to(message, f"{REPORT_PREFIX}doors_windows_frames")
        elif current == f"{REPORT_PREFIX}insecure_entry" and names_only_inside_doors(text):
            # "the lock on the bathroom door doesn't work": the home itself is secure.
            _raise_to(message, f"{REPORT_PREFIX}doors_windows_frames")
        elif current in self.RAISES_FROM and leaves_home_insecure(text):
            _raise_to(message, f"{REPORT_PREFIX}insecure_entry")


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class NamedThing(_PostClassifier):
    """Readings the words themselves correct: an extractor fan in the toilet read as the
    toilet (or its water), electrics named only to say they are not involved ("a damp
    patch, nowhere near a socket") read as an electrical fault, and a thing the tenant says is
    fine read as the fault; hot water alone read as the water supply, rain through the roof
    as a pipe, neighbours' nuisance with nothing to repair as a repair, and damage the
    household did as the landlord's repair. An emergency is corrected only where the classifier
    guessed it against the words (no water coming out read as a flood, an overflow outside, a
    light hanging from its rose); the emergency safety net after this raises on any danger
    words the message states."""

    ELECTRICAL = frozenset({"report_electricity_supply", "report_unsafe_electrical_fitting"})

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    # One repair read as a close one, and the words that say which it is: (read as, the words,
    # the repair it is).
    CLOSE_REPAIRS: tuple[tuple[frozenset[str], Callable[[str], bool], str], ...] = (
        (frozenset({"toilet", "water_supply"}), fan_not_toilet, "extractor_fan"),
        (frozenset({"water_supply"}), hot_water_only, "heating_hot_water"),
        (frozenset({"blocked_sink_bath"}), drain_backing_up, "drainage"),
        (frozenset({"blocked_sink_bath"}), names_only_the_toilet, "toilet"),
        (frozenset({"blocked_sink_bath"}), worktop_round_the_sink, "worktops"),
        (frozenset({"leaking_pipe_tank"}), a_worktop_not_the_plumbing, "worktops"),
        (frozenset({"toilet"}), a_basin_not_the_toilet, "blocked_sink_bath"),
        (frozenset({"toilet"}), cistern_leaking, "leaking_pipe_tank"),
        (frozenset({"heating_hot_water", "gas_supply"}), flue_blocked, "blocked_flue"),
        (frozenset({"gas_supply"}), gas_works, "heating_hot_water"),
        (frozenset({"heating_hot_water"}), a_tap_not_the_heating, "tap"),
        (frozenset({"heating_hot_water"}), a_pipe_leaking_not_the_heating, "leaking_pipe_tank"),
        (frozenset({"water_supply"}), a_tap_dripping, "tap"),
        (frozenset({"water_supply"}), a_basin_not_draining, "blocked_sink_bath"),
        (frozenset({"leaking_pipe_tank"}), a_tap_leaking_not_the_plumbing, "tap"),
        (frozenset({"roof_leak"}), mould_stated, "damp_mould"),
        # "The OT recommended two grab rails", "a rail next to the toilet so he can stand up", "a
        # chain put on the front door and a second lock": a new rail, chain or lock is a
        # handyperson job, not a handrail (or toilet, or door) repair.
        (
            frozenset(
                {
                    "handrail",
                    "toilet",
                    "other_repair",
                    "doors_windows_frames",
                    "rotten_floor_stairs",
                }
            ),
            new_rail_wanted,
            "handyperson",
        ),
        # A lamp holder cracked, a bulb hanging: the fitting, whatever small job it was read as.
        (frozenset({"other_repair", "handyperson"}), damaged_fitting, "unsafe_electrical_fitting"),
        (
            frozenset({"electricity_supply", "unsafe_electrical_fitting"}),
            bulb_to_change,
            "handyperson",
        ),
        (frozenset({"leaking_pipe_tank", "water_supply"}), water_through_the_roof, "roof_leak"),
        (frozenset({"unsafe_electrical_fitting"}), sockets_without_power, "electricity_supply"),
        # "kitchen extractor fan made a grinding noise then stopped, no power to it now": the fan.
        (frozenset({"electricity_supply"}), a_fan_without_power, "extractor_fan"),
        # The classifier's emergency guesses that the words contradict (the safety net after
        # this raises again on any danger the words do state):
        (frozenset({"flooding"}), water_not_coming, "water_supply"),
        (frozenset({"flooding"}), overflow_running, "leaking_pipe_tank"),
        (frozenset({"structural_danger"}), light_hanging, "unsafe_electrical_fitting"),
        # "cooker switch on the wall is cracked, still works": the switch, not the wall.
        (frozenset({"structural_danger"}), damaged_fitting, "unsafe_electrical_fitting"),
        # A gas supply turned off or capped is a supply to restore; a soil stack leaking, the
        # drain. (The safety question about gas or a flood still asks.)
        (frozenset({"gas_smell", "heating_hot_water"}), gas_cut_off, "gas_supply"),
        (frozenset({"structural_danger", "flooding"}), foul_drain, "drainage"),
    )
    # Damage the household did is theirs to pay for only in the home's fabric and fittings: a
    # socket pulled out, a pipe, a lock or a toilet is made safe or working first, whoever broke it.
    RECHARGEABLE = frozenset(
        f"{REPORT_PREFIX}{category}"
        for category in (
            "other_repair",
            "doors_windows_frames",
            "rotten_floor_stairs",
            "worktops",
            "handyperson",
            # ("someone's pulled the towel rail off the bathroom wall, our fault obviously")
            "handrail",
        )
    )

    # What a lift or a rubbish chute said to be broken is read as (blocked, stuck, doors, the
    # stairs people must use instead, no light in it): a thing of the home it is not.
    LIFT_OR_CHUTE_MISREADINGS = frozenset(
        f"{REPORT_PREFIX}{category}"
        for category in (
            "blocked_sink_bath",
            "drainage",
            "rotten_floor_stairs",
            "doors_windows_frames",
            "insecure_entry",
            "electricity_supply",
            "unsafe_electrical_fitting",
        )
    )

    @classmethod
    def _stated_not_electrical(cls, text: str) -> list[str]:
        return [
            f.category
            for f in faults_in(text)
            if f"{REPORT_PREFIX}{f.category}" not in cls.ELECTRICAL
            and f.category not in EMERGENCY_CATEGORIES
        ]

    # The least a reading the words support must hold to replace one they do not.
    SUPPORTED_READING = 0.1

    def correct(self, message: Message, text: str, current: str | None) -> None:
        read_as = current[len(REPORT_PREFIX) :] if _is_report(current) else None
        if read_as and _confidence(message) < 1 and names_nothing_of(read_as, text):
            # "Every night there's banging from the flat above" read as a handrail: the words
            # name nothing of it, so the classifier's next reading that they do support is
            # taken, if it gives one with some weight.
            unsupported = _unsupported_readings(message, text)
            _take_next_report(
                message,
                exclude=(*EMERGENCY_CATEGORIES, *unsupported),
                minimum=self.SUPPORTED_READING,
            )
            current = (message.get(INTENT) or {}).get("name")
            read_as = current[len(REPORT_PREFIX) :] if _is_report(current) else None
        close = next(
            (
                right
                for readings, says, right in self.CLOSE_REPAIRS
                if read_as in readings and says(text)
            ),
            None,
        )
        if (
            current not in EMERGENCY_REPORTS
            and own_appliance(text)
            and emergency_category(text) is None
            and not threat_of_violence(text)
        ):
            # "It is my own cooker, I bring it from my old house": the tenant's to put right (we
            # can, for a charge), whichever repair the appliance's fault sounds like. (Pests are
            # another service's, not a repair: the classifier's `other_service`.)
            _raise_to(message, f"{REPORT_PREFIX}tenant_responsibility")
        elif (
            _is_report(current)
            and current not in EMERGENCY_REPORTS
            and pests_only(text)
            and not nuisance_not_repair(text)
            and not faults_in(text)
            and emergency_category(text) is None
        ):
            # "bed bugs in the mattresses" read as a handrail: pests are the pest control
            # service's, and the tenant is told who to call (`other_service`).
            _raise_to(message, "other_service")
        elif (
            communal_fault(text)
            and (
                current in ("other_service", "nlu_fallback")
                # ("communal hallway light on our floor been out for a week, pitch black" read as
                # a neighbour, with nobody said to be doing anything)
                or (current == f"{REPORT_PREFIX}asb" and not names_behaviour(text))
                # ("the rubbish chute is blocked, it stinks all down the stair well" read as the
                # stairs: the stair well is only where it is)
                or (read_as and names_nothing_of(read_as, without_communal_places(text)))
                or (current in self.ELECTRICAL and communal_repair(text) == "communal")
                or (current in self.LIFT_OR_CHUTE_MISREADINGS and names_a_lift_or_chute(text))
                # ("The lift is not working three days... Please fix": a repair, not a complaint,
                # unless the tenant asks to complain.)
                or (
                    current == f"{REPORT_PREFIX}complaint"
                    and names_a_lift_or_chute(text)
                    and not asks_to_complain(text)
                )
            )
            and _only_the_blocks(text)
        ):
            # "the lift in our block's been out for three days", "communal lights on the 8th floor
            # landing out a week": a communal repair the estates team looks after, logged for
            # them (the tenant is told who that is), not another service's or the home's wiring.
            _raise_to(message, f"{REPORT_PREFIX}other_repair")
        elif (
            communal_lights_out(text)
            and current not in (*EMERGENCY_REPORTS, f"{REPORT_PREFIX}other_repair")
            # (A complaint asked for about them stays one: "Dear Complaints Team... reported
            # four times".)
            and not (current == f"{REPORT_PREFIX}complaint" and asks_to_complain(text))
            # (The lights themselves read as a supply or a fitting are no other fault.)
            and _only_the_blocks(text, but=self.ELECTRICAL)
            # (Neighbours at it as well are the more urgent: "upstairs playin loud music til 4am
            # every nite... also the light on our stairwell is out".)
            and not names_behaviour(text)
        ):
            # "the lights on our communal landing and the stairwell have been out two weeks, it's
            # pitch black and the stairs are concrete" read as the stairs or the home's supply:
            # the block's lights, a communal repair.
            _raise_to(message, f"{REPORT_PREFIX}other_repair")
        elif close:
            _raise_to(message, f"{REPORT_PREFIX}{close}")
        elif (
            (
                current in (*self.RECHARGEABLE, f"{REPORT_PREFIX}insecure_entry")
                # ("one of the guests put his foot through the bathroom door messing about... I
                # know it's our fault" read as a neighbour: nobody is behaving badly at them)
                or (
                    current == f"{REPORT_PREFIX}asb"
                    and not names_behaviour(text)
                    and not nuisance_not_repair(text)
                    and not threat_of_violence(text)
                )
            )
            and tenant_caused(text)
            # (A board already soft and spongy that a foot went through was rotten first.)
            and not already_failing(text)
            and emergency_category(text) is None
            and not violence_at_home(text)
            and not leaves_home_insecure(text)
        ):
            # "I drilled into the wall and the plaster cracked", "my son put his foot through
            # the door": the tenant's own repair, which we can do for a charge. (A bedroom door
            # that will not latch after a kick is no way into the home.)
            _raise_to(message, f"{REPORT_PREFIX}tenant_responsibility")

        elif (
            (current in ("other_service", "nlu_fallback") or _is_report(current))
            and current not in EMERGENCY_REPORTS
            and current
            not in (
                f"{REPORT_PREFIX}tenant_responsibility",
                # ("I have received an invoice for a lock change... I did not lose my keys")
                f"{REPORT_PREFIX}complaint",
            )
            and keys_lost(text)
            and not faults_in(text)
            and not leaves_home_insecure(text)
            and not threat_of_violence(text)
            and not violence_at_home(text)
        ):
            # "I've lost my keys, I'm stood outside my flat and just want to get in", read as a
            # neighbour or a fault: a lock change or locksmith the tenant pays for.
            _raise_to(message, f"{REPORT_PREFIX}tenant_responsibility")
        elif (current == f"{REPORT_PREFIX}water_supply" and only_a_leak_denied(text)) or (
            current == f"{REPORT_PREFIX}leaking_pipe_tank" and no_leak_at_all(text)
        ):
            # "He dropped a pan in the bath and cracked it. No water is leaking": not the supply,
            # nor a leak ("the plumber checked, there is no leak: the patch is mould").
            excluded = (*sorted(WATER_ESCAPING), *EMERGENCY_CATEGORIES)
            stated = [f.category for f in faults_in(text) if f.category not in excluded]
            if stated:  # "...nothing has leaked since. But the floorboards have gone soft"
                _raise_to(message, f"{REPORT_PREFIX}{stated[0]}")
            else:
                _take_next_report(message, exclude=excluded)
            taken = (message.get(INTENT) or {}).get("name")
            if (
                taken in self.RECHARGEABLE
                and tenant_caused(text)
                and not leaves_home_insecure(text)
            ):
                # "I drilled into the wall putting up a mirror; nothing is leaking": theirs.
                _raise_to(message, f"{REPORT_PREFIX}tenant_responsibility")
        elif (
            current in self.ELECTRICAL
            and names_nothing_electrical(text)
            and self._stated_not_electrical(text)
        ):
            # An electrical reading of a message that names nothing electrical but states
            # another fault ("The WC in the en-suite is blocked"): the fault it states. (With
            # none stated, the readings below still have their say: a fence blown down.)
            _raise_to(message, f"{REPORT_PREFIX}{self._stated_not_electrical(text)[0]}")
        elif current in self.ELECTRICAL and electrics_only_denied(text):
            electrical = {name[len(REPORT_PREFIX) :] for name in self.ELECTRICAL}
            _take_next_report(message, exclude=EMERGENCY_CATEGORIES + tuple(electrical))
        elif current in self.ELECTRICAL and electrics_only_a_place(text):
            # "the plaster's coming away by the light switch, not the switch itself": the wall.
            _raise_to(message, f"{REPORT_PREFIX}other_repair")
        elif (
            current not in EMERGENCY_REPORTS
            and current != f"{REPORT_PREFIX}other_repair"
            and (current != f"{REPORT_PREFIX}asb" or not nuisance_not_repair(text))
            and fence_to_repair(text)
            and not faults_in(text)
            # ("the smoke comes back into the room... While I'm on, the latch on her back gate
            # is broken": the chimney first, the gate offered after)
            and not (read_as and names_something_of(read_as, text))
            and not threat_of_violence(text)
            and not tenant_caused(text)
        ):
            # Every tenant and every blind writer called a fence blown down a repair to log,
            # whoever's it turns out to be (the team decides): whatever the classifier made of
            # a message that names no other fault.
            _raise_to(message, f"{REPORT_PREFIX}other_repair")
        elif (
            # (Pests brought by the neighbours' rubbish, told with their parties: the neighbours.)
            (_is_report(current) or current == "other_service")
            and current not in EMERGENCY_REPORTS
            and current not in (f"{REPORT_PREFIX}asb", f"{REPORT_PREFIX}complaint")
            # (Locked out, the neighbour letting them wait in her kitchen: the tenant's to pay.)
            and not (current == f"{REPORT_PREFIX}tenant_responsibility" and tenant_caused(text))
            and (
                nuisance_not_repair(text)
                # ("the children upstairs kick the ball against my door every evening... I am
                # very tired of this" read as the tenant's own: the neighbours' doing.)
                or (
                    current == f"{REPORT_PREFIX}tenant_responsibility"
                    and names_behaviour(text)
                    and not keys_lost(text)
                    and not own_appliance(text)
                )
            )
            and not faults_in(text)
            and emergency_category(text) is None
        ):
            # Next door drilling at midnight on purpose, kids kicking balls at the window:
            # people to be stopped, nothing to repair.
            _raise_to(message, f"{REPORT_PREFIX}asb")
        elif _is_report(current) and current not in EMERGENCY_REPORTS:
            # "Not the toilet! The toilet is fine. It's the basin that's blocked": the thing the
            # tenant says is fine is not the report, the fault they state is.
            category = current[len(REPORT_PREFIX) :]
            # (Or says was put right, or is not wrong: "the leak was fixed ages ago, it's not
            # leaking now, but the bathroom floor is soft": the floor.)
            cleared = ruled_out_categories(text) | settled_categories(text)
            if category in cleared:
                stated = next(
                    (
                        fault.category
                        for fault in faults_in(text)
                        if fault.category not in cleared
                        and fault.category not in EMERGENCY_CATEGORIES
                    ),
                    None,
                )
                if stated:
                    _raise_to(message, f"{REPORT_PREFIX}{stated}")
                elif category == "damp_mould" and mould_denied(text):
                    # "tiles above the bath keep falling off... no mould or damp": the damp denied
                    # outright and nothing else named as a fault, so the classifier's next reading
                    # the words support (never the one-day security repair, which the security
                    # net alone raises to).
                    unsupported = _unsupported_readings(message, text)
                    _take_next_report(
                        message,
                        exclude=(*cleared, *EMERGENCY_CATEGORIES, "insecure_entry", *unsupported),
                    )


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class StatedComplaint(_PostClassifier):
    """ "I want to complain: three appointments and nobody came" is a complaint, though most of
    its words are about the tap. Raises a repair report (or a fallback) to `report_complaint`;
    the repair, if still wanted, is offered as another fault mentioned. And the other way: a
    complaint reading of a message that says nothing a complaint would is the best repair
    instead. An emergency is never lowered: the emergency safety net runs after this one."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def correct(self, message: Message, text: str, current: str | None) -> None:
        # Complaining about a neighbour is anti-social behaviour, not about the service.
        if current in EMERGENCY_REPORTS or current == "report_asb":
            return
        if current == f"{REPORT_PREFIX}insecure_entry" and leaves_home_insecure(text):
            # A home left open is made safe the same day; the complaint is offered after it.
            return
        # ("I want to complain about the way I was spoken to about my rent": the service.)
        complaint_about = (_is_report(current), current in ("nlu_fallback", "other_service"))
        if any(complaint_about) and asks_to_complain(text):
            _raise_to(message, f"{REPORT_PREFIX}complaint")
        elif current == f"{REPORT_PREFIX}complaint" and says_not_a_complaint(text):
            # "I'm not complaining, I just need it fixed": the fault it states, else the next
            # reading.
            stated = [
                f.category
                for f in faults_in(text)
                if f.category not in ("complaint", *EMERGENCY_CATEGORIES)
            ]
            if stated:
                _raise_to(message, f"{REPORT_PREFIX}{stated[0]}")
            else:
                _take_next_report(message, exclude=("complaint",))
        elif current == f"{REPORT_PREFIX}complaint" and not sounds_like_a_complaint(text):
            # "the lights upstairs don't work, I changed the bulbs": a repair.
            _take_next_report(message, exclude=("complaint",))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class LongMessageIsAReport(_PostClassifier):
    """Short replies ("yes", "not sure", "12 Acacia Avenue") are what the conversational intents
    are for. A long message read as one of them ("I'm a support worker for Mr D at 7 Cedar Walk,
    his heating isn't coming on...") is a report: it takes the best report intent in the
    ranking, with that intent's own confidence, rather than "Sorry, I didn't understand"."""

    CONVERSATIONAL = frozenset(
        {
            "affirm",
            "deny",
            "dont_know",
            "inform",
            "greet",
            "goodbye",
            "thanks",
            "help",
            "bot_challenge",
            "nlu_fallback",
        }
    )

    # A report the classifier gives under 0.05 is noise, not a second reading: on the team's sets
    # the long reports it rescued held 0.10 or more, and the replies it wrongly took ("I didn't
    # get a code, can you send a new one") 0.02 to 0.04.
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"min_words": 9, "min_story_words": 15, "min_report_confidence": 0.05}

    def correct(self, message: Message, text: str, current: str | None) -> None:
        words = len(text.split())
        if words < self.component_config["min_words"]:
            return
        # A long story that mentions mice in the loft and ends with the ceiling coming down
        # is a repair; "the lift is broken" stays a matter for the estates team. A question
        # about something else ("can you tell me when the next bus is") is one only when it
        # says something is wrong with something.
        long_fault = (
            current == "other_service" and words >= self.component_config["min_story_words"]
        ) or current == "out_of_scope"
        long_fault = long_fault and bool(faults_in(text))
        if current in self.CONVERSATIONAL or long_fault:
            _take_next_report(
                message, minimum=self.component_config["min_report_confidence"], exclude=()
            )


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class OtherLanguage(_PostClassifier):
    """A message in another language (`bot.nlu.languages`) carries the entity `language`. Its
    danger words raise it to the emergency report (the form gives the advice in that language),
    and words for a common fault (no heating, a blocked toilet) make it that report (the form
    gives the interpreter line first). The English classifier's guess at it means nothing: with
    neither, it becomes `other_language`, the phone number and a free interpreter in that
    language. Either way it is the last word on such a message."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def correct(self, message: Message, text: str, current: str | None) -> None:
        code = detect_language(text)
        if code is None:
            return
        entity = {"entity": "language", "value": code, "start": 0, "end": len(text)}
        entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") != "language"]
        message.set(ENTITIES, [*entities, entity], add_to_output=True)
        # Danger words in English ("gas leak") still count; an English classifier's guess
        # at Somali does not.
        hazard = emergency_category(text) or hazard_in(text, code)
        fault = hazard or fault_in(text, code)
        _raise_to(message, f"{REPORT_PREFIX}{fault}" if fault else "other_language")


def _only_the_blocks(text: str, but: frozenset[str] = frozenset()) -> bool:
    """Nothing in the message but a repair of the block's: no fault of the home (a fault in a
    shared place is the block's too, "the gate to the bin store's off its hinges"; `but` are
    readings of the shared thing itself), no danger, no threat, no neighbours' nuisance."""
    return (
        not [
            fault
            for fault in faults_in(without_communal_places(text))
            if not fault.placed and f"{REPORT_PREFIX}{fault.category}" not in but
        ]
        and emergency_category(text) is None
        and not threat_of_violence(text)
        and not nuisance_not_repair(text)
    )


def _unsupported_readings(message: Message, text: str) -> list[str]:
    """The categories of the classifier's report readings that the words name nothing of."""
    return [
        name[len(REPORT_PREFIX) :]
        for name in (r.get("name") for r in message.get(INTENT_RANKING_KEY) or [])
        if _is_report(name) and names_nothing_of(name[len(REPORT_PREFIX) :], text)
    ]


def _read_by_the_words(reading: Message) -> Message:
    """The reading after every word corrector (`WORD_CORRECTORS`) has had its say."""
    for corrector in WORD_CORRECTORS:
        corrector({}).process([reading])
    return reading


def _correct_by_the_words(message: Message) -> None:
    """Runs the word correctors (`WORD_CORRECTORS`) on a reading taken after the classifier's
    own, keeping it if they would make it an emergency (that is the safety net's to say)."""
    reading = _read_by_the_words(Message(data=dict(message.data)))
    corrected = reading.get(INTENT) or {}
    if corrected.get("name") and corrected["name"] not in EMERGENCY_REPORTS:
        message.set(INTENT, corrected, add_to_output=True)
        message.set(INTENT_RANKING_KEY, reading.get(INTENT_RANKING_KEY), add_to_output=True)


def _ordinary_reading_second(message: Message, text: str) -> None:
    """Under an emergency reading, the best reading that is not an emergency comes second in the
    ranking, corrected by the same words as a first reading would be: it is what the report
    becomes if the tenant says no to the safety question ("water in the loft from the roof, no
    water in the rooms": the roof, not the supply the classifier ranked next)."""
    ranking = message.get(INTENT_RANKING_KEY) or []
    if not ranking or ranking[0].get("name") not in EMERGENCY_REPORTS:
        return
    ordinary = [
        r for r in ranking if _is_report(r.get("name")) and r["name"] not in EMERGENCY_REPORTS
    ]
    if not ordinary:
        return
    reading = _read_by_the_words(
        Message(data={TEXT: text, INTENT: dict(ordinary[0]), INTENT_RANKING_KEY: ordinary})
    )
    corrected = reading.get(INTENT) or {}
    if (
        corrected.get("name") in (None, ordinary[0]["name"])
        or corrected["name"] in EMERGENCY_REPORTS
    ):
        return
    rest = [r for r in ranking[1:] if r.get("name") != corrected["name"]]
    message.set(INTENT_RANKING_KEY, [ranking[0], dict(corrected), *rest], add_to_output=True)


# The components that correct a reading by its words, in the pipeline's order (config.yml;
# checked by the tests), as `_ordinary_reading_second` runs them again.
WORD_CORRECTORS: tuple[type[_PostClassifier], ...] = (
    SecuritySafetyNet,
    StatedComplaint,
    NamedThing,
)


def _confidence(message: Message) -> float:
    return float((message.get(INTENT) or {}).get("confidence") or 0.0)


def _take_next_report(
    message: Message,
    exclude: tuple[str, ...] | frozenset[str] = (),
    minimum: float = 0.0,
    kin_of: str | None = None,
) -> None:
    """Sets the best-ranked report intent whose category is not excluded (and, with `kin_of`,
    is the same kind of repair as that category), if any is ranked."""
    current = (message.get(INTENT) or {}).get("name")
    ranking = message.get(INTENT_RANKING_KEY) or []
    best = next(
        (
            r
            for r in ranking
            if _is_report(r.get("name"))
            and r.get("name") != current
            and r["name"][len(REPORT_PREFIX) :] not in exclude
            and r.get("confidence", 0.0) >= minimum
            and (kin_of is None or same_repair(r["name"][len(REPORT_PREFIX) :], kin_of))
        ),
        None,
    )
    if best is None:
        return
    chosen = {"name": best["name"], "confidence": best.get("confidence", 0.0)}
    rest = [r for r in ranking if r.get("name") != best["name"]]
    message.set(INTENT, chosen, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [chosen, *rest], add_to_output=True)
    logger.info("Took %s for %r instead of %r", best["name"], message.get(TEXT), current)


def _names_a_door(text: str) -> bool:
    return "door" in text.lower() or "window" in text.lower()


def _raise_to(message: Message, intent_name: str) -> None:
    current = (message.get(INTENT) or {}).get("name")
    raised = {"name": intent_name, "confidence": 1.0}
    ranking = [raised] + [
        r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != intent_name
    ]
    message.set(INTENT, raised, add_to_output=True)
    message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
    logger.info("Safety net raised %r to %s", current, intent_name)
