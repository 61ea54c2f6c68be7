"""Messages in another language (no Rasa imports): which language, and whether it names a danger.

A tenant who writes "Czuję gaz w kuchni" must get the gas advice in Polish at once, then the
phone number and a free interpreter. The assistant is trained in English only, so a message in
another language is recognised here:
- by its script (Bengali, Gurmukhi, Urdu, Arabic), else
- by the words of romanised (Latin-letter) Urdu or Hindi, Bengali and Punjabi ("gas ki boo aa
  rahi hai", "amar ghore pani nai"), which `langdetect` has no profile for: see `_romanised`;
  Urdu and Hindi are both answered as "ur". English repair words may be mixed in ("boiler kharab
  hai"), but one such word in an English sentence ("Pani is leaking from the ceiling") stays
  English: the English classifier and safety net read the rest. Else
- by `langdetect` (offline: its language profiles ship in the package), and only when few of
  its words are English, so an SMS such as "boilr brokn no hot wtr" stays English.
The danger words and the common faults of each language are in `bot.nlu.language_words`.
"""

from __future__ import annotations

import re
from functools import cache

from bot.nlu.language_words import (
    ABUSE_WORDS,
    FAULT_WORDS,
    HAZARD_WORDS,
    LANGUAGE_NAMES,
    ROMAN_HINTS,
    SCRIPT_HINTS,
)

# The languages the assistant answers in (texts `utter_safety_<category>_<code>` and
# `utter_interpreter_<code>` in domain.yml; a test checks that every one exists).
SUPPORTED = tuple(HAZARD_WORDS)
_MIN_PROBABILITY = 0.5
_MIN_WORDS = 3
# Common English words: a message in which a quarter of the words are these is English,
# whatever the detector says about a short or misspelt one.
_ENGLISH_WORDS = (
    "the a an and or but my our your his her their i im i'm we you he she it its it's is are  "
    "was were be been have has had do does did not no don't dont can can't cant won't wont  "
    "there theres there's this that in on at of to from for with by up out off all some any  "
    "please help hi hello thanks need want get got come fix fixed broken broke working work  "
    "water heating hot cold boiler door window toilet tap sink bath kitchen bathroom room  "
    "house flat home light lights power gas smell leak leaking ceiling wall floor since days  "
    "week today yesterday now still again very really just so when what why how who"
)
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def _english_share(text: str) -> float:
    words = [w.lower() for w in _TOKEN.findall(text)]
    return sum(w in _ENGLISH for w in words) / len(words) if words else 1.0


@cache
def _compiled_scripts() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # Urdu's own letters before the Arabic block they sit in.
    order = sorted(SCRIPT_HINTS, key=lambda code: code == "ar")
    return tuple((code, re.compile(SCRIPT_HINTS[code])) for code in order)


# Romanised South Asian: at least this share of the words are its words (`ROMAN_HINTS`).
_MIN_ROMAN_SHARE = 1 / 3


def _romanised(words: list[str]) -> str | None:
    """The language of a message in romanised Urdu/Hindi ("ur"), Bengali ("bn") or Punjabi
    ("pa"), else None.

    Conservative: two different words of these languages, a third of all the words, and one of
    them a grammar word ("hai", "nahi", "hocche", "vich"), or a short one ("ki", "se", "na")
    with a noun ("pani", "bijli"), or three of the nouns ("deyal shatshete, kalo dag"), so that
    English, SMS shorthand and the other Latin-script languages (whose "se", "ki" and "da" are
    short words here) never qualify. The language with most of its words wins (a grammar word
    counts twice); Urdu/Hindi, the most widely read, on a tie.
    """
    lowered = [w.lower() for w in words]
    kinds = {
        code: {kind: [w for w in lowered if w in hints[kind]] for kind in hints}
        for code, hints in ROMAN_HINTS.items()
    }
    marked = [w for w in lowered if any(w in found for k in kinds.values() for found in k.values())]
    if len(set(marked)) < 2 or len(marked) < _MIN_ROMAN_SHARE * len(lowered):
        return None

    def qualifies(found: dict[str, list[str]]) -> bool:
        return (
            bool(found["grammar"])
            or bool(found["short"] and found["words"])
            or len(set(found["words"])) >= 3
        )

    scores = {
        code: 2 * len(found["grammar"]) + len(found["short"]) + len(found["words"])
        for code, found in kinds.items()
        if qualifies(found)
    }
    if not scores:
        return None
    return max(scores, key=lambda code: (scores[code], code == "ur"))


def detect_language(text: str) -> str | None:
    """The supported language a message is written in, or None for English (or unsure)."""
    if not text or text.startswith("/"):
        return None
    for code, script in _compiled_scripts():
        if len(script.findall(text)) >= 3:
            return code
    words = _TOKEN.findall(text)
    romanised = _romanised(words)
    if romanised:
        return romanised
    if len(words) < _MIN_WORDS or _english_share(text) >= 0.25:
        return None
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0  # the same message always gets the same answer
    try:
        guesses = detect_langs(text)
    except LangDetectException:
        return None
    for guess in guesses:
        if guess.lang in SUPPORTED and guess.prob >= _MIN_PROBABILITY:
            return guess.lang
    return None


# Which word list: the dangers (raise to an emergency) or the common faults.
_WORD_LISTS = {"hazards": HAZARD_WORDS, "faults": FAULT_WORDS}


@cache
def _compiled(words: str, code: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (category, re.compile("|".join(f"(?:{f})" for f in fragments), re.IGNORECASE))
        for category, fragments in _WORD_LISTS[words].get(code, {}).items()
        if fragments
    )


def _first_category(words: str, text: str, code: str) -> str | None:
    lowered = (text or "").lower()
    return next((c for c, pattern in _compiled(words, code) if pattern.search(lowered)), None)


def hazard_in(text: str, code: str) -> str | None:
    """The emergency category a message in language `code` names, else None."""
    return _first_category("hazards", text, code)


def fault_in(text: str, code: str) -> str | None:
    """The ordinary repair category a message in language `code` describes, else None."""
    return _first_category("faults", text, code)


@cache
def _abuse(code: str) -> re.Pattern[str] | None:
    fragments = ABUSE_WORDS.get(code)
    return re.compile("|".join(f"(?:{f})" for f in fragments), re.IGNORECASE) if fragments else None


def abuse_in(text: str, code: str) -> bool:
    """Whether a message in language `code` describes domestic abuse (it is also `asb`, but the
    tenant needs the abuse advice first, as `bot.nlu.hazards.violence_at_home` gives in English)."""
    pattern = _abuse(code)
    return bool(pattern and pattern.search((text or "").lower()))


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)
