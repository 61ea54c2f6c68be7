"""Messages in another language: recognised, their danger named, answered in that language.

Also anti-social behaviour in every language, and romanised Urdu/Hindi, Bengali and Punjabi
(Latin letters, as many tenants text).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.components import OtherLanguage
from bot.nlu.hazards import EMERGENCY_CATEGORIES
from bot.nlu.language_words import _FAULT_ORDER, FAULT_WORDS
from bot.nlu.languages import SUPPORTED, abuse_in, detect_language, fault_in, hazard_in

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


# Neighbours' noise and music, shouting, threats and harassment, their drug smoke, domestic abuse.
ASB = {
    "pl": [
        "Sąsiad z góry codziennie w nocy głośno puszcza muzykę i krzyczy. Nie mogę spać",
        "Sąsiedzi palą marihuanę i cały dym leci do mojego mieszkania",
        "Sąsiad mi grozi i wyzywa mnie na klatce schodowej",
        "Mąż mnie bije, boję się wrócić do domu, potrzebuję pomocy",
        "Czuć zapach marihuany z mieszkania obok, codziennie wieczorem",
    ],
    "ro": [
        "Vecinii de sus au muzica foarte tare toată noaptea si nu pot dormi",
        "Vecinul meu mă amenință și mă înjură de fiecare dată când mă vede",
        "Miroase a marijuana de la vecini, fumul intră în apartament",
        "Soțul mă bate și mi-e frică să stau acasă",
        "Vecinii fac scandal și petreceri în fiecare noapte, țipă și urlă",
    ],
    "bn": [
        "প্রতিবেশী সারা রাত জোরে গান বাজায়, আমরা ঘুমাতে পারি না",
        "পাশের বাসার লোক আমাকে হুমকি দিচ্ছে",
        "আমার স্বামী আমাকে মারধর করে, আমি ভয় পাচ্ছি",
        "প্রতিবেশীর গাঁজার ধোঁয়া আমার ঘরে আসে",
        "উপরের তলার লোকজন প্রতিদিন চিৎকার আর ঝগড়া করে",
        "amar protibeshi sara rat gaan bajay, khub shobdo kore",
    ],
    "ur": [
        "ہمسائے ساری رات اونچی آواز میں گانے بجاتے ہیں، ہم سو نہیں سکتے",
        "میرا پڑوسی مجھے دھمکیاں دیتا ہے",
        "میرا شوہر مجھے مارتا ہے، مجھے ڈر لگتا ہے",
        "پڑوسی چرس پیتے ہیں اور دھواں ہمارے گھر آتا ہے",
        "اوپر والے پڑوسی روز رات کو شور اور لڑائی کرتے ہیں",
        "upar wale padosi raat bhar shor karte hain, music bahut tez",
        "padosi mujhe dhamki de raha hai",
    ],
    "pa": [
        "ਗੁਆਂਢੀ ਸਾਰੀ ਰਾਤ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਗਾਣੇ ਚਲਾਉਂਦੇ ਹਨ, ਅਸੀਂ ਸੌਂ ਨਹੀਂ ਸਕਦੇ",
        "ਮੇਰਾ ਗੁਆਂਢੀ ਮੈਨੂੰ ਧਮਕੀਆਂ ਦਿੰਦਾ ਹੈ",
        "ਮੇਰਾ ਪਤੀ ਮੈਨੂੰ ਕੁੱਟਦਾ ਹੈ, ਮੈਨੂੰ ਡਰ ਲੱਗਦਾ ਹੈ",
        "ਗੁਆਂਢੀਆਂ ਦੇ ਘਰੋਂ ਚਰਸ ਦੀ ਬੋ ਆਉਂਦੀ ਹੈ",
        "ਉੱਪਰ ਵਾਲੇ ਗੁਆਂਢੀ ਹਰ ਰਾਤ ਰੌਲਾ ਪਾਉਂਦੇ ਅਤੇ ਲੜਾਈ ਕਰਦੇ ਹਨ",
        "gwandi roz raat nu uchi awaz vich gaane launde ne",
    ],
    "ar": [
        "الجيران يشغلون موسيقى بصوت عالي طول الليل ولا أستطيع النوم",
        "جاري يهددني ويشتمني كلما رآني",
        "ريحة الحشيش تجي من شقة الجيران كل يوم",
        "زوجي يضربني وأنا خائفة",
        "الجيران فوقنا يصرخون ويتشاجرون كل ليلة وفي إزعاج كبير",
    ],
    "so": [
        "Deriskayga habeen walba muusig cod dheer ayay daaraan, ma seexan karo",
        "Deriskaygu wuu i hanjabaa mar walba oo uu i arko",
        "Ninkayga wuu i garaacaa, waan baqayaa",
        "Waxaa ka imanaya urta xashiishka guriga deriska",
        "Dariska sare waxay sameeyaan buuq iyo qaylo habeenkii oo dhan",
    ],
    "tr": [
        "Üst kattaki komşu her gece yüksek sesle müzik dinliyor, uyuyamıyorum",
        "Komşum beni sürekli tehdit ediyor ve küfür ediyor",
        "Komşudan her akşam esrar kokusu geliyor",
        "Kocam beni dövüyor, evde kalmaktan korkuyorum",
        "Alt kattaki komşular her gece bağırıp kavga ediyor",
    ],
    "pt": [
        "Os vizinhos de cima fazem barulho a noite toda e não consigo dormir",
        "O meu vizinho ameaçou-me e insulta-me sempre que me vê",
        "Todos os dias sinto um cheiro forte de maconha que vem da casa do vizinho",
        "O meu marido bate-me e tenho medo de ficar em casa",
        "A música do vizinho está altíssima todas as noites, já não aguento",
    ],
    "es": [
        "los vecinos ponen música muy alta toda la noche",
        "El vecino de abajo me amenaza y me insulta cada vez que me ve",
        "Huele a marihuana todo el día, el humo de los porros de los vecinos entra en casa",
        "Mi pareja me pega y tengo miedo, necesito ayuda",
        "Los vecinos de arriba gritan y hacen fiestas hasta las cinco de la mañana",
    ],
}


def test_every_supported_language_has_asb_words_and_asb_comes_last():
    assert set(ASB) == set(SUPPORTED)
    assert _FAULT_ORDER[-1] == "asb"
    for code in SUPPORTED:
        assert list(FAULT_WORDS[code])[-1] == "asb" and FAULT_WORDS[code]["asb"], code


@pytest.mark.parametrize(
    ("code", "text"), [(code, text) for code, texts in ASB.items() for text in texts]
)
def test_anti_social_behaviour_in_another_language_is_asb_not_a_danger(code, text):
    assert detect_language(text) == code
    assert hazard_in(text, code) is None
    assert fault_in(text, code) == "asb"


ABUSE = [
    ("pl", "Mąż mnie bije, boję się wrócić do domu, potrzebuję pomocy"),
    ("ro", "Soțul mă bate și mi-e frică să stau acasă"),
    ("tr", "Kocam beni dövüyor, evde kalmaktan korkuyorum"),
    ("pt", "O meu marido bate-me e tenho medo de ficar em casa"),
    ("es", "Mi pareja me pega y tengo miedo, necesito ayuda"),
    ("so", "Ninkayga wuu i garaacaa, waan baqayaa"),
    ("ar", "زوجي يضربني وأنا خائفة"),
    ("bn", "আমার স্বামী আমাকে মারধর করে, আমি ভয় পাচ্ছি"),
    ("ur", "میرا شوہر مجھے مارتا ہے، مجھے ڈر لگتا ہے"),
    ("pa", "ਮੇਰਾ ਪਤੀ ਮੈਨੂੰ ਕੁੱਟਦਾ ਹੈ, ਮੈਨੂੰ ਡਰ ਲੱਗਦਾ ਹੈ"),
    ("ur", "mera shohar mujhe roz maarta hai, mujhe darr lagta hai"),
]


@pytest.mark.parametrize(("code", "text"), ABUSE)
def test_domestic_abuse_is_asb_and_is_named_as_abuse(code, text):
    assert detect_language(text) == code
    assert fault_in(text, code) == "asb"
    assert abuse_in(text, code)


@pytest.mark.parametrize(
    ("code", "text"),
    [(code, text) for code, texts in ASB.items() for text in texts[:1]],
)
def test_neighbours_noise_is_not_abuse(code, text):
    assert not abuse_in(text, code)


@pytest.mark.parametrize(
    ("text", "code", "fault"),
    [
        # A fault named with the neighbours is still the fault (asb comes last).
        (
            "Sąsiad mówi, że nie mam ciepłej wody ani ogrzewania od wczoraj",
            "pl",
            "heating_hot_water",
        ),
        ("Mi vecino dice que el grifo de la cocina gotea", "es", "tap"),
        # Noise that is no neighbour's is no anti-social behaviour.
        ("Piec bardzo głośno hałasuje od rana", "pl", None),
        ("Komşum kombiden ses geldiğini söyledi", "tr", None),
        ("Vecinul a spus că apa curge tare din robinet", "ro", "tap"),
        # A ceiling that "threatens" to fall threatens no one.
        ("El techo amenaza con caerse, tiene grietas", "es", None),
    ],
)
def test_a_fault_wins_over_asb_and_noise_alone_is_not_asb(text, code, fault):
    assert detect_language(text) == code
    assert fault_in(text, code) != "asb"
    if fault:
        assert fault_in(text, code) == fault


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hola, sale humo del cuadro eléctrico y huele a quemado", "es"),
        ("Z gniazdka leci dym i czuć spaleniznę", "pl"),
        ("Prizden duman çıkıyor", "tr"),
        ("সুইচ থেকে ধোঁয়া বের হচ্ছে", "bn"),
        ("سوئچ سے دھواں نکل رہا ہے", "ur"),
    ],
)
def test_smoke_without_drugs_is_still_an_electrical_danger(text, code):
    assert detect_language(text) == code
    assert hazard_in(text, code) == "electrical_danger"


# Romanised (Latin-letter) Urdu/Hindi ("ur"), Bengali ("bn") and Punjabi ("pa").
ROMANISED_DANGERS = [
    ("gas ki boo aa rahi hai", "ur", "gas_smell"),
    ("kitchen mein gas ki badbu hai, jaldi aao", "ur", "gas_smell"),
    ("gas leak ho raha hai", "ur", "gas_smell"),
    ("cooker ke peeche se sade hue ande jaisi boo aa rahi hai", "ur", "gas_smell"),
    ("Amar basay gas er gondho ashche, rannaghore khub beshi", "bn", "gas_smell"),
    ("ghar mein CO alarm baj raha hai, sab ko sar dard ho raha hai", "ur", "carbon_monoxide"),
    ("kitchen mein aag lag gayi hai", "ur", "electrical_danger"),
    ("socket se dhuan nikal raha hai", "ur", "electrical_danger"),
    ("switch mein chingari aa rahi hai", "ur", "electrical_danger"),
    ("mujhe current lag raha hai switch se", "ur", "electrical_danger"),
    ("chhat se pani gir raha hai", "ur", "flooding"),
    ("ghar mein pani bhar gaya hai, har jagah pani hai", "ur", "flooding"),
    ("amar ghore pani bondho hocche na, pipe fete geche, shob jaygay pani", "bn", "flooding"),
    ("chhat gir gayi hai", "ur", "structural_danger"),
    ("amar ghore chhad bhenge porche", "bn", "structural_danger"),
]

ROMANISED_FAULTS = [
    ("bijli nahi hai", "ur", "electricity_supply"),
    ("boiler kharab hai garam pani nahi", "ur", "heating_hot_water"),
    ("boiler kharab hai", "ur", "heating_hot_water"),
    ("toilet block ho gaya", "ur", "toilet"),
    ("ghar mein pani nahi aa raha", "ur", "water_supply"),
    ("sink mein pani nahi ja raha", "ur", "blocked_sink_bath"),
    ("nal se pani tapak raha hai", "ur", "tap"),
    ("darwaza band nahi ho raha", "ur", "insecure_entry"),
    ("kamre ka darwaza toot gaya hai", "ur", "doors_windows_frames"),
    ("deewar par seelan hai", "ur", "damp_mould"),
    ("ami gorom pani pacchi na", "bn", "heating_hot_water"),
    ("amar barite current nai", "bn", "electricity_supply"),
    ("mere ghar vich paani nahin aa reha", "pa", "water_supply"),
    ("bijli nahin aundi kal ton", "pa", "electricity_supply"),
    ("toilet band ho gaya ae", "pa", "toilet"),
    ("darwaze da lock tutt gaya ae", "pa", "insecure_entry"),
    ("kol theke pani pore, bondho hoy na", "bn", "tap"),
    ("deyal e shatshete, kalo dag", "bn", "damp_mould"),
    ("amar toilet block hoye geche", "bn", "toilet"),
    # "sade paanch" is half past five in Urdu, not Punjabi "our".
    ("sade paanch baje se bijli nahi hai", "ur", "electricity_supply"),
    ("chulhe nahi jal raha", "ur", "gas_supply"),
]


@pytest.mark.parametrize(("text", "code", "hazard"), ROMANISED_DANGERS)
def test_a_danger_in_romanised_south_asian_languages_is_named(text, code, hazard):
    assert detect_language(text) == code
    assert hazard_in(text, code) == hazard


@pytest.mark.parametrize(("text", "code", "fault"), ROMANISED_FAULTS)
def test_a_fault_in_romanised_south_asian_languages_is_named(text, code, fault):
    assert detect_language(text) == code
    assert hazard_in(text, code) is None
    assert fault_in(text, code) == fault


@pytest.mark.parametrize(
    "text",
    [
        "boilr brokn no hot wtr",
        "hi there is no hot water",
        # One romanised noun in an English sentence stays English: the English classifier and
        # safety net read "leaking from the ceiling".
        "Pani is leaking from the ceiling",
        "ok ta",
        "na its still not working",
        "Hi this is Amar, my boiler is broken",
        "the main door lock is broken",
        "hai my heating is not working",
        "ho ho ho merry christmas",
        "ur boiler engineer never came",
        "Kal said he would come today to fix the tap",
        # Two nouns and English grammar: not enough to call it Urdu.
        "no pani no bijli",
        "pipe leak under the sink in the kitchen",
    ],
)
def test_english_with_a_south_asian_looking_word_stays_english(text):
    assert detect_language(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hola, se ha roto la tubería y sale agua", "es"),
        ("Olá, a torneira da cozinha está a pingar há uma semana", "pt"),
        ("Merhaba, tuvalet tıkandı, sifon çekmiyor", "tr"),
        ("Bună ziua, curge apă prin tavan în baie și nu se oprește", "ro"),
    ],
)
def test_other_latin_languages_are_not_taken_for_romanised_south_asian(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("text", "becomes", "code"),
    [
        ("los vecinos ponen música muy alta toda la noche", "report_asb", "es"),
        ("padosi mujhe dhamki de raha hai", "report_asb", "ur"),
        ("gas ki boo aa rahi hai", "report_gas_smell", "ur"),
        ("boiler kharab hai garam pani nahi", "report_heating_hot_water", "ur"),
        ("amar ghore pani bondho hocche na, pipe fete geche", "report_flooding", "bn"),
    ],
)
def test_other_language_routes_asb_and_romanised_messages(text, becomes, code):
    (result,) = OtherLanguage({}).process([message(text, "greet")])
    assert result.get("intent")["name"] == becomes
    assert [e["value"] for e in result.get("entities") if e["entity"] == "language"] == [code]
