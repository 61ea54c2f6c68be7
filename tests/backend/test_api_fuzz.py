"""Property-based fuzzing of the JSON API: whatever a caller sends, the answer is a JSON reply,
2xx or 4xx with an error message, never a 500 (OWASP API: validate every input)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backend import create_app
from backend.config import for_tests
from backend.db import get_session
from backend.seed import seed_demo
from tests.conftest import API_TOKEN, NOW

HEADERS = {"Authorization": f"Bearer {API_TOKEN}"}

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(
        [
            "tap",
            "gas_smell",
            "web",
            "sms",
            "HR-100000",
            "2026-12-08T09:00:00+00:00",
            "2026-12-08",
            "07700900123",
            "",
            " ",
            "\x00",
            "1",
            "-1",
            "1e309",
        ]
    ),
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=6,
)
FIELDS = [
    "category",
    "facts",
    "reported_at",
    "channel",
    "tenant_id",
    "description",
    "contact_phone",
    "conversation_id",
    "reference",
    "slot_id",
    "door_number",
    "postcode",
    "name",
    "phone",
    "reason",
    "recharge_agreed",
]
bodies = st.one_of(
    st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=6),
    json_values,
)
ENDPOINTS = [
    ("post", "/api/triage"),
    ("post", "/api/repairs"),
    ("post", "/api/bookings"),
    ("post", "/api/tenants/verify"),
    ("post", "/api/callbacks"),
    ("patch", "/api/repairs/{text}?tenant_id={number}"),
    ("patch", "/api/bookings/{number}"),
    ("delete", "/api/bookings/{number}?tenant_id={text}"),
    ("get", "/api/slots?reference={text}&tenant_id={number}&limit={number}"),
    ("get", "/api/repairs/{text}?tenant_id={text}"),
    ("get", "/api/repairs?tenant_id={text}"),
    ("get", "/api/tenants/lookup?phone={text}"),
]
url_parts = st.one_of(st.text(max_size=12), st.integers(min_value=-(2**70), max_value=2**70))


@pytest.fixture(scope="module")
def fuzz_client():
    app = create_app({**for_tests(), "CLOCK": lambda: NOW})
    with app.app_context():
        session = get_session()
        seed_demo(session, NOW.date())
        session.commit()
    return app.test_client()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    endpoint=st.sampled_from(ENDPOINTS),
    body=bodies,
    text=url_parts,
    number=url_parts,
    raw=st.booleans(),
)
def test_no_input_makes_the_api_fail_with_a_500(fuzz_client, endpoint, body, text, number, raw):
    method, template = endpoint
    from urllib.parse import quote

    url = template.format(text=quote(str(text), safe=""), number=quote(str(number), safe=""))
    kwargs = {"headers": HEADERS}
    if method != "get":
        if raw:
            kwargs["data"] = str(body).encode()
            kwargs["content_type"] = "application/json"
        else:
            kwargs["json"] = body
    reply = getattr(fuzz_client, method)(url, **kwargs)
    assert reply.status_code < 500, (method, url, body, reply.get_data(as_text=True))
    assert reply.is_json
    if reply.status_code >= 400:
        assert reply.json["error"] and reply.json["message"]
