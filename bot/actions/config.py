"""The action server's configuration, read from the environment here and nowhere else."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # The records API on its own port (`make run`: BACKEND_PORT 8002), never the public one.
    backend_url: str = "http://127.0.0.1:8002"
    backend_api_token: str = ""
    # Per request: connect and read timeouts (seconds).
    connect_timeout: float = 2.0
    read_timeout: float = 4.0
    # All backend calls of one action together; a voice turn must fit Twilio's 15 seconds
    # and a form turn can run two actions (validate, then ask).
    action_budget: float = 5.0
    # After a connection failure, calls are skipped for this long (seconds) so a down backend
    # costs one timeout, not one per action.
    backend_retry_after: float = 10.0
    # The numbers tenants are told to ring (the same defaults as the backend's).
    landlord_phone: str = "0800 151 3444"
    emergency_phone: str = "01708 434000"
    # Opens the phone tokens the channels sealed (bot/phone_tokens.py); shared with Rasa.
    phone_token_key: str = ""
    # What Rasa sends as `Authorization: Bearer ...` (its action_endpoint in endpoints.yml);
    # the action server answers nobody else (bot/actions/rasa_only.py).
    action_server_token: str = ""
    # The public site, for links a tenant opens (the photo upload page): PUBLIC_BASE_URL, else
    # `make run`'s front door.
    public_site_url: str = "http://127.0.0.1:8000"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        default = cls()
        return cls(
            backend_url=env.get("BACKEND_URL", default.backend_url).rstrip("/"),
            backend_api_token=env.get("BACKEND_API_TOKEN", default.backend_api_token),
            connect_timeout=float(env.get("BACKEND_CONNECT_TIMEOUT", default.connect_timeout)),
            read_timeout=float(env.get("BACKEND_READ_TIMEOUT", default.read_timeout)),
            action_budget=float(env.get("ACTION_BACKEND_BUDGET", default.action_budget)),
            backend_retry_after=float(env.get("BACKEND_RETRY_AFTER", default.backend_retry_after)),
            landlord_phone=env.get("LANDLORD_PHONE", default.landlord_phone),
            emergency_phone=env.get("EMERGENCY_PHONE", default.emergency_phone),
            phone_token_key=env.get("PHONE_TOKEN_KEY", default.phone_token_key),
            action_server_token=env.get("ACTION_SERVER_TOKEN", default.action_server_token),
            public_site_url=(
                env.get("PUBLIC_BASE_URL") or f"http://127.0.0.1:{env.get('PUBLIC_PORT', '8000')}"
            ).rstrip("/"),
        )


# Used by the tests: a backend nobody listens on, and budgets short enough to keep them fast.
TEST_SETTINGS = Settings(
    backend_url="http://127.0.0.1:9",
    backend_api_token="test-token",
    connect_timeout=0.2,
    read_timeout=0.2,
    action_budget=0.5,
    backend_retry_after=0.0,
    phone_token_key="test-phone-token-key",
)
