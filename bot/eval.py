"""Triage evaluation against the running assistant (`make eval CASES=... OUT=...`).

Each case goes through the web REST channel in a fresh conversation, with the case's
`reported_at` as metadata (the contract with the outside evaluation, issue 10):
- a policy fact question (the responses `utter_ask_<fact>`) is answered from the case's `facts`
  ("yes"/"no"), or "I don't know" when the case does not give it;
- a safety question (`utter_ask_danger_<emergency category>`) is answered "yes" when the case's
  `facts.danger` is that category, "no" when it is another or `none`, else "I don't know";
- until the slot `priority` is set, anything else the assistant says is answered "I don't know",
  in at most six tenant messages in all.
The result is read from the conversation's tracker (slots `priority`, `category`, `target_by`).
The tracker is read with `RASA_AUTH_TOKEN`, or else with the token `make run` generated for its
Rasa (left in `instance/rasa-auth-token` while it runs).

Input lines: `{"id", "text", "reported_at"?, "facts"?, "expected"?}`; only id, text,
reported_at and facts drive the conversation. Output lines:
`{"id", "priority", "category", "target_by", "questions": [...], "replies": [...]}`.
With `expected` in the cases, prints tier accuracy, emergency recall, under-triage, questions per
case and a confusion table per category (also written next to the output, `*.confusion.txt`).

Runs with the standard library and `requests` only (no Rasa import).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import requests

FACT_QUESTIONS = {
    "utter_ask_total_loss": "total_loss",
    "utter_ask_other_working_toilet": "other_working_toilet",
    "utter_ask_vulnerable": "vulnerable",
    "utter_ask_asb_high_risk": "asb_high_risk",
}
# Nominal target of each tier in hours (working days at 24 h): a prediction is under-triage when
# its tier's target is slower than the expected tier's. No prediction counts as the slowest.
TIER_HOURS = {
    "emergency": 4,
    "one_day": 24,
    "asb": 24 * 5,
    "three_day": 24 * 3,
    "ten_day": 24 * 10,
    "complaint": 24 * 10,
    "handyperson": 24 * 20,
    "routine": 24 * 28,
    "tenant_responsibility": 24 * 28,
}
DANGER_QUESTION_PREFIX = "utter_ask_danger_"
DONT_KNOW = "I don't know"
MAX_TURNS = 6


class Assistant:
    """The running assistant, over its web REST channel and its HTTP API."""

    def __init__(
        self, url: str, channel: str = "web", timeout: float = 30.0, token: str | None = None
    ) -> None:
        self.url = url.rstrip("/")
        self.channel = channel
        self.timeout = timeout
        self.http = requests.Session()
        self.params = {"token": token} if token else {}

    def say(self, sender: str, text: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
        reply = self.http.post(
            f"{self.url}/webhooks/{self.channel}/webhook",
            json={"sender": sender, "message": text, "metadata": metadata},
            timeout=self.timeout,
        )
        reply.raise_for_status()
        return reply.json()

    def tracker(self, sender: str) -> dict[str, Any]:
        reply = self.http.get(
            f"{self.url}/conversations/{sender}/tracker", params=self.params, timeout=self.timeout
        )
        reply.raise_for_status()
        return reply.json()


def last_question(tracker: dict[str, Any]) -> str | None:
    """The response name of the assistant's last message since the tenant last spoke."""
    for event in reversed(tracker.get("events", [])):
        if event.get("event") == "user":
            return None
        if event.get("event") == "bot":
            return (event.get("metadata") or {}).get("utter_action")
    return None


def answer(question: str | None, facts: dict[str, Any]) -> tuple[str | None, str]:
    """What the case's tenant says to the assistant's last message: (question asked, reply)."""
    fact = FACT_QUESTIONS.get(question or "")
    if fact is not None:
        return fact, {True: "yes", False: "no"}.get(facts.get(fact), DONT_KNOW)
    if question and question.startswith(DANGER_QUESTION_PREFIX):
        danger = facts.get("danger")
        asked = question[len(DANGER_QUESTION_PREFIX) :]
        reply = DONT_KNOW if danger is None else ("yes" if danger == asked else "no")
        return f"danger_{asked}", reply
    return None, DONT_KNOW


def run_case(assistant: Assistant, case: dict[str, Any]) -> dict[str, Any]:
    sender = f"eval-{case['id']}-{uuid.uuid4().hex[:8]}"
    metadata = {"reported_at": case["reported_at"]} if case.get("reported_at") else {}
    facts = case.get("facts") or {}
    questions: list[str] = []
    replies: list[str] = []
    text = case["text"]
    tracker: dict[str, Any] = {}
    for _ in range(MAX_TURNS):
        replies += [r["text"] for r in assistant.say(sender, text, metadata) if r.get("text")]
        tracker = assistant.tracker(sender)
        asked, text = answer(last_question(tracker), facts)
        if asked is not None:
            questions.append(asked)
        elif tracker.get("slots", {}).get("priority"):
            break
    slots = tracker.get("slots", {})
    return {
        "id": case["id"],
        "priority": slots.get("priority"),
        "category": slots.get("category"),
        "target_by": slots.get("target_by"),
        "questions": questions,
        "replies": replies,
    }


def read_cases(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def scores(cases: Iterable[dict[str, Any]], predictions: dict[str, dict[str, Any]]) -> dict:
    """Tier accuracy, emergency recall, under-triage and category accuracy."""
    judged = [(c["expected"], predictions[c["id"]]) for c in cases if c.get("expected")]
    if not judged:
        return {}
    slowest = max(TIER_HOURS.values()) + 1
    right = sum(e["tier"] == p["priority"] for e, p in judged)
    category_right = sum(e.get("category") == p["category"] for e, p in judged)
    emergencies = [(e, p) for e, p in judged if e["tier"] == "emergency"]
    recalled = sum(p["priority"] == "emergency" for _, p in emergencies)
    under = [
        (e, p) for e, p in judged if TIER_HOURS.get(p["priority"], slowest) > TIER_HOURS[e["tier"]]
    ]
    return {
        "cases": len(judged),
        "tier_accuracy": right / len(judged),
        "category_accuracy": category_right / len(judged),
        "emergency_recall": recalled / len(emergencies) if emergencies else None,
        "emergencies": len(emergencies),
        "under_triage": len(under) / len(judged),
        "under_triaged": len(under),
        "over_triaged": sum(
            TIER_HOURS.get(p["priority"], slowest) < TIER_HOURS[e["tier"]] for e, p in judged
        ),
        "questions_per_case": sum(len(p.get("questions", [])) for _, p in judged) / len(judged),
    }


def confusion_table(cases: Iterable[dict[str, Any]], predictions: dict[str, dict[str, Any]]) -> str:
    """Per expected category: cases, right, and what the wrong ones became."""
    rows: dict[str, Counter[str]] = {}
    for case in cases:
        expected = (case.get("expected") or {}).get("category")
        if expected is None:
            continue
        got = predictions[case["id"]].get("category") or "(none)"
        rows.setdefault(expected, Counter())[got] += 1
    width = max([len(name) for name in rows] + [len("category")])
    lines = [f"{'category':<{width}}  cases  right  became instead"]
    for expected in sorted(rows):
        counts = rows[expected]
        wrong = ", ".join(f"{name} {n}" for name, n in counts.most_common() if name != expected)
        lines.append(
            f"{expected:<{width}}  {sum(counts.values()):>5}  {counts[expected]:>5}  {wrong}"
        )
    return "\n".join(lines)


# Where `make run` leaves the RASA_AUTH_TOKEN it generated (scripts/run_all.py), while it runs.
RUN_TOKEN_FILE = os.path.join(os.path.dirname(__file__), "..", "instance", "rasa-auth-token")


def rasa_token(
    environ: dict[str, str] | None = None, token_file: str = RUN_TOKEN_FILE
) -> str | None:
    """RASA_AUTH_TOKEN, or the token of the `make run` that is running, or None."""
    token = (os.environ if environ is None else environ).get("RASA_AUTH_TOKEN", "").strip()
    if token:
        return token
    try:
        with open(token_file, encoding="utf-8") as handle:
            return handle.read().strip() or None
    except OSError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--url", default="http://127.0.0.1:5005", help="the Rasa server")
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args(argv)

    cases = read_cases(args.cases)
    assistant = Assistant(args.url, token=rasa_token())
    # Only what drives the conversation goes in; `expected` is kept back for the scores.
    inputs = [
        {key: case.get(key) for key in ("id", "text", "reported_at", "facts")} for case in cases
    ]
    try:
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            results = list(pool.map(lambda case: run_case(assistant, case), inputs))
    except requests.HTTPError as error:
        if error.response is not None and error.response.status_code == 401:
            print(
                "Rasa's API refused the token: set RASA_AUTH_TOKEN to the one `make run` was "
                "given, or run it from the checkout `make run` is serving."
            )
        else:
            print(f"The assistant at {args.url} answered with an error ({error}).")
        return 2
    except requests.RequestException as error:
        print(f"The assistant at {args.url} did not answer ({error}). Is `make run` running?")
        return 2
    with open(args.out, "w", encoding="utf-8") as out:
        for result in results:
            out.write(json.dumps(result) + "\n")
    print(f"{len(results)} cases -> {args.out}")

    figures = scores(cases, {r["id"]: r for r in results})
    if figures:
        recall = figures["emergency_recall"]
        print(f"tier accuracy      {figures['tier_accuracy']:.1%} ({figures['cases']} cases)")
        print(f"category accuracy  {figures['category_accuracy']:.1%}")
        print(
            "emergency recall   "
            + ("n/a" if recall is None else f"{recall:.1%} ({figures['emergencies']} emergencies)")
        )
        print(
            f"under-triage       {figures['under_triage']:.1%} ({figures['under_triaged']} cases)"
        )
        print(f"over-triaged       {figures['over_triaged']} cases")
        print(f"questions per case {figures['questions_per_case']:.2f}")
        by_id = {r["id"]: r for r in results}
        table = confusion_table(cases, by_id)
        confusion_path = os.path.splitext(args.out)[0] + ".confusion.txt"
        with open(confusion_path, "w", encoding="utf-8") as out:
            out.write(table + "\n")
        print(table)
        print(f"(confusion table -> {confusion_path})")
        for case in cases:
            expected = case.get("expected")
            got = by_id[case["id"]]
            if expected and expected["tier"] != got["priority"]:
                print(
                    f"  {case['id']}: expected {expected['tier']}/{expected.get('category')}, "
                    f"got {got['priority']}/{got['category']}: {case['text']!r}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
