"""`make run` stays in the foreground and stops every process it started on SIGTERM."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests

from tests.stack_support import free_port

ROOT = Path(__file__).resolve().parent.parent


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"


def test_run_serves_the_backend_and_sigterm_stops_everything_it_started(tmp_path):
    ports = {name: str(free_port()) for name in ("BACKEND_PORT", "ACTIONS_PORT", "RASA_PORT")}
    env = {
        **os.environ,
        **ports,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'run.db'}",
        "MODEL_DIR": str(tmp_path / "no-models"),
    }
    runner = subprocess.Popen(
        [sys.executable, "-m", "scripts.run_all"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output, started = [], []
    try:
        deadline = time.monotonic() + 60
        healthy = False
        while time.monotonic() < deadline and not healthy:
            try:
                healthy = requests.get(
                    f"http://127.0.0.1:{ports['BACKEND_PORT']}/health", timeout=1
                ).ok
            except requests.RequestException:
                time.sleep(0.5)
        assert healthy, "the backend never answered /health"
    finally:
        runner.send_signal(signal.SIGTERM)
        rest, _ = runner.communicate(timeout=30)
        output.append(rest)
    text = "".join(output)
    started = [int(pid) for pid in re.findall(r"started \w+ \(pid (\d+)\)", text)]
    assert started, text
    assert runner.returncode == 0
    assert "stopped" in text
    assert not [pid for pid in started if alive(pid)]


def test_rasa_api_is_behind_the_auth_token_when_one_is_set():
    from scripts.run_all import rasa_auth_arguments

    assert rasa_auth_arguments({"RASA_AUTH_TOKEN": "s3cret"}) == ["--auth-token", "s3cret"]
    assert rasa_auth_arguments({"RASA_AUTH_TOKEN": " "}) == []
    assert rasa_auth_arguments({}) == []
