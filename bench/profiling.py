"""Where a benchmark's processes spend their time: py-spy sampling (not a requirement of the
project: install it anywhere, e.g. `python3 -m venv /tmp/spy && /tmp/spy/bin/pip install py-spy`,
and give the benchmark `--py-spy /tmp/spy/bin/py-spy`)."""

from __future__ import annotations

import re
import subprocess
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def top_functions(raw: Path, lines: int) -> list[str]:
    """From py-spy's collapsed stacks: the functions in most samples, inclusive and own."""
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        samples = int(count)
        frames = [f.split(" (")[0] + " (" + f.split(" (")[-1] for f in stack.split(";")]
        frames = [re.sub(r":\d+\)$", ")", f) for f in frames]
        total += samples
        for frame in set(frames):
            inclusive[frame] += samples
        own[frames[-1]] += samples
    shown = [f"    {total} samples; inclusive % / own % / function (file)"]
    for frame, samples in inclusive.most_common(lines):
        shown.append(
            f"    {100 * samples / total:5.1f} {100 * own[frame] / total:5.1f}  {_short(frame)}"
        )
    shown.append("    by own samples:")
    for frame, samples in own.most_common(lines // 2):
        shown.append(f"    {100 * samples / total:5.1f}  {_short(frame)}")
    return shown


def _short(frame: str) -> str:
    return re.sub(r"/\S*/site-packages/|" + re.escape(str(ROOT)) + "/", "", frame)


def profile(
    py_spy: str, processes: dict[str, int], run_block, seconds: float, workdir: Path
) -> dict[str, list[str]]:
    """Samples every process while `run_block` runs: 250 Hz, only the thread holding the GIL
    (an event loop waiting in epoll is not counted as busy)."""
    samplers = {}
    for name, pid in processes.items():
        out = workdir / f"{name}.raw"
        samplers[name] = (
            out,
            subprocess.Popen(
                [
                    *(py_spy, "record", "--pid", str(pid), "--format", "raw"),
                    *("--output", str(out), "--rate", "250", "--gil", "--nonblocking"),
                    "--subprocesses",  # a gunicorn master's workers
                    *("--duration", str(int(seconds))),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            ),
        )
    time.sleep(1.0)
    run_block()
    report = {}
    for name, (out, sampler) in samplers.items():
        sampler.wait(timeout=seconds + 30)
        report[name] = top_functions(out, 24) if out.exists() else ["    (no samples)"]
    return report
