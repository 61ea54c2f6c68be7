"""What every test that starts real servers needs: a free loopback port, each server in its own
process group with its log kept, waiting until it answers, and stopping all of them."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_process(command: list[str], env: dict[str, str], log_path: Path) -> subprocess.Popen:
    """A process in a process group of its own (so stopping it reaches its children)."""
    with log_path.open("ab") as log:
        return subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def stop_process(process: subprocess.Popen, grace_seconds: float = 20.0) -> None:
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=grace_seconds)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def wait_until_up(
    url: str, process: subprocess.Popen, deadline: float, log_path: Path, ready=None
) -> None:
    """Until `url` answers (by default 200: Rasa's /status is 200 once its model is loaded)."""
    ready = ready or (lambda status: status == 200)
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the process exited early\n{tail(log_path)}")
        try:
            if ready(requests.get(url, timeout=2).status_code):
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not come up\n{tail(log_path)}")


class ServerStack:
    """Subclasses set `workdir`, `env` and `processes` and implement `start`."""

    workdir: Path
    env: dict[str, str]
    processes: dict[str, subprocess.Popen]

    def start(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def _spawn(self, name: str, command: list[str]) -> None:
        self.processes[name] = start_process(command, self.env, self.workdir / f"{name}.log")

    def _wait(self, name: str, url: str, deadline: float) -> None:
        wait_until_up(url, self.processes[name], deadline, self.workdir / f"{name}.log")

    def stop(self) -> None:
        for process in reversed(list(self.processes.values())):
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes.values():
            stop_process(process)

    def log(self, name: str) -> str:
        """Everything the named process has written so far."""
        return (self.workdir / f"{name}.log").read_text(errors="replace")

    def log_tail(self, name: str, lines: int = 40) -> str:
        return tail(self.workdir / f"{name}.log", lines)
