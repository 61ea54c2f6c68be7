from __future__ import annotations

from datetime import date, datetime

import pytest

from backend.domain.booking import (
    EmergencyNotBookable,
    NotBookable,
    RechargeNotAgreed,
    RepairClosed,
    RepairView,
    SlotAfterTarget,
    SlotInPast,
    SlotView,
    Window,
    WrongTrade,
    check_slot_suits,
    slot_is_offerable,
)
from backend.domain.calendar import LONDON

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=LONDON)
TARGET = datetime(2026, 12, 11, 17, 0, tzinfo=LONDON)


def repair(**changes) -> RepairView:
    base = dict(
        trade="plumbing",
        target_by=TARGET,
        emergency=False,
        bookable=True,
        needs_recharge_agreement=False,
        recharge_agreed=False,
        closed=False,
    )
    return RepairView(**{**base, **changes})


def slot(day=date(2026, 12, 9), window=Window.AM, trade="plumbing", capacity=2, booked=0):
    return SlotView(day=day, window=window, trade=trade, capacity=capacity, booked=booked)


@pytest.mark.parametrize(
    ("the_repair", "the_slot", "refusal"),
    [
        (repair(emergency=True), slot(), EmergencyNotBookable),
        (repair(bookable=False), slot(), NotBookable),
        (repair(trade=None), slot(), NotBookable),
        (repair(needs_recharge_agreement=True), slot(), RechargeNotAgreed),
        (repair(closed=True), slot(), RepairClosed),
        (repair(), slot(trade="electrical"), WrongTrade),
        (repair(), slot(day=date(2026, 12, 8), window=Window.AM), SlotInPast),
        (repair(), slot(day=date(2026, 12, 12)), SlotAfterTarget),
    ],
)
def test_a_slot_that_breaks_a_booking_rule_is_refused_by_name(the_repair, the_slot, refusal):
    with pytest.raises(refusal):
        check_slot_suits(the_repair, the_slot, NOW)


@pytest.mark.parametrize(
    ("the_repair", "the_slot", "offered"),
    [
        (repair(), slot(), True),
        (repair(), slot(day=date(2026, 12, 11), window=Window.PM), True),  # ends at the target
        (repair(), slot(day=date(2026, 12, 8), window=Window.PM), True),  # later today
        (repair(), slot(booked=2), False),  # full
        (repair(needs_recharge_agreement=True, recharge_agreed=True), slot(), True),
        (
            repair(target_by=datetime(2026, 12, 12, 17, 0, tzinfo=LONDON)),
            slot(day=date(2026, 12, 12), window=Window.AM),
            True,
        ),  # Saturday
    ],
)
def test_slots_on_or_before_the_target_with_room_are_offered(the_repair, the_slot, offered):
    assert slot_is_offerable(the_repair, the_slot, NOW) is offered


def test_slot_labels_read_as_a_tenant_would_say_them():
    assert slot(day=date(2026, 12, 12), window=Window.AM).label == (
        "Saturday 12 December, morning (8am to 12 noon)"
    )
