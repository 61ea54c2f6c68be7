"""Configuration of the channel gateway, from the environment: what it shares with the records API
(backend.config: the database, the landlord, the Twilio account, the rate limits), then its own.

Order: these defaults, then the environment, then the overrides a test passes to create_app().
"""

from __future__ import annotations

from backend import config as records


def from_environment() -> dict:
    env, env_int, env_float = records._env, records._env_int, records._env_float
    return {
        **records.from_environment(),
        # The chat's cookie is its own: the staff dashboard on the same site never reads it, and
        # a staff sign-in never rides on a tenant's conversation (or the other way round).
        "SESSION_COOKIE_NAME": "chat_session",
        "RASA_URL": env("RASA_URL", f"http://127.0.0.1:{env('RASA_PORT', '5005')}"),
        # Twilio gives a webhook 15 s; the assistant's turn must end well inside that.
        "ASSISTANT_TIMEOUT_SECONDS": env_float("ASSISTANT_TIMEOUT_SECONDS", 8.0),
        # Web chat turns relayed to the assistant at once, per process; more wait a moment in
        # line, then are answered "busy, ring us". Half of gunicorn's threads, so SMS and voice
        # webhooks always have the other half (and the relays' own thread pool).
        "CHAT_CONCURRENT_TURNS": env_int(
            "CHAT_CONCURRENT_TURNS",
            max(1, env_int("GATEWAY_THREADS", env_int("GUNICORN_THREADS", 8)) // 2),
        ),
        # How long a chat turn over that budget waits for a place before it is turned away.
        "CHAT_QUEUE_SECONDS": env_float("CHAT_QUEUE_SECONDS", 2.0),
        # Shared with Rasa only: proves to the channels that a caller's identity comes from us
        # (bot/relay_proof.py). No random default: Rasa must hold the same key.
        "RELAY_SIGNING_KEY": env("RELAY_SIGNING_KEY"),
        # SMS and voice turns sent to the assistant at once, per process; the rest wait in line
        # (while their deadline allows), so a storm's first texts are answered in turn rather
        # than all at the end of the burst. All processes together should hold about three turns
        # per Rasa server: enough to keep its core busy while a turn waits on the action server
        # (the storm on 2 cores, 3 gateway processes: p95 2.4 s at 2 each, 2.9 s at 4, 3.1 s
        # with no line; docs/performance.md).
        "PHONE_TURNS_AT_ONCE": env_int("PHONE_TURNS_AT_ONCE", 2),
        # A webhook's whole budget for the assistant's turn; Twilio itself gives up at 15 s.
        "TELEPHONY_DEADLINE_SECONDS": env_float("TELEPHONY_DEADLINE_SECONDS", 10.0),
        # An SMS turn the assistant finishes after the deadline is still texted to the tenant, if
        # it finishes within this many seconds (0: never). The tenant had the fallback meanwhile.
        "SMS_LATE_REPLY_SECONDS": env_float("SMS_LATE_REPLY_SECONDS", 45.0),
        # The most SMS segments one reply may cost (each segment is 160 GSM-7 characters).
        "SMS_MAX_SEGMENTS": env_int("SMS_MAX_SEGMENTS", 4),
    }


def gunicorn_settings() -> dict:
    """The gateway's production server (gateway/gunicorn.conf.py): GATEWAY_HOST, GATEWAY_PORT,
    GATEWAY_WORKERS, GATEWAY_THREADS (or GUNICORN_WORKERS, GUNICORN_THREADS)."""
    return records.gunicorn_settings("GATEWAY", "8001")


def for_tests(database_url: str = "sqlite://") -> dict:
    """The configuration tests start from: the records API's, no Rasa, no late replies."""
    return {
        **records.for_tests(database_url),
        "RELAY_SIGNING_KEY": "test-relay-signing-key",
        "RASA_URL": "http://127.0.0.1:9",
        "ASSISTANT_TIMEOUT_SECONDS": 2.0,
        # A late reply is texted from a background thread after the request; only the tests
        # about it turn it on (and wait for it), so no thread outlives its test's database.
        "SMS_LATE_REPLY_SECONDS": 0.0,
        # A turn over the chat's budget is refused at once in tests, unless a test says so.
        "CHAT_QUEUE_SECONDS": 0.0,
    }
