"""Choosing the production profile by environment variables (`make run`, scripts/run_all.py),
Rasa reading endpoints.production.yml into a real SQL tracker store and Redis lock store, and the
reverse proxy's routing with the backend behind it."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import requests
from twilio.request_validator import RequestValidator

import scripts.run_all as run_all
from tests.production.conftest import (
    REDIS_URL,
    ROOT,
    needs_postgres,
    needs_redis,
    running,
    wait_until_up,
)
from tests.stack_support import free_port
from tests.stack_support import start_process as start

BOT_PYTHON = ROOT / ".venv-bot/bin/python"


def test_the_embedded_default_is_unchanged_without_the_variables():
    env: dict[str, str] = {}
    assert run_all.endpoints_file(env) == "endpoints.yml"
    assert run_all.backend_command(env)[1:] == ["-m", "backend.serve"]


def test_the_production_variables_choose_gunicorn_and_the_production_endpoints():
    env = {"RASA_PROFILE": "production", "BACKEND_SERVER": "gunicorn"}
    assert run_all.endpoints_file(env) == "endpoints.production.yml"
    command = run_all.backend_command(env)
    assert Path(command[0]).name == "gunicorn"
    assert command[1:] == ["-c", "backend/gunicorn.conf.py"]


@pytest.mark.parametrize(
    "choose, env",
    [
        (run_all.endpoints_file, {"RASA_PROFILE": "prod"}),
        (run_all.backend_command, {"BACKEND_SERVER": "uwsgi"}),
    ],
)
def test_an_unknown_profile_or_server_stops_with_the_choices(choose, env):
    with pytest.raises(SystemExit, match="it is '"):
        choose(env)


def test_the_production_profile_needs_both_store_urls():
    with pytest.raises(SystemExit, match="TRACKER_DATABASE_URL"):
        run_all.production_profile({"RASA_PROFILE": "production"})


def test_the_production_profile_needs_a_fixed_phone_token_key():
    env = {
        "TRACKER_DATABASE_URL": "postgresql://rasa:pw@db:5432/rasa",
        "RATE_LIMIT_REDIS_URL": "redis://cache:6379/0",
    }
    with pytest.raises(SystemExit, match="PHONE_TOKEN_KEY"):
        run_all.production_profile(env)


def test_the_default_profile_gets_a_phone_token_key_per_run(monkeypatch):
    monkeypatch.delenv("PHONE_TOKEN_KEY", raising=False)
    monkeypatch.delenv("RASA_PROFILE", raising=False)
    first, second = run_all.environment(), run_all.environment()
    assert len(first["PHONE_TOKEN_KEY"]) >= 32
    assert first["PHONE_TOKEN_KEY"] != second["PHONE_TOKEN_KEY"]


def test_the_store_variables_are_derived_and_explicit_ones_win():
    env = {
        "PHONE_TOKEN_KEY": "a-fixed-key",
        "TRACKER_DATABASE_URL": "postgresql://rasa:pw@db:5432/rasa",
        "RATE_LIMIT_REDIS_URL": "redis://cache:6379/0",
        "LOCK_STORE_URL": "redis://cache:6379/1",
        "TRACKER_DB_HOST": "elsewhere",
    }
    run_all.production_profile(env)
    assert env["TRACKER_DB_HOST"] == "elsewhere"
    assert (env["TRACKER_DB_NAME"], env["LOCK_STORE_DB"]) == ("rasa", "1")


def test_rasa_is_started_with_the_production_endpoints(monkeypatch, tmp_path):
    (tmp_path / "repairs.tar.gz").write_bytes(b"")
    monkeypatch.setattr(run_all, "MODEL_DIR", tmp_path)
    env = {"ACTIONS_PORT": "5055", "RASA_PORT": "5005", "RASA_PROFILE": "production"}
    commands = dict(run_all.service_commands(env))
    if "rasa" not in commands:
        pytest.skip("the bot environment is not installed")
    rasa = commands["rasa"]
    assert rasa[rasa.index("--endpoints") + 1] == "endpoints.production.yml"


def test_make_run_serves_both_apps_under_gunicorn_and_stops_them(tmp_path):
    port, gateway_port = free_port(), free_port()
    env = {
        **os.environ,
        "PUBLIC_PORT": str(free_port()),
        "GATEWAY_PORT": str(gateway_port),
        "BACKEND_PORT": str(port),
        "ACTIONS_PORT": str(free_port()),
        "RASA_PORT": str(free_port()),
        "BACKEND_SERVER": "gunicorn",
        "GUNICORN_WORKERS": "2",
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
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        healthy = False
        while time.monotonic() < deadline and not healthy and runner.poll() is None:
            try:
                healthy = all(
                    requests.get(f"http://127.0.0.1:{p}/health", timeout=1).ok
                    for p in (port, gateway_port)
                )
            except requests.RequestException:
                time.sleep(0.5)
        assert healthy, "the apps never answered /health"
    finally:
        os.killpg(runner.pid, signal.SIGTERM)
        output, _ = runner.communicate(timeout=60)
    assert re.search(r"started backend \(pid \d+\): -c backend/gunicorn.conf.py", output)
    assert re.search(r"started gateway \(pid \d+\): -c gateway/gunicorn.conf.py", output)
    assert "Booting worker" in output
    assert runner.returncode == 0


@pytest.mark.skipif(not BOT_PYTHON.exists(), reason="the bot environment is not installed")
@pytest.mark.parametrize(
    "stores", [pytest.param("postgresql+redis", marks=[*needs_postgres, *needs_redis])]
)
def test_rasa_reads_the_production_endpoints_into_shared_stores(postgres_database, stores):
    tracker_url = postgres_database("repairs_endpoints_check_test")
    env = {
        **os.environ,
        "ACTION_ENDPOINT_URL": "http://127.0.0.1:9/webhook",
        "ACTION_SERVER_TOKEN": "stores-check-token",
        **run_all.rasa_store_variables(tracker_url, REDIS_URL),
    }
    # Two tracker stores (two "servers"): what one saves the other reads; the lock is in Redis.
    script = textwrap.dedent(
        """
        import asyncio
        from rasa.core.lock_store import LockStore, RedisLockStore
        from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
        from rasa.core.utils import AvailableEndpoints
        from rasa.shared.core.domain import Domain
        from rasa.shared.core.events import UserUttered
        from rasa.shared.core.trackers import DialogueStateTracker

        endpoints = AvailableEndpoints.read_endpoints("endpoints.production.yml")
        one = TrackerStore.create(endpoints.tracker_store, Domain.empty())
        two = TrackerStore.create(endpoints.tracker_store, Domain.empty())
        lock_store = LockStore.create(endpoints.lock_store)
        assert isinstance(one, SQLTrackerStore) and isinstance(lock_store, RedisLockStore)
        assert endpoints.action.url == "http://127.0.0.1:9/webhook"
        assert endpoints.action.headers == {"Authorization": "Bearer stores-check-token"}

        async def main():
            tracker = DialogueStateTracker("endpoints-check", [])
            tracker.update(UserUttered("hello"))
            async with lock_store.lock("endpoints-check"):
                assert lock_store.get_lock("endpoints-check") is not None
                await one.save(tracker)
            again = await two.retrieve("endpoints-check")
            assert [e.text for e in again.events if isinstance(e, UserUttered)] == ["hello"]

        asyncio.run(main())
        print("stores ok")
        """
    )
    checked = subprocess.run(
        [str(BOT_PYTHON), "-W", "ignore", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert checked.returncode == 0, checked.stderr[-3000:]
    assert "stores ok" in checked.stdout


@pytest.fixture
def proxied_backend(tmp_path):
    """Both apps under gunicorn on SQLite with nginx (deploy/nginx/nginx.conf) in front, all on
    loopback."""
    if not shutil.which("nginx"):
        pytest.skip("nginx is not installed")
    backend_port, gateway_port, proxy_port = free_port(), free_port(), free_port()
    config = (ROOT / "deploy/nginx/nginx.conf").read_text()
    config = config.replace("server backend:8000;", f"server 127.0.0.1:{backend_port};")
    config = config.replace("server gateway:8001;", f"server 127.0.0.1:{gateway_port};")
    config = config.replace("listen 8080 default_server;", f"listen 127.0.0.1:{proxy_port};")
    config = config.replace("pid /tmp/nginx.pid;", f"pid {tmp_path}/nginx.pid;")
    config = config.replace("/tmp/nginx-", f"{tmp_path}/nginx-")
    config = config.replace(
        "access_log /dev/stdout repairs;", f"access_log {tmp_path}/a.log repairs;"
    )
    (tmp_path / "nginx.conf").write_text(config)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'repairs.db'}",
        "BACKEND_API_TOKEN": "proxy-test-token",
        "TWILIO_AUTH_TOKEN": "proxy-test-twilio",
        "PHONE_HASH_KEY": "proxy-test-key",
        "SECRET_KEY": "proxy-test-secret",
        "RASA_URL": "http://127.0.0.1:9",
        "TELEPHONY_DEADLINE_SECONDS": "1",
        "BACKEND_PORT": str(backend_port),
        "GATEWAY_PORT": str(gateway_port),
        "GUNICORN_WORKERS": "1",
        "TRUSTED_PROXY_HOPS": "1",  # as in deploy/: nginx is the one proxy
    }
    backend = start(
        [str(ROOT / ".venv/bin/gunicorn"), "-c", "backend/gunicorn.conf.py"],
        env,
        tmp_path / "backend.log",
    )
    wait_until_up(f"http://127.0.0.1:{backend_port}/health", backend, 60, tmp_path / "backend.log")
    gateway = start(
        [str(ROOT / ".venv/bin/gunicorn"), "-c", "gateway/gunicorn.conf.py"],
        env,
        tmp_path / "gateway.log",
    )
    proxy = start(
        [
            "nginx",
            "-c",
            str(tmp_path / "nginx.conf"),
            "-p",
            str(tmp_path),
            "-e",
            str(tmp_path / "error.log"),
            "-g",
            "daemon off;",
        ],
        env,
        tmp_path / "nginx.log",
    )
    with running([backend, gateway, proxy]):
        wait_until_up(
            f"http://127.0.0.1:{gateway_port}/health", gateway, 60, tmp_path / "gateway.log"
        )
        wait_until_up(f"http://127.0.0.1:{proxy_port}/healthz", proxy, 30, tmp_path / "error.log")
        yield f"http://127.0.0.1:{proxy_port}", tmp_path / "a.log"


def test_the_proxy_serves_the_public_pages_and_hides_the_api_and_rasa(proxied_backend):
    base, _log = proxied_backend
    assert requests.get(f"{base}/", timeout=10).status_code == 200
    token = {"Authorization": "Bearer proxy-test-token"}
    for path in (
        "/api/triage",
        "/api/tenants/lookup?phone=07700900123",
        "/health",
        "/webhooks/web/webhook",
        "/conversations/x/tracker",
        "/status",
    ):
        assert requests.post(f"{base}{path}", headers=token, json={}, timeout=10).status_code == 404
        assert requests.get(f"{base}{path}", headers=token, timeout=10).status_code == 404
    # Twilio's webhooks get through, and an unsigned request is refused by the backend itself.
    assert requests.post(f"{base}/twilio/sms", data={"Body": "hi"}, timeout=10).status_code == 403


def test_the_proxy_passes_on_the_scheme_twilio_used_so_its_signature_checks(proxied_backend):
    base, log = proxied_backend
    params = {
        "MessageSid": "SMproxy0001",
        "From": "+447700900123",
        "To": "+447700900000",
        "Body": "HELP",
    }
    # Twilio called https://<host>/twilio/sms; TLS ended at a load balancer before the proxy.
    host = base.removeprefix("http://")
    signature = RequestValidator("proxy-test-twilio").compute_signature(
        f"https://{host}/twilio/sms", params
    )
    reply = requests.post(
        f"{base}/twilio/sms",
        data=params,
        headers={"X-Twilio-Signature": signature, "X-Forwarded-Proto": "https"},
        timeout=15,
    )
    assert reply.status_code == 200, reply.text
    assert "<Message>" in reply.text
    requests.get(f"{base}/api/tenants/lookup?phone=07700900456", timeout=10)
    written = ""
    for _ in range(50):  # nginx writes the line once the response has gone: up to 5 s
        written = log.read_text()
        if "GET /api/tenants/lookup" in written:
            break
        time.sleep(0.1)
    assert "POST /twilio/sms" in written
    assert "900456" not in written and "phone=" not in written
