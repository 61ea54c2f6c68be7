"""Issue 11: proof of identity before disclosure or change. The full name must match; a one-time
code texted to the number on file (6 digits, 10 minutes, stored hashed, 5 tries, then 15
minutes locked for that tenant whatever the conversation or address); anti-social behaviour and
complaint references are never told to a conversation, only texted to the number on file."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from backend.models import OneTimeCode
from tests.backend.test_api import report
from tests.telephony.conftest import SARAH, RecordingTransport

CODE = re.compile(r"\b(\d{6})\b")


@pytest.fixture
def transport(app) -> RecordingTransport:
    recorder = RecordingTransport()
    app.extensions["telephony_transport"] = recorder
    return recorder


@pytest.fixture
def sarah(tenant_ids) -> int:
    return tenant_ids["Sarah"]


def send_code(api, tenant_id, **kwargs):
    return api.post(f"/api/tenants/{tenant_id}/codes", **kwargs)


def check_code(api, tenant_id, code, **kwargs):
    return api.post(f"/api/tenants/{tenant_id}/codes/check", json={"code": code}, **kwargs)


def texted_code(transport) -> str:
    (code,) = CODE.findall(transport.sent[-1].body)
    return code


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


# --- the full name ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("Sarah Jones", True),
        ("  sarah   JONES ", True),
        ("Bob Jones", False),  # the finding: greeted as Sarah
        ("Jones", False),
        ("S Jones", False),
    ],
)
def test_the_identity_check_needs_the_whole_name_not_just_the_surname(api, name, found):
    reply = api.post(
        "/api/tenants/verify", json={"door_number": "12", "postcode": "RM3 7AB", "name": name}
    )
    assert reply.status_code == (200 if found else 404)


# --- one-time codes -----------------------------------------------------------------------------


def test_a_code_is_texted_to_the_number_on_file_and_works_once(api, sarah, transport):
    reply = send_code(api, sarah)
    assert reply.status_code == 202, reply.json
    assert reply.json["valid_minutes"] == 10
    assert SARAH not in str(reply.json)  # the number is not told to whoever asked
    (sent,) = transport.sent
    assert (sent.kind, sent.to) == ("sms", SARAH)
    code = texted_code(transport)
    assert check_code(api, sarah, code).json == {"verified": True}
    again = check_code(api, sarah, code)
    assert (again.status_code, again.json["error"]) == (409, "no_code")


def test_the_code_is_stored_only_as_a_hash(api, app, session, sarah, transport):
    send_code(api, sarah)
    code = texted_code(transport)
    row = session.scalar(select(OneTimeCode).where(OneTimeCode.tenant_id == sarah))
    assert row.code_hash and code not in row.code_hash
    every_value = session.execute(text("SELECT * FROM one_time_codes")).all()
    assert code not in str(every_value)


def test_a_code_lasts_ten_minutes(api, clock, sarah, transport):
    send_code(api, sarah)
    clock.now += timedelta(minutes=10)
    reply = check_code(api, sarah, texted_code(transport))
    assert (reply.status_code, reply.json["error"]) == (410, "code_expired")


def test_five_wrong_codes_lock_the_tenant_for_fifteen_minutes_from_any_address(
    api, clock, sarah, transport
):
    send_code(api, sarah)
    code = texted_code(transport)
    for tries_left in (4, 3, 2, 1):
        reply = check_code(api, sarah, wrong(code))
        assert (reply.status_code, reply.json["tries_left"]) == (422, tries_left)
    locked = check_code(api, sarah, wrong(code))
    assert (locked.status_code, locked.json["error"]) == (429, "code_locked")
    # Another conversation, another address, the right code or a new one: still locked.
    elsewhere = {"environ_base": {"REMOTE_ADDR": "203.0.113.9"}}
    assert check_code(api, sarah, code, **elsewhere).status_code == 429
    assert send_code(api, sarah, **elsewhere).status_code == 429
    clock.now += timedelta(minutes=14)
    assert send_code(api, sarah).status_code == 429
    clock.now += timedelta(minutes=2)
    assert send_code(api, sarah).status_code == 202
    assert check_code(api, sarah, texted_code(transport)).json == {"verified": True}


def test_asking_for_a_new_code_does_not_reset_the_tries(api, sarah, transport):
    send_code(api, sarah)
    for _ in range(4):
        check_code(api, sarah, wrong(texted_code(transport)))
    send_code(api, sarah)
    reply = check_code(api, sarah, wrong(texted_code(transport)))
    assert reply.status_code == 429


def test_a_tenant_without_a_phone_on_file_cannot_be_sent_a_code(api, tenant_ids, transport):
    reply = send_code(api, tenant_ids["Tom"])
    assert (reply.status_code, reply.json["error"]) == (409, "no_phone")
    assert transport.sent == []


@pytest.mark.parametrize(
    ("path", "body", "status", "error"),
    [
        ("/api/tenants/999999/codes", None, 404, "tenant_not_found"),
        ("/api/tenants/999999/codes/check", {"code": "123456"}, 404, "tenant_not_found"),
        ("/api/tenants/{sarah}/codes/check", {"code": "12345"}, 400, "invalid_code"),
        ("/api/tenants/{sarah}/codes/check", {}, 400, "missing_field"),
    ],
)
def test_bad_code_requests_get_a_clear_error(api, sarah, transport, path, body, status, error):
    reply = api.post(path.format(sarah=sarah), json=body if body is not None else {})
    assert (reply.status_code, reply.json["error"]) == (status, error)


@pytest.mark.parametrize("path", ["/api/tenants/1/codes", "/api/tenants/1/codes/check"])
def test_codes_need_the_api_token(client, path):
    assert client.post(path, json={"code": "123456"}).status_code == 401


# --- anti-social behaviour and complaints -------------------------------------------------------


@pytest.mark.parametrize("category", ["asb", "complaint"])
def test_asb_and_complaints_are_never_listed_or_shown_to_a_conversation(api, sarah, category):
    confidential = report(api, sarah, category=category).json["reference"]
    repair = report(api, sarah).json["reference"]
    listed = [r["reference"] for r in api.get(f"/api/repairs?tenant_id={sarah}").json["repairs"]]
    assert listed == [repair]
    shown = api.get(f"/api/repairs/{confidential}?tenant_id={sarah}")
    # Only the deadlines the law sets on it: nothing a conversation could tell.
    assert (shown.status_code, shown.json["confidential"]) == (200, True)
    assert set(shown.json) == {"reference", "confidential", "clocks"}


@pytest.mark.parametrize("category", ["asb", "complaint"])
def test_asb_and_complaints_are_confirmed_by_a_text_to_the_number_on_file(
    api, sarah, transport, category
):
    reference = report(api, sarah, category=category).json["reference"]
    transport.sent.clear()
    reply = api.post(f"/api/repairs/{reference}/confirmation?tenant_id={sarah}")
    assert reply.status_code == 202, reply.json
    assert reply.json == {"texted": True}
    (sent,) = transport.sent
    assert sent.to == SARAH and reference in sent.body


def test_only_the_tenants_own_reference_is_confirmed(api, sarah, tenant_ids, transport):
    reference = report(api, sarah, category="asb").json["reference"]
    transport.sent.clear()
    reply = api.post(f"/api/repairs/{reference}/confirmation?tenant_id={tenant_ids['Arthur']}")
    assert reply.status_code == 404
    assert transport.sent == []
