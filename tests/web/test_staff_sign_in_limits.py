"""Password guessing on the staff sign-in is limited per account and per address, and one guesser
cannot lock the staff out: not from another address, nor behind the same office NAT from a
browser that has signed in before (backend/web/sign_in_guard.py, issue 11)."""

from __future__ import annotations

import pytest

from backend.web.staff_user import create_user
from tests.web.conftest import STAFF_PASSWORD, csrf_token

OFFICE = "198.51.100.7"  # the council office's NAT: every staff browser there shares it
HOME = "203.0.113.20"
WRONG = "not the password at all"


def attempt(client, password: str, username: str = "casey", address: str = OFFICE) -> int:
    token = csrf_token(client, "/staff/sign-in")
    return client.post(
        "/staff/sign-in",
        data={"csrf_token": token, "username": username, "password": password},
        environ_base={"REMOTE_ADDR": address},
    ).status_code


def sign_out(client) -> None:
    client.post("/staff/sign-out", data={"csrf_token": csrf_token(client, "/staff/")})


@pytest.fixture
def browser(app):
    """A fresh browser: no cookies, never signed in."""
    return app.test_client


def test_five_wrong_passwords_for_an_account_stop_that_address_guessing_it(browser, staff_user):
    guesser = browser()
    assert [attempt(guesser, WRONG) for _ in range(5)] == [401] * 5
    # Refused before the password is looked at, so even the right one gets nowhere from here.
    assert attempt(guesser, STAFF_PASSWORD) == 429
    assert attempt(browser(), STAFF_PASSWORD) == 429


def test_the_right_password_from_another_address_still_signs_in(browser, staff_user):
    guesser = browser()
    for _ in range(5):
        attempt(guesser, WRONG)
    assert attempt(browser(), STAFF_PASSWORD, address=HOME) == 303


def test_a_colleague_who_signed_in_before_gets_in_behind_the_same_nat_as_a_guesser(
    browser, staff_user, session
):
    colleague = browser()
    assert attempt(colleague, STAFF_PASSWORD) == 303
    sign_out(colleague)
    guesser = browser()
    codes = [attempt(guesser, WRONG, username=f"user{i}") for i in range(30)]
    codes += [attempt(guesser, WRONG) for _ in range(5)]
    assert codes[-1] == 429 and attempt(guesser, STAFF_PASSWORD) == 429

    assert attempt(colleague, STAFF_PASSWORD) == 303


def test_guessing_many_accounts_from_one_address_is_stopped(browser, staff_user):
    guesser = browser()
    assert [attempt(guesser, WRONG, username=f"user{i}") for i in range(30)] == [401] * 30
    assert attempt(guesser, WRONG, username="someone-else") == 429
    assert attempt(browser(), STAFF_PASSWORD, address=HOME) == 303


def test_guessing_one_account_from_many_addresses_locks_it_for_browsers_never_seen(
    browser, staff_user
):
    addresses = [f"192.0.2.{i}" for i in range(1, 21)]
    assert [attempt(browser(), WRONG, address=a) for a in addresses] == [401] * 20
    assert attempt(browser(), STAFF_PASSWORD, address="192.0.2.99") == 429


def test_under_an_account_lock_the_owner_gets_in_from_their_browser_or_usual_address(
    browser, staff_user
):
    own_browser = browser()
    assert attempt(own_browser, STAFF_PASSWORD, address=HOME) == 303
    sign_out(own_browser)
    for i in range(1, 21):
        attempt(browser(), WRONG, address=f"192.0.2.{i}")

    assert attempt(own_browser, STAFF_PASSWORD, address="192.0.2.200") == 303
    assert attempt(browser(), STAFF_PASSWORD, address=HOME) == 303
    assert attempt(browser(), STAFF_PASSWORD, address="192.0.2.201") == 429


def test_a_browser_that_signed_in_before_gets_only_ten_wrong_passwords(browser, staff_user):
    own_browser = browser()
    attempt(own_browser, STAFF_PASSWORD)
    sign_out(own_browser)
    assert [attempt(own_browser, WRONG) for _ in range(10)] == [401] * 10
    assert attempt(own_browser, STAFF_PASSWORD) == 429
    # Its wrong passwords were its own: a new browser at the same address is not held up.
    assert attempt(browser(), STAFF_PASSWORD) == 303


@pytest.mark.parametrize(
    "cookie",
    ["forged", "for-another-account"],
)
def test_a_device_cookie_counts_only_for_its_own_account_and_only_when_genuine(
    app, browser, staff_user, session, cookie
):
    create_user(session, "robin", STAFF_PASSWORD, "Robin Shaw")
    session.commit()
    guesser = browser()
    if cookie == "forged":
        guesser.set_cookie("staff_device", "eyJ1c2VyIjoiY2FzZXkifQ.forged.signature", path="/staff")
    else:
        assert attempt(guesser, STAFF_PASSWORD, username="robin") == 303
        sign_out(guesser)
    assert [attempt(guesser, WRONG) for _ in range(5)] == [401] * 5
    assert attempt(guesser, STAFF_PASSWORD) == 429


def test_the_right_password_uses_none_of_the_budget(browser, staff_user):
    """A whole office signing in at 9am from one address is never slowed."""
    assert {attempt(browser(), STAFF_PASSWORD) for _ in range(40)} == {303}
