"""`python -m backend.web.staff_user`: staff accounts from the command line, and the demo user."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backend.web.staff_user import DEMO_USERNAME, find_user, main, seed_demo_staff
from tests.web.conftest import sign_in

ROOT = Path(__file__).resolve().parents[2]
GOOD = "a long enough password"


def run(app, *argv, stdin="", env=None):
    return main(list(argv), app=app, stdin=io.StringIO(stdin), environ=env or {})


def test_create_reads_the_password_from_the_environment(app, client, session):
    assert (
        run(app, "create", "Alex", "--display-name", "Alex Smith", env={"STAFF_PASSWORD": GOOD})
        == 0
    )
    user = find_user(session, "alex")
    assert user.display_name == "Alex Smith" and user.check_password(GOOD)
    assert sign_in(client, "alex", GOOD).status_code == 303


def test_create_reads_the_password_from_a_pipe(app, session):
    assert run(app, "create", "sam", stdin=f"{GOOD}\n") == 0
    assert find_user(session, "sam").check_password(GOOD)


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["create", "sam"], "short\n", "at least 12 characters"),
        (["create", "two words"], f"{GOOD}\n", "one word"),
        (["set-password", "nobody"], f"{GOOD}\n", "no staff user called"),
    ],
)
def test_refusals_are_explained(app, capsys, argv, stdin, message):
    assert run(app, *argv, stdin=stdin) == 1
    assert message in capsys.readouterr().err


def test_a_name_is_taken_once(app, capsys):
    run(app, "create", "sam", stdin=f"{GOOD}\n")
    assert run(app, "create", "SAM", stdin=f"{GOOD}\n") == 1
    assert "already a staff user" in capsys.readouterr().err


def test_set_password_and_disable(app, session):
    run(app, "create", "sam", stdin=f"{GOOD}\n")
    assert run(app, "set-password", "sam", stdin="another long password\n") == 0
    assert find_user(session, "sam").check_password("another long password")
    assert run(app, "disable", "sam") == 0
    assert find_user(session, "sam").active is False


def test_a_new_password_signs_the_user_out_everywhere(app, client, staff_user):
    assert sign_in(client).status_code == 303
    assert run(app, "set-password", "casey", stdin="another long password\n") == 0
    assert client.get("/staff/").status_code == 302


def test_the_demo_staff_user_exists_only_when_its_password_is_given(session):
    assert seed_demo_staff(session, password="") is None
    assert find_user(session, DEMO_USERNAME) is None
    user = seed_demo_staff(session, password=GOOD)
    assert user.username == DEMO_USERNAME and user.check_password(GOOD)
    assert seed_demo_staff(session, password="a different password") is None  # left as it is


def test_the_module_runs_from_the_command_line(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
        "STAFF_PASSWORD": GOOD,
        "PYTHONPATH": str(ROOT),
    }
    created = subprocess.run(
        [sys.executable, "-m", "backend.web.staff_user", "create", "robin"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert created.returncode == 0, created.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "backend.web.staff_user", "list"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "robin\trobin\tactive" in listed.stdout
