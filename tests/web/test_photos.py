"""Photos by link (issue 14): the assistant asks the records API for a link to one report; the
tenant's page takes JPEG, PNG and HEIC photos, re-encoded without their metadata; every refusal
says why and saves nothing; staff see the photos on the job; the retention job deletes the files
of a deleted report."""

from __future__ import annotations

import io
import logging
import re
from datetime import datetime, timedelta, timezone

import pillow_heif
import pytest
from PIL import Image
from sqlalchemy import func, select

from backend.models import PhotoLink, RepairPhoto, RepairReport
from backend.photo_storage import FolderStorage
from backend.ratelimit import Limit
from backend.retention import purge_photos
from backend.services.repairs import change_status
from tests.conftest import API_TOKEN
from tests.web.conftest import csrf_token

MB = 1024 * 1024
GPS_IFD = 0x8825
AUTH = {"Authorization": f"Bearer {API_TOKEN}"}


@pytest.fixture
def storage(app, tmp_path) -> FolderStorage:
    folder = FolderStorage(tmp_path / "photos")
    app.extensions["photo_storage"] = folder
    return folder


@pytest.fixture
def repair(report, sarah) -> RepairReport:
    return report(tenant_id=sarah.id)


def issue_link(client, repair, tenant_id) -> str:
    response = client.post(
        f"/api/repairs/{repair.reference}/photo-link?tenant_id={tenant_id}", headers=AUTH
    )
    assert response.status_code == 201, response.json
    return response.json["url"]


def jpeg_with_gps(size=(640, 480)) -> bytes:
    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0132] = "2026:12:08 09:00:00"  # DateTime
    exif[0x9286] = "behind the sofa"  # UserComment
    exif[GPS_IFD] = {1: "N", 2: (51.0, 34.0, 38.0), 3: "W", 4: (0.0, 11.0, 2.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, comment=b"taken at 12 Hilldene Avenue")
    return out.getvalue()


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (100, 80), (0, 0, 255, 128)).save(out, "PNG")
    return out.getvalue()


def heic() -> bytes:
    pillow_heif.register_heif_opener()
    out = io.BytesIO()
    Image.new("RGB", (120, 90), "green").save(out, "HEIF")
    return out.getvalue()


def upload(client, url: str, *files: tuple[bytes, str], token: str | None = None):
    token = token or csrf_token(client, url)
    data = {"csrf_token": token, "photos": [(io.BytesIO(b), name) for b, name in files]}
    return client.post(url, data=data, content_type="multipart/form-data")


def photos_of(session, repair) -> int:
    return session.scalar(
        select(func.count()).select_from(RepairPhoto).where(RepairPhoto.repair_id == repair.id)
    )


# --- the link -------------------------------------------------------------------------------


def test_the_assistant_gets_a_seven_day_link_whose_token_is_stored_only_hashed(
    client, session, repair, sarah
):
    response = client.post(
        f"/api/repairs/{repair.reference}/photo-link?tenant_id={sarah.id}", headers=AUTH
    )
    assert response.status_code == 201
    body = response.json
    token = body["url"].rsplit("/", 1)[1]
    assert body["url"] == f"/photos/{token}" and len(token) >= 43
    assert body["expires_at"] == "2026-12-15T09:00:00+00:00"
    assert (body["photos"], body["max_photos"]) == (0, 5)
    stored = session.scalars(select(PhotoLink.token_hash)).all()
    assert token not in stored and len(stored) == 1


def test_the_link_is_absolute_under_the_public_base_url(app, client, repair, sarah):
    app.config["PUBLIC_BASE_URL"] = "https://repairs.example.gov.uk/"
    assert issue_link(client, repair, sarah.id).startswith("https://repairs.example.gov.uk/photos/")


@pytest.mark.parametrize(
    ("case", "status", "code"),
    [
        ("another tenant", 404, "not_found"),
        ("unknown reference", 404, "not_found"),
        ("no token", 401, None),
        ("no tenant id", 400, None),
        ("complaint", 403, "confidential"),
        ("closed", 409, "closed"),
    ],
)
def test_a_link_is_refused_as_the_other_repair_routes_refuse(
    client, session, report, sarah, tenant_ids, case, status, code
):
    repair = report(category="complaint" if case == "complaint" else "toilet", tenant_id=sarah.id)
    if case == "closed":
        change_status(repair, "completed", by="staff")
        session.commit()
    reference = "HR-000000" if case == "unknown reference" else repair.reference
    tenant = tenant_ids["Aisha"] if case == "another tenant" else sarah.id
    url = f"/api/repairs/{reference}/photo-link"
    if case != "no tenant id":
        url += f"?tenant_id={tenant}"
    response = client.post(url, headers={} if case == "no token" else AUTH)
    assert response.status_code == status, response.json
    if code:
        assert response.json["error"] == code


# --- the tenant's page ----------------------------------------------------------------------


def test_the_page_is_a_plain_accessible_form_that_needs_no_script(client, repair, sarah, storage):
    url = issue_link(client, repair, sarah.id)
    response = client.get(url)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert repair.reference in html and "<script" not in html
    assert 'enctype="multipart/form-data"' in html and 'name="csrf_token"' in html
    assert '<label for="photos">Choose up to 5 photos</label>' in html
    assert 'aria-describedby="photos-hint"' in html
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_an_upload_is_stored_as_a_jpeg_without_exif_or_gps(client, session, repair, sarah, storage):
    url = issue_link(client, repair, sarah.id)
    original = jpeg_with_gps()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(GPS_IFD)  # the test's own check

    response = upload(client, url, (original, "IMG_0001.jpg"))

    assert response.status_code == 303 and response.headers["Location"].endswith(url)
    assert "Thank you: 1 photo added" in client.get(url).get_data(as_text=True)
    photo = session.scalars(select(RepairPhoto)).one()
    assert (photo.repair_id, photo.original_format) == (repair.id, "JPEG")
    for key in (photo.storage_key, photo.thumbnail_key):
        stored = storage.load(key)
        assert b"Exif" not in stored and b"PhoneMaker" not in stored
        assert b"Hilldene" not in stored and b"sofa" not in stored
        image = Image.open(io.BytesIO(stored))
        assert image.format == "JPEG"
        assert not image.getexif() and not image.getexif().get_ifd(GPS_IFD)
        assert "exif" not in image.info and "comment" not in image.info
        assert "icc_profile" not in image.info
    assert Image.open(io.BytesIO(storage.load(photo.storage_key))).size == (640, 480)
    assert max(Image.open(io.BytesIO(storage.load(photo.thumbnail_key))).size) == 320
    assert "IMG_0001" not in photo.storage_key


def test_png_and_heic_are_taken_and_re_encoded_as_jpeg(client, session, repair, sarah, storage):
    url = issue_link(client, repair, sarah.id)
    response = upload(client, url, (png(), "screen.png"), (heic(), "IMG_0002.HEIC"))
    assert response.status_code == 303
    photos = session.scalars(select(RepairPhoto).order_by(RepairPhoto.id)).all()
    assert [p.original_format for p in photos] == ["PNG", "HEIF"]
    assert {Image.open(io.BytesIO(storage.load(p.storage_key))).format for p in photos} == {"JPEG"}


@pytest.mark.parametrize(
    ("files", "status", "message"),
    [
        (
            [(b"%PDF-1.7 not a photo", "tenancy.pdf")],
            400,
            "“tenancy.pdf” is not a photo",
        ),
        ([(b"GIF89a" + b"\0" * 40, "funny.gif")], 400, "“funny.gif” is not a photo we can read"),
        ([(b"\xff\xd8\xff" + b"\0" * 100, "broken.jpg")], 400, "“broken.jpg” is not a photo"),
        ([(b"\xff\xd8" + b"\0" * (10 * MB), "huge.jpg")], 413, "“huge.jpg” is larger than 10 MB"),
        ([(png(), "ok.png"), (b"hello", "notes.txt")], 400, "“notes.txt” is not a photo"),
        ([], 400, "Choose a photo to send."),
    ],
)
def test_a_refused_upload_says_why_and_saves_nothing(
    client, session, repair, sarah, storage, files, status, message
):
    url = issue_link(client, repair, sarah.id)
    response = upload(client, url, *files)
    html = response.get_data(as_text=True)
    assert response.status_code == status
    assert message in html and "Nothing was saved." in html
    assert 'role="alert"' in html
    assert photos_of(session, repair) == 0
    assert list(storage.keys(datetime.now(timezone.utc) + timedelta(days=1))) == []


def test_the_sixth_photo_is_refused(client, session, repair, sarah, storage):
    url = issue_link(client, repair, sarah.id)
    assert upload(client, url, *[(png(), f"{n}.png") for n in range(4)]).status_code == 303
    too_many = upload(client, url, (png(), "5.png"), (png(), "6.png"))
    assert too_many.status_code == 400
    assert "can take 1 more photo, not 2" in too_many.get_data(as_text=True)
    assert upload(client, url, (png(), "5.png")).status_code == 303
    sixth = upload(client, url, (png(), "6.png"))
    assert sixth.status_code == 400
    assert "already has 5 photos" in sixth.get_data(as_text=True)
    assert photos_of(session, repair) == 5
    assert "has 5 photos, the most it can have" in client.get(url).get_data(as_text=True)


def test_a_body_over_five_times_ten_megabytes_is_refused_before_it_is_read(
    client, repair, sarah, storage, session
):
    url = issue_link(client, repair, sarah.id)
    response = upload(client, url, *[(b"\0" * (10 * MB + 1), f"{n}.jpg") for n in range(6)])
    assert response.status_code == 413
    assert "at most 10 MB" in response.get_data(as_text=True)
    assert photos_of(session, repair) == 0


def test_an_upload_without_the_form_token_is_refused(client, session, repair, sarah, storage):
    url = issue_link(client, repair, sarah.id)
    client.get(url)
    response = upload(client, url, (png(), "a.png"), token="forged")
    assert response.status_code == 400
    assert "This form has expired" in response.get_data(as_text=True)
    assert photos_of(session, repair) == 0


def test_an_unknown_link_is_not_found(client, storage):
    for url in ("/photos/" + "x" * 43, "/photos/short"):
        response = client.get(url)
        assert response.status_code == 404
        assert "not one of ours" in response.get_data(as_text=True)


def test_an_expired_link_is_gone_and_takes_nothing(client, clock, session, repair, sarah, storage):
    url = issue_link(client, repair, sarah.id)
    token = csrf_token(client, url)
    clock.now += timedelta(days=7)
    page = client.get(url)
    assert page.status_code == 410
    assert "This link no longer works" in page.get_data(as_text=True)
    assert "links last 7 days" in page.get_data(as_text=True)
    assert upload(client, url, (png(), "a.png"), token=token).status_code == 410
    assert photos_of(session, repair) == 0


def test_a_closed_report_takes_no_more_photos(client, session, repair, sarah, storage):
    url = issue_link(client, repair, sarah.id)
    change_status(repair, "completed", by="staff")
    session.commit()
    assert client.get(url).status_code == 410


# --- staff ----------------------------------------------------------------------------------


def test_staff_see_the_thumbnails_on_the_job_and_only_staff_get_the_files(
    app, staff_client, session, repair, sarah, storage
):
    tenant = app.test_client()
    url = issue_link(tenant, repair, sarah.id)
    assert upload(tenant, url, (jpeg_with_gps(), "a.jpg")).status_code == 303
    photo = session.scalars(select(RepairPhoto)).one()

    html = staff_client.get(f"/staff/repairs/{repair.reference}").get_data(as_text=True)
    thumb = f"/staff/repairs/{repair.reference}/photos/{photo.id}/thumb"
    full = f"/staff/repairs/{repair.reference}/photos/{photo.id}/full"
    assert f'src="{thumb}"' in html and f'href="{full}"' in html
    assert re.search(r'alt="Photo 1 from the tenant, sent [^"]+"', html)
    served = staff_client.get(thumb)
    assert served.status_code == 200 and served.mimetype == "image/jpeg"
    assert served.data == storage.load(photo.thumbnail_key)
    assert served.headers["Cache-Control"] == "no-store"
    assert staff_client.get(full).data == storage.load(photo.storage_key)
    assert staff_client.get(thumb.replace("/thumb", "/huge")).status_code == 404

    anonymous = app.test_client()
    for path in (thumb, full):
        refused = anonymous.get(path)
        assert refused.status_code == 302 and "/staff/sign-in" in refused.headers["Location"]


def test_a_job_without_photos_says_so(staff_client, repair):
    html = staff_client.get(f"/staff/repairs/{repair.reference}").get_data(as_text=True)
    assert "No photos." in html


# --- retention ------------------------------------------------------------------------------


def test_the_retention_job_deletes_the_photos_of_a_deleted_report(
    client, session, report, repair, sarah, storage
):
    kept = report(tenant_id=sarah.id)
    for job in (repair, kept):
        assert (
            upload(client, issue_link(client, job, sarah.id), (png(), "a.png")).status_code == 303
        )
    keys = {job.id: [] for job in (repair, kept)}
    for photo in session.scalars(select(RepairPhoto)):
        keys[photo.repair_id] += [photo.storage_key, photo.thumbnail_key]
    later = datetime.now(timezone.utc) + timedelta(days=30)  # past the links' 7 days too

    session.delete(repair)  # the landlord's records schedule deletes the report
    session.commit()
    files, links = purge_photos(session, {"PHOTO_STORAGE": str(storage.root)}, later, False)

    assert files == 2 and links == 1  # the kept report's link has expired by then; not its photos
    remaining = set(storage.keys(later))
    assert remaining == set(keys[kept.id])
    assert not remaining & set(keys[repair.id])
    assert photos_of(session, kept) == 1


def test_the_retention_job_leaves_an_upload_in_flight_alone(storage, session):
    storage.save("repairs/1/in-flight.jpg", b"...")
    now = datetime.now(timezone.utc)
    assert purge_photos(session, {"PHOTO_STORAGE": str(storage.root)}, now, False) == (0, 0)
    assert list(storage.keys(now + timedelta(hours=2))) == ["repairs/1/in-flight.jpg"]


def test_the_retention_job_never_sweeps_the_default_folder_against_another_database(session):
    config = {"DATABASE_URL": "sqlite:///elsewhere.db"}
    assert purge_photos(session, config, datetime.now(timezone.utc), True) == (0, 0)


@pytest.mark.parametrize("key", ["../etc/passwd", "/abs.jpg", "repairs/../../x", "Repairs/A.JPG"])
def test_a_storage_key_cannot_leave_the_folder(tmp_path, key):
    with pytest.raises(ValueError):
        FolderStorage(tmp_path).save(key, b"x")


def test_uploads_from_one_address_are_limited(app, client, session, repair, sarah, storage):
    app.extensions["rate_limits"]["photo_uploads_per_ip"] = Limit(1, 3600)
    url = issue_link(client, repair, sarah.id)
    assert upload(client, url, (png(), "a.png")).status_code == 303
    refused = upload(client, url, (png(), "b.png"))
    assert refused.status_code == 429
    assert "Try again later" in refused.get_data(as_text=True)
    assert photos_of(session, repair) == 1


def test_a_photo_link_never_reaches_a_log_in_clear(app, caplog):
    token = "Zq3" + "a" * 40
    logging.getLogger("werkzeug").warning('"POST /photos/%s HTTP/1.1" 303 -', token)
    assert token not in caplog.text
    assert '"POST /photos/[link] HTTP/1.1" 303' in caplog.text
