"""No phone number in clear in a log line, whoever wrote it.

Our own log calls mask numbers already (`mask_phone`); this catches the ones that are not ours: a
driver's error quoting a statement's values, a traceback quoting a request, a library's debug
line. The process's log record factory is wrapped, so every record of every logger is redacted
where it is made, before any handler or formatter sees it. SQLAlchemy engines are also made with
`hide_parameters=True` (backend/db.py), so statement errors carry no values in the first place.
"""

from __future__ import annotations

import logging
import re

from backend.phones import mask_phone

# UK numbers as people write them (07700 900123, (07700) 900-123, +44 (0)7700 900123,
# +44-7700-900123, 0044 7700 900123) and as they look in a query string (`?phone=%2B447700900123`,
# `07700+900123`): the shapes tenants, Twilio and URLs write them in.
_PHONE = re.compile(
    r"(?:(?:\+|%2B|\b00)\s?44\s?-?\s?(?:\(0\)\s?)?|\(?\b0)"
    r"\s?\d(?:(?:[\s+-]|%20|\)\s?)?\d){8,9}\b",
    re.IGNORECASE,
)


def _masked(match: re.Match[str]) -> str:
    number = re.sub("%2B", "+", match.group(0), flags=re.IGNORECASE).replace("%20", "")
    digits = re.sub(r"\D", "", number)
    return mask_phone(("+" if number.startswith("+") else "") + digits)


# A tenant's photo link (backend/web/photos.py) is a key to one report: access logs quote paths.
_PHOTO_LINK = re.compile(r"(/photos/)[A-Za-z0-9_-]{8,}")


def redact_photo_links(text: str) -> str:
    """ "GET /photos/Zq3...x HTTP/1.1" -> "GET /photos/[link] HTTP/1.1"."""
    return _PHOTO_LINK.sub(r"\1[link]", text)


def redact_phone_numbers(text: str) -> str:
    """ "call 07700 900123" -> "call 0770*****123"; "+447700900123" -> "+447*****123"."""
    return _PHONE.sub(_masked, text)


def _redacted(record: logging.LogRecord) -> logging.LogRecord:
    try:
        message = record.getMessage()
    except Exception:  # a malformed call: let logging report it the usual way
        return record
    redacted = redact_photo_links(redact_phone_numbers(message))
    if redacted != message:
        record.msg, record.args = redacted, None
    if record.exc_info and record.exc_info[1] is not None:
        # Formatters use exc_text when it is set, so the traceback is redacted once, here.
        record.exc_text = redact_phone_numbers(logging.Formatter().formatException(record.exc_info))
    if record.stack_info:
        record.stack_info = redact_phone_numbers(record.stack_info)
    return record


def install_phone_redaction() -> None:
    """Redact every log record this process makes from now on (safe to call more than once)."""
    make_record = logging.getLogRecordFactory()
    if getattr(make_record, "redacts_phone_numbers", False):
        return

    def redacting_factory(*args, **kwargs) -> logging.LogRecord:
        return _redacted(make_record(*args, **kwargs))

    redacting_factory.redacts_phone_numbers = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(redacting_factory)
