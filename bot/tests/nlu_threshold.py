"""Fails when the NLU's accuracy on held-out phrasings drops below a threshold.

`python -m bot.tests.nlu_threshold results/bot/intent_report.json 0.9`
"""

from __future__ import annotations

import json
import sys


def main(report_path: str, threshold: str) -> int:
    with open(report_path) as report_file:
        report = json.load(report_file)
    accuracy = report["accuracy"]
    print(f"NLU accuracy on held-out phrasings: {accuracy:.1%} (threshold {float(threshold):.0%})")
    return 0 if accuracy >= float(threshold) else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
