"""SMS text: GSM-7 where possible, whole SMS, a capped number of segments."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telephony.sms_text import encoding, is_gsm, segments, split_sms, to_gsm


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We’ll send someone", "We'll send someone"),
        ("“Is the water off?”", '"Is the water off?"'),
        ("8am – 12 noon", "8am - 12 noon"),
        ("Booked — thanks", "Booked - thanks"),
        ("Please wait…", "Please wait..."),
        ("Booked ✅ see you then 👍", "Booked see you then"),
        ("Stay safe 🙏🏽", "Stay safe"),
        ("Café in Hôtel Road", "Café in Hotel Road"),
        ("façade", "facade"),
        ("£50 recharge", "£50 recharge"),
        ("Room 2 × 3m", "Room 2 x 3m"),
        ("non\u00a0breaking", "non breaking"),
        ("line one\r\nline two", "line one\nline two"),
    ],
)
def test_typographic_characters_become_their_gsm_7_forms(text, expected):
    assert to_gsm(text) == expected
    assert is_gsm(to_gsm(text))


def test_letters_of_other_scripts_are_kept_even_though_the_text_is_then_ucs_2():
    assert to_gsm("Сантехник придёт") == "Сантехник придёт"
    assert encoding(to_gsm("Сантехник придёт")) == "UCS-2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("[" * 80, 1),  # extension characters cost two septets
        ("[" * 81, 2),
        ("é" * 160, 1),  # é is in the GSM-7 alphabet
        ("ô" * 70, 1),  # ô is not: UCS-2
        ("ô" * 71, 2),
        ("ô" * 134, 2),
        ("ô" * 135, 3),
    ],
)
def test_segments_are_counted_as_carriers_bill_them(text, expected):
    assert segments(text) == expected


def test_a_short_reply_is_one_sms_as_it_is():
    assert split_sms(["Thanks. Is the water still running?"]) == [
        "Thanks. Is the water still running?"
    ]


def test_a_long_reply_is_split_into_numbered_single_sms_at_sentence_ends():
    prose = [
        "Thanks, I have booked that. An operative will come on Wednesday 9 December in the "
        "morning, between 8am and 12 noon. Please make sure someone over 18 is at home. "
        "If you need to change the appointment, text us or ring 0800 151 3444."
    ]
    parts = split_sms(prose)
    assert len(parts) == 2
    assert parts[0].startswith("(1/2) Thanks, I have booked that.")
    assert parts[1].startswith("(2/2) ")
    assert all(segments(part) == 1 for part in parts)
    rejoined = " ".join(part[6:] for part in parts)
    assert rejoined.replace("\n", " ") == prose[0]


def test_options_stay_whole_and_last():
    prose = ["Which appointment suits you? " + "We have these times this week. " * 3]
    tail = [f"Reply {n} for Wednesday {n} December, morning" for n in range(1, 4)]
    parts = split_sms(prose, tail)
    joined = "\n".join(parts)
    for line in tail:
        assert line in joined
    assert parts[-1].endswith(tail[-1])


def test_a_reply_longer_than_the_cap_loses_the_end_of_its_prose_not_its_options():
    prose = ["This sentence is about forty characters. " * 30]
    tail = ["Reply 1 for Yes", "Reply 2 for No"]
    parts = split_sms(prose, tail, max_parts=3)
    assert len(parts) == 3
    assert all(segments(part) == 1 for part in parts)
    assert "..." in parts[-1]
    assert parts[-1].endswith("Reply 1 for Yes\nReply 2 for No")


def test_curly_quotes_do_not_turn_a_long_reply_into_ucs_2():
    parts = split_sms(["It’s booked – we’ll text you the day before. " * 5])
    assert all(encoding(part) == "GSM-7" for part in parts)


@settings(max_examples=200, deadline=None)
@given(
    prose=st.lists(st.text(min_size=0, max_size=400), max_size=4),
    tail=st.lists(st.text(min_size=1, max_size=60), max_size=4),
    max_parts=st.integers(min_value=1, max_value=6),
)
def test_every_part_is_one_sms_and_there_are_never_more_than_the_cap(prose, tail, max_parts):
    parts = split_sms(prose, tail, max_parts=max_parts)
    assert len(parts) <= max_parts
    assert all(segments(part) == 1 for part in parts)
