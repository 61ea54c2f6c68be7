"""Probe a running `make run` the way the issue 11 security test did, and print what it finds.

    .venv/bin/python -m scripts.security_probe [--backend http://127.0.0.1:8000]
        [--rasa http://127.0.0.1:5005] [--actions http://127.0.0.1:5055]

Each check is an attack that worked before issue 11: guessing a tenant through the chat, posting
straight to Rasa's channels and HTTP API or to the action server, an unsigned Twilio webhook,
oversized and malformed bodies. It uses the demo landlord (`make run` seeds it: Sarah Jones,
12, RM3 7AB). Exit status 1 if any check finds a hole. Run it against a demo, never production:
it locks the demo tenant's one-time codes for 15 minutes.
"""

from __future__ import annotations

import argparse
import re
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import requests

REFERENCE = re.compile(r"\bHR-?\d{6}\b")
TIMEOUT = 20


@dataclass
class Finding:
    check: str
    held: bool
    detail: str


def _chat_session(backend: str) -> tuple[requests.Session, str]:
    session = requests.Session()
    page = session.get(f"{backend}/", timeout=TIMEOUT)
    token = re.search(r'name="csrf-token" content="([^"]+)"', page.text)
    return session, token.group(1) if token else ""


def _say(session: requests.Session, backend: str, csrf: str, text: str) -> tuple[int, str]:
    reply = session.post(
        f"{backend}/chat/message",
        json={"message": text},
        headers={"X-CSRF-Token": csrf, "Accept": "application/json"},
        timeout=TIMEOUT,
    )
    try:
        body = reply.json()
    except ValueError:
        return reply.status_code, reply.text
    messages = body.get("messages") or body.get("replies") or []
    said = " | ".join(m.get("text", "") for m in messages if isinstance(m, dict))
    return reply.status_code, said or str(body)


def guessing_through_the_chat(urls: argparse.Namespace) -> list[Finding]:
    """A visitor who knows a door number, postcode and name learns nothing without the code."""
    findings = []
    for name, label in (("Bob Jones", "wrong first name"), ("Sarah Jones", "right name")):
        session, csrf = _chat_session(urls.backend)
        said = [
            _say(session, urls.backend, csrf, t)[1]
            for t in ("is my repair still booked?", "12", "RM3 7AB", name)
        ]
        leaked = any(REFERENCE.search(s) for s in said)
        findings.append(Finding(f"chat status with the {label}", not leaked, said[-1][:120]))
    session, csrf = _chat_session(urls.backend)
    said = [
        _say(session, urls.backend, csrf, text)[1]
        for text in ("has anyone been booked for my repair", "12", "RM3 7AB", "Sarah Jones")
    ]
    said += [_say(session, urls.backend, csrf, "000000")[1] for _ in range(6)]
    leaked = any(REFERENCE.search(s) for s in said)
    locked = next((s for s in said if "15 minutes" in s), "")
    findings.append(
        Finding("six wrong codes lock the tenancy", locked and not leaked, locked[:120])
    )
    return findings


def straight_to_rasa(urls: argparse.Namespace) -> list[Finding]:
    findings = []
    status = requests.get(f"{urls.rasa}/status", timeout=TIMEOUT).status_code
    findings.append(
        Finding("Rasa HTTP API without a token", status in (401, 403), f"HTTP {status}")
    )
    sender = f"probe-{uuid.uuid4().hex[:8]}"
    reply = requests.post(
        f"{urls.rasa}/webhooks/web/webhook",
        json={
            "sender": sender,
            "message": "what's the status of my repair?",
            "metadata": {"tenant_id": 1, "first_name": "Sarah"},
        },
        timeout=TIMEOUT,
    )
    said = " | ".join(m.get("text", "") for m in reply.json()) if reply.ok else reply.text
    held = not REFERENCE.search(said) and "Sarah" not in said
    findings.append(Finding("unsigned tenant_id posted to the web channel", held, said[:120]))
    action = requests.post(
        f"{urls.actions}/webhook", json={"next_action": "action_listen"}, timeout=TIMEOUT
    ).status_code
    findings.append(
        Finding(
            "action server called without Rasa's credential", action in (401, 403), f"HTTP {action}"
        )
    )
    return findings


def webhooks_and_bodies(urls: argparse.Namespace) -> list[Finding]:
    findings = []
    sms = requests.post(
        f"{urls.backend}/twilio/sms",
        data={"From": "+447700900123", "Body": "status"},
        timeout=TIMEOUT,
    )
    findings.append(
        Finding(
            "Twilio SMS webhook without a signature",
            sms.status_code in (401, 403),
            f"HTTP {sms.status_code}",
        )
    )
    session, csrf = _chat_session(urls.backend)
    headers = {"X-CSRF-Token": csrf, "Content-Type": "application/json"}
    big = session.post(
        f"{urls.backend}/chat/message",
        data=b'{"message": "' + b"a" * 400_000 + b'"}',
        headers=headers,
        timeout=TIMEOUT,
    ).status_code
    findings.append(Finding("400 KB chat message", big == 413, f"HTTP {big}"))
    for label, body in (
        ("lone surrogate", b'{"message": "\\ud800"}'),
        ("deep JSON", b'{"message": ' + b"[" * 5000 + b"]" * 5000 + b"}"),
    ):
        code = session.post(
            f"{urls.backend}/chat/message", data=body, headers=headers, timeout=TIMEOUT
        ).status_code
        findings.append(Finding(f"chat message with a {label}", 400 <= code < 500, f"HTTP {code}"))
    for path in ("/staff/performance?from=0001-01-01&to=9999-12-31", "/staff/?page=" + "9" * 30):
        code = requests.get(f"{urls.backend}{path}", timeout=TIMEOUT).status_code
        findings.append(Finding(f"GET {path[:40]}", code < 500, f"HTTP {code}"))
    return findings


CHECKS: tuple[Callable[[argparse.Namespace], list[Finding]], ...] = (
    guessing_through_the_chat,
    straight_to_rasa,
    webhooks_and_bodies,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="http://127.0.0.1:8000")
    parser.add_argument("--rasa", default="http://127.0.0.1:5005")
    parser.add_argument("--actions", default="http://127.0.0.1:5055")
    urls = parser.parse_args(argv)
    findings = [finding for check in CHECKS for finding in check(urls)]
    for finding in findings:
        print(f"{'held' if finding.held else 'HOLE'}  {finding.check}: {finding.detail}")
    holes = sum(not f.held for f in findings)
    print(f"{len(findings)} checks, {holes} holes")
    return 1 if holes else 0


if __name__ == "__main__":
    sys.exit(main())
