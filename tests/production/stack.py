"""The production profile on loopback, several processes standing for several machines: the
backend under gunicorn on PostgreSQL, action servers, and Rasa servers sharing the SQL tracker
store (PostgreSQL) and the Redis lock store (endpoints.production.yml). Used by the two-server
test and by the SMS load benchmark (bench/load_sms.py).

Every process runs in its own process group and `ProductionStack` stops all of them, whatever
happens; the databases it made are dropped unless asked to keep them.
"""

from __future__ import annotations

import http.client
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import create_engine, text

from bot.relay_proof import HEADER as PROOF_HEADER
from bot.relay_proof import sign
from scripts.run_all import rasa_store_variables
from tests.stack_support import ServerStack, free_port

ROOT = Path(__file__).resolve().parents[2]
APP_PY = ROOT / ".venv/bin/python"
GUNICORN = ROOT / ".venv/bin/gunicorn"
RASA = ROOT / ".venv-bot/bin/rasa"
MODEL = ROOT / "models/repairs.tar.gz"


def stable_model_copy(destination: Path, settle_seconds: float = 2.0, timeout: float = 60) -> Path:
    """A copy of the trained model, taken once the file has stopped changing (the bot's training
    may be rewriting it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        before = MODEL.stat()
        time.sleep(settle_seconds)
        after = MODEL.stat()
        if (before.st_size, before.st_mtime) == (after.st_size, after.st_mtime):
            target = destination / MODEL.name
            shutil.copy2(MODEL, target)
            return target
    raise TimeoutError("the model file kept changing")


def admin_engine(postgres_url: str):
    url = postgres_url.replace("postgresql://", "postgresql+psycopg://", 1)
    return create_engine(url, isolation_level="AUTOCOMMIT")


class Balancer:
    """A loopback round-robin HTTP proxy standing for the load balancer in front of the Rasa
    servers. A server that refuses the connection (down, restarting) is skipped and the next one
    tried: nothing was delivered, so that is safe. A server that fails after the request went out
    gives a 502 (the message may have been processed; the channel's fallback takes over)."""

    def __init__(self, upstreams: list[str], timeout: float = 30.0):
        self.upstreams = upstreams  # "127.0.0.1:5005"
        self.timeout = timeout
        self._next = 0
        self._lock = threading.Lock()
        self.late_replies = 0  # answers that came after the caller had given up
        self.served: list[tuple[float, str]] = []  # (monotonic time, upstream) of each answer
        balancer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args):  # quiet: the bench prints its own figures
                pass

            def do_GET(self):
                balancer.forward(self)

            def do_POST(self):
                balancer.forward(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _order(self) -> list[str]:
        with self._lock:
            start = self._next
            self._next = (self._next + 1) % len(self.upstreams)
        return self.upstreams[start:] + self.upstreams[:start]

    def forward(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else None
        headers = {"Content-Type": handler.headers.get("Content-Type", "application/json")}
        if handler.headers.get(PROOF_HEADER):  # the relay's proof of who is talking
            headers[PROOF_HEADER] = handler.headers[PROOF_HEADER]
        for upstream in self._order():
            host, port = upstream.rsplit(":", 1)
            connection = http.client.HTTPConnection(host, int(port), timeout=self.timeout)
            try:
                connection.connect()
            except OSError:
                connection.close()
                continue
            try:
                connection.request(handler.command, handler.path, body=body, headers=headers)
                response = connection.getresponse()
                payload = response.read()
                status = response.status
                content_type = response.getheader("Content-Type", "application/json")
                with self._lock:
                    self.served.append((time.monotonic(), upstream))
            except OSError:
                status, payload, content_type = 502, b'{"error": "bad_gateway"}', "application/json"
            finally:
                connection.close()
            break
        else:
            status, payload, content_type = 503, b'{"error": "no_upstream"}', "application/json"
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload)
        except OSError:
            # The caller stopped waiting (its deadline passed): the turn was still taken.
            with self._lock:
                self.late_replies += 1

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class ProductionStack(ServerStack):
    def __init__(
        self,
        name: str,
        postgres_url: str,
        redis_url: str,
        rasa_servers: int = 2,
        action_servers: int = 1,
        backend_workers: int = 2,
        twilio_token: str = "stack-twilio-token",
        extra_env: dict[str, str] | None = None,
        seed: Callable[[str], None] | None = None,
        keep_databases: bool = False,
        startup_timeout: float = 300.0,
        endpoints: str = "endpoints.production.yml",
    ):
        self.name = name
        self.postgres_url = postgres_url
        self.redis_url = redis_url
        self.seed = seed
        self.endpoints = endpoints
        self.keep_databases = keep_databases
        self.startup_timeout = startup_timeout
        self.workdir = Path(tempfile.mkdtemp(prefix=f"{name}-"))
        server = postgres_url.rsplit("/", 1)[0]
        self.app_db, self.tracker_db = f"{name}_app", f"{name}_tracker"
        self.app_url = f"{server}/{self.app_db}"
        self.tracker_url = f"{server}/{self.tracker_db}"
        self.token = "stack-api-token"
        self.twilio_token = twilio_token
        self.backend_port = free_port()
        self.gateway_port = free_port()
        self.action_ports = [free_port() for _ in range(action_servers)]
        self.rasa_ports = [free_port() for _ in range(rasa_servers)]
        self.balancer = Balancer([f"127.0.0.1:{port}" for port in self.rasa_ports])
        self.processes: dict[str, subprocess.Popen] = {}
        self.model: Path | None = None
        self.env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "TF_CPP_MIN_LOG_LEVEL": "3",
            "RASA_TELEMETRY_ENABLED": "false",
            "DATABASE_URL": self.app_url,
            "RATE_LIMIT_REDIS_URL": redis_url,
            "TRACKER_DATABASE_URL": self.tracker_url,
            "BACKEND_API_TOKEN": self.token,
            "SECRET_KEY": "stack-secret-key",
            "PHONE_HASH_KEY": "stack-phone-hash-key",
            "PHONE_TOKEN_KEY": "stack-phone-token-key",
            "RASA_AUTH_TOKEN": "stack-rasa-auth-token",
            "RELAY_SIGNING_KEY": "stack-relay-signing-key",
            "ACTION_SERVER_TOKEN": "stack-action-server-token",
            "TWILIO_AUTH_TOKEN": twilio_token,
            "PUBLIC_BASE_URL": f"http://127.0.0.1:{self.gateway_port}",
            "BACKEND_HOST": "127.0.0.1",
            "BACKEND_PORT": str(self.backend_port),
            "BACKEND_URL": f"http://127.0.0.1:{self.backend_port}",
            "GATEWAY_HOST": "127.0.0.1",
            "GATEWAY_PORT": str(self.gateway_port),
            # Each app its own workers: the gateway's wait on Rasa, the records API's serve the
            # action server meanwhile.
            "GUNICORN_WORKERS": str(backend_workers),
            "RECORDS_EXTENSIONS": "telephony.outbound",
            "RASA_URL": f"http://127.0.0.1:{self.balancer.port}",
            # The action server behind its own address; several would sit behind a balancer.
            "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{self.action_ports[0]}/webhook",
            "TICKET_LOCK_LIFETIME": "20",
            **rasa_store_variables(self.tracker_url, redis_url),
            **(extra_env or {}),
        }

    # --- lifecycle ---------------------------------------------------------------------------
    def start(self) -> None:
        self.model = stable_model_copy(self.workdir)
        self._recreate_databases()
        seeded = subprocess.run(
            [str(APP_PY), "-m", "backend.seed"],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if seeded.returncode != 0:
            raise RuntimeError(f"seeding failed:\n{seeded.stderr[-2000:]}")
        if self.seed:
            self.seed(self.app_url)
        self.balancer.start()
        self._spawn("backend", [str(GUNICORN), "-c", "backend/gunicorn.conf.py"])
        self._spawn("gateway", [str(GUNICORN), "-c", "gateway/gunicorn.conf.py"])
        for i, port in enumerate(self.action_ports):
            self._spawn(
                f"actions{i}",
                [str(RASA), "run", "actions", "--actions", "bot.actions", "--port", str(port)],
            )
        for i in range(len(self.rasa_ports)):
            self.start_rasa(i)
        deadline = time.monotonic() + self.startup_timeout
        self._wait("backend", f"{self.backend_url}/health", deadline)
        self._wait("gateway", f"{self.gateway_url}/health", deadline)
        for i, port in enumerate(self.action_ports):
            self._wait(f"actions{i}", f"http://127.0.0.1:{port}/health", deadline)
        for i in range(len(self.rasa_ports)):
            self.wait_rasa(i, deadline)

    def _recreate_databases(self) -> None:
        admin = admin_engine(self.postgres_url)
        try:
            with admin.connect() as connection:
                for name in (self.app_db, self.tracker_db):
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                    connection.execute(text(f'CREATE DATABASE "{name}"'))
        finally:
            admin.dispose()

    def _drop_databases(self) -> None:
        admin = admin_engine(self.postgres_url)
        try:
            with admin.connect() as connection:
                for name in (self.app_db, self.tracker_db):
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        finally:
            admin.dispose()

    def start_rasa(self, i: int) -> None:
        self._spawn(
            f"rasa{i}",
            [
                str(RASA),
                "run",
                "--enable-api",
                "--model",
                str(self.model),
                "--port",
                str(self.rasa_ports[i]),
                "--endpoints",
                self.endpoints,
                "--credentials",
                "credentials.yml",
                # One argument: a token that starts with "-" is not read as an option.
                f"--auth-token={self.env['RASA_AUTH_TOKEN']}",
            ],
        )

    def wait_rasa(self, i: int, deadline: float | None = None) -> None:
        deadline = deadline or time.monotonic() + self.startup_timeout
        # /status answers 200 once the model is loaded (and so the stores are connected).
        token = self.env["RASA_AUTH_TOKEN"]
        self._wait(f"rasa{i}", f"{self.rasa_url(i)}/status?token={token}", deadline)

    def kill_rasa(self, i: int, sig: int = signal.SIGKILL) -> None:
        process = self.processes[f"rasa{i}"]
        if process.poll() is None:
            os.killpg(process.pid, sig)
            process.wait(timeout=30)

    def stop(self) -> None:
        super().stop()
        if self.balancer.thread.is_alive():
            self.balancer.stop()
        if not self.keep_databases:
            self._drop_databases()

    # --- talking to it -------------------------------------------------------------------------
    @property
    def backend_url(self) -> str:
        return f"http://127.0.0.1:{self.backend_port}"

    @property
    def gateway_url(self) -> str:
        return f"http://127.0.0.1:{self.gateway_port}"

    def rasa_url(self, i: int) -> str:
        return f"http://127.0.0.1:{self.rasa_ports[i]}"

    def say(
        self,
        i: int,
        sender: str,
        message: str,
        channel: str = "web",
        metadata: dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        """A message to one Rasa server as the relay sends it (signed with RELAY_SIGNING_KEY)."""
        metadata = metadata or {}
        proof = sign(self.env["RELAY_SIGNING_KEY"], channel, sender, message, metadata)
        reply = requests.post(
            f"{self.rasa_url(i)}/webhooks/{channel}/webhook",
            json={"sender": sender, "message": message, "metadata": metadata},
            headers={PROOF_HEADER: proof},
            timeout=60,
        )
        reply.raise_for_status()
        return reply.json()

    def tracker(self, i: int, sender: str) -> dict[str, Any]:
        reply = requests.get(
            f"{self.rasa_url(i)}/conversations/{sender}/tracker",
            params={"token": self.env["RASA_AUTH_TOKEN"]},
            timeout=30,
        )
        reply.raise_for_status()
        return reply.json()

    def stored_events(self, sender: str) -> list[tuple[str, str | None, str | None]]:
        """(type, intent, action) of the sender's events as the tracker store holds them."""
        rows = self.query(
            self.tracker_url,
            "SELECT type_name, intent_name, action_name FROM events "
            "WHERE sender_id = :sender ORDER BY id",
            sender=sender,
        )
        return [tuple(row) for row in rows]

    def stored_event_data(self, sender: str) -> list[str]:
        """The sender's events as the tracker store keeps them (JSON text, one per event)."""
        rows = self.query(
            self.tracker_url,
            "SELECT data FROM events WHERE sender_id = :sender ORDER BY id",
            sender=sender,
        )
        return [row[0] for row in rows]

    @staticmethod
    def query(url: str, sql: str, **parameters: Any) -> list[tuple]:
        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
        try:
            with engine.connect() as connection:
                return [tuple(row) for row in connection.execute(text(sql), parameters).all()]
        finally:
            engine.dispose()

    def api(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.token}"}
        return requests.request(
            method, f"{self.backend_url}{path}", headers=headers, timeout=30, **kwargs
        )
