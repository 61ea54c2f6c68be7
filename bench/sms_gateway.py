"""SMS gateway benchmark: the latency of one SMS turn through the Twilio webhook (signature check,
tenant lookup, transcript, the assistant's turn, GSM-7 rendering, TwiML) against the same turn sent
straight to Rasa's REST channel, in one run. Prints p50/p95 of both and the gateway's overhead as a
ratio.

    python -m bench.sms_gateway [--turns 60] [--warmup 5] [--rasa-url URL] [--stand-in]

Rasa: RASA_URL (default http://127.0.0.1:5005), probed on /webhooks/sms/webhook. When no Rasa
answers there, a minimal stand-in on a loopback port answers every turn after a fixed delay
(--stand-in-latency-ms), and the output says so: the figures are then the gateway's own overhead
over a fixed-latency assistant, not a measurement of Rasa. Loopback only; bounded in turns and time.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import tempfile
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from uuid import uuid4

import requests
from werkzeug.serving import make_server

from backend.db import get_session
from backend.domain.calendar import LONDON
from backend.phones import phone_hash
from backend.seed import seed_tenants
from gateway import create_app
from telephony.simulate import Wire

AUTH_TOKEN = "bench-twilio-token"
HASH_KEY = "bench-phone-hash-key"
MESSAGE = "My toilet won't flush"
RESULTS = Path(__file__).resolve().parent / "results"
TURN_TIMEOUT = 20.0


def stand_in_rasa(latency: float) -> ThreadingHTTPServer:
    """Answers POST /webhooks/<channel>/webhook like Rasa's REST channel, after `latency` s."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            sender = json.loads(self.rfile.read(length) or b"{}").get("sender", "")
            time.sleep(latency)
            body = json.dumps(
                [
                    {
                        "recipient_id": sender,
                        "text": "Sorry to hear that. Is there another toilet in your home that "
                        "works?",
                        "buttons": [
                            {"title": "Yes", "payload": "/affirm"},
                            {"title": "No", "payload": "/deny"},
                        ],
                    }
                ]
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class TimedAssistant:
    """The app's assistant client, remembering how long its last turn took."""

    def __init__(self, inner):
        self.inner = inner
        self.last = 0.0

    def send(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return self.inner.send(*args, **kwargs)
        finally:
            self.last = time.perf_counter() - started


def rasa_answers(url: str) -> bool:
    try:
        response = requests.post(
            f"{url.rstrip('/')}/webhooks/sms/webhook",
            json={"sender": f"bench-probe-{uuid4().hex}", "message": "hello", "metadata": {}},
            timeout=(2, 15),
        )
        return response.status_code == 200 and isinstance(response.json(), list)
    except (requests.RequestException, ValueError):
        return False


def number(i: int) -> str:
    """Ofcom's drama range, 07700 900000 to 900999: nobody's real number."""
    return f"+447700900{i % 1000:03d}"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(percentile(values, 0.50) * 1000, 1),
        "p95_ms": round(percentile(values, 0.95) * 1000, 1),
        "mean_ms": round(statistics.fmean(values) * 1000, 1),
    }


def run(rasa_url: str, turns: int, warmup: int) -> dict[str, list[float]]:
    workdir = tempfile.mkdtemp(prefix="bench-sms-")
    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{workdir}/bench.db",
            "RASA_URL": rasa_url,
            "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "PHONE_HASH_KEY": HASH_KEY,
            "PUBLIC_BASE_URL": None,
            "TELEPHONY_TRANSPORT": "console",
        }
    )
    with app.app_context():
        session = get_session()
        seed_tenants(session)
        session.commit()
    # Time the assistant's part of each gateway turn too: the rest is the gateway's own work.
    assistant = TimedAssistant(app.extensions["assistant"])
    app.extensions["assistant"] = assistant
    logging.getLogger().setLevel(logging.WARNING)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    gateway = Wire(f"http://127.0.0.1:{server.server_port}", AUTH_TOKEN, timeout=TURN_TIMEOUT)
    direct = requests.Session()
    rasa_webhook = f"{rasa_url.rstrip('/')}/webhooks/sms/webhook"
    timings: dict[str, list[float]] = {"gateway": [], "direct": [], "gateway_own": []}
    failures = {"gateway": 0, "direct": 0}
    give_up = time.monotonic() + 600
    try:
        for i in range(warmup + turns):
            if time.monotonic() > give_up:
                print(f"stopped after {i} turns: the 10-minute bound")
                break
            # Each turn is the first of a fresh conversation, on both paths.
            sms_from, direct_from = number(2 * i), number(2 * i + 1)
            params = {
                "MessageSid": f"SM{uuid4().hex}",
                "AccountSid": "AC" + "0" * 32,
                "From": sms_from,
                "To": "+447700900000",
                "Body": MESSAGE,
                "NumMedia": "0",
            }
            started = time.perf_counter()
            status, text = gateway.post("/twilio/sms", params)
            gateway_seconds = time.perf_counter() - started
            ok_gateway = (
                status == 200 and "<Message>" in text and "Sorry, our assistant" not in text
            )

            # The same request the gateway makes (telephony.relay.ask_assistant), minus the gateway.
            sender = phone_hash(direct_from, HASH_KEY)
            body = {
                "sender": sender,
                "message": MESSAGE,
                "metadata": {
                    "reported_at": datetime.now(LONDON).isoformat(),
                    "conversation_id": sender,
                },
            }
            started = time.perf_counter()
            try:
                reply = direct.post(rasa_webhook, json=body, timeout=TURN_TIMEOUT)
                ok_direct = reply.status_code == 200
            except requests.RequestException:
                ok_direct = False
            direct_seconds = time.perf_counter() - started

            if i < warmup:
                assistant.last = 0.0
                continue
            if ok_gateway:
                timings["gateway_own"].append(gateway_seconds - assistant.last)
            for name, ok, seconds in (
                ("gateway", ok_gateway, gateway_seconds),
                ("direct", ok_direct, direct_seconds),
            ):
                if ok:
                    timings[name].append(seconds)
                else:
                    failures[name] += 1
    finally:
        server.shutdown()
    if any(failures.values()):
        print(f"failed turns (not timed): {failures}")
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--turns", type=int, default=60)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument(
        "--rasa-url",
        default=os.environ.get("RASA_URL")
        or f"http://127.0.0.1:{os.environ.get('RASA_PORT', '5005')}",
    )
    parser.add_argument(
        "--stand-in", action="store_true", help="use the stand-in even if Rasa runs"
    )
    parser.add_argument("--stand-in-latency-ms", type=float, default=50.0)
    args = parser.parse_args(argv)
    if not 1 <= args.turns <= 1000:
        parser.error("--turns must be between 1 and 1000")

    stand_in = None
    if not args.stand_in and rasa_answers(args.rasa_url):
        rasa_url, source = args.rasa_url, f"real Rasa at {args.rasa_url}"
    else:
        stand_in = stand_in_rasa(args.stand_in_latency_ms / 1000)
        rasa_url = f"http://127.0.0.1:{stand_in.server_port}"
        why = "--stand-in given" if args.stand_in else f"no Rasa answered at {args.rasa_url}"
        source = (
            f"STAND-IN, not Rasa ({why}): a loopback server answering every turn after a fixed "
            f"{args.stand_in_latency_ms:.0f} ms"
        )
    print(f"assistant: {source}")
    print(
        f"{args.turns} turns per path after {args.warmup} warm-up turns, interleaved; "
        f"message {MESSAGE!r}"
    )
    try:
        timings = run(rasa_url, args.turns, args.warmup)
    finally:
        if stand_in is not None:
            stand_in.shutdown()
    if not timings["gateway"] or not timings["direct"]:
        print("no successful turns on one of the paths: no figures")
        return 1
    gateway, direct = summary(timings["gateway"]), summary(timings["direct"])
    ratio_p50 = gateway["p50_ms"] / direct["p50_ms"]
    ratio_p95 = gateway["p95_ms"] / direct["p95_ms"]
    print(f"{'path':<40}{'p50 ms':>10}{'p95 ms':>10}{'mean ms':>10}{'turns':>8}")
    for name, label, figures in (
        ("direct", "straight to Rasa's REST channel", direct),
        ("gateway", "through /twilio/sms (the gateway)", gateway),
    ):
        print(
            f"{label:<40}{figures['p50_ms']:>10}{figures['p95_ms']:>10}{figures['mean_ms']:>10}"
            f"{len(timings[name]):>8}"
        )
    own = summary(timings["gateway_own"])
    print(
        f"{'  of which the gateway itself':<40}{own['p50_ms']:>10}{own['p95_ms']:>10}"
        f"{own['mean_ms']:>10}{len(timings['gateway_own']):>8}"
    )
    extra_p50 = gateway["p50_ms"] - direct["p50_ms"]
    extra_p95 = gateway["p95_ms"] - direct["p95_ms"]
    print(
        f"gateway overhead: x{ratio_p50:.2f} at p50 (+{extra_p50:.1f} ms), "
        f"x{ratio_p95:.2f} at p95 (+{extra_p95:.1f} ms)"
    )
    RESULTS.mkdir(exist_ok=True)
    result = {
        "assistant": source,
        "turns": args.turns,
        "direct": direct,
        "gateway": gateway,
        "gateway_own_work": own,
        "overhead_ratio_p50": round(ratio_p50, 3),
        "overhead_ratio_p95": round(ratio_p95, 3),
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "timezone": str(LONDON),
    }
    (RESULTS / "sms_gateway.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"written to {RESULTS / 'sms_gateway.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
