"""Where photos' bytes live, behind one small interface (save, load, delete, keys) so that the code
that uses it (backend/services/photos.py, the staff pages, the retention job) never knows which.

PHOTO_STORAGE chooses the store:
- unset: the folder `instance/photos`;
- a path: that folder (compose and Kubernetes use a shared volume at `/app/photos`);
- `s3://bucket/prefix`: an S3-compatible bucket through boto3, the objects under `prefix/`.
  PHOTO_S3_ENDPOINT_URL points it at another S3-compatible service (MinIO, a council's own store;
  unset: AWS), PHOTO_S3_REGION names the region. Credentials come the way boto3 finds them
  (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the platform's role), never from our settings.

Any other `scheme://`, or `s3://` without a bucket, stops the app at start with a clear message."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError
from flask import Flask, current_app

# Keys are ours (made by backend.services.photos), never the tenant's file name.
_KEY = re.compile(r"^[a-z0-9]+(?:/[a-z0-9][a-z0-9_.-]*)*$")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
# S3's bucket naming rules: 3 to 63 lower-case letters, digits, dots and hyphens.
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")

# A store that cannot be reached must fail a request in seconds, not hold a worker for minutes
# (botocore's defaults are 60 s timeouts and several retries). Two attempts in all ride out one
# dropped connection.
S3_CONNECT_TIMEOUT_SECONDS = 3
S3_READ_TIMEOUT_SECONDS = 10
S3_ATTEMPTS = 2


class PhotoStorage(Protocol):
    def save(self, key: str, data: bytes) -> None: ...
    def load(self, key: str) -> bytes:
        """The bytes; FileNotFoundError when nothing is stored under the key."""
        ...

    def delete(self, key: str) -> None: ...
    def keys(self, older_than: datetime) -> Iterator[str]:
        """Every key last written before `older_than` (an upload in flight is younger)."""
        ...


class PhotoStorageUnavailable(OSError):
    """The store could not be reached or refused us. An OSError, as a full disk is for the
    folder, so the callers that already handle a failed write or delete handle this too."""


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


class S3Storage:
    """Objects in an S3-compatible bucket under a prefix. An object is written whole by one PUT
    and, with no ACL sent, is private to the bucket's owner (a bucket that enforces ownership
    refuses ACLs altogether)."""

    def __init__(
        self,
        bucket: str,
        prefix: str = "",
        endpoint_url: str | None = None,
        region: str | None = None,
        client: Any = None,
    ):
        self.bucket = bucket
        self.prefix = prefix.strip("/")
        self.location = f"s3://{bucket}/{self.prefix}" if self.prefix else f"s3://{bucket}"
        # A session of its own: boto3's default session keeps the first credentials it finds for
        # the life of the process. The client it makes is safe to share between threads.
        self.client = client or boto3.session.Session().client(
            "s3",
            endpoint_url=endpoint_url,
            region_name=region,
            config=Config(
                connect_timeout=S3_CONNECT_TIMEOUT_SECONDS,
                read_timeout=S3_READ_TIMEOUT_SECONDS,
                retries={"total_max_attempts": S3_ATTEMPTS, "mode": "standard"},
                # Path-style (endpoint/bucket/key): what MinIO and most self-hosted stores serve
                # without wildcard DNS; AWS itself picks its own style when no endpoint is given.
                s3={"addressing_style": "path" if endpoint_url else "auto"},
            ),
        )

    def _object_key(self, key: str) -> str:
        check_key(key)
        return f"{self.prefix}/{key}" if self.prefix else key

    def save(self, key: str, data: bytes) -> None:
        object_key = self._object_key(key)
        with self._reaching("store", key):
            self.client.put_object(
                Bucket=self.bucket, Key=object_key, Body=data, ContentType="image/jpeg"
            )

    def load(self, key: str) -> bytes:
        object_key = self._object_key(key)
        with self._reaching("load", key):
            return self.client.get_object(Bucket=self.bucket, Key=object_key)["Body"].read()

    def delete(self, key: str) -> None:
        object_key = self._object_key(key)
        # S3 answers a delete of a missing object with success, as the folder's missing_ok does.
        with self._reaching("delete", key):
            self.client.delete_object(Bucket=self.bucket, Key=object_key)

    def keys(self, older_than: datetime) -> Iterator[str]:
        listed_prefix = f"{self.prefix}/" if self.prefix else ""
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=listed_prefix
        )
        with self._reaching("list", None):
            for page in pages:  # ListObjectsV2 pages of up to 1000, by continuation token
                for item in page.get("Contents", []):
                    if item["LastModified"] < older_than:
                        yield item["Key"][len(listed_prefix) :]

    @contextmanager
    def _reaching(self, action: str, key: str | None) -> Iterator[None]:
        """botocore's failures as the folder's: FileNotFoundError for a missing photo, and
        PhotoStorageUnavailable, naming the store, for a store unreachable or refusing us."""
        what = f"photo {key!r}" if key else "the photos"
        try:
            yield
        except NoCredentialsError as error:
            raise PhotoStorageUnavailable(
                f"no credentials for {self.location}: set AWS_ACCESS_KEY_ID and "
                "AWS_SECRET_ACCESS_KEY (or give the platform's role)"
            ) from error
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise FileNotFoundError(f"no photo {key!r} in {self.location}") from error
            raise PhotoStorageUnavailable(
                f"{self.location} refused to {action} {what}: {error}"
            ) from error
        except BotoCoreError as error:  # unreachable, timed out, connection dropped
            raise PhotoStorageUnavailable(
                f"could not reach {self.location} to {action} {what}: {error}"
            ) from error


def storage_from_setting(
    setting: str | None, instance_path: str, config: Mapping[str, Any] | None = None
) -> PhotoStorage:
    """The store PHOTO_STORAGE names; `config` gives the bucket's PHOTO_S3_* settings. A setting
    that cannot be right raises ValueError, so the app stops at start rather than at an upload."""
    config = config or {}
    scheme = _SCHEME.match(setting or "")
    if scheme is None:
        return FolderStorage(Path(setting) if setting else Path(instance_path) / "photos")
    if scheme.group(1) != "s3":
        raise ValueError(
            f"PHOTO_STORAGE={setting!r}: {scheme.group(1)}:// is not a photo store; give a folder "
            "or s3://bucket/prefix"
        )
    bucket, _, prefix = setting[len("s3://") :].partition("/")
    if not _BUCKET.match(bucket):
        raise ValueError(
            f"PHOTO_STORAGE={setting!r} names no bucket S3 would accept: give s3://bucket/prefix "
            "(the bucket 3 to 63 lower-case letters, digits, dots or hyphens)"
        )
    return S3Storage(
        bucket,
        prefix,
        endpoint_url=config.get("PHOTO_S3_ENDPOINT_URL") or None,
        region=config.get("PHOTO_S3_REGION") or None,
    )


def init_app(app: Flask) -> None:
    app.extensions["photo_storage"] = storage_from_setting(
        app.config.get("PHOTO_STORAGE"), app.instance_path, app.config
    )


def photo_storage() -> PhotoStorage:
    return current_app.extensions["photo_storage"]
