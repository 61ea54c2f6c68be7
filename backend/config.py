"""Configuration of the backend and the telephony and web blueprints, from the environment.

Order: these defaults, then the environment, then the overrides a test passes to create_app().
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
INSTANCE_DIR = PROJECT_ROOT / "instance"


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def _env_float(name: str, default: float) -> float:
    return float(_env(name, str(default)))


def _env_int(name: str, default: int) -> int:
    return int(_env(name, str(default)))


def from_environment() -> dict:
    return {
        "DATABASE_URL": _env("DATABASE_URL", f"sqlite:///{INSTANCE_DIR / 'repairs.db'}"),
        # Never a fixed default: unset in development means a random one nobody else knows.
        "BACKEND_API_TOKEN": _env("BACKEND_API_TOKEN") or secrets.token_urlsafe(32),
        "SECRET_KEY": _env("SECRET_KEY") or secrets.token_urlsafe(32),
        "POLICY_PATH": _env("POLICY_PATH", str(PROJECT_ROOT / "backend/policies/default.yml")),
        "REFERENCE_PREFIX": _env("REFERENCE_PREFIX", "HR"),
        "LANDLORD_NAME": _env("LANDLORD_NAME", "Havering Council Housing Repairs"),
        "LANDLORD_PHONE": _env("LANDLORD_PHONE", "0800 151 3444"),
        "EMERGENCY_PHONE": _env("EMERGENCY_PHONE", "01708 434000"),
        "RASA_URL": _env("RASA_URL", f"http://127.0.0.1:{_env('RASA_PORT', '5005')}"),
        # Larger bodies are refused with 413 before they are parsed (webhooks, chat, staff forms).
        "MAX_CONTENT_LENGTH": _env_int("MAX_CONTENT_LENGTH", 256 * 1024),
        # Twilio gives a webhook 15 s; the assistant's turn must end well inside that.
        "ASSISTANT_TIMEOUT_SECONDS": _env_float("ASSISTANT_TIMEOUT_SECONDS", 8.0),
        # Web chat turns relayed to the assistant at once, per process; more are answered "busy,
        # ring us" at once. Half of gunicorn's threads, so SMS and voice webhooks always have the
        # other half (and the relays' own thread pool), however many people chat.
        "CHAT_CONCURRENT_TURNS": _env_int(
            "CHAT_CONCURRENT_TURNS", max(1, _env_int("GUNICORN_THREADS", 8) // 2)
        ),
        "AUTO_CREATE_SCHEMA": _env("AUTO_CREATE_SCHEMA", "1") == "1",
        # Shared counters for rate limits across processes and machines (production profile).
        "RATE_LIMIT_REDIS_URL": _env("RATE_LIMIT_REDIS_URL"),
        # UK GDPR storage limitation: transcripts and conversation records kept this long.
        "CONVERSATION_RETENTION_DAYS": _env_int("CONVERSATION_RETENTION_DAYS", 90),
        # Rasa's SQL tracker store (production profile), for the retention job only; unset
        # means the in-memory tracker, which keeps nothing past a restart.
        "TRACKER_DATABASE_URL": _env("TRACKER_DATABASE_URL"),
        # Reverse proxies in front of the app (nginx in the production profile: 1). The client's
        # own address, scheme and host are then taken from X-Forwarded-For/-Proto/-Host, so
        # per-IP rate limits see tenants, not the proxy. 0: none of those headers is believed
        # (nothing in front, `make run`), not even for the URL a Twilio signature covers.
        "TRUSTED_PROXY_HOPS": _env_int("TRUSTED_PROXY_HOPS", 0),
        "TWILIO_ACCOUNT_SID": _env("TWILIO_ACCOUNT_SID"),
        "TWILIO_AUTH_TOKEN": _env("TWILIO_AUTH_TOKEN"),
        "TWILIO_FROM_NUMBER": _env("TWILIO_FROM_NUMBER"),
        "PUBLIC_BASE_URL": _env("PUBLIC_BASE_URL"),
        "PHONE_HASH_KEY": _env("PHONE_HASH_KEY") or secrets.token_urlsafe(32),
        # Shared with Rasa only: proves to the channels that a caller's identity comes from us
        # (bot/relay_proof.py). No random default: Rasa must hold the same key.
        "RELAY_SIGNING_KEY": _env("RELAY_SIGNING_KEY"),
        # Web pages: 1 behind HTTPS, so the session cookie (staff sign-in, chat) never travels
        # over plain HTTP. Off by default so that `make run` works on http://127.0.0.1.
        "SESSION_COOKIE_SECURE": _env("SESSION_COOKIE_SECURE", "0") == "1",
        # Telephony (docs/telephony.md). An en-GB voice for <Say>; Twilio's default is American.
        "TWILIO_VOICE": _env("TWILIO_VOICE", "Polly.Amy"),
        # A webhook's whole budget for the assistant's turn; Twilio itself gives up at 15 s.
        "TELEPHONY_DEADLINE_SECONDS": _env_float("TELEPHONY_DEADLINE_SECONDS", 10.0),
        # An SMS turn the assistant finishes after the deadline is still texted to the tenant, if
        # it finishes within this many seconds (0: never). The tenant had the fallback meanwhile.
        "SMS_LATE_REPLY_SECONDS": _env_float("SMS_LATE_REPLY_SECONDS", 45.0),
        # The most SMS segments one reply may cost (each segment is 160 GSM-7 characters).
        "SMS_MAX_SEGMENTS": _env_int("SMS_MAX_SEGMENTS", 4),
        # auto: Twilio when TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER are all
        # set, otherwise the console (prints, sends nothing); or force "console" / "twilio".
        "TELEPHONY_TRANSPORT": _env("TELEPHONY_TRANSPORT", "auto"),
    }


def gunicorn_settings() -> dict:
    """The production server's settings (backend/gunicorn.conf.py, docs/production.md)."""
    cores = os.cpu_count() or 1
    return {
        "bind": f"{_env('BACKEND_HOST', '127.0.0.1')}:{_env('BACKEND_PORT', '8000')}",
        # Threads, because an SMS or voice webhook waits for the assistant (up to its deadline).
        "workers": _env_int("GUNICORN_WORKERS", 2 * cores + 1),
        "threads": _env_int("GUNICORN_THREADS", 8),
        "timeout": _env_int("GUNICORN_TIMEOUT", 30),
        # The reverse proxy's address, so X-Forwarded-Proto is believed from it and nobody else.
        "forwarded_allow_ips": _env("FORWARDED_ALLOW_IPS", "127.0.0.1"),
    }


def for_tests(database_url: str = "sqlite://") -> dict:
    """The configuration tests start from: in-memory SQLite, fixed secrets, no Rasa."""
    return {
        "TESTING": True,
        "DATABASE_URL": database_url,
        "BACKEND_API_TOKEN": "test-token",
        "SECRET_KEY": "test-secret-key",
        "PHONE_HASH_KEY": "test-phone-hash-key",
        "RELAY_SIGNING_KEY": "test-relay-signing-key",
        "TWILIO_AUTH_TOKEN": "test-twilio-auth-token",
        "RASA_URL": "http://127.0.0.1:9",
        "ASSISTANT_TIMEOUT_SECONDS": 2.0,
        # A late reply is texted from a background thread after the request; only the tests
        # about it turn it on (and wait for it), so no thread outlives its test's database.
        "SMS_LATE_REPLY_SECONDS": 0.0,
    }
