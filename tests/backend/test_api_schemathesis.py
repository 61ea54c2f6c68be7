"""schemathesis fuzzes every /api operation of the app (create_app, the seeded demo landlord, the
API token) through its own OpenAPI description, served at /api/openapi.json: valid and invalid
inputs from the schemas, their examples and boundaries. No answer may be a server error, and every
answer must be one the description documents, with its content type and schema.

Bounded for CI: a fixed seed, deterministic generation and a few dozen examples per operation
(SCHEMATHESIS_MAX_EXAMPLES raises it for a longer hunt). It runs on SQLite and, when
TEST_DATABASE_URL is set, on PostgreSQL, inside the rolled-back transaction of tests/conftest.py."""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from backend.api.openapi import description
from backend.config import from_environment
from backend.domain.policy import load_policy
from tests.conftest import API_TOKEN

MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "100"))

CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": 11,
        "generation": {
            "max-examples": MAX_EXAMPLES,
            "deterministic": True,
            # The API takes the token from the configuration below, not from generated values.
            "with-security-parameters": False,
        },
        # The description's `bearer` scheme, so the ignored_auth check knows what to leave out.
        "auth": {"openapi": {"bearer": {"bearer": API_TOKEN}}},
        "checks": {
            "enabled": False,
            "not_a_server_error": {"enabled": True},
            "status_code_conformance": {"enabled": True},
            "content_type_conformance": {"enabled": True},
            "response_schema_conformance": {"enabled": True},
            # Without the token, or with a wrong one, every operation but the description is a 401.
            "ignored_auth": {"enabled": True},
            # A method the description does not name is a 405, not a 500 or a 200.
            "unsupported_method": {"enabled": True},
        },
        # The operations one after another from links is a longer run than CI affords.
        "phases": {"stateful": {"enabled": False}},
    }
)


# The document the app serves: backend/api/openapi.yml with the default policy's categories.
schema = schemathesis.openapi.from_dict(
    description(load_policy(from_environment()["POLICY_PATH"])), config=CONFIG
)


@schema.parametrize()
# One seeded landlord per operation and database, shared by that operation's examples: records
# they make stay for the next, as they would on a running system.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_no_generated_request_makes_the_api_fail_or_answer_off_its_description(case, app):
    # This test's app (its database and transaction), also for the probes the checks send, such
    # as the same request without the token.
    case.operation.app = case.operation.schema.app = app
    case.call_and_validate()


# What these runs found, each answered a 500 (or off the description) before its fix.

FAR_TIMES = ["0001-01-01T00:00:00+14:00", "1024-11-04T19:45:15-22:07", "9999-12-31T23:59:59Z"]


@pytest.mark.parametrize("reported_at", FAR_TIMES)
@pytest.mark.parametrize("url", ["/api/triage", "/api/repairs"])
def test_a_report_time_centuries_away_is_a_400_not_an_overflow(api, url, reported_at):
    body = {"category": "tap", "channel": "web", "reported_at": reported_at}
    reply = api.post(url, json=body)
    assert reply.status_code == 400
    assert reply.json["error"] == "invalid_field"


def test_a_report_time_this_century_is_still_taken(api):
    reply = api.post("/api/triage", json={"category": "tap", "reported_at": "2099-12-31T12:00Z"})
    assert reply.status_code == 200


@pytest.mark.parametrize(
    "method, url",
    [
        ("patch", "/api/bookings/9999999999"),
        ("delete", "/api/bookings/9999999999?tenant_id=1"),
        ("patch", "/api/bookings/999999999999999999999999999999"),
        ("post", "/api/tenants/999999999999999999999999999999/codes"),
    ],
)
def test_an_id_in_the_url_too_long_for_the_database_is_a_404(api, method, url):
    reply = getattr(api, method)(url, json={"tenant_id": 1, "slot_id": 1, "code": "123456"})
    assert reply.status_code == 404


@pytest.mark.parametrize(
    "method, url, body",
    [
        ("post", "/api/triage", {"category": "tap", "tenant_id": 2**31}),
        ("get", f"/api/repairs?tenant_id={2**63 - 2}", None),
        ("post", "/api/callbacks", {"tenant_id": -(2**31) - 1}),
        ("post", "/api/bookings", {"reference": "HR-1", "tenant_id": 1, "slot_id": 2**40}),
        ("patch", "/api/bookings/1", {"tenant_id": 2**31, "slot_id": 1}),
    ],
)
def test_an_id_past_the_databases_integers_is_a_400(api, method, url, body):
    reply = getattr(api, method)(url, json=body)
    assert reply.status_code == 400
    assert reply.json["message"].endswith("is out of range.")


@pytest.mark.parametrize(
    "method, url, body",
    [
        ("post", "/api/repairs", {"category": "tap", "channel": "web", "description": "a\x00"}),
        ("post", "/api/repairs", {"category": "tap", "channel": "web", "conversation_id": "\x00"}),
        ("post", "/api/callbacks", {"reason": "call me\x00"}),
        ("post", "/api/tenants/verify", {"door_number": "1\x00", "postcode": "RM3", "name": "A B"}),
        ("post", "/api/bookings", {"reference": "HR\x00", "tenant_id": 1, "slot_id": 1}),
        ("get", "/api/repairs/HR%00?tenant_id=1", None),
        ("get", "/api/slots?reference=HR%00&tenant_id=1", None),
        ("get", "/api/tenants/lookup?phone=07700900123%00", None),
    ],
)
def test_a_nul_character_is_a_400_on_every_database(api, method, url, body):
    reply = getattr(api, method)(url, json=body)
    assert reply.status_code == 400
    assert "NUL" in reply.json["message"]


def test_a_method_the_route_lacks_is_a_405_naming_the_ones_it_has(api):
    reply = api.client.put("/api/categories")
    assert reply.status_code == 405
    assert reply.json["error"] == "method_not_allowed"
    assert set(reply.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
