"""CPU time read from /proc, for the benchmarks' per-process figures (Linux only)."""

from __future__ import annotations

import os
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def group_cpu_seconds(leader: int) -> float:
    """utime + stime of every live process in `leader`'s process group (workers included)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        # After the command: state ppid pgrp ... utime (14th field overall) stime (15th).
        if int(fields[2]) == leader:
            total += int(fields[11]) + int(fields[12])
    return total / TICK


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine spent busy (all cores, everything but idle and iowait)."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / TICK
