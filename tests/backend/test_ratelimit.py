from __future__ import annotations

import os
from uuid import uuid4

import pytest

from backend.ratelimit import Limit, MemoryCounter, RateLimiter, RedisCounter

REDIS_URL = os.environ.get("TEST_REDIS_URL")


class FakeClock:
    now = 1000.0

    def __call__(self) -> float:
        return self.now


def counters():
    yield pytest.param(lambda: MemoryCounter(), id="memory")
    yield pytest.param(
        lambda: RedisCounter(REDIS_URL, prefix=f"test:{os.getpid()}:"),
        id="redis",
        marks=[
            pytest.mark.redis,
            pytest.mark.skipif(not REDIS_URL, reason="TEST_REDIS_URL is not set"),
        ],
    )


@pytest.mark.parametrize("make_counter", counters())
def test_requests_beyond_the_limit_in_a_window_are_refused(make_counter):
    limiter = RateLimiter(make_counter())
    decisions = [limiter.allow("sms_per_number", "caller-hash", Limit(3, 60)) for _ in range(5)]
    assert decisions == [True, True, True, False, False]


@pytest.mark.parametrize("make_counter", counters())
def test_each_caller_has_a_count_of_their_own(make_counter):
    limiter = RateLimiter(make_counter())
    for _ in range(3):
        limiter.allow("sms_per_number", "flooder", Limit(3, 60))
    assert limiter.allow("sms_per_number", "flooder", Limit(3, 60)) is False
    assert limiter.allow("sms_per_number", "tenant", Limit(3, 60)) is True


def test_a_new_window_starts_a_new_count():
    clock = FakeClock()
    limiter = RateLimiter(MemoryCounter(clock))
    assert [limiter.allow("b", "k", Limit(1, 60)) for _ in range(2)] == [True, False]
    clock.now += 60
    assert limiter.allow("b", "k", Limit(1, 60)) is True


def test_a_limiter_that_is_down_lets_tenants_through():
    limiter = RateLimiter(RedisCounter("redis://127.0.0.1:9/0"))
    assert limiter.allow("sms_per_number", "tenant", Limit(1, 60)) is True


@pytest.mark.parametrize("make_counter", counters())
def test_events_recorded_exhaust_a_limit_that_looking_at_it_does_not(make_counter):
    """Staff sign-in counts wrong passwords only: a look at the count must not add to it."""
    limiter = RateLimiter(make_counter())
    key = f"casey-{uuid4().hex}"
    limit = Limit(2, 60)
    looks = [limiter.exhausted("staff_sign_in_account", key, limit) for _ in range(5)]
    limiter.record("staff_sign_in_account", key, limit)
    assert looks == [False] * 5
    assert limiter.exhausted("staff_sign_in_account", key, limit) is False
    limiter.record("staff_sign_in_account", key, limit)
    assert limiter.exhausted("staff_sign_in_account", key, limit) is True


def test_a_limiter_that_is_down_locks_nobody_out_of_signing_in():
    limiter = RateLimiter(RedisCounter("redis://127.0.0.1:9/0"))
    limiter.record("staff_sign_in_account", "casey", Limit(1, 60))
    assert limiter.exhausted("staff_sign_in_account", "casey", Limit(1, 60)) is False


@pytest.mark.redis
@pytest.mark.skipif(not REDIS_URL, reason="TEST_REDIS_URL is not set")
def test_deployments_sharing_one_redis_count_apart_by_their_key_prefix():
    from backend.app import create_app

    run = uuid4().hex
    first, second = (
        create_app(
            {"TESTING": True, "RATE_LIMIT_REDIS_URL": REDIS_URL, "RATE_LIMIT_KEY_PREFIX": prefix}
        )
        for prefix in (f"test:{run}:a:", f"test:{run}:b:")
    )
    spend = [first.extensions["rate_limiter"].allow("b", "k", Limit(1, 60)) for _ in range(2)]
    assert spend == [True, False]
    assert second.extensions["rate_limiter"].allow("b", "k", Limit(1, 60)) is True
