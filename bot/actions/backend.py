"""A small client for the backend's HTTP API (docs/api.md): the only source of triage,
tenancies, repairs, slots and bookings.

Every call has short timeouts and shares one budget per action, so a slow or absent backend
costs the tenant seconds, not Twilio's whole 15-second turn; failures raise
`BackendUnavailable`, which actions turn into a reply with the phone number to ring.

Phone numbers reach the assistant as the channel's tokens (`bot/phone_tokens.py`); the client
opens them in every payload it sends, so the backend records the numbers themselves.
"""

from __future__ import annotations

import logging
import threading
import time
from http.client import RemoteDisconnected
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from bot.actions.config import Settings
from bot.nlu.keywords import PHONE_TOKEN_PATTERN
from bot.phone_tokens import PhoneSealer

logger = logging.getLogger(__name__)


class BackendError(Exception):
    """The backend answered with a 4xx: `code` is its `error` field ("slot_full", ...)."""

    def __init__(self, status: int, code: str, message: str = "") -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


class ConfidentialReference(BackendError):
    """An anti-social behaviour or complaint reference: nothing about it is told in a
    conversation (the backend gives its legal clocks only); it is confirmed by a text."""

    def __init__(self, reference: str) -> None:
        super().__init__(200, "confidential", f"{reference} is not told in a conversation")


class BackendUnavailable(Exception):
    """No usable answer: connection refused, timeout, budget spent or a 5xx."""


# When the backend last failed to connect, calls wait until this monotonic time.
_down_until = 0.0

# One HTTP session per thread of the action server, kept for the life of the process: its
# connections stay open (keep-alive), so an action's calls do not each pay for a new TCP
# connection and a new backend worker thread. `requests.Session` is not documented as
# thread-safe, so each thread has its own (the SDK runs sync actions on its event loop's thread).
_local = threading.local()


# POST routes that change nothing: safe to send again.
_PURE = frozenset({"/api/triage", "/api/tenants/verify"})


def _closed_by_server(error: BaseException) -> bool:
    """Whether the connection was dropped by the server (not refused, not timed out)."""
    seen: list[BaseException] = [error]
    while seen:
        current = seen.pop()
        if isinstance(current, (RemoteDisconnected, ConnectionResetError, BrokenPipeError)):
            return True
        seen.extend(a for a in current.args if isinstance(a, BaseException))
        if current.__cause__ is not None:
            seen.append(current.__cause__)
    return False


def shared_session() -> requests.Session:
    """This thread's long-lived session to the backend."""
    session = getattr(_local, "session", None)
    if session is None:
        session = requests.Session()
        # The backend is on our own network: no proxy settings or ~/.netrc read per request.
        session.trust_env = False
        # No retries: a call that fails is reported as BackendUnavailable, within the budget.
        adapter = HTTPAdapter(pool_connections=1, pool_maxsize=4, max_retries=0)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        _local.session = session
    return session


class BackendClient:
    """The backend API, one method per route the assistant uses."""

    def __init__(self, settings: Settings, session: requests.Session | None = None) -> None:
        self.settings = settings
        self.session = session or shared_session()
        self.deadline = time.monotonic() + settings.action_budget
        self.sealer = PhoneSealer(settings.phone_token_key) if settings.phone_token_key else None

    def _opened(self, payload: dict[str, Any] | None) -> dict[str, Any] | None:
        if payload is None:
            return None
        if self.sealer is None:
            if PHONE_TOKEN_PATTERN.search(str(payload)):
                logger.error(
                    "PHONE_TOKEN_KEY is not set: a phone token goes to the backend unopened"
                )
            return payload
        return self.sealer.open_payload(payload)

    # --- transport ------------------------------------------------------------------------
    def _request(
        self,
        method: str,
        path: str,
        *,
        json: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        idempotency_key: str | None = None,
    ) -> dict[str, Any]:
        global _down_until
        now = time.monotonic()
        remaining = self.deadline - now
        if now < _down_until or remaining < 0.05:
            raise BackendUnavailable(f"{method} {path}: skipped (backend down or budget spent)")
        headers = {"Authorization": f"Bearer {self.settings.backend_api_token}"}
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        timeout = (
            min(self.settings.connect_timeout, remaining),
            min(self.settings.read_timeout, remaining),
        )
        body_sent = self._opened(json)
        for attempt in (1, 2):
            try:
                reply = self.session.request(
                    method,
                    f"{self.settings.backend_url}{path}",
                    json=body_sent,
                    params=params,
                    headers=headers,
                    timeout=timeout,
                )
                break
            except requests.ConnectionError as error:
                if not _closed_by_server(error):
                    _down_until = time.monotonic() + self.settings.backend_retry_after
                elif attempt == 1 and (method == "GET" or idempotency_key or path in _PURE):
                    # A kept-alive connection the server had just closed (gunicorn's keepalive
                    # ran out): once more, on a new connection, where repeating is harmless.
                    continue
                raise BackendUnavailable(f"{method} {path}: {error}") from error
            except requests.RequestException as error:
                raise BackendUnavailable(f"{method} {path}: {error}") from error
        if reply.status_code >= 500:
            raise BackendUnavailable(f"{method} {path}: HTTP {reply.status_code}")
        try:
            body = reply.json()
        except ValueError as error:
            raise BackendUnavailable(f"{method} {path}: not JSON") from error
        if reply.status_code >= 400:
            body = body if isinstance(body, dict) else {}
            raise BackendError(reply.status_code, body.get("error", ""), body.get("message", ""))
        return body

    # --- routes ---------------------------------------------------------------------------
    def triage(
        self,
        category: str,
        facts: dict[str, bool],
        reported_at: str | None,
        tenant_id: int | None = None,
    ) -> dict[str, Any]:
        payload: dict[str, Any] = {"category": category, "facts": facts}
        if reported_at:
            payload["reported_at"] = reported_at
        if tenant_id is not None:
            # The household's recorded circumstances then count without being asked again.
            payload["tenant_id"] = tenant_id
        return self._request("POST", "/api/triage", json=payload)

    def categories(self) -> dict[str, str]:
        """The policy's categories and their labels (code -> label), the one list of them."""
        reply = self._request("GET", "/api/triage/categories")
        return {c["code"]: c["label"] for c in reply.get("categories", [])}

    def verify_tenant(self, door_number: str, postcode: str, name: str) -> dict[str, Any] | None:
        payload = {"door_number": door_number, "postcode": postcode, "name": name}
        try:
            return self._request("POST", "/api/tenants/verify", json=payload)
        except BackendError as error:
            if error.status == 404:
                return None
            raise

    def send_code(self, tenant_id: int) -> dict[str, Any]:
        """Texts a one-time code to the tenant's number on file (BackendError "no_phone",
        "code_locked" or "too_many_codes" when it cannot)."""
        return self._request("POST", f"/api/tenants/{int(tenant_id)}/codes")

    def check_code(self, tenant_id: int, code: str) -> dict[str, Any]:
        """{"verified": true}, or BackendError "wrong_code", "code_expired", "no_code",
        "code_locked" or "invalid_code"."""
        return self._request(
            "POST", f"/api/tenants/{int(tenant_id)}/codes/check", json={"code": code}
        )

    def confirm_by_text(self, reference: str, tenant_id: int) -> dict[str, Any]:
        """Texts what we hold about the reference to the tenant's number on file."""
        return self._request(
            "POST", f"/api/repairs/{reference}/confirmation", params={"tenant_id": tenant_id}
        )

    def photo_link(self, reference: str, tenant_id: int, send_by_text: bool = False) -> dict:
        """A link for the tenant to send photos of this repair (7 days); texted when asked."""
        return self._request(
            "POST",
            f"/api/repairs/{reference}/photo-link",
            params={"tenant_id": tenant_id},
            json={"send_by_text": send_by_text},
        )

    def create_repair(self, payload: dict[str, Any], idempotency_key: str) -> dict[str, Any]:
        return self._request("POST", "/api/repairs", json=payload, idempotency_key=idempotency_key)

    def get_repair(self, reference: str, tenant_id: int) -> dict[str, Any] | None:
        """The tenant's repair, None when it is not theirs; `ConfidentialReference` for one
        that is not told in a conversation."""
        try:
            repair = self._request(
                "GET", f"/api/repairs/{reference}", params={"tenant_id": tenant_id}
            )
        except BackendError as error:
            if error.status == 404:
                return None
            raise
        if repair.get("confidential"):
            raise ConfidentialReference(reference)
        return repair

    def open_repairs(self, tenant_id: int) -> list[dict[str, Any]]:
        return self._request("GET", "/api/repairs", params={"tenant_id": tenant_id}).get(
            "repairs", []
        )

    def agree_recharge(self, reference: str, tenant_id: int) -> dict[str, Any]:
        return self._request(
            "PATCH",
            f"/api/repairs/{reference}",
            params={"tenant_id": tenant_id},
            json={"recharge_agreed": True},
        )

    def slots(self, reference: str, tenant_id: int, limit: int = 6) -> dict[str, Any]:
        params = {"reference": reference, "tenant_id": tenant_id, "limit": limit}
        return self._request("GET", "/api/slots", params=params)

    def book(
        self, reference: str, tenant_id: int, slot_id: int, idempotency_key: str
    ) -> dict[str, Any]:
        payload = {"reference": reference, "tenant_id": tenant_id, "slot_id": slot_id}
        return self._request("POST", "/api/bookings", json=payload, idempotency_key=idempotency_key)

    def move_booking(self, booking_id: int, tenant_id: int, slot_id: int) -> dict[str, Any]:
        payload = {"tenant_id": tenant_id, "slot_id": slot_id}
        return self._request("PATCH", f"/api/bookings/{booking_id}", json=payload)

    def cancel_booking(self, booking_id: int, tenant_id: int) -> dict[str, Any]:
        return self._request(
            "DELETE", f"/api/bookings/{booking_id}", params={"tenant_id": tenant_id}
        )

    def request_callback(self, payload: dict[str, Any]) -> dict[str, Any]:
        return self._request("POST", "/api/callbacks", json=payload)


def new_client() -> BackendClient:
    """A client for one action run (its own time budget). Tests replace this function."""
    return BackendClient(Settings.from_env())
