"""Photos by link (issue 14): Twilio does not deliver MMS to UK numbers, so a tenant sends photos
of the fault through a link made for one report. The rules, without Flask or SQLAlchemy: how long
a link lasts, what may be sent and how much. One named exception per refusal, its message the
words the tenant reads."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

LINK_LIFETIME = timedelta(days=7)
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTOS_PER_REPORT = 5
# A photo from a phone is at most about 50 megapixels; a larger one is a decompression bomb.
MAX_PIXELS = 60_000_000
# Pillow's names for the formats we take. HEIF is the iPhone's HEIC.
ACCEPTED_FORMATS = frozenset({"JPEG", "PNG", "HEIF"})
# 32 random bytes: unguessable, so the link alone is the tenant's key to this one report.
TOKEN_BYTES = 32


class PhotoRefusal(ValueError):
    """Base of every reason a photo or a link is refused; the message is shown to the tenant."""

    message = "We could not take this photo."
    status = 400

    def __init__(self, message: str | None = None):
        super().__init__(message or self.message)


class LinkUnknown(PhotoRefusal):
    message = "This photo link is not one of ours. Check the link in your text message."
    status = 404


class LinkExpired(PhotoRefusal):
    message = "This photo link has expired: links last 7 days. Text us or ring us for a new one."
    status = 410


class ReportClosed(PhotoRefusal):
    message = "This repair is closed, so it takes no more photos. Text us or ring us if you need."
    status = 410


class NoPhotoChosen(PhotoRefusal):
    message = "Choose a photo to send."


class NotAnImage(PhotoRefusal):
    message = "is not a photo we can read. Send a JPEG, PNG or HEIC photo."


class HeicNotSupported(PhotoRefusal):
    message = "is a HEIC photo, which we cannot read yet. Send it as a JPEG (most phones can)."


class TooLarge(PhotoRefusal):
    message = "is larger than 10 MB. Send a smaller photo."
    status = 413


class TooManyPhotos(PhotoRefusal):
    message = "A report can have at most 5 photos."


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    """What is stored: the token is 256 random bits, so a plain SHA-256 cannot be reversed or
    guessed; a stolen database opens no link."""
    return hashlib.sha256(token.encode()).hexdigest()


def expires_at(issued_at: datetime) -> datetime:
    return issued_at + LINK_LIFETIME


def check_link(link_expires_at: datetime | None, report_closed: bool, now: datetime) -> None:
    if link_expires_at is None:
        raise LinkUnknown()
    if now >= link_expires_at:
        raise LinkExpired()
    if report_closed:
        raise ReportClosed()


def check_room(already: int, adding: int) -> None:
    """Refuses an upload that would take the report past its 5 photos."""
    if adding < 1:
        raise NoPhotoChosen()
    room = MAX_PHOTOS_PER_REPORT - already
    if adding > room:
        if room <= 0:
            raise TooManyPhotos("This report already has 5 photos, the most it can have.")
        raise TooManyPhotos(
            f"This report can take {room} more photo{'s' if room != 1 else ''}, "
            f"not {adding}. A report can have at most 5."
        )


def check_size(name: str, size: int) -> None:
    if size > MAX_PHOTO_BYTES:
        raise TooLarge(f"{name} {TooLarge.message}")
    if size == 0:
        raise NotAnImage(f"{name} is empty. Send a JPEG, PNG or HEIC photo.")


def check_format(name: str, image_format: str | None, heic_readable: bool) -> None:
    if image_format not in ACCEPTED_FORMATS:
        raise NotAnImage(f"{name} {NotAnImage.message}")
    if image_format == "HEIF" and not heic_readable:
        raise HeicNotSupported(f"{name} {HeicNotSupported.message}")


def check_pixels(name: str, width: int, height: int) -> None:
    if width * height > MAX_PIXELS:
        raise TooLarge(f"{name} has too many pixels. Send a smaller photo.")
