"""A full assistant turn over the REST channel (NLU, dialogue, actions and backend calls), on
this machine: p50/p95 latency, messages per second, the model's training time and the Rasa
server's resident memory. Starts its own system on spare loopback ports and stops it after.

`python -m bench.turn_latency [--conversations 20] [--concurrency 4] [--seconds 20]`
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
import uuid
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.e2e.stack import ROOT, Stack

TENANTS = (1, 2, 3, 4, 5)
PROBLEMS = (
    "the kitchen tap drips all the time",
    "bathroom sink is blocked",
    "black mould on the bedroom wall",
    "the banister on the stairs is loose",
    "the intercom doesn't ring in my flat",
)


def conversation(stack: Stack, number: int, timings: list[float]) -> None:
    """Report, pick the first appointment offered, say thanks: three timed turns."""
    sender = f"bench-{uuid.uuid4().hex[:10]}"
    metadata = {
        "reported_at": datetime.now(ZoneInfo("Europe/London")).isoformat(),
        "tenant_id": TENANTS[number % len(TENANTS)],
    }

    def turn(text: str) -> list[dict]:
        started = time.perf_counter()
        replies = stack.say(sender, text, channel="sms", metadata=metadata)
        timings.append(time.perf_counter() - started)
        return replies

    replies = turn(PROBLEMS[number % len(PROBLEMS)])
    buttons = replies[-1].get("buttons") if replies else None
    turn(buttons[0]["payload"] if buttons else "none of these")
    turn("thanks")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()

    started = time.perf_counter()
    with Stack() as stack:
        startup = time.perf_counter() - started
        warm: list[float] = []
        for number in range(3):
            conversation(stack, number, warm)

        sequential: list[float] = []
        for number in range(args.conversations):
            conversation(stack, number, sequential)

        concurrent: list[float] = []
        lock = threading.Lock()
        stop_at = time.perf_counter() + args.seconds

        def worker(offset: int) -> None:
            number = offset
            while time.perf_counter() < stop_at:
                local: list[float] = []
                conversation(stack, number, local)
                with lock:
                    concurrent.extend(local)
                number += args.concurrency

        load_started = time.perf_counter()
        threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.concurrency)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        load_seconds = time.perf_counter() - load_started
        memory = {
            name: rss_mb(stack.pid(name)) for name in ("rasa", "actions", "backend", "gateway")
        }

    training_file = ROOT / "models/repairs.training.json"
    training = json.loads(training_file.read_text()) if training_file.exists() else {}
    figures = {
        "turns_timed": len(sequential),
        "p50_ms": round(statistics.median(sequential) * 1000, 1),
        "p95_ms": round(percentile(sequential, 0.95) * 1000, 1),
        "max_ms": round(max(sequential) * 1000, 1),
        "concurrency": args.concurrency,
        "concurrent_turns": len(concurrent),
        "messages_per_second": round(len(concurrent) / load_seconds, 2),
        "concurrent_p50_ms": round(statistics.median(concurrent) * 1000, 1),
        "concurrent_p95_ms": round(percentile(concurrent, 0.95) * 1000, 1),
        "rss_mb": {name: round(value, 1) for name, value in memory.items()},
        "training_seconds": training.get("seconds"),
        "startup_seconds": round(startup, 1),
    }
    print("Assistant turn over the REST channel (SMS channel, actions and backend included)")
    print(
        f"  sequential: {figures['turns_timed']} turns, p50 {figures['p50_ms']} ms, "
        f"p95 {figures['p95_ms']} ms, max {figures['max_ms']} ms"
    )
    print(
        f"  {args.concurrency} concurrent conversations for {args.seconds:.0f} s: "
        f"{figures['messages_per_second']} messages/s, p50 {figures['concurrent_p50_ms']} ms, "
        f"p95 {figures['concurrent_p95_ms']} ms"
    )
    print(
        f"  resident memory (MB): Rasa {figures['rss_mb']['rasa']}, action server "
        f"{figures['rss_mb']['actions']}, backend {figures['rss_mb']['backend']}"
    )
    print(
        f"  model training time: {figures['training_seconds']} s (models/repairs.training.json); "
        f"system start-up {figures['startup_seconds']} s"
    )
    results = ROOT / "bench/results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "turn_latency.json").write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
