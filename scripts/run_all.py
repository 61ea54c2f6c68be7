"""`make run`: seed the demo landlord, then start the records API, the channel gateway, the front
that serves both on one port, the action server and Rasa in the foreground. Ctrl-C or SIGTERM
stops every process it started; if one dies, the rest are stopped.

    front    PUBLIC_PORT  8000   the web chat /, /chat, /twilio -> gateway; /staff -> records
    gateway  GATEWAY_PORT 8001   channels: Twilio webhooks and the web chat, relaying to Rasa
    backend  BACKEND_PORT 8002   records API: /api (the action server's), /staff, the database

The production profile (docs/production.md) is chosen by the environment: RASA_PROFILE=production
runs Rasa with endpoints.production.yml (SQL tracker store on PostgreSQL, Redis lock store), and
BACKEND_SERVER=gunicorn runs the records API and the gateway under gunicorn, each with its own
workers. Unset, everything is the embedded default.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
APP_PY = ROOT / ".venv/bin/python"
BOT_BIN = ROOT / ".venv-bot/bin"
MODEL_DIR = Path(os.environ.get("MODEL_DIR", ROOT / "models"))
ENDPOINTS = {"default": "endpoints.yml", "production": "endpoints.production.yml"}
# A generated RASA_AUTH_TOKEN is left here (owner-only) while Rasa runs, for `make eval`; removed
# when everything stops, so no kept file holds it.
RASA_TOKEN_FILE = ROOT / "instance/rasa-auth-token"


def endpoints_file(env: dict[str, str]) -> str:
    profile = env.get("RASA_PROFILE") or "default"
    if profile not in ENDPOINTS:
        raise SystemExit(f"RASA_PROFILE is {profile!r}: it is 'default' or 'production'")
    return ENDPOINTS[profile]


def backend_command(env: dict[str, str], package: str = "backend") -> list[str]:
    """The records API's server (`backend`) or the channel gateway's (`gateway`)."""
    server = env.get("BACKEND_SERVER") or "flask"
    if server == "gunicorn":
        return [str(APP_PY.parent / "gunicorn"), "-c", f"{package}/gunicorn.conf.py"]
    if server == "flask":
        return [str(APP_PY), "-m", f"{package}.serve"]
    raise SystemExit(f"BACKEND_SERVER is {server!r}: it is 'flask' or 'gunicorn'")


def rasa_store_variables(tracker_url: str, lock_url: str) -> dict[str, str]:
    """The variables endpoints.production.yml reads, from two URLs: the tracker store's
    PostgreSQL (`postgresql://user:password@host:port/db`) and the lock store's Redis
    (`redis://:password@host:port/db`)."""
    tracker, lock = urlsplit(tracker_url), urlsplit(lock_url)
    if not tracker.scheme.startswith("postgresql") or not tracker.path.strip("/"):
        raise ValueError("the tracker store URL is postgresql://user:password@host:port/db")
    if lock.scheme not in ("redis", "rediss"):
        raise ValueError("the lock store URL is redis://:password@host:port/db")
    return {
        "TRACKER_DB_HOST": tracker.hostname or "127.0.0.1",
        "TRACKER_DB_PORT": str(tracker.port or 5432),
        "TRACKER_DB_NAME": unquote(tracker.path.strip("/")),
        "TRACKER_DB_USER": unquote(tracker.username or "postgres"),
        "TRACKER_DB_PASSWORD": unquote(tracker.password or ""),
        "LOCK_STORE_HOST": lock.hostname or "127.0.0.1",
        "LOCK_STORE_PORT": str(lock.port or 6379),
        "LOCK_STORE_DB": lock.path.strip("/") or "0",
        "LOCK_STORE_PASSWORD": unquote(lock.password or ""),
    }


def production_profile(env: dict[str, str]) -> None:
    """Fill in what endpoints.production.yml needs from TRACKER_DATABASE_URL and LOCK_STORE_URL
    (or RATE_LIMIT_REDIS_URL); variables already set win."""
    tracker_url = env.get("TRACKER_DATABASE_URL")
    lock_url = env.get("LOCK_STORE_URL") or env.get("RATE_LIMIT_REDIS_URL")
    if not tracker_url or not lock_url:
        raise SystemExit(
            "RASA_PROFILE=production needs TRACKER_DATABASE_URL (Rasa's PostgreSQL) and "
            "LOCK_STORE_URL or RATE_LIMIT_REDIS_URL (Redis): see docs/production.md"
        )
    if not env.get("PHONE_TOKEN_KEY"):
        raise SystemExit(
            "RASA_PROFILE=production needs a fixed PHONE_TOKEN_KEY: the numbers sealed in kept "
            "conversations must still open after a restart (docs/production.md)"
        )
    try:
        variables = rasa_store_variables(tracker_url, lock_url)
    except ValueError as error:
        raise SystemExit(str(error)) from error
    for name, value in variables.items():
        env.setdefault(name, value)


def service_commands(env: dict[str, str]) -> list[tuple[str, list[str]]]:
    commands = [
        ("backend", backend_command(env, "backend")),
        ("gateway", backend_command(env, "gateway")),
        ("front", [str(APP_PY), "-m", "scripts.front"]),
    ]
    if (BOT_BIN / "rasa").exists() and (ROOT / "bot/actions/__init__.py").exists():
        commands.append(
            (
                "actions",
                [
                    str(BOT_BIN / "rasa"),
                    "run",
                    "actions",
                    "--actions",
                    "bot.actions",
                    "--port",
                    env["ACTIONS_PORT"],
                ],
            )
        )
    models = sorted(MODEL_DIR.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if (BOT_BIN / "rasa").exists() and models:
        commands.append(
            (
                "rasa",
                [
                    # Rasa's own command line, with RASA_AUTH_TOKEN added from the environment
                    # inside the process, so the token is not on a command line anyone can read.
                    str(BOT_BIN / "python"),
                    "-m",
                    "bot.rasa_server",
                    "run",
                    "--enable-api",
                    "--model",
                    str(models[-1]),
                    "--port",
                    env["RASA_PORT"],
                    "--interface",
                    env.get("RASA_INTERFACE", "127.0.0.1"),
                    "--endpoints",
                    endpoints_file(env),
                    "--credentials",
                    "credentials.yml",
                ],
            )
        )
    return commands


def generate_secrets(env: dict[str, str]) -> list[str]:
    """Fill in this run's own secrets where the environment has none; the names generated."""
    generated = []
    for name in (
        # One token for this run, shared by the backend and the action server.
        "BACKEND_API_TOKEN",
        "SECRET_KEY",
        "PHONE_HASH_KEY",
        # Rasa's HTTP API: whoever reads trackers or loads models must send it.
        "RASA_AUTH_TOKEN",
        # The relays' proof of who is talking, checked by Rasa's channels.
        "RELAY_SIGNING_KEY",
        # What Rasa sends to the action server, which answers nobody else.
        "ACTION_SERVER_TOKEN",
    ):
        if not env.get(name, "").strip():
            env[name] = secrets.token_urlsafe(32)
            generated.append(name)
    return generated


def leave_token_for_eval(token: str) -> Path:
    """Write the generated RASA_AUTH_TOKEN where `make eval` looks, readable by this user only."""
    RASA_TOKEN_FILE.parent.mkdir(exist_ok=True)
    RASA_TOKEN_FILE.unlink(missing_ok=True)
    descriptor = os.open(RASA_TOKEN_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(token)
    return RASA_TOKEN_FILE


def remove_token_for_eval(token: str) -> None:
    """Remove the token file if it is still this run's (another run may have replaced it)."""
    try:
        if RASA_TOKEN_FILE.read_text() == token:
            RASA_TOKEN_FILE.unlink()
    except OSError:
        pass


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PUBLIC_PORT", "8000")
    env.setdefault("GATEWAY_PORT", "8001")
    env.setdefault("BACKEND_PORT", "8002")
    env.setdefault("ACTIONS_PORT", "5055")
    env.setdefault("RASA_PORT", "5005")
    # Secrets the environment does not give are this run's own; nobody else knows them.
    generate_secrets(env)
    # The in-memory tracker ends with the run, so a key per run is enough; a kept tracker
    # (the production profile) needs a fixed one.
    if endpoints_file(env) != ENDPOINTS["production"]:
        env.setdefault("PHONE_TOKEN_KEY", secrets.token_urlsafe(32))
    # The action server calls the records API on its own port, never through the gateway.
    env.setdefault("BACKEND_URL", f"http://127.0.0.1:{env['BACKEND_PORT']}")
    # Both apps sit behind the front (or nginx): one hop of X-Forwarded-* is believed.
    env.setdefault("TRUSTED_PROXY_HOPS", "1")
    # The tenant notifications and one-time codes, plugged into the records API.
    env.setdefault("RECORDS_EXTENSIONS", "telephony.outbound")
    env.setdefault("RASA_URL", f"http://127.0.0.1:{env['RASA_PORT']}")
    env.setdefault("ACTION_ENDPOINT_URL", f"http://127.0.0.1:{env['ACTIONS_PORT']}/webhook")
    env["PYTHONPATH"] = str(ROOT)
    # Rasa and its action server are internal: only the front's port faces the network.
    env.setdefault("SANIC_HOST", "127.0.0.1")
    if endpoints_file(env) == ENDPOINTS["production"]:
        production_profile(env)
    return env


def stop_all(processes: dict[str, subprocess.Popen], grace_seconds: float = 10.0) -> None:
    for process in processes.values():
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + grace_seconds
    for process in processes.values():
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def main() -> int:
    env = environment()
    subprocess.run([str(APP_PY), "-m", "backend.seed"], cwd=ROOT, env=env, check=True)
    processes: dict[str, subprocess.Popen] = {}
    stopping = False

    def on_signal(signum, _frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    token_generated = not os.environ.get("RASA_AUTH_TOKEN", "").strip()
    try:
        for name, command in service_commands(env):
            # Each in its own process group so a stop reaches the children it spawns too.
            processes[name] = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
            print(
                f"started {name} (pid {processes[name].pid}): {' '.join(command[1:])}", flush=True
            )
        missing = {"actions", "rasa"} - processes.keys()
        if missing:
            print(f"not started (not built yet): {', '.join(sorted(missing))}", flush=True)
        if "rasa" in processes and token_generated:
            path = leave_token_for_eval(env["RASA_AUTH_TOKEN"])
            print(
                f"Rasa's HTTP API wants this run's token: it is in {path.relative_to(ROOT)} "
                "(make eval reads it there) until everything stops",
                flush=True,
            )
        print(
            f"web chat http://127.0.0.1:{env['PUBLIC_PORT']}/  "
            f"staff http://127.0.0.1:{env['PUBLIC_PORT']}/staff  "
            f"gateway :{env['GATEWAY_PORT']}  records API :{env['BACKEND_PORT']}  "
            f"assistant :{env['RASA_PORT']}  (Ctrl-C stops everything)",
            flush=True,
        )
        parent = os.getppid()
        while not stopping:
            if os.getppid() != parent:  # make was killed outright: nobody will stop us
                print("make run went away; stopping everything", flush=True)
                return 1
            dead = [name for name, p in processes.items() if p.poll() is not None]
            if dead:
                print(f"{', '.join(dead)} stopped unexpectedly; stopping the rest", flush=True)
                return 1
            time.sleep(0.5)
        return 0
    finally:
        stop_all(processes)
        if "rasa" in processes and token_generated:
            remove_token_for_eval(env["RASA_AUTH_TOKEN"])
        print("stopped", flush=True)


if __name__ == "__main__":
    sys.exit(main())
