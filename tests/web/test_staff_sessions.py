"""Staff sessions live on the server: the cookie carries only a random token, so signing out ends
the session for every copy of the cookie (issue 11)."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlalchemy import select

from backend.web.models import StaffSession
from backend.web.security import STAFF_SESSION_KEY
from tests.web.conftest import csrf_token, sign_in


def copy_of_the_cookie(app, client):
    """Another browser holding a copy of `client`'s session cookie (say, taken from its disk)."""
    thief = app.test_client()
    thief.set_cookie("session", client.get_cookie("session").value)
    return thief


def test_a_cookie_copied_before_sign_out_opens_nothing_after_it(app, client, staff_user):
    sign_in(client)
    thief = copy_of_the_cookie(app, client)
    assert thief.get("/staff/").status_code == 200

    client.post("/staff/sign-out", data={"csrf_token": csrf_token(client, "/staff/")})

    assert thief.get("/staff/").status_code == 302
    assert client.get("/staff/").status_code == 302


def test_the_cookie_carries_only_a_random_token_and_the_database_only_its_hash(
    client, staff_user, session
):
    sign_in(client)
    with client.session_transaction() as cookie:
        token = cookie[STAFF_SESSION_KEY]
        assert set(cookie) == {STAFF_SESSION_KEY, "csrf_token"}
    [row] = session.scalars(select(StaffSession)).all()
    assert len(token) >= 40
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert row.staff_user_id == staff_user.id and row.revoked_at is None
    assert row.expires_at - row.created_at == timedelta(hours=12)


def test_signing_out_marks_the_session_ended_on_the_server(client, staff_user, session, clock):
    sign_in(client)
    client.post("/staff/sign-out", data={"csrf_token": csrf_token(client, "/staff/")})
    [row] = session.scalars(select(StaffSession)).all()
    assert row.revoked_at == clock.now


def test_signing_in_again_in_a_browser_ends_its_previous_session(app, client, staff_user):
    sign_in(client)
    earlier = copy_of_the_cookie(app, client)
    sign_in(client)
    assert client.get("/staff/").status_code == 200
    assert earlier.get("/staff/").status_code == 302


def test_a_session_is_seen_in_use_without_a_write_on_every_page(client, staff_user, session, clock):
    sign_in(client)
    started = clock.now
    clock.now += timedelta(seconds=20)
    client.get("/staff/")
    [row] = session.scalars(select(StaffSession)).all()
    assert row.last_seen_at == started
    clock.now += timedelta(minutes=5)
    client.get("/staff/")
    session.refresh(row)
    assert row.last_seen_at == clock.now


def test_a_made_up_token_opens_nothing(client, staff_user):
    sign_in(client)
    with client.session_transaction() as cookie:
        cookie[STAFF_SESSION_KEY] = "not-a-token-anyone-was-given"
    assert client.get("/staff/").status_code == 302
