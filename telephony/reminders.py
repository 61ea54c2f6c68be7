"""The day-before reminder: `python -m telephony.reminders [--date YYYY-MM-DD]` texts (or rings)
every tenant with an appointment tomorrow. Run it once a day (cron, e.g. 18:00); running it again is
harmless, because each booking's reminder has its own key and goes out once."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date, timedelta

from flask import Flask
from sqlalchemy import select

from backend.domain.calendar import LONDON
from backend.models import Booking, RepairReport, Slot
from backend.services.repairs import CLOSED_STATUSES
from telephony import relay
from telephony.notifications import Planned, deliver, queue, reminder_text


def tomorrow() -> date:
    return relay.now().astimezone(LONDON).date() + timedelta(days=1)


def send_reminders(app: Flask, day: date | None = None) -> Counter:
    """Remind everyone booked on `day` (tomorrow by default). Returns how many notifications ended
    in each status (sent, opted_out, no_phone, failed) plus "already" for reminders sent before."""
    outcome: Counter = Counter()
    with app.app_context():
        day = day or tomorrow()
        session = app.extensions["db_session_factory"]()
        try:
            bookings = session.scalars(
                select(Booking)
                .join(Slot, Booking.slot_id == Slot.id)
                .join(RepairReport, Booking.repair_id == RepairReport.id)
                .where(
                    Booking.status == "active",
                    Slot.day == day,
                    RepairReport.status.not_in(CLOSED_STATUSES),
                )
                .order_by(Booking.id)
            ).all()
            queued: list[int] = []
            for booking in bookings:
                planned = Planned(
                    f"reminder:{booking.id}",
                    "reminder",
                    booking.repair,
                    booking,
                    reminder_text(booking.repair, booking),
                )
                notification = queue(session, planned)
                if notification is None:
                    outcome["already"] += 1
                elif notification.status == "queued":
                    queued.append(notification.id)
                else:
                    outcome[notification.status] += 1
            session.commit()
        finally:
            session.close()
        for notification_id in queued:
            outcome[deliver(app, notification_id)] += 1
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--date", type=date.fromisoformat, help="appointments on this day")
    args = parser.parse_args(argv)
    from backend import create_app

    # The records API with the texts and calls plugged in, whatever RECORDS_EXTENSIONS says.
    app = create_app({"RECORDS_EXTENSIONS": ["telephony.outbound"]})
    outcome = send_reminders(app, args.date)
    day = args.date or "tomorrow"
    summary = ", ".join(f"{count} {status}" for status, count in sorted(outcome.items()))
    print(f"reminders for {day}: {summary or 'no appointments'}")
    return 1 if outcome.get("failed") else 0


if __name__ == "__main__":
    sys.exit(main())
