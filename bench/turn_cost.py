"""Where a turn's time goes: wall time and CPU milliseconds per turn of each process (Rasa, the
action server, the backend) for a tenant's first message (a report) and for the choice of an
appointment, beside a stock `rasa init` bot answering its first message in the same run.

Starts its own system (`tests/e2e/stack.py`) and the stock bot on spare loopback ports and stops
them after. The stock bot is trained once into `models/stock-rasa/` (a minute or two on two
cores) and reused. Blocks of turns alternate (stock, report, choice) so a machine that gets
busier mid-run slows both sides alike. CPU is read from /proc/<pid>/stat (utime + stime) of
every process in each server's process group, before and after each block, divided by turns.

`python -m bench.turn_cost [--rounds 4] [--turns 8] [--channel web] [--clients 8] [--profile]`

Then, with `--clients` at once for two alternating phases each, first-message turns per second
of the stock bot and of the assistant (a report) and their ratio (issue 12's target: >= 0.75).

`--profile` also samples the three processes with py-spy (not a requirement of the project:
install it anywhere, e.g. `python3 -m venv /tmp/spy && /tmp/spy/bin/pip install py-spy`, and
give `--py-spy /tmp/spy/bin/py-spy`) during extra report and choice blocks, and prints each
process's functions with the most samples (inclusive and own).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
import uuid
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import requests

from bench.cpu import group_cpu_seconds
from bench.profiling import profile
from tests.e2e.stack import RASA, ROOT, Stack
from tests.stack_support import ServerStack, free_port

STOCK_DIR = ROOT / "models/stock-rasa"
TENANTS = (1, 2, 3, 4, 5)
PROBLEMS = (
    "the kitchen tap drips all the time",
    "bathroom sink is blocked",
    "black mould on the bedroom wall",
    "the banister on the stairs is loose",
    "the intercom doesn't ring in my flat",
)
STOCK_MESSAGES = ("hello", "hi there", "good morning", "hey", "hello there")
# Werkzeug's request log; it colours some statuses with ANSI escapes inside the quotes.
API_LINE = re.compile(r'"(?:\x1b\[[0-9;]*m)*(?:GET|POST|PATCH|PUT|DELETE) /api/')


# --- the stock bot ----------------------------------------------------------------------------
def stock_model() -> Path:
    """The stock `rasa init` model, trained into STOCK_DIR the first time."""
    models = sorted((STOCK_DIR / "project/models").glob("*.tar.gz"))
    if models:
        return models[-1]
    project = STOCK_DIR / "project"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    print(f"Training the stock `rasa init` bot once into {project} ...", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [str(RASA), "init", "--no-prompt", "--init-dir", str(project)],
        cwd=project,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3"},
        check=True,
        capture_output=True,
        timeout=1800,
    )
    print(f"  trained in {time.perf_counter() - started:.0f} s", flush=True)
    return sorted((project / "models").glob("*.tar.gz"))[-1]


class StockRasa(ServerStack):
    """A stock `rasa init` bot with its REST channel, on a spare loopback port."""

    def __init__(self, model: Path, startup_timeout: float = 240.0) -> None:
        self.model = model
        self.startup_timeout = startup_timeout
        self.workdir = Path(tempfile.mkdtemp(prefix="stock-rasa-"))
        self.port = free_port()
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.env = {
            **os.environ,
            "RASA_TELEMETRY_ENABLED": "false",
            "TF_CPP_MIN_LOG_LEVEL": "3",
            "SANIC_HOST": "127.0.0.1",
        }

    def start(self) -> None:
        project = STOCK_DIR / "project"
        self._spawn(
            "stock",
            [
                str(RASA),
                "run",
                "--interface",
                "127.0.0.1",
                "--enable-api",
                "--model",
                str(self.model),
                "--port",
                str(self.port),
                "--credentials",
                str(project / "credentials.yml"),
                # Its own (empty) endpoints, not the assistant's in the working directory.
                "--endpoints",
                str(project / "endpoints.yml"),
            ],
        )
        deadline = time.monotonic() + self.startup_timeout
        self._wait("stock", f"http://127.0.0.1:{self.port}/status", deadline)

    def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        reply = requests.post(
            f"http://127.0.0.1:{self.port}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            timeout=30,
        )
        reply.raise_for_status()
        return reply.json()


# --- measuring --------------------------------------------------------------------------------
def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Tally:
    """Wall times, CPU seconds per process and backend requests of one kind of turn."""

    def __init__(self, processes: dict[str, int]) -> None:
        self.processes = processes
        self.walls: list[float] = []
        self.cpu: Counter[str] = Counter()
        self.api_calls = 0

    def block(self, turns: list, say, backend_log=None) -> list:
        """Runs `say(turn)` for each turn, timing each; CPU and API calls over the block."""
        before = {name: group_cpu_seconds(pid) for name, pid in self.processes.items()}
        log_before = len(API_LINE.findall(backend_log())) if backend_log else 0
        replies = []
        for turn in turns:
            started = time.perf_counter()
            replies.append(say(turn))
            self.walls.append(time.perf_counter() - started)
        # Let the servers finish what they do after answering (logging, tracker writes).
        time.sleep(0.3)
        for name, pid in self.processes.items():
            self.cpu[name] += group_cpu_seconds(pid) - before[name]
        if backend_log:
            self.api_calls += len(API_LINE.findall(backend_log())) - log_before
        return replies

    def figures(self) -> dict[str, Any]:
        turns = len(self.walls)
        cpu = {name: round(self.cpu[name] * 1000 / turns, 1) for name in self.processes}
        return {
            "turns": turns,
            "p50_ms": round(statistics.median(self.walls) * 1000, 1),
            "p95_ms": round(percentile(self.walls, 0.95) * 1000, 1),
            "cpu_ms_per_turn": cpu,
            "cpu_ms_per_turn_total": round(sum(cpu.values()), 1),
            "backend_calls_per_turn": round(self.api_calls / turns, 2),
        }


# --- the assistant's turns --------------------------------------------------------------------
class Conversations:
    def __init__(self, stack: Stack, channel: str) -> None:
        self.stack = stack
        self.channel = channel
        self.count = 0

    def new(self) -> dict[str, Any]:
        self.count += 1
        return {
            "sender": f"cost-{uuid.uuid4().hex[:10]}",
            "text": PROBLEMS[self.count % len(PROBLEMS)],
            "metadata": {
                "reported_at": datetime.now(ZoneInfo("Europe/London")).isoformat(),
                "tenant_id": TENANTS[self.count % len(TENANTS)],
            },
        }

    def say(self, turn: dict[str, Any]) -> list[dict[str, Any]]:
        return self.stack.say(
            turn["sender"], turn["text"], channel=self.channel, metadata=turn["metadata"]
        )

    def choices(self, reports: list[dict], replies: list[list[dict]]) -> list[dict]:
        """The second turn of each conversation: the first appointment offered."""
        chosen = []
        for report, reply in zip(reports, replies, strict=True):
            buttons = next((r["buttons"] for r in reversed(reply) if r.get("buttons")), None)
            if not buttons:
                raise RuntimeError(f"no appointments offered after {report['text']!r}: {reply}")
            chosen.append(report | {"text": buttons[0]["payload"]})
        return chosen


# --- throughput -------------------------------------------------------------------------------
def turns_per_second(say, make_turn, clients: int, seconds: float) -> int:
    """First-message turns `clients` at once complete in `seconds`; returns the count."""
    done = [0] * clients
    stop_at = time.perf_counter() + seconds

    def client(index: int) -> None:
        while time.perf_counter() < stop_at:
            say(make_turn())
            done[index] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done)


# --- the run ----------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--turns", type=int, default=8, help="turns per block")
    parser.add_argument("--channel", default="web", help="web offers appointments at once")
    parser.add_argument("--clients", type=int, default=8, help="for turns per second")
    parser.add_argument("--load-seconds", type=float, default=6.0, help="per phase, 2 each")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--py-spy", default=shutil.which("py-spy") or "py-spy")
    parser.add_argument("--label", default="", help="a name for this run in the results file")
    args = parser.parse_args()

    model = stock_model()
    with StockRasa(model) as stock, Stack() as stack:
        assistant = {name: stack.pid(name) for name in ("rasa", "actions", "backend")}
        tallies = {
            "stock": Tally({"rasa": stock.processes["stock"].pid}),
            "report": Tally(assistant),
            "choice": Tally(assistant),
        }
        talk = Conversations(stack, args.channel)
        backend_log = lambda: stack.log("backend")  # noqa: E731

        def stock_say(sender: str) -> list[dict]:
            return stock.say(sender, STOCK_MESSAGES[hash(sender) % len(STOCK_MESSAGES)])

        # Warm both up (first turns load lazily imported code and fill caches).
        for _ in range(3):
            reports = [talk.new()]
            talk_replies = [talk.say(r) for r in reports]
            for choice in talk.choices(reports, talk_replies):
                talk.say(choice)
            stock_say(f"warm-{uuid.uuid4().hex[:8]}")

        for _ in range(args.rounds):
            tallies["stock"].block(
                [f"stock-{uuid.uuid4().hex[:10]}" for _ in range(args.turns)], stock_say
            )
            reports = [talk.new() for _ in range(args.turns)]
            replies = tallies["report"].block(reports, talk.say, backend_log)
            tallies["choice"].block(talk.choices(reports, replies), talk.say, backend_log)

        # Turns per second with several clients at once, phases alternating (stock, assistant).
        served = {"stock": 0, "report": 0}
        for _ in range(2):
            served["stock"] += turns_per_second(
                stock_say, lambda: f"tps-{uuid.uuid4().hex[:10]}", args.clients, args.load_seconds
            )
            served["report"] += turns_per_second(
                talk.say, talk.new, args.clients, args.load_seconds
            )
        throughput = {k: round(v / (2 * args.load_seconds), 1) for k, v in served.items()}

        profiles: dict[str, dict[str, list[str]]] = {}
        if args.profile:
            spy_dir = Path(tempfile.mkdtemp(prefix="turn-cost-spy-"))
            turns = max(args.turns, 12)
            reports = [talk.new() for _ in range(turns)]
            held: list = []

            def report_block() -> None:
                held.extend(talk.say(r) for r in reports)

            def choice_block() -> None:
                for choice in talk.choices(reports, held):
                    talk.say(choice)

            seconds = max(8.0, turns * 0.6)
            profiles["report"] = profile(args.py_spy, assistant, report_block, seconds, spy_dir)
            profiles["choice"] = profile(args.py_spy, assistant, choice_block, seconds, spy_dir)

    figures = {kind: tally.figures() for kind, tally in tallies.items()}
    stock_fig, report_fig, choice_fig = figures["stock"], figures["report"], figures["choice"]
    print(
        f"Turn cost over the REST channel ({args.channel}), {args.rounds} rounds of "
        f"{args.turns} turns per kind, blocks alternating, sequential"
    )
    print(
        f"  {'turn':<28}{'p50 ms':>8}{'p95 ms':>8}   CPU ms/turn: "
        f"{'Rasa':>6}{'actions':>9}{'backend':>9}{'total':>8}{'API calls':>11}"
    )
    rows = (
        ("stock rasa init, first msg", stock_fig),
        ("assistant, report (1st msg)", report_fig),
        ("assistant, slot choice", choice_fig),
    )
    for title, fig in rows:
        cpu = fig["cpu_ms_per_turn"]
        print(
            f"  {title:<28}{fig['p50_ms']:>8}{fig['p95_ms']:>8}                "
            f"{cpu.get('rasa', 0):>6}{cpu.get('actions', 0) or '':>9}"
            f"{cpu.get('backend', 0) or '':>9}{fig['cpu_ms_per_turn_total']:>8}"
            f"{fig['backend_calls_per_turn'] if title.startswith('assistant') else '':>11}"
        )
    ratios = {
        "report_vs_stock_p50": round(stock_fig["p50_ms"] / report_fig["p50_ms"], 2),
        "report_vs_stock_cpu": round(
            stock_fig["cpu_ms_per_turn_total"] / report_fig["cpu_ms_per_turn_total"], 2
        ),
        "choice_vs_stock_p50": round(stock_fig["p50_ms"] / choice_fig["p50_ms"], 2),
        "report_vs_stock_turns_per_second": round(throughput["report"] / throughput["stock"], 2),
    }
    print(
        f"  stock / assistant: report p50 {ratios['report_vs_stock_p50']}x, report CPU "
        f"{ratios['report_vs_stock_cpu']}x, slot choice p50 {ratios['choice_vs_stock_p50']}x "
        "(1.0 = costs what Rasa costs)"
    )
    print(
        f"  {args.clients} clients at once, first messages: stock {throughput['stock']} turns/s, "
        f"assistant (report) {throughput['report']} turns/s, ratio "
        f"{ratios['report_vs_stock_turns_per_second']} (target >= 0.75)"
    )
    for kind, report in profiles.items():
        for name, lines in report.items():
            print(f"  profile, {kind} turns, {name} (py-spy, 250 Hz, GIL holder):")
            print("\n".join(lines))

    results = ROOT / "bench/results"
    results.mkdir(parents=True, exist_ok=True)
    out = results / "turn_cost.json"
    history = json.loads(out.read_text()) if out.exists() else []
    history.append(
        {
            "label": args.label,
            "at": datetime.now(ZoneInfo("UTC")).isoformat(timespec="seconds"),
            "channel": args.channel,
            "figures": figures,
            "turns_per_second": throughput,
            "ratios": ratios,
            "profiles": profiles,
        }
    )
    out.write_text(json.dumps(history, indent=2) + "\n")


if __name__ == "__main__":
    main()
