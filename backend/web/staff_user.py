"""Staff accounts for the repairs dashboard, from the command line.

    python -m backend.web.staff_user create NAME [--display-name "Casey Morgan"]
    python -m backend.web.staff_user set-password NAME
    python -m backend.web.staff_user disable NAME
    python -m backend.web.staff_user list

The password comes from STAFF_PASSWORD when set (for scripts), otherwise from standard input: asked
twice without echo at a terminal, or the first line of a pipe. It never appears in the arguments,
where other users of the machine could read it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import IO

from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.api.common import now
from backend.web.models import StaffUser, WeakPassword, normalise_username
from backend.web.security import end_every_session

PASSWORD_ENV = "STAFF_PASSWORD"
DEMO_PASSWORD_ENV = "DEMO_STAFF_PASSWORD"
DEMO_USERNAME = "demo"


class StaffUserError(Exception):
    pass


def find_user(session: Session, username: str) -> StaffUser | None:
    return session.scalars(
        select(StaffUser).where(StaffUser.username == normalise_username(username))
    ).first()


def create_user(
    session: Session, username: str, password: str, display_name: str = ""
) -> StaffUser:
    name = normalise_username(username)
    if not name or len(name) > 80 or any(c.isspace() for c in name):
        raise StaffUserError("a username is one word of at most 80 characters")
    if find_user(session, name) is not None:
        raise StaffUserError(f"there is already a staff user called {name!r}")
    user = StaffUser(username=name, display_name=(display_name.strip() or name)[:120])
    user.set_password(password)
    session.add(user)
    return user


def seed_demo_staff(session: Session, password: str | None = None) -> StaffUser | None:
    """The demo landlord's staff user 'demo', only when DEMO_STAFF_PASSWORD is set (never a
    password written in the code). Safe to run again: an existing user is left as it is."""
    password = password if password is not None else os.environ.get(DEMO_PASSWORD_ENV)
    if not password or find_user(session, DEMO_USERNAME) is not None:
        return None
    return create_user(session, DEMO_USERNAME, password, "Demo Repairs Officer")


def read_password(stdin: IO[str], environ: dict[str, str] | os._Environ) -> str:
    if environ.get(PASSWORD_ENV):
        return environ[PASSWORD_ENV]
    if stdin.isatty():
        first = getpass.getpass("Password: ")
        if getpass.getpass("Same password again: ") != first:
            raise StaffUserError("the two passwords are not the same")
        return first
    return stdin.readline().rstrip("\r\n")


def main(
    argv: list[str] | None = None,
    *,
    app: Flask | None = None,
    stdin: IO[str] = sys.stdin,
    environ: dict[str, str] | os._Environ = os.environ,
) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m backend.web.staff_user",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    create = commands.add_parser("create", help="add a staff user")
    create.add_argument("name")
    create.add_argument("--display-name", default="", help="shown in status history: a full name")
    commands.add_parser("set-password", help="give a user a new password").add_argument("name")
    commands.add_parser("disable", help="stop a staff user signing in").add_argument("name")
    commands.add_parser("list", help="list the staff users")
    args = parser.parse_args(argv)

    if app is None:
        from backend import create_app

        app = create_app()
    from backend.db import get_session

    with app.app_context():
        session = get_session()
        try:
            if args.command == "list":
                for user in session.scalars(select(StaffUser).order_by(StaffUser.username)):
                    state = "active" if user.active else "disabled"
                    print(f"{user.username}\t{user.display_name}\t{state}")
                return 0
            if args.command == "create":
                user = create_user(
                    session, args.name, read_password(stdin, environ), args.display_name
                )
            else:
                user = find_user(session, args.name)
                if user is None:
                    raise StaffUserError(f"there is no staff user called {args.name!r}")
                if args.command == "set-password":
                    user.set_password(read_password(stdin, environ))
                    end_every_session(session, user, now())
                else:
                    user.active = False
            session.commit()
        except (StaffUserError, WeakPassword) as problem:
            session.rollback()
            print(f"error: {problem}", file=sys.stderr)
            return 1
    print(f"{args.command}: {user.username} done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
