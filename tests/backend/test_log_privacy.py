"""No phone number in clear in a log line: ours are masked where they are written; anything else
(a driver's error, a traceback, an access line) is redacted by the log record factory, and SQL
errors do not quote their values at all."""

from __future__ import annotations

import io
import logging
import re

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from backend.log_privacy import install_phone_redaction, redact_phone_numbers

NUMBER_DIGITS = "7700900555"


def digits_only(text_: str) -> str:
    return re.sub(r"\D", "", text_)


@pytest.mark.parametrize(
    ("line", "redacted"),
    [
        ("call me on 07700 900555", "call me on 0770*****555"),
        ("From=+447700900555", "From=+447*****555"),
        ("+44 7700 900555 texted", "+447*****555 texted"),
        ("+44 (0)7700 900-555", "+440*****555"),
        (
            "GET /api/tenants/lookup?phone=%2B447700900555 HTTP/1.1",
            "GET /api/tenants/lookup?phone=+447*****555 HTTP/1.1",
        ),
        ("?phone=07700+900555&x=1", "?phone=0770*****555&x=1"),
        ("landline 01708 434000", "landline 0170*****000"),
        ("(07700) 900555 or +44-7700-900555", "0770*****555 or +447*****555"),
        ("0044 7700 900555", "0044*****555"),
    ],
)
def test_a_phone_number_in_a_log_line_is_masked(line, redacted):
    assert redact_phone_numbers(line) == redacted


@pytest.mark.parametrize(
    "line",
    [
        "repair HR-483920 booked for slot 1234567",
        "2026-12-08 09:00:00,123 INFO took 1234 ms",
        "conversation 0f3a9c1e7b2d4a5f6e8d9c0b1a2f3e4d",
        "tenant 42 at RM3 7AB",
    ],
)
def test_lines_without_a_phone_number_are_left_alone(line):
    assert redact_phone_numbers(line) == line


@pytest.fixture
def captured_log():
    install_phone_redaction()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("tests.log_privacy")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield logger, stream
    logger.removeHandler(handler)


def test_a_library_log_call_with_a_number_in_its_arguments_is_redacted(captured_log):
    logger, stream = captured_log
    logger.info("texted by %s about %s", "+447700900555", "a leak")
    assert stream.getvalue() == "INFO texted by +447*****555 about a leak\n"


def test_a_traceback_quoting_a_number_is_redacted(captured_log):
    logger, stream = captured_log
    try:
        raise ValueError("no tenant has the number 07700 900555")
    except ValueError:
        logger.exception("lookup failed")
    output = stream.getvalue()
    assert "ValueError: no tenant has the number 0770*****555" in output
    assert NUMBER_DIGITS not in digits_only(output)


def test_installing_twice_wraps_the_factory_once():
    install_phone_redaction()
    factory = logging.getLogRecordFactory()
    install_phone_redaction()
    assert logging.getLogRecordFactory() is factory


def test_a_failed_statement_does_not_quote_its_values(session):
    with pytest.raises(DBAPIError) as failure:
        session.execute(
            text("INSERT INTO no_such_table (phone) VALUES (:phone)"), {"phone": "+447700900555"}
        )
    session.rollback()
    assert "no_such_table" in str(failure.value)
    assert NUMBER_DIGITS not in digits_only(str(failure.value))
