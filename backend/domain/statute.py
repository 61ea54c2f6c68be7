"""The statutory floor: the Schedule to the Secure Tenancies (Right to Repair) Regulations 1994,
and the categories Awaab's Law treats as significant hazards.

A landlord's policy may be faster than these periods, never slower; a slower one is reported
when the policy loads, naming the rule, because a secure tenant has a right to the statutory period.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class StatutoryRepair:
    description: str
    category: str
    working_days: int
    # Facts that must hold for the statutory period to apply (e.g. no other working toilet).
    when: Mapping[str, bool] = field(default_factory=lambda: MappingProxyType({}))
    # None: all year; True: only 31 October to 1 May; False: only outside it.
    in_heating_season: bool | None = None


RIGHT_TO_REPAIR_1994: tuple[StatutoryRepair, ...] = (
    StatutoryRepair("total loss of water supply", "water_supply", 1, {"total_loss": True}),
    StatutoryRepair("partial loss of water supply", "water_supply", 3, {"total_loss": False}),
    StatutoryRepair("total loss of electric power", "electricity_supply", 1, {"total_loss": True}),
    StatutoryRepair(
        "partial loss of electric power", "electricity_supply", 3, {"total_loss": False}
    ),
    StatutoryRepair(
        "unsafe power or lighting socket or electrical fitting", "unsafe_electrical_fitting", 1
    ),
    StatutoryRepair("total or partial loss of gas supply", "gas_supply", 1),
    StatutoryRepair("blocked flue to open fire or boiler", "blocked_flue", 1),
    StatutoryRepair(
        "total or partial loss of space or water heating (31 October to 1 May)",
        "heating_hot_water",
        1,
        in_heating_season=True,
    ),
    StatutoryRepair(
        "total or partial loss of space or water heating (2 May to 30 October)",
        "heating_hot_water",
        3,
        in_heating_season=False,
    ),
    StatutoryRepair(
        "toilet which does not flush, where there is no other working toilet",
        "toilet",
        1,
        {"other_working_toilet": False},
    ),
    StatutoryRepair("blocked or leaking foul drain or soil stack", "drainage", 1),
    StatutoryRepair("leaking water or heating pipe, tank or cistern", "leaking_pipe_tank", 1),
    StatutoryRepair("insecure external window, door or lock", "insecure_entry", 1),
    StatutoryRepair("blocked sink, bath or basin", "blocked_sink_bath", 3),
    StatutoryRepair("tap which cannot be turned", "tap", 3),
    StatutoryRepair("loose or detached banister or hand rail", "handrail", 3),
    StatutoryRepair("rotten timber flooring or stair tread", "rotten_floor_stairs", 3),
    StatutoryRepair("door entry phone not working", "door_entry_phone", 7),
    StatutoryRepair(
        "mechanical extractor fan in internal kitchen or bathroom not working", "extractor_fan", 7
    ),
    StatutoryRepair("leaking roof", "roof_leak", 7),
)

# Awaab's Law: the categories that are a potential significant hazard (beyond the emergency
# hazards, which are every emergency tier's): damp and mould, the first phase of the law.
AWAAB_SIGNIFICANT_HAZARD_CATEGORIES: frozenset[str] = frozenset({"damp_mould"})
