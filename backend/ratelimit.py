"""Rate limits on what the public can send in (SMS, calls, web chat), so a flood of messages cannot
run up an SMS bill or crowd out tenants (OWASP API4). Redis in production, so every process and
machine shares one count; an in-process counter for the embedded default."""

from __future__ import annotations

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


class RateLimiter:
    def __init__(self, counter: Counter):
        self.counter = counter

    def allow(self, bucket: str, key: str, limit: Limit) -> bool:
        try:
            return self.counter.hit(f"{bucket}:{key}", limit.per_seconds) <= limit.requests
        except Exception:
            # A limiter that is down must not take the repairs service down with it.
            return True


DEFAULT_LIMITS = {
    "sms_per_number": Limit(20, 600),
    "voice_per_number": Limit(10, 600),
    "webhook_per_ip": Limit(300, 60),
    "chat_per_session": Limit(30, 60),
    "chat_per_ip": Limit(120, 60),
}


def init_app(app: Flask) -> None:
    url = app.config.get("RATE_LIMIT_REDIS_URL")
    counter = RedisCounter(url) if url else MemoryCounter()
    app.extensions["rate_limiter"] = RateLimiter(counter)
    app.extensions["rate_limits"] = {**DEFAULT_LIMITS, **app.config.get("RATE_LIMITS", {})}


def allowed(app: Flask, bucket: str, key: str) -> bool:
    """Whether one more request in `bucket` from `key` (a number's hash, an IP) is allowed."""
    limit = app.extensions["rate_limits"][bucket]
    return app.extensions["rate_limiter"].allow(bucket, key, limit)
