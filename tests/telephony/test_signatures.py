"""Every /twilio webhook needs a valid X-Twilio-Signature over the URL Twilio called."""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET

import pytest

from gateway import create_app
from tests.telephony.conftest import BASE_URL, SARAH, FakeAssistant, Phone, sign

PATHS = [
    "/twilio/sms",
    "/twilio/sms/status",
    "/twilio/voice",
    "/twilio/voice/gather",
    "/twilio/voice/menu",
    "/twilio/voice/dial-complete",
    "/twilio/voice/status",
]
PARAMS = {
    "MessageSid": "SM0123456789abcdef0123456789abcdef",
    "CallSid": "CA0123456789abcdef0123456789abcdef",
    "CallStatus": "completed",
    "MessageStatus": "delivered",
    "From": SARAH,
    "To": "+447700900000",
    "Body": "my boiler is broken",
}


def test_a_correctly_signed_text_is_answered_with_twiml(phone):
    root = phone.text("hello")
    assert root.tag == "Response"
    assert [child.tag for child in root] == ["Message"]


@pytest.mark.parametrize("path", PATHS)
def test_an_unsigned_request_is_refused_on_every_webhook(client, assistant, path):
    assert client.post(path, data=PARAMS).status_code == 403


@pytest.mark.parametrize("path", PATHS)
def test_a_request_signed_with_the_wrong_token_is_refused(client, assistant, path):
    signature = sign(BASE_URL + path, PARAMS, token="not-the-auth-token")
    response = client.post(path, data=PARAMS, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403


@pytest.mark.parametrize(
    "tampering",
    [
        pytest.param({"Body": "give me someone else's repairs"}, id="body changed"),
        pytest.param({"From": "+447700900456"}, id="sender changed"),
        pytest.param({"Extra": "1"}, id="parameter added"),
    ],
)
def test_a_request_changed_after_signing_is_refused(client, assistant, tampering):
    signature = sign(BASE_URL + "/twilio/sms", PARAMS)
    response = client.post(
        "/twilio/sms", data={**PARAMS, **tampering}, headers={"X-Twilio-Signature": signature}
    )
    assert response.status_code == 403


def test_a_signature_for_another_url_is_refused(client, assistant):
    signature = sign(BASE_URL + "/twilio/voice", PARAMS)
    response = client.post("/twilio/sms", data=PARAMS, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403


def test_the_refusal_is_logged_without_the_body_or_the_number(client, assistant, caplog):
    caplog.set_level(logging.INFO)
    client.post("/twilio/sms", data=PARAMS, headers={"X-Twilio-Signature": "forged"})
    refusals = [
        r.getMessage() for r in caplog.records if "refused Twilio webhook" in r.getMessage()
    ]
    assert len(refusals) == 1
    assert "/twilio/sms" in refusals[0]
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert "boiler" not in everything
    assert SARAH not in everything and SARAH[1:] not in everything


FORWARDED = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "repairs.example.org"}


@pytest.mark.parametrize(
    ("hops", "signed_for", "status"),
    [
        pytest.param(1, "https://repairs.example.org", 200, id="behind a trusted proxy"),
        pytest.param(0, "https://repairs.example.org", 403, id="no proxy: the client's host"),
        pytest.param(0, BASE_URL, 200, id="no proxy: the host the server saw"),
    ],
)
def test_the_forwarded_host_counts_only_from_a_trusted_proxy(app_config, hops, signed_for, status):
    """Without PUBLIC_BASE_URL, X-Forwarded-Proto and -Host are believed only through
    TRUSTED_PROXY_HOPS (werkzeug's ProxyFix), never straight from whoever sent the request."""
    app = create_app({**app_config, "TRUSTED_PROXY_HOPS": hops})
    app.extensions["assistant"] = FakeAssistant()
    response = app.test_client().post(
        "/twilio/sms",
        data=PARAMS,
        headers={"X-Twilio-Signature": sign(signed_for + "/twilio/sms", PARAMS), **FORWARDED},
    )
    assert response.status_code == status


def test_a_public_base_url_overrides_the_headers_and_the_host(app, client, assistant):
    app.config["PUBLIC_BASE_URL"] = "https://phones.example.org/"
    public = "https://phones.example.org/twilio/sms"
    accepted = client.post(
        "/twilio/sms", data=PARAMS, headers={"X-Twilio-Signature": sign(public, PARAMS)}
    )
    forwarded = client.post(
        "/twilio/sms",
        data={**PARAMS, "MessageSid": "SM" + "1" * 32},
        headers={
            "X-Twilio-Signature": sign(BASE_URL + "/twilio/sms", PARAMS),
            "X-Forwarded-Proto": "http",
            "X-Forwarded-Host": "localhost",
        },
    )
    assert accepted.status_code == 200
    assert forwarded.status_code == 403


def test_the_query_string_is_part_of_what_is_signed(client, assistant):
    path = "/twilio/voice/dial-complete?line=emergency"
    params = {**PARAMS, "DialCallStatus": "completed"}
    good = client.post(
        path, data=params, headers={"X-Twilio-Signature": sign(BASE_URL + path, params)}
    )
    bad = client.post(
        "/twilio/voice/dial-complete?line=customer_service",
        data=params,
        headers={"X-Twilio-Signature": sign(BASE_URL + path, params)},
    )
    assert good.status_code == 200
    assert ET.fromstring(good.data).tag == "Response"
    assert bad.status_code == 403


def test_without_an_auth_token_every_request_is_refused(app, client, assistant):
    app.config["TWILIO_AUTH_TOKEN"] = None
    response = Phone(client).post("/twilio/sms", PARAMS)
    assert response.status_code == 403


def test_the_assistant_never_hears_a_refused_request(client, assistant):
    client.post("/twilio/sms", data=PARAMS, headers={"X-Twilio-Signature": "forged"})
    assert assistant.calls == []


@pytest.mark.parametrize("path", ["/twilio/sms", "/twilio/voice"])
def test_an_oversized_body_is_refused_before_it_is_parsed_or_checked(client, assistant, path):
    response = client.post(
        path,
        data="Body=" + "x" * (300 * 1024),
        content_type="application/x-www-form-urlencoded",
        headers={"X-Twilio-Signature": "anything"},
    )
    assert response.status_code == 413
    assert assistant.calls == []
