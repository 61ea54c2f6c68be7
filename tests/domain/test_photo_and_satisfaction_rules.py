"""The rules of photos by link and of reading a satisfaction reply (backend/domain), from tables,
without a database."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from backend.domain import photos as rules
from backend.domain.satisfaction import Answer, average, read_answer

ISSUED = datetime(2026, 12, 8, 9, 0, tzinfo=timezone.utc)
MB = 1024 * 1024


@pytest.mark.parametrize(
    ("moment", "closed", "refusal"),
    [
        (ISSUED, False, None),
        (ISSUED + timedelta(days=6, hours=23, minutes=59), False, None),
        (ISSUED + timedelta(days=7), False, rules.LinkExpired),
        (ISSUED + timedelta(days=30), False, rules.LinkExpired),
        (ISSUED + timedelta(days=1), True, rules.ReportClosed),
    ],
)
def test_a_link_works_for_seven_days_while_its_report_is_open(moment, closed, refusal):
    expires = rules.expires_at(ISSUED)
    if refusal is None:
        rules.check_link(expires, closed, moment)
    else:
        with pytest.raises(refusal):
            rules.check_link(expires, closed, moment)


def test_a_link_nobody_issued_is_unknown():
    with pytest.raises(rules.LinkUnknown) as refused:
        rules.check_link(None, False, ISSUED)
    assert refused.value.status == 404


def test_an_expired_link_is_gone_and_says_how_long_links_last():
    with pytest.raises(rules.LinkExpired) as refused:
        rules.check_link(ISSUED, False, ISSUED)
    assert refused.value.status == 410 and "7 days" in str(refused.value)


def test_tokens_are_long_random_and_stored_only_as_a_hash():
    first, second = rules.new_token(), rules.new_token()
    assert first != second and len(first) >= 43
    assert rules.token_hash(first) == rules.token_hash(first) != first
    assert len(rules.token_hash(first)) == 64


@pytest.mark.parametrize(
    ("already", "adding", "refusal"),
    [
        (0, 1, None),
        (0, 5, None),
        (4, 1, None),
        (0, 6, rules.TooManyPhotos),
        (5, 1, rules.TooManyPhotos),
        (3, 3, rules.TooManyPhotos),
        (0, 0, rules.NoPhotoChosen),
    ],
)
def test_a_report_takes_at_most_five_photos(already, adding, refusal):
    if refusal is None:
        rules.check_room(already, adding)
    else:
        with pytest.raises(refusal):
            rules.check_room(already, adding)


def test_the_sixth_photo_is_refused_saying_the_report_has_five():
    with pytest.raises(rules.TooManyPhotos, match="already has 5 photos"):
        rules.check_room(5, 1)


@pytest.mark.parametrize(
    ("size", "refusal"),
    [(1, None), (10 * MB, None), (10 * MB + 1, rules.TooLarge), (0, rules.NotAnImage)],
)
def test_a_photo_is_at_most_ten_megabytes(size, refusal):
    if refusal is None:
        rules.check_size("a.jpg", size)
    else:
        with pytest.raises(refusal, match=r"a\.jpg"):
            rules.check_size("a.jpg", size)


@pytest.mark.parametrize(
    ("image_format", "heic_readable", "refusal"),
    [
        ("JPEG", False, None),
        ("PNG", False, None),
        ("HEIF", True, None),
        ("HEIF", False, rules.HeicNotSupported),
        ("GIF", True, rules.NotAnImage),
        ("WEBP", True, rules.NotAnImage),
        (None, True, rules.NotAnImage),
    ],
)
def test_only_jpeg_png_and_heic_are_taken(image_format, heic_readable, refusal):
    if refusal is None:
        rules.check_format("x", image_format, heic_readable)
    else:
        with pytest.raises(refusal):
            rules.check_format("x", image_format, heic_readable)


def test_a_decompression_bomb_is_too_large():
    with pytest.raises(rules.TooLarge):
        rules.check_pixels("x", 20_000, 20_000)
    rules.check_pixels("x", 8064, 6048)  # a 48-megapixel phone camera


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("4 great", Answer(4, "great")),
        ("five", Answer(5, "")),
        ("Five! brilliant", Answer(5, "brilliant")),
        ("3 - ok", Answer(3, "ok")),
        ("3 – ok", Answer(3, "ok")),
        ("  2: took three visits", Answer(2, "took three visits")),
        ("4, fine", Answer(4, "fine")),
        ("4/5 good job", Answer(4, "good job")),
        ("4 out of 5 thanks", Answer(4, "thanks")),
        ("1", Answer(1, "")),
        ("ONE never came", Answer(1, "never came")),
        ("3.", Answer(3, "")),
        ("0", None),
        ("6 amazing", None),
        ("10", None),
        ("2.5", None),
        ("4th floor flat, the tap leaks again", None),
        ("someone is coming?", None),
        ("fivefold", None),
        ("", None),
    ],
)
def test_a_satisfaction_reply_is_read_as_a_score_and_a_comment(text, answer):
    assert read_answer(text) == answer


def test_the_average_of_no_answers_is_none():
    assert average([]) is None
    assert average([4, 5, 3]) == 4
