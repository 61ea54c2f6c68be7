"""Messages in another language: recognised, their danger named, answered in that language."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.components import OtherLanguage
from bot.nlu.hazards import EMERGENCY_CATEGORIES
from bot.nlu.languages import SUPPORTED, detect_language, fault_in, hazard_in

DOMAIN = yaml.safe_load((Path(__file__).parents[2] / "domain.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "code", "hazard"),
    [
        ("Czuję gaz w kuchni", "pl", "gas_smell"),
        ("আমি রান্নাঘরে গ্যাসের গন্ধ পাচ্ছি", "bn", "gas_smell"),
        ("Bună ziua, curge apă prin tavan în baie și nu se oprește", "ro", "flooding"),
        ("Hola, sale humo del cuadro eléctrico y huele a quemado", "es", "electrical_danger"),
        ("Buenas, se han caído varios trozos de la pared del salón", "es", "structural_danger"),
        ("Merhaba, mutfakta gaz kokusu var, çok korkuyorum", "tr", "gas_smell"),
        ("Olá, a torneira da cozinha está a pingar há uma semana", "pt", None),
    ],
)
def test_a_message_in_another_language_is_recognised_with_its_danger(text, code, hazard):
    assert detect_language(text) == code
    assert hazard_in(text, code) == hazard


@pytest.mark.parametrize(
    ("text", "code", "fault"),
    [
        ("Nie mam ciepłej wody ani ogrzewania od wczoraj", "pl", "heating_hot_water"),
        ("Olá, a torneira da cozinha está a pingar há uma semana", "pt", "tap"),
        ("Merhaba, tuvalet tıkandı, sifon çekmiyor", "tr", "toilet"),
    ],
)
def test_a_common_fault_in_another_language_is_named(text, code, fault):
    assert detect_language(text) == code
    assert fault_in(text, code) == fault


@pytest.mark.parametrize(
    "text",
    [
        "boilr brokn no hot wtr",
        "the kitchen tap drips",
        "my front door wont lock",
        "um yeah so the sealing has come down in the bedroom",
        "yes",
        "12 RM3 7AB",
    ],
)
def test_english_however_it_is_written_stays_english(text):
    assert detect_language(text) is None


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_language_has_its_safety_advice_and_interpreter_line(code):
    responses = DOMAIN["responses"]
    for category in EMERGENCY_CATEGORIES:
        assert f"utter_safety_{category}_{code}" in responses
    interpreter = responses[f"utter_interpreter_{code}"][0]["text"]
    assert "{landlord_phone}" in interpreter and "{emergency_phone}" in interpreter


def message(text: str, intent: str) -> Message:
    ranked = {"name": intent, "confidence": 0.9}
    return Message(data={"text": text, "intent": ranked, "intent_ranking": [ranked]})


@pytest.mark.parametrize(
    ("text", "guessed", "becomes"),
    [
        ("Czuję gaz w kuchni", "greet", "report_gas_smell"),
        (
            "Musqusha gurigayga way xiran tahay, fadlan qof ii soo dira",
            "report_carbon_monoxide",
            "report_toilet",
        ),
        (
            "Fadlan i soo wac, waxaan u baahanahay caawimaad",
            "report_carbon_monoxide",
            "other_language",
        ),
        ("Hola, en el baño hay mucho moho negro en la pared", "greet", "report_damp_mould"),
        ("the kitchen tap drips", "report_tap", "report_tap"),
    ],
)
def test_another_language_sets_the_language_and_overrides_the_english_guess(text, guessed, becomes):
    (result,) = OtherLanguage({}).process([message(text, guessed)])
    assert result.get("intent")["name"] == becomes
    languages = [e["value"] for e in result.get("entities") or [] if e["entity"] == "language"]
    assert bool(languages) == (becomes != "report_tap")
