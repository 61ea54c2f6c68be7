"""One-time codes: how a tenant proves they hold the phone (or email) on file before the
assistant tells them anything about their repairs or changes one (issue 11).

A code is 6 digits and valid for 10 minutes. It is kept only as a keyed hash. Wrong tries are
counted per tenant, not per code or per conversation, so asking for a fresh code does not
reset them: the 5th wrong try locks that tenant's codes for 15 minutes, whatever the
conversation, channel or address the next try comes from. Sending is limited too, so nobody
can flood a tenant's phone with codes.

Pure rules: the state in, the next state out; each refusal is a named exception that carries
the state to keep (a wrong try must be counted even though it is refused).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

CODE_DIGITS = 6
VALID_FOR = timedelta(minutes=10)
MAX_TRIES = 5
LOCKED_FOR = timedelta(minutes=15)
# Codes sent to one tenant within SEND_WINDOW; more are refused until the window has passed.
MAX_SENDS = 5
SEND_WINDOW = timedelta(hours=1)


@dataclass(frozen=True)
class CodeState:
    """One tenant's code and counters (a row of `one_time_codes`)."""

    code_hash: str | None = None
    expires_at: datetime | None = None
    failed_tries: int = 0
    locked_until: datetime | None = None
    sends: int = 0
    sends_since: datetime | None = None


class CodeRefused(Exception):
    """Base of every refusal; `code` is what the API reports, `state` what to store."""

    code = "code_refused"
    message = "That code cannot be accepted."

    def __init__(self, state: CodeState, message: str | None = None) -> None:
        super().__init__(message or self.message)
        self.state = state
        self.message = message or self.message


class CodesLocked(CodeRefused):
    code = "code_locked"
    message = "Too many wrong codes: try again later."

    @property
    def until(self) -> datetime | None:
        return self.state.locked_until


class TooManyCodes(CodeRefused):
    code = "too_many_codes"
    message = "Too many codes sent recently: try again later."


class NoCodeIssued(CodeRefused):
    code = "no_code"
    message = "No code has been sent, or it has been used: ask for a new one."


class CodeExpired(CodeRefused):
    code = "code_expired"
    message = "That code has expired: ask for a new one."


class WrongCode(CodeRefused):
    code = "wrong_code"
    message = "That code is not right."

    @property
    def tries_left(self) -> int:
        return MAX_TRIES - self.state.failed_tries


def new_code() -> str:
    """A fresh code: CODE_DIGITS random digits, leading zeros kept."""
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def normalise_code(text: str) -> str | None:
    """The code in what was typed, said or keyed ("482 910", "it's 4-8-2-9-1-0"); None if the
    message does not hold exactly CODE_DIGITS digits."""
    digits = "".join(ch for ch in text if ch.isascii() and ch.isdigit())
    return digits if len(digits) == CODE_DIGITS else None


def hash_code(key: str, tenant_id: int, code: str) -> str:
    """A keyed hash of the code for this tenant: without the key, a stolen table gives nothing
    (a plain hash of six digits is undone by trying all million)."""
    message = f"one-time-code:{tenant_id}:{code}".encode()
    return hmac.new(key.encode(), message, hashlib.sha256).hexdigest()


def _lock_over(state: CodeState, now: datetime) -> CodeState:
    """A lock that has run out is forgotten, with the tries that caused it."""
    if state.locked_until is not None and now >= state.locked_until:
        return replace(state, locked_until=None, failed_tries=0)
    return state


def _refuse_if_locked(state: CodeState, now: datetime) -> None:
    if state.locked_until is not None and now < state.locked_until:
        raise CodesLocked(state)


def issue(state: CodeState, code_hash: str, now: datetime) -> CodeState:
    """The state once a new code (its hash) is sent; the previous code stops working."""
    state = _lock_over(state, now)
    _refuse_if_locked(state, now)
    if state.sends_since is None or now - state.sends_since >= SEND_WINDOW:
        state = replace(state, sends=0, sends_since=now)
    if state.sends >= MAX_SENDS:
        raise TooManyCodes(state)
    return replace(state, code_hash=code_hash, expires_at=now + VALID_FOR, sends=state.sends + 1)


def check(state: CodeState, code_hash: str, now: datetime) -> CodeState:
    """The state once the code whose hash is `code_hash` is accepted (it is used up then);
    raises the refusal otherwise, carrying the state to store."""
    state = _lock_over(state, now)
    _refuse_if_locked(state, now)
    if state.code_hash is None or state.expires_at is None:
        raise NoCodeIssued(state)
    if now >= state.expires_at:
        raise CodeExpired(replace(state, code_hash=None, expires_at=None))
    if hmac.compare_digest(state.code_hash, code_hash):
        return replace(state, code_hash=None, expires_at=None, failed_tries=0)
    failed = state.failed_tries + 1
    if failed >= MAX_TRIES:
        locked = replace(
            state,
            code_hash=None,
            expires_at=None,
            failed_tries=failed,
            locked_until=now + LOCKED_FOR,
        )
        raise CodesLocked(locked)
    raise WrongCode(replace(state, failed_tries=failed))
