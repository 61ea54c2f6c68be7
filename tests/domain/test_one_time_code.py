"""The one-time code rules: 6 digits, 10 minutes, hashed, 5 tries, then 15 minutes locked for
that tenant (issue 11). Pure: no database, no clock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from backend.domain.one_time_code import (
    CODE_DIGITS,
    LOCKED_FOR,
    MAX_SENDS,
    MAX_TRIES,
    SEND_WINDOW,
    VALID_FOR,
    CodeExpired,
    CodesLocked,
    CodeState,
    NoCodeIssued,
    TooManyCodes,
    WrongCode,
    check,
    hash_code,
    issue,
    new_code,
    normalise_code,
)

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=timezone.utc)
KEY = "test-key"
RIGHT = hash_code(KEY, 1, "482910")
WRONG = hash_code(KEY, 1, "000000")
minutes = lambda n: timedelta(minutes=n)  # noqa: E731


def issued(**changes) -> CodeState:
    state = issue(CodeState(), RIGHT, NOW)
    return CodeState(**{**state.__dict__, **changes})


def test_the_rules_are_the_issues_numbers():
    assert CODE_DIGITS == 6 and minutes(10) == VALID_FOR
    assert MAX_TRIES == 5 and minutes(15) == LOCKED_FOR


def test_a_new_code_is_six_digits_and_codes_differ():
    codes = {new_code() for _ in range(50)}
    assert all(len(c) == 6 and c.isdigit() for c in codes)
    assert len(codes) > 40


def test_a_code_is_kept_only_as_a_keyed_hash():
    assert "482910" not in RIGHT
    assert hash_code(KEY, 1, "482910") == RIGHT
    assert hash_code("other-key", 1, "482910") != RIGHT  # a stolen table without the key
    assert hash_code(KEY, 2, "482910") != RIGHT  # another tenant's code


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("482910", "482910"),
        ("482 910", "482910"),
        ("it's 4-8-2-9-1-0", "482910"),
        ("012345", "012345"),
        ("48291", None),
        ("4829100", None),
        ("I didn't get one", None),
        ("", None),
    ],
)
def test_the_code_is_read_from_what_was_typed_said_or_keyed(typed, code):
    assert normalise_code(typed) == code


@pytest.mark.parametrize(
    ("state", "given", "at", "outcome"),
    [
        # (state before, code given, when, accepted or the refusal)
        (issued(), RIGHT, NOW + minutes(1), "accepted"),
        (issued(), RIGHT, NOW + minutes(9), "accepted"),
        (issued(), RIGHT, NOW + minutes(10), CodeExpired),
        (issued(), WRONG, NOW + minutes(1), WrongCode),
        (CodeState(), RIGHT, NOW, NoCodeIssued),
        (issued(failed_tries=MAX_TRIES - 1), WRONG, NOW + minutes(1), CodesLocked),
        (issued(failed_tries=MAX_TRIES - 1), RIGHT, NOW + minutes(1), "accepted"),
        (issued(locked_until=NOW + minutes(5)), RIGHT, NOW + minutes(1), CodesLocked),
        (
            issued(locked_until=NOW + minutes(5), failed_tries=5),
            RIGHT,
            NOW + minutes(6),
            "accepted",
        ),
    ],
)
def test_checking_a_code(state, given, at, outcome):
    if outcome == "accepted":
        after = check(state, given, at)
        assert after.code_hash is None  # used up: the same code never works twice
        assert after.failed_tries == 0
    else:
        with pytest.raises(outcome):
            check(state, given, at)


def test_five_wrong_tries_lock_the_tenant_for_fifteen_minutes_even_with_the_right_code():
    state = issued()
    for attempt in range(1, MAX_TRIES):
        with pytest.raises(WrongCode) as refused:
            check(state, WRONG, NOW + minutes(1))
        state = refused.value.state
        assert refused.value.tries_left == MAX_TRIES - attempt
    with pytest.raises(CodesLocked) as locked:
        check(state, WRONG, NOW + minutes(1))
    state = locked.value.state
    assert locked.value.until == NOW + minutes(1) + LOCKED_FOR
    with pytest.raises(CodesLocked):
        check(state, RIGHT, NOW + minutes(2))
    with pytest.raises(CodesLocked):  # nor can a new code be sent while locked
        issue(state, RIGHT, NOW + minutes(15))
    fresh = issue(state, RIGHT, NOW + minutes(17))
    assert check(fresh, RIGHT, NOW + minutes(18)).failed_tries == 0


def test_a_new_code_does_not_reset_the_wrong_tries():
    state = issued(failed_tries=MAX_TRIES - 1)
    state = issue(state, hash_code(KEY, 1, "111111"), NOW + minutes(1))
    with pytest.raises(CodesLocked):
        check(state, WRONG, NOW + minutes(2))


def test_a_new_code_replaces_the_last_one():
    state = issue(issued(), hash_code(KEY, 1, "111111"), NOW + minutes(1))
    with pytest.raises(WrongCode):
        check(state, RIGHT, NOW + minutes(2))


def test_an_expired_code_is_forgotten_and_costs_no_try():
    with pytest.raises(CodeExpired) as expired:
        check(issued(), WRONG, NOW + minutes(11))
    assert expired.value.state.code_hash is None
    assert expired.value.state.failed_tries == 0


@pytest.mark.parametrize(
    ("sent_before", "since", "refused"),
    [
        (MAX_SENDS - 1, NOW, False),
        (MAX_SENDS, NOW, True),
        (MAX_SENDS, NOW - SEND_WINDOW, False),  # the window has passed
    ],
)
def test_codes_sent_to_one_tenant_are_limited(sent_before, since, refused):
    state = CodeState(sends=sent_before, sends_since=since)
    if refused:
        with pytest.raises(TooManyCodes):
            issue(state, RIGHT, NOW + minutes(1))
    else:
        assert issue(state, RIGHT, NOW + minutes(1)).code_hash == RIGHT
