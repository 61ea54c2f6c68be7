"""The repairs team's accounts. Passwords are kept only as salted hashes (werkzeug's scrypt)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column
from werkzeug.security import check_password_hash, generate_password_hash

from backend.db import Base, UTCDateTime
from backend.models import utcnow

MIN_PASSWORD_LENGTH = 12


class WeakPassword(ValueError):
    """A password too short to protect tenants' personal details."""


class StaffUser(Base):
    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_signed_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    def set_password(self, password: str) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise WeakPassword(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)


class StaffSession(Base):
    """One sign-in. The browser's cookie carries only a random token and this table only the
    token's SHA-256, so signing out (or switching the account off) ends the session for every
    copy of the cookie, and the table itself holds nothing a browser could present."""

    __tablename__ = "staff_sessions"
    # backend.retention: forgotten once expired for the retention period.
    __retention__ = "conversation"
    __retention_column__ = "expires_at"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    # A keyed hash of the address signed in from (never the address): an account under a
    # password-guessing lock still opens from where it has signed in before (sign_in_guard).
    address_hash: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


def normalise_username(raw: str) -> str:
    return raw.strip().lower()
