"""Run in the bot's environment (.venv-bot, it imports Rasa): several processes, each with several
coroutines, take a Rasa lock-store lock on one conversation at once, and count how often two were
inside at the same time (a Redis counter). Prints a JSON summary.

    .venv-bot/bin/python tests/production/lock_race.py --store atomic --redis redis://.../14
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def make_store(kind: str, redis_url: str, prefix: str):
    from rasa.core.lock_store import RedisLockStore

    from bot.lock_store import AtomicRedisLockStore

    url = urlsplit(redis_url)
    options = {
        "host": url.hostname or "127.0.0.1",
        "port": url.port or 6379,
        "db": int(url.path.strip("/") or 0),
        "password": url.password,
        "key_prefix": prefix,
    }
    return (AtomicRedisLockStore if kind == "atomic" else RedisLockStore)(**options)


def contend(kind: str, redis_url: str, prefix: str, coroutines: int, queue) -> None:
    import redis

    store = make_store(kind, redis_url, prefix)
    counter = redis.Redis.from_url(redis_url)
    inside_key = f"{prefix}:inside"
    result = {"sections": 0, "overlaps": 0, "errors": 0}

    async def one() -> None:
        try:
            async with store.lock("race", lock_lifetime=30, wait_time_in_seconds=0.02):
                if counter.incr(inside_key) > 1:
                    result["overlaps"] += 1
                await asyncio.sleep(0.01)
                counter.decr(inside_key)
                result["sections"] += 1
        except Exception:
            result["errors"] += 1

    async def main() -> None:
        await asyncio.gather(*(one() for _ in range(coroutines)))

    asyncio.run(main())
    queue.put(result)


def run(kind: str, redis_url: str, processes: int, coroutines: int) -> dict:
    import redis

    prefix = f"race{os.getpid()}"
    queue = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=contend, args=(kind, redis_url, prefix, coroutines, queue))
        for _ in range(processes)
    ]
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    client = redis.Redis.from_url(redis_url)
    lock_left = client.exists(f"{prefix}:lock:race") == 1
    client.delete(f"{prefix}:inside", f"{prefix}:lock:race")
    return {
        "store": kind,
        "sections": sum(r["sections"] for r in results),
        "overlaps": sum(r["overlaps"] for r in results),
        "errors": sum(r["errors"] for r in results),
        "lock_left": lock_left,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", choices=["atomic", "rasa"], default="atomic")
    parser.add_argument("--redis", required=True)
    parser.add_argument("--processes", type=int, default=6)
    parser.add_argument("--coroutines", type=int, default=10)
    args = parser.parse_args()
    print(json.dumps(run(args.store, args.redis, args.processes, args.coroutines)))
