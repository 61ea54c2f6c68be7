"""Booking rules: which appointment slots a repair may be offered and booked into."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


class Window(str, Enum):
    AM = "am"
    PM = "pm"
    ALL_DAY = "all_day"

    @property
    def hours(self) -> tuple[time, time]:
        return WINDOW_HOURS[self]

    @property
    def description(self) -> str:
        return WINDOW_DESCRIPTIONS[self]


WINDOW_HOURS = {
    Window.AM: (time(8, 0), time(12, 0)),
    Window.PM: (time(12, 0), time(17, 0)),
    Window.ALL_DAY: (time(8, 0), time(17, 0)),
}
WINDOW_DESCRIPTIONS = {
    Window.AM: "morning (8am to 12 noon)",
    Window.PM: "afternoon (12 noon to 5pm)",
    Window.ALL_DAY: "all day (8am to 5pm)",
}


class BookingRefused(Exception):
    """Base of every reason a booking cannot be made; `code` is what the API reports."""

    code = "booking_refused"
    message = "That appointment cannot be booked."

    def __init__(self, message: str | None = None):
        super().__init__(message or self.message)
        self.message = message or self.message


class EmergencyNotBookable(BookingRefused):
    code = "emergency_no_booking"
    message = (
        "This is an emergency: an operative will attend within 4 hours, no appointment needed."
    )


class NotBookable(BookingRefused):
    code = "not_bookable"
    message = "This report is not a repair appointment; the team will contact you."


class RechargeNotAgreed(BookingRefused):
    code = "recharge_not_agreed"
    message = "This repair is rechargeable: the tenant must agree to the charge before we book."


class SlotFull(BookingRefused):
    code = "slot_full"
    message = "Sorry, that appointment has just been taken. Please choose another."


class SlotAfterTarget(BookingRefused):
    code = "slot_after_target"
    message = "That appointment is after the repair's target date."


class SlotInPast(BookingRefused):
    code = "slot_in_past"
    message = "That appointment has already started or passed."


class WrongTrade(BookingRefused):
    code = "wrong_trade"
    message = "That appointment is for a different kind of repair."


class AlreadyBooked(BookingRefused):
    code = "already_booked"
    message = "This repair already has an appointment: change it instead."


class RepairClosed(BookingRefused):
    code = "repair_closed"
    message = "This repair is already completed or cancelled."


@dataclass(frozen=True)
class SlotView:
    day: date
    window: Window
    trade: str
    capacity: int
    booked: int

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.day, self.window.hours[0], tzinfo=LONDON)

    @property
    def ends_at(self) -> datetime:
        return datetime.combine(self.day, self.window.hours[1], tzinfo=LONDON)

    @property
    def has_room(self) -> bool:
        return self.booked < self.capacity

    @property
    def label(self) -> str:
        return f"{self.day.strftime('%A')} {self.day.day} {self.day.strftime('%B')}, " + (
            self.window.description
        )


@dataclass(frozen=True)
class RepairView:
    trade: str | None
    target_by: datetime
    emergency: bool
    bookable: bool
    needs_recharge_agreement: bool
    recharge_agreed: bool
    closed: bool


def check_repair_can_be_booked(repair: RepairView) -> None:
    if repair.closed:
        raise RepairClosed()
    if repair.emergency:
        raise EmergencyNotBookable()
    if not repair.bookable or repair.trade is None:
        raise NotBookable()
    if repair.needs_recharge_agreement and not repair.recharge_agreed:
        raise RechargeNotAgreed()


def check_slot_suits(repair: RepairView, slot: SlotView, now: datetime) -> None:
    """Every rule but capacity, which only the database can enforce under concurrency."""
    check_repair_can_be_booked(repair)
    if slot.trade != repair.trade:
        raise WrongTrade()
    if slot.starts_at <= now:
        raise SlotInPast()
    if slot.ends_at > repair.target_by:
        raise SlotAfterTarget()


def slot_is_offerable(repair: RepairView, slot: SlotView, now: datetime) -> bool:
    try:
        check_slot_suits(repair, slot, now)
    except BookingRefused:
        return False
    return slot.has_room
