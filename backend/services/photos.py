"""Photos by link on the records: issue a link for a report, find the report a link is for, and
take photos (checked with Pillow, re-encoded as JPEG with every piece of metadata left behind:
EXIF with its GPS position, XMP, ICC, comments). The rules are backend/domain/photos.py."""

from __future__ import annotations

import io
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backend.domain import photos as rules
from backend.models import PhotoLink, RepairPhoto, RepairReport
from backend.photo_storage import PhotoStorage
from backend.services.repairs import CLOSED_STATUSES

log = logging.getLogger(__name__)

try:  # HEIC, the iPhone's format: pillow-heif registers it with Pillow.
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIC_READABLE = True
except ImportError:  # pragma: no cover - pillow-heif is in requirements/app.txt
    HEIC_READABLE = False

JPEG_QUALITY = 85
THUMBNAIL_SIZE = (320, 320)
UPLOAD_GRACE = timedelta(hours=1)
# Decompression bombs are refused by our own pixel limit first (a clear message), then Pillow's.
Image.MAX_IMAGE_PIXELS = rules.MAX_PIXELS


@dataclass(frozen=True)
class IssuedLink:
    id: int
    token: str
    expires_at: datetime


@dataclass(frozen=True)
class Upload:
    name: str  # as the tenant's browser named it: for messages only, never stored
    data: bytes


@dataclass(frozen=True)
class Prepared:
    jpeg: bytes
    thumbnail: bytes
    width: int
    height: int
    original_format: str


def issue_link(session: Session, repair: RepairReport, now: datetime) -> IssuedLink:
    token = rules.new_token()
    link = PhotoLink(
        repair_id=repair.id,
        token_hash=rules.token_hash(token),
        issued_at=now,
        expires_at=rules.expires_at(now),
    )
    session.add(link)
    session.flush()
    return IssuedLink(link.id, token, link.expires_at)


def repair_for_token(session: Session, token: str, now: datetime) -> RepairReport:
    """The report a link is for; raises LinkUnknown, LinkExpired or ReportClosed."""
    link = None
    if 20 <= len(token) <= 100:
        link = session.scalar(
            select(PhotoLink).where(PhotoLink.token_hash == rules.token_hash(token))
        )
    rules.check_link(
        link.expires_at if link else None,
        link is not None and link.repair.status in CLOSED_STATUSES,
        now,
    )
    return link.repair


def photo_count(session: Session, repair: RepairReport) -> int:
    return session.scalar(
        select(func.count()).select_from(RepairPhoto).where(RepairPhoto.repair_id == repair.id)
    )


def prepare(upload: Upload) -> Prepared:
    """The photo as we keep it, or the refusal with the tenant's file name in its message."""
    rules.check_size(upload.name, len(upload.data))
    try:
        with Image.open(io.BytesIO(upload.data)) as image:
            rules.check_format(upload.name, image.format, HEIC_READABLE)
            rules.check_pixels(upload.name, *image.size)
            original_format = image.format
            image.load()
            upright = ImageOps.exif_transpose(image)  # turned as the camera meant, then no EXIF
    except rules.PhotoRefusal:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError):
        raise rules.NotAnImage(f"{upload.name} {rules.NotAnImage.message}") from None
    # A new image carries pixels only: nothing of the original's info (EXIF, GPS, XMP, ICC,
    # comments) can follow it into the saved file.
    flat = upright.convert("RGBA") if upright.mode in ("RGBA", "LA", "P", "PA") else upright
    clean = Image.new("RGB", flat.size, "white")
    clean.paste(flat, mask=flat.getchannel("A") if flat.mode == "RGBA" else None)
    jpeg = io.BytesIO()
    clean.save(jpeg, "JPEG", quality=JPEG_QUALITY, optimize=True)
    thumbnail = clean.copy()
    thumbnail.thumbnail(THUMBNAIL_SIZE)
    small = io.BytesIO()
    thumbnail.save(small, "JPEG", quality=JPEG_QUALITY)
    return Prepared(jpeg.getvalue(), small.getvalue(), clean.width, clean.height, original_format)


def add_photos(
    session: Session,
    storage: PhotoStorage,
    repair: RepairReport,
    uploads: list[Upload],
    now: datetime,
) -> list[RepairPhoto]:
    """All the photos or none: every one is checked before any is stored. The caller commits;
    if that fails, it calls `forget_files` with what this returned."""
    rules.check_room(photo_count(session, repair), len(uploads))
    prepared = [prepare(upload) for upload in uploads]
    saved: list[RepairPhoto] = []
    try:
        for photo in prepared:
            stem = f"{repair.id}/{secrets.token_hex(16)}"
            record = RepairPhoto(
                repair_id=repair.id,
                storage_key=f"repairs/{stem}.jpg",
                thumbnail_key=f"repairs/{stem}.thumb.jpg",
                original_format=photo.original_format,
                width=photo.width,
                height=photo.height,
                size_bytes=len(photo.jpeg),
                uploaded_at=now,
            )
            storage.save(record.storage_key, photo.jpeg)
            storage.save(record.thumbnail_key, photo.thumbnail)
            saved.append(record)
    except BaseException:
        forget_files(storage, saved)
        raise
    session.add_all(saved)
    session.flush()
    return saved


def forget_files(storage: PhotoStorage, photos: list[RepairPhoto]) -> None:
    for photo in photos:
        for key in (photo.storage_key, photo.thumbnail_key):
            try:
                storage.delete(key)
            except OSError:
                log.exception("could not delete photo file %s", key)


def delete_unreferenced_files(
    session: Session, storage: PhotoStorage, now: datetime, dry_run: bool = False
) -> int:
    """Deletes the stored files that no photo row names any more (their report, and with it the
    rows, was deleted; or an upload failed half-way). Files younger than an hour are left alone:
    an upload may be between storing them and committing its rows. The number of files."""
    known: set[str] = set()
    for storage_key, thumbnail_key in session.execute(
        select(RepairPhoto.storage_key, RepairPhoto.thumbnail_key)
    ):
        known.update((storage_key, thumbnail_key))
    orphans = [key for key in storage.keys(now - UPLOAD_GRACE) if key not in known]
    if not dry_run:
        for key in orphans:
            storage.delete(key)
    return len(orphans)
