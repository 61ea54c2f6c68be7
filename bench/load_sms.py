"""SMS load test of the production profile, with a fault: 50 tenants text the Twilio SMS webhook
at once, each through to a booked appointment, while one of the two Rasa servers is killed
(SIGKILL, a crash) and restarted. Prints turns per second, p50/p95/p99 turn latency and errors,
then checks in the database that every conversation that got a reference number has exactly one
report, that no slot is overbooked, and that every report and booking had its confirmation text
sent (so a chat reply lost to the fault loses the tenant nothing).

    python -m bench.load_sms [--conversations 50] [--max-seconds 600] [--kill-after 8]

The system: the backend under gunicorn on PostgreSQL (rate limits in Redis), one action server and
two Rasa servers sharing the SQL tracker store and the Redis lock store, behind a loopback
round-robin balancer (tests/production/stack.py). Every request is signed as Twilio signs it.
PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local server (it works in
databases of its own, dropped afterwards unless --keep). Redis: BENCH_REDIS_URL, else
TEST_REDIS_URL, else the local server's db 14. Loopback only; bounded in conversations, turns and
time; every process it starts is stopped.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import sys
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import requests
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from twilio.request_validator import RequestValidator

from backend.channel_models import Notification
from backend.db import make_engine
from backend.models import Booking, ConversationTurn, Property, RepairReport, Slot, Tenant
from backend.phones import phone_hash
from bench.cpu import group_cpu_seconds, machine_busy_seconds
from bench.profiling import profile
from telephony.sms import LATE_REPLY_PREFIX
from telephony.sms_text import segments
from tests.production.stack import MODEL, RASA, ProductionStack

RESULTS = Path(__file__).resolve().parent / "results"
TWILIO_TOKEN = "load-bench-twilio-token"
LANDLORD_NUMBER = "+447700900000"
MAX_TURNS = 12  # per conversation: a booking takes about five
RETRIES_PER_TURN = 4  # a tenant who got the fallback texts the same again, a few times
# After the fallback, how long a tenant watches their phone for the late answer before texting again
# (a crashed server's conversation lock is given up after TICKET_LOCK_LIFETIME, 20 s).
LATE_TEXT_WAIT = 30.0
# Faults a tenant reports in their own words: bookable repairs that need no extra question.
PROBLEMS = (
    "the bathroom tap drips all the time",
    "my kitchen sink is blocked",
    "the handrail on the stairs is loose",
    "the extractor fan in the bathroom has stopped working",
    "the kitchen worktop is broken",
    "the back door frame is rotten",
)
REFERENCE = re.compile(r"\bHR-\d+\b")
OPTION = re.compile(r"Reply (\d+) for ([^\n]+)")


@dataclass
class BenchTenant:
    first_name: str
    last_name: str
    phone: str
    door_number: str
    postcode: str


@dataclass
class Conversation:
    tenant: BenchTenant
    problem: str
    turns: int = 0
    references: set[str] = field(default_factory=set)
    booked: bool = False
    fallbacks: int = 0
    errors: list[str] = field(default_factory=list)
    transcript: list[tuple[str, str]] = field(default_factory=list)
    gave_up: str = ""
    status_answered: bool = False
    late_texts_answered: int = 0
    last_late_text_id: int = 0
    # SMS segments (what the carrier bills) of each text the tenant received, turn by turn.
    segments: list[int] = field(default_factory=list)


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    # The storm's first wave (every tenant's first text, all at once) apart from the rest.
    first_texts: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, seconds: float, error: str | None, first: bool = False) -> None:
        with self.lock:
            self.latencies.append(seconds)
            if first:
                self.first_texts.append(seconds)
            if error:
                self.errors[error] = self.errors.get(error, 0) + 1


def bench_tenants(count: int) -> list[BenchTenant]:
    # Ofcom's drama range (07700 900000-900999): nobody's real number. 600 onwards: not the demo's.
    return [
        BenchTenant(f"Bench{i}", f"Tenant{i}", f"+447700900{600 + i:03d}", str(100 + i), "RM3 7AB")
        for i in range(count)
    ]


def seeder(tenants: list[BenchTenant], slot_capacity: int):
    def seed(database_url: str) -> None:
        engine = make_engine(database_url)
        try:
            with Session(engine) as session:
                # Fifty tenants at once would exhaust a small landlord's week of plumbing visits.
                session.execute(update(Slot).values(capacity=slot_capacity))
                for t in tenants:
                    home = Property(
                        door_number=t.door_number,
                        street="Bench Road",
                        town="Romford",
                        postcode=t.postcode,
                    )
                    session.add(
                        Tenant(
                            first_name=t.first_name, last_name=t.last_name, phone=t.phone, home=home
                        )
                    )
                session.commit()
        finally:
            engine.dispose()

    return seed


class SmsPhone:
    """A tenant's phone: signed form posts to /twilio/sms, replies parsed from the TwiML."""

    def __init__(self, base_url: str, tally: Tally, timeout: float = 20.0):
        self.url = f"{base_url}/twilio/sms"
        self.validator = RequestValidator(TWILIO_TOKEN)
        self.tally = tally
        self.timeout = timeout
        self.http = requests.Session()

    def text(self, sender: str, body: str, first: bool = False) -> list[str] | None:
        params = {
            "MessageSid": f"SM{random.getrandbits(128):032x}",
            "AccountSid": "AC" + "0" * 32,
            "From": sender,
            "To": LANDLORD_NUMBER,
            "Body": body,
            "NumMedia": "0",
        }
        headers = {"X-Twilio-Signature": self.validator.compute_signature(self.url, params)}
        started = time.perf_counter()
        error = None
        bodies = None
        try:
            reply = self.http.post(self.url, data=params, headers=headers, timeout=self.timeout)
            if reply.status_code != 200:
                error = f"http_{reply.status_code}"
            else:
                bodies = [m.text or "" for m in ET.fromstring(reply.text).iter("Message")]
        except requests.RequestException as exc:
            error = type(exc).__name__
        except ET.ParseError:
            error = "bad_twiml"
        self.tally.record(time.perf_counter() - started, error, first)
        return bodies


def is_fallback(text: str) -> bool:
    return "can't answer just now" in text or "did not catch that" in text


BOOKED = re.compile(r"\bbooked\b", re.IGNORECASE)


def next_message(conversation: Conversation, text: str, rng: random.Random) -> str | None:
    """What the tenant answers to `text`; None when the conversation is over."""
    lowered = text.lower()
    if BOOKED.search(text) and "not booked" not in lowered:
        conversation.booked = True
        return None
    options = OPTION.findall(text)
    # "Shall we find you an appointment?" (a text lists the times once asked): yes.
    yes = [n for n, title in options if title.lower().startswith("yes")]
    if yes and "appointment" in lowered:
        return yes[0]
    slots = [(n, title) for n, title in options if "none of these" not in title.lower()]
    if slots:
        # Tenants choose different appointments; not all the first one offered.
        return rng.choice(slots[:3])[0]
    tenant = conversation.tenant
    if "postcode" in lowered:
        return tenant.postcode
    if "door number" in lowered or "flat number" in lowered or "house number" in lowered:
        return tenant.door_number
    if "your name" in lowered or "full name" in lowered:
        return f"{tenant.first_name} {tenant.last_name}"
    if "?" in text and ("yes" in lowered or "is there" in lowered or "do you" in lowered):
        return "no"
    if options:
        return options[0][0]
    return None


class Inbox:
    """The texts the backend sends a tenant after a webhook's reply (the late answers to turns
    that missed the deadline), as their phone would receive them: read from the transcript the
    backend records just before sending each one."""

    def __init__(self, database_url: str, hash_key: str) -> None:
        self.engine = make_engine(database_url)
        self.hash_key = hash_key

    def late_text(self, conversation: Conversation, wait: float) -> str | None:
        conversation_id = phone_hash(conversation.tenant.phone, self.hash_key)
        give_up = time.monotonic() + wait
        while True:
            with Session(self.engine) as session:
                row = session.execute(
                    select(ConversationTurn.id, ConversationTurn.text)
                    .where(
                        ConversationTurn.conversation_id == conversation_id,
                        ConversationTurn.direction == "out",
                        ConversationTurn.text.startswith(LATE_REPLY_PREFIX),
                        ConversationTurn.id > conversation.last_late_text_id,
                    )
                    .order_by(ConversationTurn.id)
                    .limit(1)
                ).first()
            if row is not None:
                conversation.last_late_text_id = row.id
                return row.text
            if time.monotonic() >= give_up:
                return None
            time.sleep(0.5)

    def close(self) -> None:
        self.engine.dispose()


def send_turn(
    conversation: Conversation, phone: SmsPhone, inbox: Inbox, message: str, deadline: float
) -> str | None:
    """One text and its reply. On the fallback (assistant unavailable) the tenant watches their
    phone for the late answer a while, then texts the same again, a few times. None when it never
    got a real answer."""
    for attempt in range(RETRIES_PER_TURN):
        if time.monotonic() > deadline:
            conversation.gave_up = "time"
            return None
        bodies = phone.text(conversation.tenant.phone, message, first=conversation.turns == 0)
        conversation.turns += 1
        conversation.segments.append(sum(segments(body) for body in bodies or []))
        text = "\n".join(bodies or [])
        conversation.transcript.append((message, text))
        conversation.references |= set(REFERENCE.findall(text))
        if bodies is None:
            conversation.errors.append("no_reply")
        elif is_fallback(text):
            conversation.fallbacks += 1
            late = inbox.late_text(conversation, LATE_TEXT_WAIT)
            if late is not None:
                conversation.late_texts_answered += 1
                conversation.segments.append(segments(late))
                conversation.transcript.append(("(late text)", late))
                conversation.references |= set(REFERENCE.findall(late))
                return late
        else:
            return text
        time.sleep(1.0 + attempt * 2.0)
    conversation.gave_up = conversation.gave_up or "fallbacks"
    return None


def run_conversation(
    conversation: Conversation,
    phone: SmsPhone,
    inbox: Inbox,
    deadline: float,
    start: threading.Barrier,
    think: tuple[float, float],
    later: tuple[float, float],
) -> None:
    """Report the fault and book; then, a little later, text back for the repair's progress."""
    start.wait()
    rng = random.Random(conversation.tenant.phone)
    message: str | None = conversation.problem
    while message is not None and conversation.turns < MAX_TURNS:
        text = send_turn(conversation, phone, inbox, message, deadline)
        if text is None:
            return
        message = next_message(conversation, text, rng)
        time.sleep(rng.uniform(*think))  # reading and typing
    if not conversation.booked:
        recent = " ".join(heard.lower() for _said, heard in conversation.transcript[-2:])
        if "no appointments free" in recent:
            conversation.gave_up = "no_slot_before_target"  # told the team will call: correct
        else:
            conversation.gave_up = "stuck" if message is None else "too_many_turns"
        return
    reference = sorted(conversation.references)[-1] if conversation.references else None
    if reference:
        time.sleep(rng.uniform(*later))  # the tenant texts back later
        text = send_turn(conversation, phone, inbox, f"any update on {reference}?", deadline)
        conversation.status_answered = text is not None and reference in text


def segment_figures(conversations: list[Conversation]) -> dict:
    """SMS segments per conversation: the first reply (the report's reference and target) and
    every text the tenant received, all turns together."""
    first = [c.segments[0] for c in conversations if c.segments]
    totals = [sum(c.segments) for c in conversations if c.segments]
    if not first:
        return {}
    return {
        "first_reply": {"max": max(first), "p50": round(percentile(first, 0.5), 1)},
        "per_conversation": {
            "max": max(totals),
            "mean": round(sum(totals) / len(totals), 1),
        },
    }


def chaos(stack: ProductionStack, kill_after: float, down_seconds: float, events: list) -> None:
    """Kill Rasa server 1 (SIGKILL, as a crash would) mid-run, then start it again."""
    time.sleep(kill_after)
    moment = time.monotonic()
    stack.kill_rasa(1, signal.SIGKILL)
    events.append(("killed rasa1", moment))
    time.sleep(down_seconds)
    stack.start_rasa(1)
    events.append(("restarting rasa1", time.monotonic()))
    try:
        stack.wait_rasa(1)
        events.append(("rasa1 serving again", time.monotonic()))
    except (TimeoutError, RuntimeError) as error:
        events.append((f"rasa1 did not come back: {error}"[:200], time.monotonic()))


def served_by(stack: ProductionStack, events: list[tuple[str, float]]) -> dict[str, int]:
    """How many turns each Rasa server answered, and rasa1's after it came back."""
    names = {f"127.0.0.1:{port}": f"rasa{i}" for i, port in enumerate(stack.rasa_ports)}
    counts: dict[str, int] = {}
    back = next((moment for name, moment in events if name == "rasa1 serving again"), None)
    for moment, upstream in stack.balancer.served:
        counts[names[upstream]] = counts.get(names[upstream], 0) + 1
        if back is not None and names[upstream] == "rasa1" and moment >= back:
            counts["rasa1_after_restart"] = counts.get("rasa1_after_restart", 0) + 1
    return counts


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def cpu_figures(
    stack: ProductionStack, before: dict[int, float], machine_busy: float
) -> dict[str, float]:
    """CPU seconds each of the stack's processes spent during the run (workers included), and the
    rest of the machine's busy time: PostgreSQL, Redis, the balancer and these tenants' phones.
    A server restarted mid-run (the fault) counts only its new process's time."""
    spent = {
        name: max(0.0, group_cpu_seconds(process.pid) - before.get(process.pid, 0.0))
        for name, process in stack.processes.items()
    }
    spent["rest_of_machine"] = max(0.0, machine_busy - sum(spent.values()))
    return spent


def check_database(stack: ProductionStack, conversations: list[Conversation]) -> dict:
    """The invariants: one report per conversation that got a reference, no overbooked slot."""
    engine = make_engine(stack.app_url)
    try:
        with Session(engine) as session:
            by_phone = {
                phone: (tenant_id, count, refs)
                for phone, tenant_id, count, refs in session.execute(
                    select(
                        Tenant.phone,
                        Tenant.id,
                        func.count(RepairReport.id),
                        func.string_agg(RepairReport.reference, ","),
                    )
                    .outerjoin(RepairReport, RepairReport.tenant_id == Tenant.id)
                    .group_by(Tenant.id)
                )
            }
            overbooked = session.scalar(
                select(func.count()).select_from(Slot).where(Slot.booked > Slot.capacity)
            )
            active = (
                select(Booking.slot_id, func.count().label("n"))
                .where(Booking.status == "active")
                .group_by(Booking.slot_id)
                .subquery()
            )
            miscounted = session.scalar(
                select(func.count())
                .select_from(Slot)
                .outerjoin(active, active.c.slot_id == Slot.id)
                .where(Slot.booked != func.coalesce(active.c.n, 0))
            )
            two_bookings = session.scalar(
                select(func.count()).select_from(
                    select(Booking.repair_id)
                    .where(Booking.status == "active")
                    .group_by(Booking.repair_id)
                    .having(func.count() > 1)
                    .subquery()
                )
            )
            # A reply lost to the fault must not lose the tenant their reference or appointment:
            # the confirmation texts go out from the backend, whatever happened to the chat.
            sent = {
                key
                for (key,) in session.execute(
                    select(Notification.key).where(Notification.status == "sent")
                )
            }
            unconfirmed_reports = sum(
                f"repair_reported:{repair_id}" not in sent
                for (repair_id,) in session.execute(select(RepairReport.id))
            )
            unconfirmed_bookings = sum(
                f"appointment_booked:{booking_id}" not in sent
                for (booking_id,) in session.execute(
                    select(Booking.id).where(Booking.status == "active")
                )
            )
    finally:
        engine.dispose()
    with_reference = [c for c in conversations if c.references]
    not_one = [
        c.tenant.phone for c in with_reference if by_phone.get(c.tenant.phone, (0, 0, ""))[1] != 1
    ]
    wrong_reference = [
        c.tenant.phone
        for c in with_reference
        if not c.references <= set((by_phone[c.tenant.phone][2] or "").split(","))
    ]
    silent_reports = [
        c.tenant.phone
        for c in conversations
        if not c.references and by_phone.get(c.tenant.phone, (0, 0, ""))[1] > 0
    ]
    return {
        "conversations_with_reference": len(with_reference),
        "with_reference_but_not_exactly_one_report": not_one,
        "reference_told_not_in_database": wrong_reference,
        "reports_whose_reference_was_not_in_a_reply": len(silent_reports),
        "overbooked_slots": overbooked,
        "slots_whose_count_differs_from_active_bookings": miscounted,
        "repairs_with_two_active_bookings": two_bookings,
        "reports_without_a_sent_confirmation_text": unconfirmed_reports,
        "active_bookings_without_a_sent_confirmation_text": unconfirmed_bookings,
    }


def postgres_url() -> str:
    return (
        os.environ.get("BENCH_DATABASE_URL")
        or os.environ.get("TEST_DATABASE_URL")
        or "postgresql://postgres@127.0.0.1:5432/test"
    )


def redis_url() -> str:
    return (
        os.environ.get("BENCH_REDIS_URL")
        or os.environ.get("TEST_REDIS_URL")
        or "redis://127.0.0.1:6379/14"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load_sms", description=__doc__)
    parser.add_argument("--conversations", type=int, default=50)
    parser.add_argument("--max-seconds", type=float, default=600.0)
    parser.add_argument(
        "--slot-capacity", type=int, default=4, help="visits per slot (the demo seed has 2)"
    )
    parser.add_argument(
        "--kill-after",
        type=float,
        default=8.0,
        help="seconds into the run when Rasa server 1 is killed",
    )
    parser.add_argument("--down-seconds", type=float, default=3.0)
    parser.add_argument("--think-min", type=float, default=2.0, help="seconds between texts")
    parser.add_argument("--think-max", type=float, default=6.0)
    parser.add_argument("--no-kill", action="store_true")
    parser.add_argument(
        "--py-spy", help="py-spy's path: sample every process through the storm's first wave"
    )
    parser.add_argument("--profile-seconds", type=float, default=8.0)
    parser.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    args = parser.parse_args(argv)
    if not (RASA.exists() and MODEL.exists()):
        print("bench.load_sms needs the bot environment and a trained model: make train")
        return 2
    if not 1 <= args.conversations <= 200:
        parser.error("--conversations is 1 to 200")

    tenants = bench_tenants(args.conversations)
    rng = random.Random(6)
    conversations = [Conversation(t, rng.choice(PROBLEMS)) for t in tenants]
    tally = Tally()
    events: list[tuple[str, float]] = []
    stack = ProductionStack(
        "repairs_load_bench",
        postgres_url(),
        redis_url(),
        rasa_servers=2,
        action_servers=1,
        backend_workers=3,
        twilio_token=TWILIO_TOKEN,
        seed=seeder(tenants, args.slot_capacity),
        keep_databases=args.keep,
        # Every waiting webhook holds a thread, and the action server's calls to /api need free
        # ones too: more threads than conversations, or the two starve each other.
        extra_env={
            "GUNICORN_THREADS": str(max(16, args.conversations)),
            # A fresh count per run: back-to-back runs reuse the same numbers and Redis, and
            # the last run's texts must not rate-limit this one's.
            "RATE_LIMIT_KEY_PREFIX": f"repairs:bench:{uuid.uuid4().hex}:",
        },
    )
    print(f"starting the stack (logs in {stack.workdir}) ...", flush=True)
    with stack:
        phone = SmsPhone(stack.gateway_url, tally)
        inbox = Inbox(stack.app_url, stack.env["PHONE_HASH_KEY"])
        start = threading.Barrier(len(conversations) + 1)
        deadline = time.monotonic() + args.max_seconds
        threads = [
            threading.Thread(
                target=run_conversation,
                args=(
                    c,
                    phone,
                    inbox,
                    deadline,
                    start,
                    (args.think_min, args.think_max),
                    (25.0, 40.0),
                ),
                daemon=True,
            )
            for c in conversations
        ]
        for thread in threads:
            thread.start()
        cpu_before = {p.pid: group_cpu_seconds(p.pid) for p in stack.processes.values()}
        busy_before = machine_busy_seconds()
        released: list[float] = []

        def release() -> None:
            start.wait()
            released.append(time.monotonic())

        profiles: dict[str, list[str]] = {}
        if args.py_spy:
            pids = {name: process.pid for name, process in stack.processes.items()}
            profiles = profile(
                args.py_spy, pids, release, args.profile_seconds, Path(stack.workdir)
            )
        else:
            release()
        began = released[0]
        events.append(("start", began))
        killer = None
        if not args.no_kill:
            killer = threading.Thread(
                target=chaos,
                args=(stack, args.kill_after, args.down_seconds, events),
                daemon=True,
            )
            killer.start()
        for thread in threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()) + 30)
        elapsed = time.monotonic() - began
        cpu = cpu_figures(stack, cpu_before, machine_busy_seconds() - busy_before)
        if killer:
            killer.join(timeout=stack.startup_timeout)
        checks = check_database(stack, conversations)
        inbox.close()

    turns = len(tally.latencies)
    failed_turns = sum(tally.errors.values())
    booked = sum(c.booked for c in conversations)
    report = {
        "conversations": len(conversations),
        "booked": booked,
        "gave_up": {
            reason: sum(c.gave_up == reason for c in conversations)
            for reason in sorted({c.gave_up for c in conversations if c.gave_up})
        },
        "turns": turns,
        "seconds": round(elapsed, 1),
        "turns_per_second": round(turns / elapsed, 2) if elapsed else 0.0,
        "latency_ms": {
            "p50": round(percentile(tally.latencies, 0.50) * 1000),
            "p95": round(percentile(tally.latencies, 0.95) * 1000),
            "p99": round(percentile(tally.latencies, 0.99) * 1000),
            "max": round(max(tally.latencies, default=0) * 1000),
        },
        "first_text_latency_ms": {
            "p50": round(percentile(tally.first_texts, 0.50) * 1000),
            "p95": round(percentile(tally.first_texts, 0.95) * 1000),
            "max": round(max(tally.first_texts, default=0) * 1000),
        },
        "errors": {"total": failed_turns, **tally.errors},
        "fallback_replies": sum(c.fallbacks for c in conversations),
        "late_answers_texted_and_read": sum(c.late_texts_answered for c in conversations),
        "progress_asked_and_answered": sum(c.status_answered for c in conversations),
        "late_assistant_replies": stack.balancer.late_replies,
        "fault": {name: round(moment - began, 1) for name, moment in events if name != "start"},
        "assistant_turns_by_server": served_by(stack, events),
        "database": checks,
        "sms_segments": segment_figures(conversations),
        "cpu_ms_per_turn": {
            name: round(seconds * 1000 / max(turns, 1), 1) for name, seconds in cpu.items()
        },
    }
    print(json.dumps(report, indent=2))
    print("SMS segments per conversation (first reply, all texts):")
    for c in conversations:
        if c.segments:
            print(f"   {c.tenant.phone}: {c.segments[0]}, {sum(c.segments)}")
    stuck = [c for c in conversations if c.gave_up][:3]
    for c in stuck:
        print(f"-- {c.tenant.phone} gave up ({c.gave_up}); last turns:")
        for said, heard in c.transcript[-3:]:
            print(f"   > {said}\n   < {heard[:300]}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "load_sms.json").write_text(json.dumps(report, indent=2))
    transcripts = {
        c.tenant.phone: {
            "booked": c.booked,
            "gave_up": c.gave_up,
            "turns": c.transcript,
            "segments": c.segments,
        }
        for c in conversations
    }
    (RESULTS / "load_sms_transcripts.json").write_text(json.dumps(transcripts, indent=1))
    invariants_hold = (
        not checks["with_reference_but_not_exactly_one_report"]
        and not checks["reference_told_not_in_database"]
        and checks["overbooked_slots"] == 0
        and checks["slots_whose_count_differs_from_active_bookings"] == 0
        and checks["repairs_with_two_active_bookings"] == 0
        and checks["reports_without_a_sent_confirmation_text"] == 0
        and checks["active_bookings_without_a_sent_confirmation_text"] == 0
    )
    for name, lines in profiles.items():
        print(f"  profile of the first {args.profile_seconds:.0f} s, {name} (py-spy, GIL holder):")
        print("\n".join(lines))
    print("invariants hold" if invariants_hold else "INVARIANTS BROKEN")
    return 0 if invariants_hold else 1


if __name__ == "__main__":
    sys.exit(main())
