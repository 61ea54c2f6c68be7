"""A demo landlord for `make run` and the end-to-end tests: tenants, homes, operatives and
contractors, and 30 working days of appointment slots (Saturday mornings included). Safe to run
again: it adds only what is missing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.domain.calendar import LONDON, WorkingCalendar
from backend.models import Operative, Property, Slot, Tenant

TRADES = (
    "gas",
    "heating",
    "electrical",
    "plumbing",
    "drainage",
    "carpentry",
    "roofing",
    "building",
    "damp",
    "handyperson",
    "general",
)


@dataclass(frozen=True)
class DemoTenant:
    first_name: str
    last_name: str
    phone: str | None
    door_number: str
    street: str
    postcode: str
    preferred_contact: str = "sms"
    disability_or_health_problem: bool = False
    aged_65_or_over: bool = False
    single_parent_with_disabled_child: bool = False
    toilets: int = 1


# Numbers from Ofcom's range reserved for drama (07700 900000 to 900999): nobody's real number.
DEMO_TENANTS = (
    DemoTenant("Sarah", "Jones", "+447700900123", "12", "Hilldene Avenue", "RM3 7AB"),
    DemoTenant(
        "Arthur",
        "Patel",
        "+447700900456",
        "4",
        "Mardyke Close",
        "RM13 8QT",
        preferred_contact="call",
        aged_65_or_over=True,
    ),
    DemoTenant(
        "Grace",
        "Okafor",
        "+447700900789",
        "27",
        "Straight Road",
        "RM3 7JS",
        disability_or_health_problem=True,
        toilets=2,
    ),
    DemoTenant("Tom", "Walker", None, "9", "Chase Cross Road", "RM5 3PR"),
    DemoTenant(
        "Aisha",
        "Khan",
        "+447700900321",
        "Flat 6",
        "Como Street",
        "RM7 7DR",
        single_parent_with_disabled_child=True,
    ),
    # A flat in a numbered building: "Flat 2, 14", "2/14" and "14 flat 2" all find it (issue 13).
    DemoTenant("Daniel", "Murphy", "+447700900246", "Flat 2, 14", "Gooshays Drive", "RM3 9LB"),
)


# Who the desk assigns jobs to (issue 13): directly employed operatives and contractor firms.
DEMO_OPERATIVES = (
    ("Priya Shah", "operative", ("plumbing", "drainage", "heating")),
    ("Mark Ellis", "operative", ("electrical",)),
    ("Joe Brennan", "operative", ("carpentry", "building", "general", "handyperson")),
    ("Havering Gas Services Ltd", "contractor", ("gas", "heating")),
    ("Romford Roofing & Damp Ltd", "contractor", ("roofing", "damp", "building")),
)


def seed_operatives(session: Session) -> int:
    known = set(session.scalars(select(Operative.name)))
    added = 0
    for name, kind, trades in DEMO_OPERATIVES:
        if name not in known:
            session.add(Operative(name=name, kind=kind, trades=list(trades)))
            added += 1
    return added


def seed_tenants(session: Session) -> int:
    added = 0
    for demo in DEMO_TENANTS:
        exists = session.scalars(
            select(Tenant)
            .join(Property)
            .where(Tenant.last_name == demo.last_name, Property.postcode == demo.postcode)
        ).first()
        if exists:
            continue
        home = Property(
            door_number=demo.door_number,
            street=demo.street,
            town="Romford",
            postcode=demo.postcode,
            toilets=demo.toilets,
        )
        session.add(
            Tenant(
                first_name=demo.first_name,
                last_name=demo.last_name,
                phone=demo.phone,
                preferred_contact=demo.preferred_contact,
                home=home,
                disability_or_health_problem=demo.disability_or_health_problem,
                aged_65_or_over=demo.aged_65_or_over,
                single_parent_with_disabled_child=demo.single_parent_with_disabled_child,
            )
        )
        added += 1
    return added


def seed_slots(
    session: Session,
    start: date,
    working_days: int = 30,
    capacity: int = 2,
    trades: tuple[str, ...] = TRADES,
    calendar: WorkingCalendar | None = None,
) -> int:
    """Morning and afternoon slots for each trade on each working day from `start`, plus Saturday
    mornings (Kensington and Chelsea offer Saturday appointments)."""
    calendar = calendar or WorkingCalendar()
    existing = {
        (s.day, s.window, s.trade) for s in session.scalars(select(Slot).where(Slot.day >= start))
    }
    added, day, counted = 0, start, 0
    while counted < working_days:
        windows = (
            ("am", "pm")
            if calendar.is_working_day(day)
            else (("am",) if day.weekday() == 5 and not calendar.bank_holiday_name(day) else ())
        )
        counted += calendar.is_working_day(day)
        for trade in trades:
            for window in windows:
                if (day, window, trade) not in existing:
                    session.add(Slot(day=day, window=window, trade=trade, capacity=capacity))
                    added += 1
        day += timedelta(days=1)
    return added


def seed_demo(session: Session, start: date) -> tuple[int, int]:
    """(tenants added, slots added); the operatives are added too."""
    seed_operatives(session)
    return seed_tenants(session), seed_slots(session, start)


def main() -> None:
    from datetime import datetime

    from backend import create_app
    from backend.db import get_session
    from backend.web.staff_user import seed_demo_staff

    app = create_app()
    with app.app_context():
        session = get_session()
        tenants, slots = seed_demo(session, datetime.now(LONDON).date())
        staff = seed_demo_staff(session)
        session.commit()
        print(f"demo landlord: {tenants} tenants and {slots} appointment slots added")
        if staff is not None:
            print("staff dashboard: user 'demo' with the password in DEMO_STAFF_PASSWORD")


if __name__ == "__main__":
    main()
