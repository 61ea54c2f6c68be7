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


def test_run_serves_both_apps_on_one_port_and_sigterm_stops_everything_it_started(tmp_path):
    names = ("PUBLIC_PORT", "GATEWAY_PORT", "BACKEND_PORT", "ACTIONS_PORT", "RASA_PORT")
    ports = {name: str(free_port()) for name in names}
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
                healthy = all(
                    requests.get(f"http://127.0.0.1:{ports[name]}/health", timeout=1).ok
                    for name in ("PUBLIC_PORT", "BACKEND_PORT")
                )
            except requests.RequestException:
                time.sleep(0.5)
        assert healthy, "the apps never answered /health"
        public = f"http://127.0.0.1:{ports['PUBLIC_PORT']}"
        records = f"http://127.0.0.1:{ports['BACKEND_PORT']}"
        gateway = f"http://127.0.0.1:{ports['GATEWAY_PORT']}"
        # One public port: the web chat is the gateway's, the staff pages the records API's.
        assert requests.get(f"{public}/health", timeout=5).json()["service"] == "gateway"
        assert "chat-form" in requests.get(f"{public}/", timeout=5).text
        assert requests.get(f"{public}/staff/sign-in", timeout=5).status_code == 200
        # /api is the records API's alone, on its own port: not public, not on the gateway.
        assert requests.get(f"{public}/api/categories", timeout=5).status_code == 404
        assert requests.get(f"{gateway}/api/categories", timeout=5).status_code == 404
        assert requests.get(f"{records}/health", timeout=5).json()["service"] == "records"
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
    from bot.rasa_server import arguments

    assert arguments(["run"], {"RASA_AUTH_TOKEN": "s3cret"}) == [
        "rasa",
        "run",
        "--auth-token=s3cret",
    ]
    # A token that starts with "-" stays the option's value.
    assert arguments(["run"], {"RASA_AUTH_TOKEN": "-abc"})[-1] == "--auth-token=-abc"
    assert arguments(["run"], {"RASA_AUTH_TOKEN": " "}) == ["rasa", "run"]
    assert arguments(["run"], {}) == ["rasa", "run"]


SECRETS = ("RASA_AUTH_TOKEN", "RELAY_SIGNING_KEY", "ACTION_SERVER_TOKEN")


def test_make_run_generates_rasas_token_the_relay_key_and_the_action_servers_token(monkeypatch):
    from scripts import run_all

    for name in SECRETS:
        monkeypatch.delenv(name, raising=False)
    env = run_all.environment()
    values = [env[name] for name in SECRETS]
    assert all(len(value) >= 32 for value in values) and len(set(values)) == 3
    assert run_all.environment()["RASA_AUTH_TOKEN"] != env["RASA_AUTH_TOKEN"]  # per run

    for name in SECRETS:
        monkeypatch.setenv(name, f"given-{name}")
    assert [run_all.environment()[name] for name in SECRETS] == [f"given-{n}" for n in SECRETS]


def test_rasa_is_started_behind_the_token_which_is_on_no_command_line(monkeypatch, tmp_path):
    from scripts import run_all

    monkeypatch.setattr(run_all, "MODEL_DIR", tmp_path)
    monkeypatch.setattr(run_all, "BOT_BIN", tmp_path)
    (tmp_path / "rasa").touch()
    (tmp_path / "repairs.tar.gz").touch()
    env = run_all.environment()
    rasa = dict(run_all.service_commands(env))["rasa"]
    # bot.rasa_server adds --auth-token from RASA_AUTH_TOKEN inside the process (any local user
    # can read a command line; only this user can read the environment).
    assert rasa[1:4] == ["-m", "bot.rasa_server", "run"] and "--enable-api" in rasa
    assert env["RASA_AUTH_TOKEN"] not in " ".join(rasa)


def test_make_eval_finds_the_generated_token_only_while_make_run_runs(monkeypatch, tmp_path):
    from bot.eval import rasa_token
    from scripts import run_all

    monkeypatch.setattr(run_all, "RASA_TOKEN_FILE", tmp_path / "instance/rasa-auth-token")
    path = run_all.leave_token_for_eval("generated-token")
    assert path.stat().st_mode & 0o777 == 0o600
    assert rasa_token({}, str(path)) == "generated-token"
    assert rasa_token({"RASA_AUTH_TOKEN": "set-by-hand"}, str(path)) == "set-by-hand"
    run_all.remove_token_for_eval("generated-token")
    assert not path.exists()
    assert rasa_token({}, str(path)) is None
