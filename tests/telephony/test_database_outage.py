"""The database is down: a text or a call still gets an answer with the numbers to ring."""

from __future__ import annotations

import pytest

from gateway import create_app
from gateway.config import for_tests
from tests.telephony.conftest import Phone, message_bodies, spoken


@pytest.fixture
def phone_without_database():
    # Nothing listens on port 9: every query fails as it would in an outage.
    app = create_app(
        {**for_tests("postgresql://postgres@127.0.0.1:9/repairs"), "AUTO_CREATE_SCHEMA": False}
    )
    return Phone(app.test_client())


def test_a_text_during_a_database_outage_gets_the_numbers_to_ring(phone_without_database):
    [body] = message_bodies(phone_without_database.text("my boiler is broken"))
    assert "0800 151 3444" in body
    assert "01708 434000" in body


def test_a_call_during_a_database_outage_still_hears_the_emergency_number(phone_without_database):
    root = phone_without_database.ring()
    assert any("0 1 7 0 8, 4 3 4 0 0 0" in text for text in spoken(root))
