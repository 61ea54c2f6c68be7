"""Photos in an S3-compatible bucket (PHOTO_STORAGE=s3://bucket/prefix), proved against a local
stand-in server (tests/web/s3_stand_in.py) reached through PHOTO_S3_ENDPOINT_URL, as MinIO or a
council's own store would be: a photo sent by link lands in the bucket under the prefix without its
metadata, staff are served it back, the retention job deletes it with its report; a missing object,
a store nobody answers and a setting that cannot be right each fail clearly."""

from __future__ import annotations

import io
import re
import socket
import time
from datetime import datetime, timedelta, timezone

import pytest
from PIL import Image
from sqlalchemy import select

from backend import photo_storage
from backend.app import create_app
from backend.models import RepairPhoto
from backend.photo_storage import PhotoStorageUnavailable, S3Storage, storage_from_setting
from backend.retention import purge_photos
from tests.web.s3_stand_in import RunningStandIn, S3StandIn
from tests.web.test_photos import GPS_IFD, issue_link, jpeg_with_gps, png, upload

BUCKET = "repairs-photos"
PREFIX = "tenant-photos"
ACCESS_KEY = "STANDINACCESSKEY"


@pytest.fixture
def aws_environment(monkeypatch, tmp_path):
    """boto3's credentials from the environment, and nothing else of this machine's: no profile,
    no config file, no instance metadata, no endpoint but the one the test gives."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "stand-in-secret")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def s3(aws_environment):
    with RunningStandIn(S3StandIn()) as stand_in:
        stand_in.create_bucket(BUCKET)
        yield stand_in


def bucket_settings(s3: S3StandIn) -> dict:
    return {
        "PHOTO_STORAGE": f"s3://{BUCKET}/{PREFIX}",
        "PHOTO_S3_ENDPOINT_URL": s3.url,
        "PHOTO_S3_REGION": "eu-west-2",
    }


@pytest.fixture
def bucket(app, s3) -> S3Storage:
    """The app's photo store chosen from its settings, as at start."""
    app.config.update(bucket_settings(s3))
    photo_storage.init_app(app)
    storage = app.extensions["photo_storage"]
    assert isinstance(storage, S3Storage)
    return storage


@pytest.fixture
def repair(report, sarah):
    return report(tenant_id=sarah.id)


def in_bucket(s3: S3StandIn) -> dict[str, bytes]:
    return {key: stored.data for key, stored in s3.buckets[BUCKET].items()}


def closed_port() -> int:
    """A loopback port nothing listens on: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- a photo's life in the bucket -----------------------------------------------------------


def test_a_photo_sent_by_link_is_kept_in_the_bucket_under_the_prefix_without_its_metadata(
    client, session, repair, sarah, bucket, s3
):
    url = issue_link(client, repair, sarah.id)
    assert upload(client, url, (jpeg_with_gps(), "IMG_0001.jpg")).status_code == 303

    photo = session.scalars(select(RepairPhoto)).one()
    stored = in_bucket(s3)
    assert set(stored) == {f"{PREFIX}/{photo.storage_key}", f"{PREFIX}/{photo.thumbnail_key}"}
    for data in stored.values():
        assert b"Exif" not in data and b"PhoneMaker" not in data and b"Hilldene" not in data
        image = Image.open(io.BytesIO(data))
        assert image.format == "JPEG" and not image.getexif().get_ifd(GPS_IFD)
    assert s3.buckets[BUCKET][f"{PREFIX}/{photo.storage_key}"].content_type == "image/jpeg"


def test_objects_are_written_private_and_signed_with_the_environments_credentials_for_the_region(
    client, repair, sarah, bucket, s3
):
    assert upload(client, issue_link(client, repair, sarah.id), (png(), "a.png")).status_code == 303
    puts = [seen for seen in s3.requests if seen.method == "PUT"]
    assert len(puts) == 2
    for seen in puts:
        assert "x-amz-acl" not in seen.headers and "x-amz-grant-read" not in seen.headers
        assert f"Credential={ACCESS_KEY}/" in seen.headers["authorization"]
        assert "/eu-west-2/s3/aws4_request" in seen.headers["authorization"]


def test_staff_are_served_the_photo_from_the_bucket(
    app, staff_client, session, repair, sarah, bucket, s3
):
    tenant = app.test_client()
    assert upload(tenant, issue_link(tenant, repair, sarah.id), (png(), "a.png")).status_code == 303
    photo = session.scalars(select(RepairPhoto)).one()
    stored = in_bucket(s3)
    base = f"/staff/repairs/{repair.reference}/photos/{photo.id}"

    assert f'src="{base}/thumb"' in staff_client.get(f"/staff/repairs/{repair.reference}").text
    for size, key in (("thumb", photo.thumbnail_key), ("full", photo.storage_key)):
        served = staff_client.get(f"{base}/{size}")
        assert served.status_code == 200 and served.mimetype == "image/jpeg"
        assert served.data == stored[f"{PREFIX}/{key}"]


def test_a_photo_missing_from_the_bucket_is_not_found_as_a_missing_file_is(
    staff_client, client, session, repair, sarah, bucket, s3
):
    assert upload(client, issue_link(client, repair, sarah.id), (png(), "a.png")).status_code == 303
    photo = session.scalars(select(RepairPhoto)).one()
    del s3.buckets[BUCKET][f"{PREFIX}/{photo.storage_key}"]

    with pytest.raises(FileNotFoundError, match=f"{photo.storage_key}.*s3://{BUCKET}/{PREFIX}"):
        bucket.load(photo.storage_key)
    base = f"/staff/repairs/{repair.reference}/photos/{photo.id}"
    assert staff_client.get(f"{base}/full").status_code == 404
    assert staff_client.get(f"{base}/thumb").status_code == 200


# --- retention ------------------------------------------------------------------------------


def test_the_retention_job_deletes_a_deleted_reports_photos_from_the_bucket_page_by_page(
    client, session, report, repair, sarah, bucket, s3
):
    kept = report(tenant_id=sarah.id)
    for job in (repair, kept):
        url = issue_link(client, job, sarah.id)
        assert upload(client, url, (png(), "a.png"), (png(), "b.png")).status_code == 303
    kept_keys = {
        f"{PREFIX}/{key}"
        for photo in session.scalars(select(RepairPhoto).where(RepairPhoto.repair_id == kept.id))
        for key in (photo.storage_key, photo.thumbnail_key)
    }
    # Another application's object in the same bucket, outside our prefix: never ours to delete.
    s3.buckets[BUCKET]["invoices/2026/0001.pdf"] = s3.buckets[BUCKET][next(iter(kept_keys))]
    s3.page_size = 3  # eight photo objects: the job has to follow the continuation tokens
    later = datetime.now(timezone.utc) + timedelta(days=30)

    session.delete(repair)
    session.commit()
    files, links = purge_photos(session, bucket_settings(s3), later, False)

    assert (files, links) == (4, 1)  # the deleted report's link went with it; the kept one expired
    assert set(in_bucket(s3)) == kept_keys | {"invoices/2026/0001.pdf"}
    assert sum("continuation-token" in seen.query for seen in s3.requests) >= 2


def test_the_retention_job_leaves_an_upload_in_flight_in_the_bucket_alone(session, bucket, s3):
    bucket.save("repairs/1/in-flight.jpg", b"...")
    now = datetime.now(timezone.utc)
    assert purge_photos(session, bucket_settings(s3), now, False) == (0, 0)
    assert set(in_bucket(s3)) == {f"{PREFIX}/repairs/1/in-flight.jpg"}
    assert list(bucket.keys(now + timedelta(hours=2))) == ["repairs/1/in-flight.jpg"]


def test_only_objects_last_modified_before_the_cut_off_are_listed(bucket, s3):
    for name in ("old", "new"):
        bucket.save(f"repairs/1/{name}.jpg", b"...")
    old = s3.buckets[BUCKET][f"{PREFIX}/repairs/1/old.jpg"]
    old.last_modified -= timedelta(hours=3)
    cut_off = datetime.now(timezone.utc) - timedelta(hours=1)
    assert list(bucket.keys(cut_off)) == ["repairs/1/old.jpg"]


# --- failing clearly ------------------------------------------------------------------------

OPERATIONS = {
    "save": lambda storage: storage.save("repairs/1/a.jpg", b"..."),
    "load": lambda storage: storage.load("repairs/1/a.jpg"),
    "delete": lambda storage: storage.delete("repairs/1/a.jpg"),
    "list": lambda storage: list(storage.keys(datetime.now(timezone.utc))),
}


@pytest.mark.parametrize(
    ("operation", "message"),
    [
        ("save", "could not reach s3://repairs-photos/tenant-photos to store photo 'repairs/1/a"),
        ("load", "could not reach s3://repairs-photos/tenant-photos to load photo 'repairs/1/a"),
        ("delete", "could not reach s3://repairs-photos/tenant-photos to delete photo"),
        ("list", "could not reach s3://repairs-photos/tenant-photos to list the photos"),
    ],
)
def test_a_store_nobody_listens_on_fails_at_once_naming_the_store(
    aws_environment, operation, message
):
    storage = storage_from_setting(
        f"s3://{BUCKET}/{PREFIX}",
        "/unused",
        {"PHOTO_S3_ENDPOINT_URL": f"http://127.0.0.1:{closed_port()}"},
    )
    started = time.monotonic()
    with pytest.raises(PhotoStorageUnavailable, match=message):
        OPERATIONS[operation](storage)
    assert time.monotonic() - started < 5


def test_a_store_that_answers_nothing_times_out_instead_of_hanging(aws_environment, monkeypatch):
    monkeypatch.setattr(photo_storage, "S3_READ_TIMEOUT_SECONDS", 0.5)
    with socket.socket() as silent:  # takes the connection (the kernel does) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        storage = storage_from_setting(
            f"s3://{BUCKET}/{PREFIX}",
            "/unused",
            {"PHOTO_S3_ENDPOINT_URL": f"http://127.0.0.1:{silent.getsockname()[1]}"},
        )
        started = time.monotonic()
        with pytest.raises(PhotoStorageUnavailable, match=r"could not reach .* to load photo"):
            storage.load("repairs/1/a.jpg")
    # Two attempts of half a second each, not botocore's default of 60 seconds a read.
    assert time.monotonic() - started < 5


def test_a_store_without_credentials_says_which_variables_to_set(s3, monkeypatch):
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    storage = storage_from_setting(
        f"s3://{BUCKET}/{PREFIX}", "/unused", {"PHOTO_S3_ENDPOINT_URL": s3.url}
    )
    with pytest.raises(PhotoStorageUnavailable, match=r"no credentials .*AWS_ACCESS_KEY_ID"):
        storage.save("repairs/1/a.jpg", b"...")
    assert s3.requests == []


def test_a_store_that_refuses_us_says_so(aws_environment, s3):
    storage = storage_from_setting(
        "s3://no-such-bucket/photos", "/unused", {"PHOTO_S3_ENDPOINT_URL": s3.url}
    )
    with pytest.raises(
        PhotoStorageUnavailable, match="s3://no-such-bucket/photos refused to store"
    ):
        storage.save("repairs/1/a.jpg", b"...")


@pytest.mark.parametrize("key", ["../etc/passwd", "/abs.jpg", "repairs/../../x", "Repairs/A.JPG"])
def test_a_key_that_is_not_ours_never_reaches_the_bucket(bucket, s3, key):
    with pytest.raises(ValueError, match="not a photo storage key"):
        bucket.save(key, b"x")
    assert s3.requests == []


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("ftp://photos.example.gov.uk/repairs", "ftp:// is not a photo store"),
        ("gs://council-photos/repairs", "gs:// is not a photo store"),
        ("s3://", "names no bucket"),
        ("s3:///repairs", "names no bucket"),
        ("s3://Council_Photos/repairs", "names no bucket"),
    ],
)
def test_a_photo_storage_setting_that_cannot_be_right_stops_the_app_at_start(
    app_config, aws_environment, setting, message
):
    with pytest.raises(ValueError, match=f"PHOTO_STORAGE={re.escape(repr(setting))}.*{message}"):
        create_app({**app_config, "PHOTO_STORAGE": setting})


@pytest.mark.parametrize(
    ("setting", "bucket_name", "prefix"),
    [
        ("s3://council-photos/repairs", "council-photos", "repairs"),
        ("s3://council-photos/repairs/photos/", "council-photos", "repairs/photos"),
        ("s3://council-photos", "council-photos", ""),
    ],
)
def test_an_s3_setting_names_the_bucket_and_the_prefix(
    app_config, aws_environment, setting, bucket_name, prefix
):
    app = create_app({**app_config, "PHOTO_STORAGE": setting})
    storage = app.extensions["photo_storage"]
    assert (storage.bucket, storage.prefix) == (bucket_name, prefix)


@pytest.fixture
def unreachable_bucket(app, aws_environment) -> S3Storage:
    app.config.update(
        PHOTO_STORAGE=f"s3://{BUCKET}/{PREFIX}",
        PHOTO_S3_ENDPOINT_URL=f"http://127.0.0.1:{closed_port()}",
    )
    photo_storage.init_app(app)
    return app.extensions["photo_storage"]


def test_a_tenant_whose_photos_cannot_be_stored_is_told_to_try_again_and_nothing_is_kept(
    client, session, repair, sarah, unreachable_bucket
):
    url = issue_link(client, repair, sarah.id)
    response = upload(client, url, (png(), "a.png"))
    assert response.status_code == 503
    assert "We could not keep your photos just now. Nothing was saved." in response.text
    assert 'role="alert"' in response.text
    assert session.scalars(select(RepairPhoto)).all() == []


def test_staff_get_unavailable_not_a_crash_when_the_bucket_cannot_be_reached(
    app, staff_client, client, session, repair, sarah, bucket, s3
):
    assert upload(client, issue_link(client, repair, sarah.id), (png(), "a.png")).status_code == 303
    photo = session.scalars(select(RepairPhoto)).one()
    app.config["PHOTO_S3_ENDPOINT_URL"] = f"http://127.0.0.1:{closed_port()}"
    photo_storage.init_app(app)
    served = staff_client.get(f"/staff/repairs/{repair.reference}/photos/{photo.id}/full")
    assert served.status_code == 503
