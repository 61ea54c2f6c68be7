"""The backend client's time limits, formatting, answers and the channels' metadata."""

from __future__ import annotations

import time
from datetime import date
from types import SimpleNamespace

import pytest
import requests

from bot.actions import backend
from bot.actions.answers import UNKNOWN, match_slot, yes_no
from bot.actions.config import TEST_SETTINGS, Settings
from bot.actions.formatting import reason_sentence, spoken_reference, target_time
from bot.channels import SmsInput, VoiceInput, WebInput
from bot.relay_proof import HEADER, sign


class RefusingSession:
    def __init__(self) -> None:
        self.calls = 0

    def request(self, *args, **kwargs):
        self.calls += 1
        raise requests.ConnectionError("refused")


def test_a_down_backend_costs_one_attempt_then_is_skipped(monkeypatch):
    monkeypatch.setattr(backend, "_down_until", 0.0)
    settings = Settings(backend_url="http://127.0.0.1:9", backend_retry_after=30)
    session = RefusingSession()
    client = backend.BackendClient(settings, session)
    with pytest.raises(backend.BackendUnavailable):
        client.triage("toilet", {}, None)
    with pytest.raises(backend.BackendUnavailable):
        backend.BackendClient(settings, session).triage("toilet", {}, None)
    assert session.calls == 1


def test_nothing_listening_fails_fast(monkeypatch):
    monkeypatch.setattr(backend, "_down_until", 0.0)
    started = time.monotonic()
    with pytest.raises(backend.BackendUnavailable):
        backend.BackendClient(TEST_SETTINGS).triage("toilet", {}, None)
    assert time.monotonic() - started < 2


def test_4xx_answers_carry_the_error_code(monkeypatch):
    monkeypatch.setattr(backend, "_down_until", 0.0)
    reply = SimpleNamespace(status_code=409, json=lambda: {"error": "slot_full", "message": "x"})
    session = SimpleNamespace(request=lambda *a, **k: reply)
    with pytest.raises(backend.BackendError) as error:
        backend.BackendClient(TEST_SETTINGS, session).book("HR-1", 1, 2, "key")
    assert error.value.code == "slot_full"


def test_settings_come_from_the_environment():
    settings = Settings.from_env({"BACKEND_URL": "http://b:1/", "BACKEND_API_TOKEN": "t"})
    assert settings.backend_url == "http://b:1" and settings.backend_api_token == "t"
    assert settings.connect_timeout == 2.0 and settings.read_timeout == 4.0


@pytest.mark.parametrize(
    ("iso", "words"),
    [
        ("2026-12-09T18:30:00+00:00", "6:30pm on Wednesday 9 December"),
        ("2027-06-22T13:10:00+01:00", "1:10pm on Tuesday 22 June"),
        ("2027-06-23T23:59:00+01:00", "the end of Wednesday 23 June"),
        ("2026-12-10T12:00:00+00:00", "12 noon on Thursday 10 December"),
    ],
)
def test_target_times_read_naturally(iso, words):
    assert target_time(iso) == words


def test_reasons_and_references_are_said_well():
    assert reason_sentence("a blocked toilet is a one-day repair") == (
        "A blocked toilet is a one-day repair."
    )
    assert spoken_reference("HR-483920") == "H R, 4 8 3, 9 2 0"


@pytest.mark.parametrize(
    ("intent", "text", "answer"),
    [
        ("affirm", "yes", True),
        ("deny", "no", False),
        ("dont_know", "I don't know", UNKNOWN),
        (None, "yeah there is", True),
        (None, "nope", False),
        (None, "not sure", UNKNOWN),
        (None, "the kitchen", None),
    ],
)
def test_yes_no_answers(intent, text, answer):
    assert yes_no(intent, text) == answer


OFFERED = [
    {"slot_id": 1, "date": "2026-12-09", "window": "am", "label": "Wednesday 9 December, morning"},
    {"slot_id": 2, "date": "2026-12-12", "window": "am", "label": "Saturday 12 December, morning"},
    {
        "slot_id": 3,
        "date": "2026-12-12",
        "window": "pm",
        "label": "Saturday 12 December, afternoon",
    },
]


@pytest.mark.parametrize(
    ("text", "slot_id"),
    [
        ("2", 2),
        ("option 3", 3),
        ("the first one", 1),
        ("the last one", 3),
        ("saturday afternoon", 3),
        ("sat morning please", 2),
        ("the 9th", 1),
        ("whenever", None),
        ("I am not sure", None),
        ("Sorry, can I check with my flatmate first?", None),
        ("tomorrow morning", 1),
        ("have you got anything on a saturday?", 2),
        ("this week after 3", 3),
        ("next week", None),
        ("sat pm", 3),
        ("the weekend please", 2),
        ("friday", None),
    ],
)
def test_appointments_are_picked_by_whole_words_and_dates(text, slot_id):
    """Today is Tuesday 8 December 2026: "tomorrow" is Wednesday the 9th."""
    assert match_slot(text, OFFERED, today=date(2026, 12, 8)) == slot_id


@pytest.mark.parametrize(
    ("channel", "name"), [(WebInput, "web"), (SmsInput, "sms"), (VoiceInput, "voice")]
)
def test_channels_pass_known_metadata_on_under_their_own_name(monkeypatch, channel, name):
    monkeypatch.setenv("PHONE_TOKEN_KEY", "test-phone-token-key")
    monkeypatch.setenv("RELAY_SIGNING_KEY", "test-relay-signing-key")
    metadata = {"reported_at": "2026-12-08T18:30:00+00:00", "tenant_id": 3, "password": "x"}
    # As the relay sends it (bot/tests/test_relay_proof.py: what happens without the proof).
    proof = sign("test-relay-signing-key", name, "c1", "hi", metadata)
    request = SimpleNamespace(
        json={"sender": "c1", "message": "hi", "metadata": metadata}, headers={HEADER: proof}
    )
    served = channel()
    served.blueprint(lambda message: None)
    assert channel.name() == name
    assert served.get_metadata(request) == {
        "reported_at": "2026-12-08T18:30:00+00:00",
        "tenant_id": 3,
    }
    assert channel()._extract_input_channel(request) == name
