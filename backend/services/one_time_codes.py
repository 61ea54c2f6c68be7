"""One-time codes in the database: the rules are backend/domain/one_time_code.py, the texting is
whoever registered `app.extensions["one_time_code_sender"]` (a RECORDS_EXTENSIONS module:
`telephony.outbound`, with its transport).
Callers own the session and commit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backend.domain import one_time_code as rules
from backend.models import OneTimeCode, Tenant


class TenantNotFound(LookupError):
    pass


class NoPhoneOnFile(LookupError):
    """The tenant has no number on file to text a code to."""


@dataclass(frozen=True)
class IssuedCode:
    tenant: Tenant
    code: str  # in clear only on its way to the tenant's phone; never stored
    expires_at: datetime


def _row(session: Session, tenant_id: int) -> OneTimeCode:
    """The tenant's row, locked for this transaction (concurrent tries are counted one by one)."""
    query = select(OneTimeCode).where(OneTimeCode.tenant_id == tenant_id).with_for_update()
    row = session.scalar(query)
    if row is not None:
        return row
    try:
        with session.begin_nested():
            session.add(OneTimeCode(tenant_id=tenant_id, failed_tries=0, sends=0))
    except IntegrityError:  # another request created it a moment ago
        pass
    return session.scalar(query)


def _state(row: OneTimeCode) -> rules.CodeState:
    return rules.CodeState(
        code_hash=row.code_hash,
        expires_at=row.expires_at,
        failed_tries=row.failed_tries,
        locked_until=row.locked_until,
        sends=row.sends,
        sends_since=row.sends_since,
    )


def _store(row: OneTimeCode, state: rules.CodeState) -> None:
    row.code_hash = state.code_hash
    row.expires_at = state.expires_at
    row.failed_tries = state.failed_tries
    row.locked_until = state.locked_until
    row.sends = state.sends
    row.sends_since = state.sends_since


def _tenant(session: Session, tenant_id: int) -> Tenant:
    tenant = session.get(Tenant, tenant_id)
    if tenant is None:
        raise TenantNotFound(tenant_id)
    return tenant


def issue_code(session: Session, tenant_id: int, key: str, now: datetime) -> IssuedCode:
    """A new code for the tenant (the last one stops working). Raises TenantNotFound,
    NoPhoneOnFile, or the rules' CodesLocked / TooManyCodes (with nothing changed)."""
    tenant = _tenant(session, tenant_id)
    if not tenant.phone:
        raise NoPhoneOnFile(tenant_id)
    row = _row(session, tenant_id)
    code = rules.new_code()
    state = rules.issue(_state(row), rules.hash_code(key, tenant_id, code), now)
    _store(row, state)
    return IssuedCode(tenant, code, state.expires_at)


def check_code(session: Session, tenant_id: int, code: str, key: str, now: datetime) -> None:
    """Accepts the code (and uses it up), or raises the rules' refusal after storing the state
    it carries: a wrong try is counted even though it is refused. The caller commits either
    way."""
    _tenant(session, tenant_id)
    row = _row(session, tenant_id)
    try:
        state = rules.check(_state(row), rules.hash_code(key, tenant_id, code), now)
    except rules.CodeRefused as refused:
        _store(row, refused.state)
        raise
    _store(row, state)
