"""Rate limits on what the public can send in (SMS, calls, web chat), so a flood of messages cannot
run up an SMS bill or crowd out tenants (OWASP API4). Redis in production, so every process and
machine shares one count; an in-process counter for the embedded default."""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass
from typing import Protocol

from flask import Flask


@dataclass(frozen=True)
class Limit:
    requests: int
    per_seconds: int


class Counter(Protocol):
    def hit(self, key: str, window_seconds: int) -> int:
        """Count one request against `key` in the current window; return the count so far."""

    def count(self, key: str, window_seconds: int) -> int:
        """The count against `key` in the current window, without adding to it."""


class MemoryCounter:
    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._counts: dict[tuple[str, int], int] = {}
        self._lock = threading.Lock()

    def hit(self, key: str, window_seconds: int) -> int:
        window = int(self._clock() // window_seconds)
        with self._lock:
            if len(self._counts) > 100_000:  # old windows are never read again
                self._counts = {k: v for k, v in self._counts.items() if k[1] >= window}
            self._counts[(key, window)] = self._counts.get((key, window), 0) + 1
            return self._counts[(key, window)]

    def count(self, key: str, window_seconds: int) -> int:
        window = int(self._clock() // window_seconds)
        with self._lock:
            return self._counts.get((key, window), 0)


class RedisCounter:
    def __init__(self, url: str, prefix: str = "repairs:ratelimit:"):
        import redis

        self._redis = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        self._prefix = prefix

    def hit(self, key: str, window_seconds: int) -> int:
        window = int(time.time() // window_seconds)
        name = f"{self._prefix}{key}:{window}"
        pipe = self._redis.pipeline()
        pipe.incr(name)
        pipe.expire(name, window_seconds * 2)
        count, _ = pipe.execute()
        return int(count)

    def count(self, key: str, window_seconds: int) -> int:
        window = int(time.time() // window_seconds)
        return int(self._redis.get(f"{self._prefix}{key}:{window}") or 0)


class RateLimiter:
    def __init__(self, counter: Counter):
        self.counter = counter

    def allow(self, bucket: str, key: str, limit: Limit) -> bool:
        try:
            return self.counter.hit(f"{bucket}:{key}", limit.per_seconds) <= limit.requests
        except Exception:
            # A limiter that is down must not take the repairs service down with it.
            return True

    def exhausted(self, bucket: str, key: str, limit: Limit) -> bool:
        """Whether `key` has used up `limit` in this window (counts what `record` counted)."""
        try:
            return self.counter.count(f"{bucket}:{key}", limit.per_seconds) >= limit.requests
        except Exception:
            return False

    def record(self, bucket: str, key: str, limit: Limit) -> None:
        """Count one event (say, a wrong password) against `key`, without asking for a turn."""
        with contextlib.suppress(Exception):  # a limiter that is down lets everyone in
            self.counter.hit(f"{bucket}:{key}", limit.per_seconds)


DEFAULT_LIMITS = {
    "sms_per_number": Limit(20, 600),
    "voice_per_number": Limit(10, 600),
    "webhook_per_ip": Limit(300, 60),
    # Withheld and alphanumeric senders have no number to count by: together, per address.
    "sms_withheld_per_ip": Limit(30, 600),
    "voice_withheld_per_ip": Limit(30, 600),
    "chat_per_session": Limit(30, 60),
    "chat_per_ip": Limit(120, 60),
    # The tenants' photo page (backend/web/photos.py): uploads of up to 50 MB each.
    "photo_uploads_per_ip": Limit(20, 3600),
    # Staff sign-in: wrong passwords only (backend/web/sign_in_guard.py).
    "staff_sign_in_account_address": Limit(5, 900),
    "staff_sign_in_address": Limit(30, 900),
    "staff_sign_in_account": Limit(20, 3600),
    "staff_sign_in_device": Limit(10, 900),
}


def init_app(app: Flask) -> None:
    url = app.config.get("RATE_LIMIT_REDIS_URL")
    prefix = app.config.get("RATE_LIMIT_KEY_PREFIX", "repairs:ratelimit:")
    counter = RedisCounter(url, prefix) if url else MemoryCounter()
    app.extensions["rate_limiter"] = RateLimiter(counter)
    app.extensions["rate_limits"] = {**DEFAULT_LIMITS, **app.config.get("RATE_LIMITS", {})}


def allowed(app: Flask, bucket: str, key: str) -> bool:
    """Whether one more request in `bucket` from `key` (a number's hash, an IP) is allowed."""
    limit = app.extensions["rate_limits"][bucket]
    return app.extensions["rate_limiter"].allow(bucket, key, limit)
