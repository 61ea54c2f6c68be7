"""The OpenAPI description of /api (backend/api/openapi.yml) stays true: it names every route the
app serves under /api with its methods and nothing else, it is valid OpenAPI 3.1, and real answers
match their schemas. schemathesis fuzzes the app through it in test_api_schemathesis.py."""

from __future__ import annotations

import re

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from backend.api.openapi import DOCUMENT_PATH, _document
from backend.services.repairs import CHANNELS

IGNORED_METHODS = {"HEAD", "OPTIONS"}  # Flask answers these for every route by itself


def flask_routes(app) -> set[tuple[str, str]]:
    routes = set()
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/"):
            continue
        # Flask's <int:booking_id> is OpenAPI's {booking_id}.
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        routes |= {(method, path) for method in rule.methods - IGNORED_METHODS}
    return routes


def described_routes(document: dict) -> set[tuple[str, str]]:
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return {
        (method.upper(), path)
        for path, item in document["paths"].items()
        for method in item
        if method in methods
    }


@pytest.fixture
def document(api) -> dict:
    reply = api.client.get("/api/openapi.json")
    assert reply.status_code == 200
    return reply.json


def test_every_api_route_is_described_with_its_methods_and_nothing_else_is(app):
    served, described = flask_routes(app), described_routes(_document())
    assert served - described == set(), "routes missing from backend/api/openapi.yml"
    assert described - served == set(), "backend/api/openapi.yml describes routes the app lacks"


def test_the_description_is_valid_openapi_3_1(document):
    assert document["openapi"].startswith("3.1.")
    validate(document)


def test_the_description_is_served_without_a_token_and_the_api_still_needs_one(client):
    assert client.get("/api/openapi.json").status_code == 200
    assert client.get("/api/categories").status_code == 401


def test_every_operation_but_the_description_needs_the_bearer_token(document):
    assert document["security"] == [{"bearer": []}]
    assert document["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    public = [
        (method, path)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and operation.get("security") == []
    ]
    assert public == [("get", "/api/openapi.json")]


def test_every_operation_documents_the_401_and_every_body_the_413(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method == "parameters" or operation.get("security") == []:
                continue
            assert "401" in operation["responses"], (method, path)
            if "requestBody" in operation:
                assert "413" in operation["responses"], (method, path)


def test_the_served_categories_and_priorities_are_the_policys(document, app):
    policy = app.extensions["policy"]
    schemas = document["components"]["schemas"]
    assert schemas["CategoryCode"]["enum"] == list(policy.categories)
    assert schemas["PriorityCode"]["enum"] == list(policy.tiers)
    assert "enum" not in _document()["components"]["schemas"]["CategoryCode"]


def test_the_channels_are_the_ones_the_backend_accepts(document):
    assert document["components"]["schemas"]["Channel"]["enum"] == list(CHANNELS)


def test_docs_api_md_links_the_description():
    docs = (DOCUMENT_PATH.parents[2] / "docs" / "api.md").read_text(encoding="utf-8")
    assert "backend/api/openapi.yml" in docs and "/api/openapi.json" in docs


class Contract:
    """Validates a real answer against the schema the document gives its operation and status."""

    def __init__(self, document: dict):
        self.document = document
        self.registry = Registry().with_resource(
            "urn:openapi", Resource.from_contents(document, default_specification=DRAFT202012)
        )

    def check(self, method: str, path: str, reply) -> None:
        status = str(reply.status_code)
        response = self.document["paths"][path][method]["responses"].get(status)
        assert response is not None, f"{method.upper()} {path} does not document {status}"
        if "$ref" in response:
            pointer = "urn:openapi" + response["$ref"]
        else:
            escaped = path.replace("~", "~0").replace("/", "~1")
            pointer = f"urn:openapi#/paths/{escaped}/{method}/responses/{status}"
        validator = Draft202012Validator(
            {"$ref": pointer + "/content/application~1json/schema"},
            registry=self.registry,
            format_checker=FormatChecker(),
        )
        errors = [error.message for error in validator.iter_errors(reply.json)]
        assert errors == [], (method, path, status, errors, reply.json)


@pytest.fixture
def contract(document) -> Contract:
    return Contract(document)


def test_a_report_its_slots_a_booking_and_its_cancelling_match_the_description(
    api, contract, tenant_ids
):
    sarah = tenant_ids["Sarah"]
    reply = api.post("/api/triage", json={"category": "toilet", "facts": {}, "reported_at": None})
    contract.check("post", "/api/triage", reply)
    assert reply.json["questions"]

    reply = api.post(
        "/api/repairs",
        json={"category": "tap", "channel": "web", "tenant_id": sarah, "description": "drips"},
        headers={"Idempotency-Key": "openapi-contract-1"},
    )
    contract.check("post", "/api/repairs", reply)
    reference = reply.json["reference"]

    contract.check("get", "/api/repairs", api.get(f"/api/repairs?tenant_id={sarah}"))
    contract.check(
        "get", "/api/repairs/{reference}", api.get(f"/api/repairs/{reference}?tenant_id={sarah}")
    )
    slots = api.get(f"/api/slots?reference={reference}&tenant_id={sarah}&limit=2")
    contract.check("get", "/api/slots", slots)
    first, second = (slot["slot_id"] for slot in slots.json["slots"])

    booked = api.post(
        "/api/bookings", json={"reference": reference, "tenant_id": sarah, "slot_id": first}
    )
    contract.check("post", "/api/bookings", booked)
    contract.check(
        "get", "/api/repairs/{reference}", api.get(f"/api/repairs/{reference}?tenant_id={sarah}")
    )
    booking_id = booked.json["booking_id"]
    moved = api.patch(f"/api/bookings/{booking_id}", json={"tenant_id": sarah, "slot_id": second})
    contract.check("patch", "/api/bookings/{booking_id}", moved)
    cancelled = api.delete(f"/api/bookings/{moved.json['booking_id']}?tenant_id={sarah}")
    contract.check("delete", "/api/bookings/{booking_id}", cancelled)
    again = api.delete(f"/api/bookings/{moved.json['booking_id']}?tenant_id={sarah}")
    contract.check("delete", "/api/bookings/{booking_id}", again)
    assert again.status_code == 409


def test_identity_categories_and_call_backs_match_the_description(api, contract):
    contract.check("get", "/api/categories", api.get("/api/categories"))
    contract.check("get", "/api/tenants/lookup", api.get("/api/tenants/lookup?phone=07700900123"))
    contract.check("get", "/api/tenants/lookup", api.get("/api/tenants/lookup?phone=0"))
    contract.check("post", "/api/callbacks", api.post("/api/callbacks", json={"reason": "damp"}))


def test_refusals_match_the_error_schema(api, client, contract):
    contract.check("post", "/api/triage", api.post("/api/triage", json={"category": "no_such"}))
    contract.check("post", "/api/triage", api.post("/api/triage", data="[", content_type="x"))
    contract.check("get", "/api/categories", client.get("/api/categories"))
    contract.check("get", "/api/repairs/{reference}", api.get("/api/repairs/HR-0?tenant_id=1"))
    contract.check("post", "/api/bookings", api.post("/api/bookings", json={"reference": "HR-0"}))
    emergency = api.post("/api/repairs", json={"category": "gas_smell", "channel": "sms"})
    contract.check("post", "/api/repairs", emergency)


def test_one_time_codes_and_confidential_references_match_the_description(
    api, app, contract, tenant_ids
):
    from tests.telephony.conftest import RecordingTransport

    transport = app.extensions["telephony_transport"] = RecordingTransport()
    sarah = tenant_ids["Sarah"]
    codes, check = "/api/tenants/{tenant_id}/codes", "/api/tenants/{tenant_id}/codes/check"
    contract.check("post", codes, api.post(f"/api/tenants/{sarah}/codes"))
    code = re.search(r"\b\d{6}\b", transport.sent[-1].body).group()
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    check_code = f"/api/tenants/{sarah}/codes/check"
    contract.check("post", check, api.post(check_code, json={"code": wrong}))  # 422
    contract.check("post", check, api.post(check_code, json={"code": code}))  # 200
    contract.check("post", check, api.post(check_code, json={"code": code}))  # 409, used up
    for _ in range(5):
        api.post(f"/api/tenants/{sarah}/codes")
        locked = api.post(check_code, json={"code": wrong})
    contract.check("post", check, locked)
    assert locked.status_code == 429 and locked.json["retry_after"] > 0

    complaint = api.post(
        "/api/repairs", json={"category": "complaint", "channel": "web", "tenant_id": sarah}
    ).json["reference"]
    shown = api.get(f"/api/repairs/{complaint}?tenant_id={sarah}")
    contract.check("get", "/api/repairs/{reference}", shown)
    assert shown.json["confidential"] is True
    texted = api.post(f"/api/repairs/{complaint}/confirmation?tenant_id={sarah}")
    contract.check("post", "/api/repairs/{reference}/confirmation", texted)
