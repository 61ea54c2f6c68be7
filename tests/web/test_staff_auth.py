"""Staff sign-in: hashed passwords, CSRF on every form, tenants kept out, sessions that expire."""

from __future__ import annotations

from datetime import timedelta

import pytest

from backend.web.models import StaffUser, WeakPassword
from tests.gateway.conftest import FakeAssistant
from tests.web.conftest import STAFF_PASSWORD, csrf_token, sign_in

STAFF_PAGES = ["/staff/", "/staff/performance", "/staff/repairs/HR-100000"]


@pytest.mark.parametrize("url", STAFF_PAGES)
def test_someone_not_signed_in_is_sent_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/staff/sign-in?next=/staff/")


def test_a_tenant_using_the_chat_cannot_reach_the_dashboard(client, gateway_app, report):
    repair = report()
    # The chat is the gateway's; on the public site the browser sends its cookie to /staff too,
    # under either name.
    gateway_app.extensions["assistant"] = FakeAssistant()
    chat = gateway_app.test_client()
    token = csrf_token(chat)
    chat.post("/chat/message", json={"message": "hi"}, headers={"X-CSRF-Token": token})
    client.set_cookie("chat_session", chat.get_cookie("chat_session").value)
    client.set_cookie("session", chat.get_cookie("chat_session").value)
    assert client.get("/staff/").status_code == 302
    refused = client.post(
        f"/staff/repairs/{repair.reference}/status",
        data={"csrf_token": token, "status": "completed"},
    )
    assert refused.status_code == 302 and "/staff/sign-in" in refused.headers["Location"]
    assert repair.status == "reported"


def test_passwords_are_kept_only_as_salted_hashes(staff_user):
    assert STAFF_PASSWORD not in staff_user.password_hash
    assert staff_user.password_hash.startswith(("scrypt:", "pbkdf2:"))
    other = StaffUser(username="x", display_name="x")
    other.set_password(STAFF_PASSWORD)
    assert other.password_hash != staff_user.password_hash


def test_a_short_password_is_refused():
    with pytest.raises(WeakPassword):
        StaffUser(username="x", display_name="x").set_password("letmein")


def test_the_right_password_signs_in_and_shows_the_reports(client, staff_user):
    response = sign_in(client)
    assert response.status_code == 303
    assert response.headers["Location"] == "/staff/"
    page = client.get("/staff/")
    assert page.status_code == 200
    assert "Repair reports" in page.get_data(as_text=True)
    assert page.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    ("username", "password"),
    [("casey", "wrong password here"), ("nobody", STAFF_PASSWORD), ("casey", "")],
    ids=["wrong password", "unknown user", "no password"],
)
def test_a_wrong_sign_in_says_the_same_thing_whatever_was_wrong(
    client, staff_user, username, password
):
    response = sign_in(client, username, password)
    assert response.status_code == 401
    assert "The username or password is not right." in response.get_data(as_text=True)
    assert client.get("/staff/").status_code == 302


def test_sign_in_without_the_forms_csrf_token_is_refused(client, staff_user):
    client.get("/staff/sign-in")
    response = client.post("/staff/sign-in", data={"username": "casey", "password": STAFF_PASSWORD})
    assert response.status_code == 400
    assert "expired" in response.get_data(as_text=True)
    assert client.get("/staff/").status_code == 302


def test_a_disabled_account_cannot_sign_in_and_is_signed_out(client, staff_user, session):
    sign_in(client)
    staff_user.active = False
    session.commit()
    assert client.get("/staff/").status_code == 302
    assert sign_in(client).status_code == 401


def test_a_sign_in_lasts_twelve_hours(client, staff_user, clock):
    sign_in(client)
    clock.now += timedelta(hours=11)
    assert client.get("/staff/").status_code == 200
    clock.now += timedelta(hours=2)
    assert client.get("/staff/").status_code == 302


@pytest.mark.parametrize(
    ("next_url", "lands_on"),
    [
        ("/staff/performance", "/staff/performance"),
        ("https://evil.example/staff", "/staff/"),
        ("//evil.example/staff", "/staff/"),
        ("/chat/reset", "/staff/"),
    ],
)
def test_after_sign_in_only_a_dashboard_page_is_next(client, staff_user, next_url, lands_on):
    token = csrf_token(client, "/staff/sign-in")
    response = client.post(
        "/staff/sign-in",
        data={
            "csrf_token": token,
            "username": "casey",
            "password": STAFF_PASSWORD,
            "next": next_url,
        },
    )
    assert response.headers["Location"] == lands_on


def test_signing_in_starts_a_new_session_and_signing_out_ends_it(client, staff_user):
    before = csrf_token(client, "/staff/sign-in")
    sign_in(client)
    after = csrf_token(client, "/staff/")
    assert after != before
    assert client.post("/staff/sign-out", data={"csrf_token": after}).status_code == 303
    assert client.get("/staff/").status_code == 302


def test_sign_out_without_the_token_is_refused(staff_client):
    assert staff_client.post("/staff/sign-out").status_code == 400
    assert staff_client.get("/staff/").status_code == 200


def test_over_https_the_cookie_is_secure_and_browsers_are_told_to_stay_on_https(app, client):
    app.config["SESSION_COOKIE_SECURE"] = True
    response = client.get("/staff/sign-in")
    assert "max-age=31536000" in response.headers["Strict-Transport-Security"]
    assert "Secure" in response.headers["Set-Cookie"]


def test_over_plain_http_in_development_there_is_no_hsts(client):
    assert "Strict-Transport-Security" not in client.get("/staff/sign-in").headers
