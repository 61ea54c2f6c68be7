"""Configuration of the records API (and of what the channel gateway shares with it: the database,
the landlord, the Twilio account, the rate limits), from the environment.

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
        # Larger bodies are refused with 413 before they are parsed (webhooks, chat, staff forms).
        "MAX_CONTENT_LENGTH": _env_int("MAX_CONTENT_LENGTH", 256 * 1024),
        "AUTO_CREATE_SCHEMA": _env("AUTO_CREATE_SCHEMA", "1") == "1",
        # Shared counters for rate limits across processes and machines (production profile).
        "RATE_LIMIT_REDIS_URL": _env("RATE_LIMIT_REDIS_URL"),
        # Two deployments (or a benchmark run beside a live stack) sharing one Redis keep their
        # counts apart by prefix.
        "RATE_LIMIT_KEY_PREFIX": _env("RATE_LIMIT_KEY_PREFIX", "repairs:ratelimit:"),
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
        # Web pages: 1 behind HTTPS, so the session cookie (staff sign-in, chat) never travels
        # over plain HTTP. Off by default so that `make run` works on http://127.0.0.1.
        "SESSION_COOKIE_SECURE": _env("SESSION_COOKIE_SECURE", "0") == "1",
        # Telephony (docs/telephony.md). An en-GB voice for <Say>; Twilio's default is American.
        "TWILIO_VOICE": _env("TWILIO_VOICE", "Polly.Amy"),
        # auto: Twilio when TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER are all
        # set, otherwise the console (prints, sends nothing); or force "console" / "twilio".
        "TELEPHONY_TRANSPORT": _env("TELEPHONY_TRANSPORT", "auto"),
        # GOV.UK Notify for the tenant notifications' texts (telephony/notify.py), chosen when
        # the API key is set; calls and conversations stay on Twilio. The default template is a
        # text of ((body)); NOTIFY_TEMPLATES names others by kind: "repair_reported=<id>,...".
        "NOTIFY_API_KEY": _env("NOTIFY_API_KEY"),
        "NOTIFY_SMS_TEMPLATE_ID": _env("NOTIFY_SMS_TEMPLATE_ID"),
        "NOTIFY_TEMPLATES": _env("NOTIFY_TEMPLATES"),
        "NOTIFY_SMS_SENDER_ID": _env("NOTIFY_SMS_SENDER_ID"),
        "NOTIFY_BASE_URL": _env("NOTIFY_BASE_URL"),
        # Photos tenants send by link (issue 14): a folder, by default instance/photos, or an
        # S3-compatible bucket, s3://bucket/prefix (backend/photo_storage.py). For a bucket not
        # on AWS (MinIO, a council's own store) its endpoint URL; the region where it matters.
        # The bucket's credentials are boto3's own AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY
        # (or the platform's role), read by boto3 and never copied into this configuration.
        "PHOTO_STORAGE": _env("PHOTO_STORAGE"),
        "PHOTO_S3_ENDPOINT_URL": _env("PHOTO_S3_ENDPOINT_URL"),
        "PHOTO_S3_REGION": _env("PHOTO_S3_REGION"),
        # Modules whose `init_app(app)` the records API calls at start: what it does when a
        # repair changes hands beyond its own database. The records API names none itself (it
        # imports no channel); `make run` and the production profile give `telephony.outbound`,
        # the tenant notifications and one-time codes by text or call (docs/production.md).
        "RECORDS_EXTENSIONS": [
            name.strip() for name in (_env("RECORDS_EXTENSIONS") or "").split(",") if name.strip()
        ],
    }


def gunicorn_settings(prefix: str = "BACKEND", default_port: str = "8002") -> dict:
    """A production server's settings (backend/gunicorn.conf.py, gateway/gunicorn.conf.py):
    `<prefix>_HOST`, `<prefix>_PORT`, then `<prefix>_WORKERS` and `<prefix>_THREADS` or, for
    both processes at once, GUNICORN_WORKERS and GUNICORN_THREADS."""
    cores = os.cpu_count() or 1
    return {
        "bind": f"{_env(f'{prefix}_HOST', '127.0.0.1')}:{_env(f'{prefix}_PORT', default_port)}",
        "workers": _env_int(f"{prefix}_WORKERS", _env_int("GUNICORN_WORKERS", 2 * cores + 1)),
        # Threads: a request that waits on a socket (the gateway's on the assistant, the records
        # API's on the database) costs a thread, not a process.
        "threads": _env_int(f"{prefix}_THREADS", _env_int("GUNICORN_THREADS", 8)),
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
        "TWILIO_AUTH_TOKEN": "test-twilio-auth-token",
    }
