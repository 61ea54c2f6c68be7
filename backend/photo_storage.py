"""Where photos' bytes live, behind one small interface so that another store (an S3-compatible
bucket) is a class and a setting, not a change to the code that uses it.

PHOTO_STORAGE: a folder (default `instance/photos`), or `s3://bucket/prefix` once an S3 class is
written (not yet: configuring one stops the app at start with a clear message)."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Protocol

from flask import Flask, current_app

# Keys are ours (made by backend.services.photos), never the tenant's file name.
_KEY = re.compile(r"^[a-z0-9]+(?:/[a-z0-9][a-z0-9_.-]*)*$")


class PhotoStorage(Protocol):
    def save(self, key: str, data: bytes) -> None: ...
    def load(self, key: str) -> bytes: ...
    def delete(self, key: str) -> None: ...
    def keys(self, older_than: datetime) -> Iterator[str]:
        """Every key last written before `older_than` (an upload in flight is younger)."""
        ...


def check_key(key: str) -> str:
    if not _KEY.match(key) or ".." in key:
        raise ValueError(f"not a photo storage key: {key!r}")
    return key


class FolderStorage:
    """Files in a folder readable by the app's user only; written whole or not at all."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / check_key(key)

    def save(self, key: str, data: bytes) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.chmod(temporary, 0o600)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def load(self, key: str) -> bytes:
        return self._path(key).read_bytes()

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def keys(self, older_than: datetime) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and path.stat().st_mtime < older_than.timestamp():
                yield path.relative_to(self.root).as_posix()


def storage_from_setting(setting: str | None, instance_path: str) -> PhotoStorage:
    if setting and setting.startswith("s3://"):
        raise ValueError(
            "PHOTO_STORAGE=s3://... is not available yet: write an S3 class with save, load, "
            "delete and keys (backend/photo_storage.py) and choose it here; until then, a folder"
        )
    return FolderStorage(Path(setting) if setting else Path(instance_path) / "photos")


def init_app(app: Flask) -> None:
    app.extensions["photo_storage"] = storage_from_setting(
        app.config.get("PHOTO_STORAGE"), app.instance_path
    )


def photo_storage() -> PhotoStorage:
    return current_app.extensions["photo_storage"]
