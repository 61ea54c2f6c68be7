"""The whole system on spare loopback ports, for the end-to-end test and the turn benchmark.

A temporary SQLite database seeded with the demo landlord, the backend, the action server and
Rasa, each in its own process group; `Stack` is a context manager and stops every process it
started, whatever happens.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import subprocess
import tempfile
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import requests

from bot.relay_proof import HEADER as PROOF_HEADER
from bot.relay_proof import sign
from tests.stack_support import ServerStack, free_port

ROOT = Path(__file__).resolve().parents[2]
APP_PY = ROOT / ".venv/bin/python"
RASA = ROOT / ".venv-bot/bin/rasa"
MODEL = ROOT / "models/repairs.tar.gz"


class Stack(ServerStack):
    """Records API, channel gateway, action server and Rasa, started in that order and stopped
    in reverse. The gateway and the records API are separate processes, as `make run` has them."""

    def __init__(self, startup_timeout: float = 240.0, debug_logs: bool = False) -> None:
        self.startup_timeout = startup_timeout
        # Rasa's and the action server's debug logs quote every message and slot: the privacy
        # test reads them; the benchmark leaves them off.
        self.debug_logs = debug_logs
        self.workdir = Path(tempfile.mkdtemp(prefix="repairs-e2e-"))
        self.token = secrets.token_urlsafe(16)
        self.backend_port, self.actions_port, self.rasa_port = (free_port() for _ in range(3))
        self.gateway_port = free_port()
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "DATABASE_URL": f"sqlite:///{self.workdir / 'repairs.db'}",
            "BACKEND_API_TOKEN": self.token,
            "PHONE_TOKEN_KEY": secrets.token_urlsafe(16),
            # As `make run`: Rasa's HTTP API, the relays' proof and the action server's door
            # each have their own secret.
            "RASA_AUTH_TOKEN": secrets.token_urlsafe(16),
            "RELAY_SIGNING_KEY": secrets.token_urlsafe(16),
            "ACTION_SERVER_TOKEN": secrets.token_urlsafe(16),
            "BACKEND_PORT": str(self.backend_port),
            "BACKEND_URL": f"http://127.0.0.1:{self.backend_port}",
            "GATEWAY_PORT": str(self.gateway_port),
            # As `make run`: the texts (codes, confirmations) are the records API's to send.
            "RECORDS_EXTENSIONS": "telephony.outbound",
            "ACTIONS_PORT": str(self.actions_port),
            "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{self.actions_port}/webhook",
            "RASA_PORT": str(self.rasa_port),
            "RASA_URL": f"http://127.0.0.1:{self.rasa_port}",
            "TF_CPP_MIN_LOG_LEVEL": "3",
            # Loopback only: the action server listens where SANIC_HOST says (default all).
            "SANIC_HOST": "127.0.0.1",
        }

    @property
    def backend_url(self) -> str:
        return self.env["BACKEND_URL"]

    @property
    def gateway_url(self) -> str:
        return f"http://127.0.0.1:{self.gateway_port}"

    @property
    def rasa_url(self) -> str:
        return self.env["RASA_URL"]

    def pid(self, name: str) -> int:
        return self.processes[name].pid

    # --- lifecycle ---------------------------------------------------------------------------
    def start(self) -> None:
        subprocess.run(
            [str(APP_PY), "-m", "backend.seed"],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            timeout=120,
        )
        self._spawn("backend", [str(APP_PY), "-m", "backend.serve"])
        self._spawn("gateway", [str(APP_PY), "-m", "gateway.serve"])
        self._spawn(
            "actions",
            [
                str(RASA),
                "run",
                "actions",
                "--actions",
                "bot.actions",
                "--port",
                str(self.actions_port),
                *(["--debug"] if self.debug_logs else []),
            ],
        )
        self._spawn(
            "rasa",
            [
                str(RASA),
                "run",
                "--interface",
                "127.0.0.1",
                "--enable-api",
                "--model",
                str(MODEL),
                "--port",
                str(self.rasa_port),
                "--endpoints",
                "endpoints.yml",
                "--credentials",
                "credentials.yml",
                # One argument: a token that starts with "-" is not read as an option.
                f"--auth-token={self.env['RASA_AUTH_TOKEN']}",
                *(["--debug"] if self.debug_logs else []),
            ],
        )
        deadline = time.monotonic() + self.startup_timeout
        self._wait("backend", f"{self.backend_url}/health", deadline)
        self._wait("gateway", f"{self.gateway_url}/health", deadline)
        self._wait("actions", f"http://127.0.0.1:{self.actions_port}/health", deadline)
        self._wait("rasa", f"{self.rasa_url}/status?token={self.env['RASA_AUTH_TOKEN']}", deadline)

    # --- talking to it -------------------------------------------------------------------------
    def say(
        self,
        sender: str,
        text: str,
        channel: str = "web",
        metadata: dict[str, Any] | None = None,
        proof: str | None = "relay",
    ) -> list[dict[str, Any]]:
        """A message to the channel as the relay sends it (signed with RELAY_SIGNING_KEY), or
        with `proof` as the X-Relay-Proof header instead (None: no header)."""
        metadata = metadata or {}
        if proof == "relay":
            proof = sign(self.env["RELAY_SIGNING_KEY"], channel, sender, text, metadata)
        reply = requests.post(
            f"{self.rasa_url}/webhooks/{channel}/webhook",
            json={"sender": sender, "message": text, "metadata": metadata},
            headers={PROOF_HEADER: proof} if proof else {},
            timeout=30,
        )
        reply.raise_for_status()
        return reply.json()

    def tracker(self, sender: str) -> dict[str, Any]:
        reply = requests.get(
            f"{self.rasa_url}/conversations/{sender}/tracker",
            params={"token": self.env["RASA_AUTH_TOKEN"]},
            timeout=10,
        )
        reply.raise_for_status()
        return reply.json()

    def slots(self, sender: str) -> dict[str, Any]:
        return self.tracker(sender)["slots"]

    def query(self, sql: str, *parameters: Any) -> list[tuple]:
        with closing(sqlite3.connect(self.workdir / "repairs.db")) as database:
            return database.execute(sql, parameters).fetchall()

    def api(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.token}"}
        return requests.request(
            method, f"{self.backend_url}{path}", headers=headers, timeout=10, **kwargs
        )
