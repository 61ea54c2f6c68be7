"""Danger words in the other languages our tenants write in (pure Python: no Rasa imports).

`HAZARD_WORDS[code][category]` is a tuple of regular-expression fragments that recognise one
emergency (the categories of `bot.nlu.hazards.EMERGENCY_CATEGORIES`) as a tenant would write it in
that language. Compile each fragment with `re.IGNORECASE` and search the lower-cased message.
Each language's categories come in the order the English safety net checks them (carbon monoxide
before gas, electrics before flooding), for callers that take the first that matches.

- Fragments are phrases, not single words, wherever a single word also turns up in ordinary
  repair messages ("agua", "gaz", "fum", "pali się"): a bare word counts only when it names the
  danger itself (Polish "iskry" sparks, Arabic "حريق" fire, Spanish "inundación" flood).
- Latin-script fragments are written with their letters' accents and expanded here so that they
  also match the same words typed without them ("czuje gaz", "scantei", "kivilcim", "faisca")
  or with a separate combining accent (text pasted from some phones and Macs). The Turkish "İ",
  which `str.lower` turns into "i" and a combining dot, is covered the same way.
- Bengali, Urdu, Arabic and Gurmukhi fragments do not use `\\b` (it is unreliable with these
  scripts' vowel signs); where a short word needs edges ("آگ" fire inside "آگے" ahead), they say
  "no letter of the script before / after" with a lookaround. Letters that keyboards type in
  two ways are expanded too: Arabic alif with or without hamza, ta marbuta and ha, alif maqsura
  and ya; Urdu and Arabic kaf, ya and ha; Bengali ya, rra and o-kar in one code point or two;
  Gurmukhi nukta letters with or without the nukta, tippi and bindi, and the optional addak.
- A fragment cannot see a denial ("nie czuć gazu" is still gas): callers that need denial must
  look for it themselves.
- Punjabi also has common romanised (Latin-letter) phrases; they use Punjabi-only words ("di",
  "ton", "digg", "agg") so that romanised Urdu or Hindi and English do not match them.
- Romanised Urdu/Hindi, Bengali and Punjabi share one more set of Latin-letter phrases
  (`_ROMAN_HAZARDS`, `_ROMAN_FAULTS`, added to all three at the end of this module): "gas ki
  boo", "chhat se pani gir raha", "pipe fete geche", "bijli nahi hai", "toilet block ho gaya".
  `ROMAN_HINTS` holds the words by which `bot.nlu.languages` tells such a message from English.
- Smoke is not a fire when a drug is named beside it (`_not_drug_smoke`): a neighbour's
  cannabis is anti-social behaviour.

`FAULT_WORDS[code][category]` does the same for the ordinary (non-emergency) repairs a tenant
reports most (no heating or hot water, no water, no power, a blocked toilet or sink, a dripping
tap, a leak, a door that will not lock, a broken inside door, damp and mould, a leaking roof, no
gas), and anti-social behaviour (`asb`: neighbours' noise, threats, harassment, their drug smoke,
domestic abuse; last, so that a real fault named with it wins): same spelling variants, same
edges, same caveat about denials. Check `HAZARD_WORDS` first:
a fault fragment does not know that a leak is pouring through a ceiling or that a gas smell came
with the cooker that will not light. Each language's faults come in one order, the more specific
first (toilet, sink and tap before any leak, hot water before water, roof before leaking pipe),
for callers that take the first that matches.

`LANGUAGE_NAMES` gives each code's English name and `SCRIPT_HINTS` a character class of a script
that identifies the language on its own (check Urdu before Arabic: Urdu is written in the Arabic
script with a few extra letters).
"""

from __future__ import annotations

LANGUAGE_NAMES: dict[str, str] = {
    "pl": "Polish",
    "ro": "Romanian",
    "bn": "Bengali",
    "ur": "Urdu",
    "pa": "Punjabi",
    "ar": "Arabic",
    "so": "Somali",
    "tr": "Turkish",
    "pt": "Portuguese",
    "es": "Spanish",
}

SCRIPT_HINTS: dict[str, str] = {
    "bn": r"[\u0980-\u09FF]",  # Bengali block
    "pa": r"[\u0A00-\u0A7F]",  # Gurmukhi block
    # Letters Urdu has and Arabic and Persian do not: ٹ ڈ ڑ ں ے ھ ۓ.
    "ur": r"[\u0679\u0688\u0691\u06BA\u06D2\u06BE\u06D3]",
    "ar": r"[\u0600-\u06FF]",  # Arabic block: check after Urdu
}

# --- Spelling variants ---------------------------------------------------------------------------

# A combining accent typed after its letter instead of a precomposed letter.
_COMBINING = r"[\u0300-\u036f]?"


def _latin(groups: str) -> dict[str, str]:
    """Letter table from groups such as "ąa ćc": "ą" matches "ą", "a", or "a" + a combining mark."""
    return {group[0]: f"[{group}]{_COMBINING}" for group in groups.split()}


def _fold(fragment: str, letters: dict[str, str], compose: dict[str, str] | None = None) -> str:
    """The fragment with each letter of `letters` replaced by its pattern of spelling variants.

    Escapes, character classes and lookbehinds (which must keep a fixed width) are copied as
    written. `compose` first rewrites two-code-point spellings in the fragment itself into the
    one code point the table knows.
    """
    for decomposed, composed in (compose or {}).items():
        fragment = fragment.replace(decomposed, composed)
    out: list[str] = []
    i = 0
    while i < len(fragment):
        char = fragment[i]
        if char == "\\":
            out.append(fragment[i : i + 2])
            i += 2
        elif char == "[":
            end = fragment.index("]", i + 1)
            out.append(fragment[i : end + 1])
            i = end + 1
        elif fragment.startswith("(?<", i):
            depth, j = 0, i
            while True:
                if fragment[j] == "\\":
                    j += 2
                    continue
                depth += {"(": 1, ")": -1}.get(fragment[j], 0)
                if depth == 0:
                    break
                j += 1
            out.append(fragment[i : j + 1])
            i = j + 1
        else:
            out.append(letters.get(char, char))
            i += 1
    return "".join(out)


# The order of `bot.nlu.hazards`' checks: a caller that takes the first category that matches
# agrees with the English safety net (a CO alarm and a gas smell get the carbon monoxide advice,
# water in a socket that sparks gets the electrical advice).
_CATEGORY_ORDER = (
    "carbon_monoxide",
    "gas_smell",
    "electrical_danger",
    "flooding",
    "structural_danger",
)


def _words(
    letters: dict[str, str], compose: dict[str, str] | None = None, **categories: tuple[str, ...]
) -> dict[str, tuple[str, ...]]:
    assert set(categories) == set(_CATEGORY_ORDER), sorted(categories)
    return {
        category: tuple(_fold(fragment, letters, compose) for fragment in categories[category])
        for category in _CATEGORY_ORDER
    }


# The order of `FAULT_WORDS`' categories: the more specific first, for callers that take the first
# that matches (no gas before the boiler it feeds, hot water before water, a toilet, sink or tap
# before a leak, a leaking roof before a leaking pipe, an outside door before an inside one).
_FAULT_ORDER = (
    "gas_supply",
    "heating_hot_water",
    "water_supply",
    "electricity_supply",
    "toilet",
    "blocked_sink_bath",
    "tap",
    "roof_leak",
    "leaking_pipe_tank",
    "insecure_entry",
    "doors_windows_frames",
    "damp_mould",
    "asb",
)


def _with_marks(fragment: str) -> str:
    """The fragment with `\\w` also taking a combining accent, so that the words a fault phrase
    skips over ("nie ma w ogóle wody") still count when their accents come as separate marks."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(fragment):
        char = fragment[i]
        if char == "\\":
            pair = fragment[i : i + 2]
            if pair == r"\w":
                pair = r"\w\u0300-\u036f" if in_class else r"[\w\u0300-\u036f]"
            out.append(pair)
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        out.append(char)
        i += 1
    return "".join(out)


def _faults(
    letters: dict[str, str], compose: dict[str, str] | None = None, **categories: tuple[str, ...]
) -> dict[str, tuple[str, ...]]:
    assert set(categories) == set(_FAULT_ORDER), sorted(categories)
    return {
        category: _fold_fragments(categories[category], letters, compose)
        for category in _FAULT_ORDER
    }


def _fold_fragments(
    fragments: tuple[str, ...], letters: dict[str, str], compose: dict[str, str] | None = None
) -> tuple[str, ...]:
    latin = any(_COMBINING in pattern for pattern in letters.values())
    return tuple(
        _with_marks(_fold(fragment, letters, compose))
        if latin
        else _fold(fragment, letters, compose)
        for fragment in fragments
    )


def _not_drug_smoke(drugs: str, smoke: str) -> str:
    """The fragment `smoke` unless a drug (`drugs`) is named within a few words of it in the same
    sentence: a neighbour's cannabis smoke is anti-social behaviour, not a fire."""
    near = r"[^.!?।؟\n]{0,40}?"
    return (
        r"(?:^|(?<=[.!?।؟\n]))(?![^.!?।؟\n]*?" + drugs + near + smoke + r")[^.!?।؟\n]*?"
        r"(?:" + smoke + r")(?!" + near + drugs + r")"
    )


_PL = _latin("ąa ćc ęe łl ńn óo śs źzż żzź")
_RO = _latin("ăa âaîi îi șşs şșs țţt ţțt")
_TR = _latin("çc ğg ıi iı öo şs üu")
_PT = _latin("áa àa âa ãa ée êe íi óo ôo õo úu çc")
_ES = _latin("áa ée íi óo úu ñn üu")
_SO: dict[str, str] = {}
_AR = {
    "ا": "[اأإآ]",
    "أ": "[اأإآ]",
    "إ": "[اأإآ]",
    "آ": "[اأإآ]",
    "ة": "[ةه]",
    "ى": "[ىيی]",
    "ي": "[يىی]",
    "ك": "[كک]",
}
_UR = {
    "ک": "[کك]",
    "ی": "[یيى]",
    "ي": "[یيى]",
    "ہ": "[ہهة]",
    "ھ": "[ھه]",
    "آ": "[آا]\u0653?",
}
_BN = {
    "\u09df": "(?:\u09df|\u09af\u09bc)",  # য়
    "\u09dc": "(?:\u09dc|\u09a1\u09bc)",  # ড়
    "\u09dd": "(?:\u09dd|\u09a2\u09bc)",  # ঢ়
    "\u09cb": "(?:\u09cb|\u09c7\u09be)",  # ো
    "\u09cc": "(?:\u09cc|\u09c7\u09d7)",  # ৌ
    "\u09ce": "(?:\u09ce|\u09a4\u09cd\u200d?)",  # ৎ
}
_BN_COMPOSE = {
    "\u09af\u09bc": "\u09df",
    "\u09a1\u09bc": "\u09dc",
    "\u09a2\u09bc": "\u09dd",
    "\u09c7\u09be": "\u09cb",
    "\u09c7\u09d7": "\u09cc",
}
_PA = {
    "\u0a36": "(?:\u0a36|\u0a38\u0a3c?)",  # ਸ਼
    "\u0a59": "(?:\u0a59|\u0a16\u0a3c?)",  # ਖ਼
    "\u0a5a": "(?:\u0a5a|\u0a17\u0a3c?)",  # ਗ਼
    "\u0a5b": "(?:\u0a5b|\u0a1c\u0a3c?)",  # ਜ਼
    "\u0a5e": "(?:\u0a5e|\u0a2b\u0a3c?)",  # ਫ਼
    "\u0a70": "[\u0a70\u0a02]",  # tippi or bindi
    "\u0a02": "[\u0a02\u0a70]",
    "\u0a71": "\u0a71?",  # addak, often left out
}
_PA_COMPOSE = {
    "\u0a38\u0a3c": "\u0a36",
    "\u0a16\u0a3c": "\u0a59",
    "\u0a17\u0a3c": "\u0a5a",
    "\u0a1c\u0a3c": "\u0a5b",
    "\u0a2b\u0a3c": "\u0a5e",
}

# "No letter of the script here": word edges for scripts where \b is unreliable.
_AR_START = r"(?<![\u0600-\u06ff])"
_AR_END = r"(?![\u0600-\u06ff])"
_PA_END = r"(?![\u0a00-\u0a7f])"
_PA_START = r"(?<![\u0a00-\u0a7f])"
_BN_START = r"(?<![\u0980-\u09ff])"
_BN_END = r"(?![\u0980-\u09ff])"

# --- The words ---------------------------------------------------------------------------------

HAZARD_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    # Polish: czuć gaz, czad, iskry/dym/pożar/prąd, woda z sufitu/zalało/rura, sufit spadł.
    "pl": _words(
        _PL,
        gas_smell=(
            r"\bczu(ć|ję|je|jesz|jemy|jecie|ją|ł|ła|li|ły)\s+(\w+\s+){0,2}gaz(u|em)?\b",
            r"\b(śmierdzi|cuchnie|pachnie|czuć|wali|jedzie|zalatuje|capi)\s+(\w+\s+){0,2}gazem\b",
            r"\b(zapach\w*|zapaszek|woń|smród|smrodu|odór)\s+(\w+\s+){0,3}gazu\b",
            r"\b(wyciek\w*|przeciek\w*|ulatnia\w*|ucieczk\w*|ucieka|syczy)\s+(\w+\s+){0,2}"
            r"gaz(u)?\b",
            r"\bgaz\s+(\w+\s+)?(się\s+)?(ulatnia|ucieka|wycieka|syczy|cieknie)\w*",
            r"\bnieszczeln\w*\s+(\w+\s+)?gazow\w*",
        ),
        carbon_monoxide=(
            r"\bczad(u|em|zie)?\b",
            r"\btlen(ek|ku|kiem)\s+węgla\b",
            r"\b(czujnik|czujka|czujki|alarm|detektor)\w*\s+(\w+\s+)?(co|czadu|tlenku)\b",
        ),
        electrical_danger=(
            r"\biskr\w*",
            _not_drug_smoke(
                r"(marihuan|trawk|zioł|gandzi|jointa|skręt|narkoty)",
                r"\bdym(u|em|i|ią|iło|ił)?\b(?!\s+(z\s+)?(e-?)?(papieros|fajk|szlug|tytoni))",
            ),
            r"\bpożar\w*",
            r"\bogień\b|\bw\s+(ogniu|płomieniach)\b|\bpłon(ie|ą|ął|ęła|ęło)\b",
            r"\b(coś|gniazdk\w*|kontakt\w*|kabel|kable|przew[óo]d\w*|instalacj\w*|licznik\w*"
            r"|bezpiecznik\w*|skrzynk\w*|wtyczk\w*|ładowark\w*|lodówk\w*|pralk\w*|kuchenk\w*"
            r"|mieszkanie|dom)\s+(\w+\s+)?się\s+pali\b",
            r"\bpali\s+się\s+(gniazdk|kontakt|kabel|kable|przew|instalac|licznik|bezpiecznik"
            r"|skrzynk|wtyczk|ładowark|lodówk|pralk|kuchenk|mieszkani|dom|coś|w\s)",
            r"\bspalenizn\w*|\bswąd\w*",
            r"\b(zapach\w*|smród|śmierdzi|czuć|pachnie|cuchnie|zalatuje|wali)\s+(\w+\s+)?"
            r"(spalon\w*|palon\w*|przypalon\w*|topion\w*|plastik\w*|gumą|gumy)",
            r"\b(kopn\w*|kopie|kopał\w*|poraz\w*|poraż\w*|razi\w*|strzeli\w*|walnął|walnęło"
            r"|trzepn\w*|pieprzn\w*)\s+(\w+\s+){0,2}prąd\w*",
            r"\bprąd\w*\s+(\w+\s+)?(kopn|kopie|kopał|poraz|poraż|razi|strzel|waln|trzepn)\w*",
            r"\bporażeni\w*\s+(\w+\s+)?prąd\w*",
            r"\bnadtopi\w*|\b(gniazdk|kontakt|wtyczk|kab|przew)\w*\s+(\w+\s+)?(się\s+)?"
            r"(stopił\w*|topi\s+się|roztopił\w*)",
        ),
        flooding=(
            r"\b((z|ze)\s+sufitu|przez\s+sufit)\s+(\w+\s+){0,2}(leje|leci|cieknie|ciecze|kapie"
            r"|płynie|tryska|chlusta|sączy|spływa|przecieka|wod\w*)",
            r"\b(leje|leci|cieknie|ciecze|kapie|płynie|tryska|chlusta|sączy|spływa|wod\w*)\s+"
            r"(\w+\s+){0,3}((z|ze)\s+sufitu|przez\s+sufit)\b",
            r"\bsufit\s+(\w+\s+)?przecieka\b|\bprzecieka\s+(\w+\s+)?sufit\b",
            r"\bzal(ało|ała|ały|ane|ana|ewa|ewają|anie|ali|ał|ać)\b",
            r"\bpowódź\b|\bpotop\w*",
            r"\bpęk(ła|nięta|nięty|nięcie|nęła|ło)\s+(\w+\s+)?rur\w*",
            r"\brur\w*\s+(\w+\s+)?(pękła|pękło|pęknięta|strzeliła|wybuchła|rozerwał\w*)",
            r"\bwybi(ło|ła)\s+(\w+\s+)?(rur\w*|wod\w*)",
            r"\bwszędzie\s+(jest\s+)?wod\w*|\bwod\w*\s+(jest\s+)?wszędzie",
            r"\b(tryska|chlusta)\s+(\w+\s+)?wod\w*|\bwod\w*\s+(\w+\s+)?(tryska|chlusta)",
            r"\bnie\s+(mogę|da\s+się|można)\s+zakręcić\b(?!\s+kran)",
        ),
        structural_danger=(
            r"\bsufit\w*\s+(\w+\s+)?(się\s+)?(spadł|spadła|spadło|spadają|spada(?!\s+wod)"
            r"|zawal\w*|zarwa\w*|runął|runęł\w*|obwal\w*|zapad\w*|oberwa\w*|ugina\w*|wali\s)",
            r"\b(spadł|spadła|spadło|zawalił|zawaliła|zawaliło|zarwał|zarwała|zarwało|runął"
            r"|runęła|runęło|obwalił|obwaliła|oberwał|oberwała|odpadł|odpadła|odpadło)\w*\s+"
            r"(\w+\s+){0,2}sufit\w*",
            r"\bzawali(ł|ła|ło|ły|li)?\s+się\b|\bsię\s+zawali(ł|ła|ło|ły|li)?\b|\bzawaleni\w*",
            r"\brun(ął|ęła|ęło|ęły)\b",
            r"\b(ściana|ściany|balkon|strop|dach|podłoga|schody)\w*\s+(\w+\s+)?(się\s+)?"
            r"(zapad|osun|obsun|obwal|zarwa)\w*",
            r"\bzapad(ł|ła|ło)\s+się\s+(\w+\s+)?(podłog|strop|sufit|balkon|dach|schod)",
        ),
    ),
    # Romanian: miroase a gaz, monoxid, scântei/fum/foc/curentat, apă din tavan, tavanul a căzut.
    "ro": _words(
        _RO,
        gas_smell=(
            r"\bmir(oase|osea|os|osul|osuri)\s+(\w+\s+){0,2}(a|de|la)\s+gaz(e|ul|ele)?\b",
            r"\b(simt|simțim|simte|simțea)\s+(\w+\s+){0,2}gaz(e|ul|ele)?\b",
            r"\b(scurgere|scurgeri|pierdere|pierderi|scăpare|scăpări|emanație|emanații)\s+"
            r"(de\s+)?gaz(e)?\b",
            r"\bgaz(ul|e|ele)?\s+(\w+\s+)?(scapă|iese|ies|se\s+scurge|se\s+pierde|șuieră)\b",
            r"\b(scapă|iese|ies)\s+(\w+\s+)?gaz(e|ul)?\b",
        ),
        carbon_monoxide=(
            r"\bmonoxid(ul|ului)?\b",
            r"\b(detector|senzor|alarm)\w*\s+(\w+\s+)?(de\s+)?(co|monoxid)\b",
        ),
        electrical_danger=(
            r"\bsc[âîai]nte\w*",
            _not_drug_smoke(
                r"(marijuana|iarb|canabis|cannabis|drogur)",
                r"\bfum(ul|uri)?\b(?!\s+de\s+(țigar|ţigar|tigar))",
            ),
            r"\bfumeg\w*",
            r"\bfoc(ul)?\b|\bincendi\w*|\bflăcări\w*",
            r"\bmir(oase|osea|os|osul)\s+(\w+\s+){0,2}(a|de)\s+(\w+\s+)?ars(ă|uri)?\b",
            r"\b(priz|cablu|cabluri|fir|fire|tablou|ștecher)\w*\s+(\w+\s+)?(arde|ars|arsă"
            r"|s-?a\s+ars|s-?a\s+topit|topit|topită|scânte\w*|fumeg\w*)\b",
            r"\belectrocut\w*|\bcurent(at|eaz|ez)\w*",
            r"\b(scuturat|zguduit|prins|lovit|electrocutat)\s+curentul\b",
            r"\bcurentul\s+(m-?a|l-?a|a|ne-?a)\s+(scuturat|zguduit|prins|lovit|electrocutat)",
        ),
        flooding=(
            r"\binund\w*",
            r"\b(curge|curg|picur\w*|pică|vine|vin|intră|iese|cade|se\s+scurge|se\s+prelinge"
            r"|țâșnește)\s+(\w+\s+){0,2}(din|prin|de\s+pe|de\s+la)\s+tavan\w*",
            r"\b(din|prin|de\s+pe)\s+tavan\w*\s+(\w+\s+){0,2}(curge|curg|picur\w*|pică|vine"
            r"|intră|iese|cade|țâșnește|se\s+scurge)",
            r"\bap(ă|a)\s+(\w+\s+){0,3}(din|prin|de\s+pe)\s+tavan",
            r"\b(spart|spartă|plesnit|plesnită|fisurat|crăpat)\w*\s+(o\s+|un\s+)?"
            r"(țeav|țev|conduct)",
            r"\b(țeav|țev|conduct)\w*\s+(\w+\s+)?(s-?a\s+)?(spart|plesnit|fisurat|crăpat|explodat"
            r"|rupt)\w*",
            r"\bnu\s+(pot|putem|se\s+poate)\s+(să\s+)?(opri|opresc|închid|închide)\s+apa\b",
            r"\bap(ă|a)\s+(peste\s+tot|pretutindeni)\b|\bpotop(ul)?\b",
        ),
        structural_danger=(
            r"\btavan\w*\s+(\w+\s+){0,2}(a\s+căzut|căzut|cade(?!\s+(ap|pic|stropi))"
            r"|s-?a\s+prăbușit|se\s+prăbușește|s-?a\s+surpat|s-?a\s+dărâmat|se\s+dărâmă)\b",
            r"\b(a\s+căzut|căzut|cade|căzu)(?!\s+(apă|apa|picătur|stropi))\s+(\w+\s+){0,2}"
            r"(de\s+pe\s+|din\s+)?tavan\w*",
            r"\bprăbuș\w*",
            r"\b(s-?a|se)\s+surp\w*|\bsurpare\b",
            r"\b(tencuial|pere|zid|balcon|planșe|acoperiș)\w*\s+(\w+\s+)?(a\s+căzut|căzut|cade"
            r"|s-?a\s+surpat|s-?a\s+dărâmat|se\s+dărâmă)\b",
        ),
    ),
    # Bengali: গ্যাসের গন্ধ, মনোক্সাইড, স্পার্ক/ধোঁয়া/আগুন/শক, ছাদ থেকে পানি, ছাদ ভেঙে পড়া.
    "bn": _words(
        _BN,
        _BN_COMPOSE,
        gas_smell=(
            r"গ্যা?স(ের|এর)?\s*((মত|মতো)\s*)?(গন্ধ|স্মেল|লিক|লীক)",
            r"গ্যা?স\s*(বের|বাহির)\s*হ",
        ),
        carbon_monoxide=(
            r"কার্বন\s*মনো",
            r"মনো\s*অ?ক্সাইড",
            r"(co|সিও|সি\s*ও)\s*(অ্যালার্ম|এলার্ম|আলার্ম|ডিটেক্টর|ডিটেকটর)",
        ),
        electrical_danger=(
            r"স্পার্ক|ফুলকি",
            _not_drug_smoke(r"(গাঁজা|নেশা|সিগারেট|বিড়ি)", r"ধ(োঁ|ঁো|ুঁ)য়া"),
            r"আগুন",
            r"(পোড়া|পোড়ার|পুড়ে\s*যাও?য়ার)\s*(পোড়া\s*)?গন্ধ|পুড়ছে",
            r"শক\s*(খে|লেগ|লাগ|মার|দি)",
            r"কারেন্ট\s*(মেরে|মার|লেগে|লাগ|ধরে|ধর)",
            r"বিদ্যুৎ\s*স্পৃষ্ট|ইলেক?ট্রিক\s*শক",
        ),
        flooding=(
            # "ছাদ দিয়ে উপরের ফ্ল্যাট থেকে অনেক পানি": where from may come between.
            r"(ছাদ|সিলিং|সিলিঙ)[^\s]*\s*(থেকে|দিয়ে|দিয়া|বেয়ে|চুইয়ে|চুঁইয়ে)\s*([^\s।]+\s*){0,4}"
            r"(পানি|জল)",
            r"(পানি|জল)\s*([^\s]+\s*){0,2}(ছাদ|সিলিং|সিলিঙ)[^\s]*\s*(থেকে|দিয়ে|দিয়া|বেয়ে)",
            r"বন্যা",
            r"(পানি|জল)তে\s*(ভেসে|ভরে|ডুবে)|(পানি|জল)\s*(থই\s*থই|ভেসে\s*যা)",
            r"পাইপ[^\s]*\s*([^\s]+\s*)?(ফেটে|ফাটা|ফেটেছে|ফাটছে|বার্স্ট)",
            r"(পানি|জল)\s*বন্ধ\s*(করতে\s*)?পারছি\s*না",
        ),
        structural_danger=(
            r"(ছাদ|সিলিং|সিলিঙ|দেয়াল|দেওয়াল|প্লাস্টার)[^\s]*\s*([^\s]+\s*){0,2}"
            r"(ভেঙে|ভেঙ্গে|খসে|ধসে|ধ্বসে)\s*(পড়|যা|গেছে)",
            r"ধ্?বসে\s*(পড়|গেছে)",
        ),
    ),
    # Urdu: گیس کی بو, کاربن مونو آکسائیڈ, چنگاری/دھواں/آگ/کرنٹ, چھت سے پانی, چھت گر گئی.
    "ur": _words(
        _UR,
        gas_smell=(
            r"گیس\s*(کی\s*)?(بدبو|بو(?![\u0600-\u06ff])|سمیل|اسمیل|مہک)",
            r"گیس\s*(لیک|لیکیج|خارج|نکل\s*رہی|نکل\s*رہا|رس\s*رہی)",
        ),
        carbon_monoxide=(
            r"کاربن\s*مونو",
            r"مونو\s*آ?کسائ",
            r"(co|سی\s*او)\s*(الارم|ڈیٹیکٹر|ڈٹیکٹر)",
        ),
        electrical_danger=(
            r"چنگار|ا?سپارک",
            _not_drug_smoke(r"(چرس|گانجا|نشہ|نشے|سگریٹ)", r"دھو(اں|ئیں|یں)"),
            _AR_START + r"آگ" + _AR_END,
            r"جلنے\s*(کی|کا)\s*(بدبو|بو|سمیل|اسمیل)|جلی\s*ہوئی\s*(بدبو|بو)",
            r"کر(ی)?نٹ\s*(لگ|مار)",
            r"بجلی\s*کا\s*(جھٹکا|شاک)|شاک\s*لگ",
        ),
        flooding=(
            r"(چھت|سیلنگ)\s*(سے|میں\s*سے)\s*([^\s]+\s*){0,2}پانی",
            r"پانی\s*([^\s]+\s*){0,2}(چھت|سیلنگ)\s*سے",
            r"سیلاب",
            r"پانی\s*بھر\s*(گیا|گئی)",
            r"پائپ\s*([^\s]+\s*)?(پھٹ|برسٹ)",
            r"پانی\s*بند\s*نہیں\s*ہو\s*رہا",
        ),
        structural_danger=(
            r"(چھت|سیلنگ|دیوار|پلستر|پلاسٹر)\s*((کا|کی|کے)\s*[^\s]+\s*)?گر\s*(گئی|گیا|گئ|رہی|رہا"
            r"|پڑی|پڑا|سکتی|سکتا)",
            r"(چھت|دیوار)\s*گری",
            r"منہدم|ڈھ\s*(گئی|گیا|گئ|رہی|رہا)",
        ),
    ),
    # Punjabi (Gurmukhi, romanised): ਗੈਸ ਦੀ ਬੋ, CO, ਅੱਗ/ਧੂੰਆਂ/ਕਰੰਟ, ਛੱਤ ਤੋਂ ਪਾਣੀ, ਛੱਤ ਡਿੱਗ ਪਈ.
    "pa": _words(
        _PA,
        _PA_COMPOSE,
        gas_smell=(
            # "ਗੈਸ ਦੀ ਬਹੁਤ ਤੇਜ਼ ਬਦਬੂ" (a very strong smell of gas): a few words may come between.
            r"ਗੈਸ\s*(ਦੀ\s*)?([^\s।]+\s+){0,3}(ਬਦਬੂ|ਮੁਸ਼ਕ|ਸਮੈੱਲ|ਬੋ(?![\u0a00-\u0a7f])"
            r"|ਬੂ(?![\u0a00-\u0a7f]))",
            r"ਗੈਸ\s*(ਲੀਕ|ਲਿਕ|ਨਿਕਲ\s*ਰਹੀ|ਨਿੱਕਲ\s*ਰਹੀ)",
            r"\bgas\s+(di|da|dee)\s+(smell|smel|bo+|bu+|badbo+|badbu+|mushk|mushak)\b",
            r"\bgas\s+(leak|nikal|nikl)\s+(ho\s+)?(rai|rahi|rayi|gayi|gai|gyi|hoi|hoyi)\s+"
            r"(ae|e|aa)\b",
        ),
        carbon_monoxide=(
            r"ਕਾਰਬਨ\s*ਮੋਨੋ",
            r"ਮੋਨੋ\s*ਆ?ਕਸਾ",
            r"(co|ਸੀ\s*ਓ)\s*(ਅਲਾਰਮ|ਡਿਟੈਕਟਰ)",
            r"\b(co|carbon)\s+(alarm|detector)\s+(vaj|waj|bol|baj)\w*",
        ),
        electrical_danger=(
            r"ਚੰਗਿਆੜ|ਸਪਾਰਕ",
            _not_drug_smoke(r"(ਚਰਸ|ਨਸ਼ੇ|ਨਸ਼ਾ|ਸਿਗਰਟ)", r"ਧੂੰ?ਆਂ"),
            r"ਅੱਗ" + _PA_END,
            r"ਸੜਨ\s*(ਦੀ|ਦਾ)\s*(ਬੋ|ਬੂ|ਬਦਬੂ|ਮੁਸ਼ਕ|ਸਮੈੱਲ)|ਸੜ\s*(ਰਿਹਾ|ਰਹੀ|ਰਹੇ)",
            r"ਕਰੰਟ\s*(ਲੱਗ|ਮਾਰ)|ਬਿਜਲੀ\s*ਦਾ\s*ਝਟਕਾ",
            r"\bagg\s+(lag|lagg)\w*",
            r"\b(dhuan|dhuaan|dhooan|dhoan|dhuan)\b",
            r"\bsar+an\s+(di|da)\s+(smell|bo+|bu+|mushk)\b",
            r"\bcurrent\s+(lagg?(ya|eya|a|iya|ea)|mar(eya|ya|iya|da|di))\b",
            r"\bspark\s+(kar|kard|mar|maar)\w*",
        ),
        flooding=(
            r"ਛੱਤ\s*(ਤੋਂ|ਚੋਂ|ਵਿੱਚੋਂ|ਵਿਚੋਂ)\s*([^\s]+\s*){0,2}ਪਾਣੀ",
            r"ਪਾਣੀ\s*([^\s]+\s*){0,2}ਛੱਤ\s*(ਤੋਂ|ਚੋਂ|ਵਿੱਚੋਂ|ਵਿਚੋਂ)",
            r"ਛੱਤ\s*ਚੋ\s*(ਰਹੀ|ਰਿਹਾ)",
            r"ਹੜ੍ਹ",
            r"ਪਾਈਪ\s*([^\s]+\s*)?(ਫੱਟ|ਬਰਸਟ)",
            r"ਪਾਣੀ\s*ਭਰ\s*(ਗਿਆ|ਗਈ)",
            r"\b(chh?att?h?|shatt?)\s+(ton|to|chon|cho|vichon|vicho)\s+(\w+\s+){0,2}"
            r"(pani|paani|panni)\b",
            r"\b(pani|paani|panni)\s+(\w+\s+){0,2}(chh?att?h?)\s+(ton|to|chon|vichon)\b",
            r"\bpipe\s+(phatt?|fatt?)\w*",
        ),
        structural_danger=(
            r"(ਛੱਤ|ਕੰਧ|ਸੀਲਿੰਗ|ਪਲੱਸਤਰ)\s*((ਦਾ|ਦੀ)\s*[^\s]+\s*)?ਡਿੱਗ\s*(ਪਈ|ਪਿਆ|ਗਈ|ਗਿਆ|ਰਹੀ|ਰਿਹਾ"
            r"|ਸਕਦੀ|ਸਕਦਾ)",
            r"ਢਹਿ\s*(ਗਈ|ਗਿਆ|ਪਈ|ਪਿਆ|ਰਹੀ)",
            r"\b(chh?att?h?|kandh|ceiling|plaster)\s+(digg?)\s+(payi|pai|pi|gayi|gai|gyi|pya|pea"
            r"|gaya|geya|rahi|rai|ri)\b",
        ),
    ),
    # Arabic (standard, dialects): ريحة غاز, أول أكسيد الكربون, شرار/دخان/حريق, مية من السقف.
    "ar": _words(
        _AR,
        gas_smell=(
            r"(رائح|ريح)ة\s*([^\s]+\s*)?(ال|لل)?غاز",
            r"تسر(ب|يب)[^\s]*\s*(في\s*)?(ال|لل)?غاز",
            r"(ال)?غاز\s*([^\s]+\s*)?(يتسرب|بيتسرب|يسرب|بيسرب|مسرب|يطلع|بيطلع|طالع|يهرب|بيهرب"
            r"|هارب|يخرج|بيخرج)",
            _AR_START + r"(اشم|نشم|بشم|شامم|شامين|شام|شميت|اشتم)\s*([^\s]+\s*){0,2}(ال)?غاز",
        ),
        carbon_monoxide=(
            r"(اول|احادي)\s*ا?و?كسيد",
            r"مونو\s*ا?و?كسيد",
            r"(جهاز|كاشف|حساس|انذار|منبه|الارم)[^\s]*\s*(ال)?(co|سي\s*او)(?![a-z])",
        ),
        electrical_danger=(
            _AR_START + r"(ال|بال|و|ب)?شرا?ر",
            _not_drug_smoke(
                r"(حشيش|مخدرات|ماريجوانا)", r"دخان(?!\s*(ال)?(سجا?ئر|سجاير|سيجار|شيش|ارجيل|معسل))"
            ),
            r"حريق|احتراق|" + _AR_START + r"(ال|بال)?نار" + _AR_END,
            _AR_START + r"اشتعل(ت)?" + _AR_END,
            r"(رائح|ريح)ة\s*([^\s]+\s*)?(حريق|حرق|احتراق|شياط|محروق)|شياط",
            r"صعق",
            r"كهرب(تني|ني|تنا|نا|ته|تها|تهم)" + _AR_END,
            r"(مسكتني|مسكني|ضربتني|ضربني|لسعتني|لسعني|لقطتني|لقطني|شدتني|شدني)\s*(ال)?كهرب",
            r"(ال)?كهربا?ء?\s*(مسكتني|ضربتني|لسعتني|لقطتني|شدتني)",
            r"(البريز|الفيش|المقبس|السلك|الاسلاك|الكابل|الطبلون)[^\s]*\s*([^\s]+\s*)?(ذاب|ذايب"
            r"|ساح|سايح|احترق|اتحرق|بيحترق|يحترق|تحترق|ولع|مولع)",
        ),
        flooding=(
            r"(نازل|تنزل|بتنزل|ينزل|بينزل|تنقط|ينقط|بينقط|بتنقط|يقطر|تقطر|تخر|يخر|بيخر|بتخر"
            r"|تسرب|يتسرب|بيسرب|داخل|تدخل|يدخل|جاي|طالع|تطلع|تتسرب)[^\s]*\s*([^\s]+\s*){0,2}"
            r"(من|عبر)\s*(ال)?سقف",
            r"(ال)?(مي[ةه]|مياه|ماء|موي[ةه]|مي)\s*([^\s]+\s*){0,2}(من|عبر)\s*(ال)?سقف",
            r"(ال)?سقف\s*([^\s]+\s*)?(ينقط|بينقط|يقطر|يخر|بيخر|يسرب|بيسرب)",
            r"(ال)?سقف\s*([^\s]+\s*)?من[ةه]\s*(ال)?(مي|مياه|ماء|موي)",
            r"فيضان",
            _AR_START + r"(غرق|غرقت|غرقان|غرقانة|اتغرق|اتغرقت)" + _AR_END,
            r"(انفجر|انفجرت|انفجار|منفجر|انكسر|انكسرت|مكسور|فقع|فقعت|فاقع|طق|طقت|اتكسر|اتكسرت)"
            r"[^\s]*\s*([^\s]+\s*)?(ال)?(ماسور|مواسير|انابيب|انبوب(?![ةه])|بوري|بواري|قسطل"
            r"|قساطل|بايب)",
            r"(ال)?(ماسور|مواسير|انابيب|انبوب(?![ةه])|بوري|بواري|قسطل|قساطل|بايب)[^\s]*\s*"
            r"([^\s]+\s*)?(انفجر|انفجرت|منفجر|انكسر|انكسرت|مكسور|فقع|فقعت|فاقع|طق|طقت|اتكسر"
            r"|اتكسرت|مفقوع)",
        ),
        structural_danger=(
            r"(ال)?سقف\s*([^\s]+\s*)?(وقع|وقعت|سقط|سقطت|انهار|طاح|طايح|نزل\s*علي|بيوقع|هيوقع"
            r"|حيوقع|راح\s*يوقع|رح\s*يوقع|عم\s*يوقع|يسقط|ينهار|انهد|اتهد|متهدم|تهدم|هبط)"
            r"(?!\s*من[ةه]?\s)",
            r"(وقع|وقعت|سقط|سقطت|انهار|طاح|طاحت|انهد|اتهد|تهدم)\s*((جزء|قطع[ةه]|حت[ةه])\s*"
            r"(كبير[ةه]?\s*)?من\s*|نص\s*)?(ال)?سقف",
            r"(جزء|قطع[ةه]|حت[ةه]|حتت|قطع)\s*(كبير[ةه]?\s*)?من\s*(ال)?سقف\s*(وقع|وقعت|سقط|سقطت"
            r"|طاح|طاحت|نزل|نزلت)",
            _AR_START + r"(انهار|انهارت|انهيار|ينهار|تنهار)",
            r"(ال)?(جبس|لياس[ةه]?|محار[ةه]|بلاستر|جص)\s*([^\s]+\s*)?(وقع|وقعت|سقط|سقطت|طاح|طاحت"
            r"|بيوقع|بيقع|يسقط)",
            r"(ال)?(حيط|حائط|جدار|بلكون[ةه]|شرف[ةه])\s*([^\s]+\s*)?(انهار|انهد|اتهد|وقع|وقعت"
            r"|طاح|طاحت|سقط|سقطت)",
        ),
    ),
    # Somali: urta gaaska, kaarboon monoksaydh, dhimbil/qiiq/dab, biyo saqafka, saqafka dhacay.
    "so": _words(
        _SO,
        gas_smell=(
            r"\bur(ta|tii)\s+(\w+\s+){0,2}gaa?s\w*",
            r"\bur\s+(xun\s+)?(oo\s+)?gaas\w*",
            r"\bgaa?s(ka|kii)\s+(\w+\s+){0,2}(urta|uraa|uraya|urayaa|urinaya\w*)\b",
            r"\b(urinayaa|urayaa|uraya|uraa|dareemayaa)\s+(\w+\s+)?gaa?s\w*",
            r"\bgaas(ka|ta|kii)?\s+(\w+\s+){0,2}(leak\w*|liik\w*|dillaac\w*|daadan\w*|baxay\w*"
            r"|baxaya\w*|baxayo|soo\s+baxay\w*|ka\s+imanay\w*|imaanay\w*)",
            r"\bgas(ka)?\s+(\w+\s+){0,2}(dillaac\w*|ka\s+baxay\w*|ka\s+imanay\w*)",
        ),
        carbon_monoxide=(
            r"\bkaa?rboo?n\s+mono\w*",
            r"\bmonoksaa?y?dh?\w*",
            r"\b(alaarm|alaram|qalab)\w*\s+(\w+\s+)?(co|kaarboon)(-?ga)?\b",
            r"\bco-ga\b",
        ),
        electrical_danger=(
            r"\bdhi[mn]bi(i)?l\w*",
            _not_drug_smoke(
                r"(xashiish|daroog|cannabis|maandooriye)", r"\bqiiq\w*\b(?!\s+(\w+\s+)?sigaar)"
            ),
            r"\bdab(ka|kii)?\s+(\w+\s+){0,2}(qabsa\w*|kac\w*|holc\w*|olol\w*)",
            r"\bdab\s+(baa|ayaa)\b",
            r"\bguban(aya|ayo|ayaa)\b|\bgubasho\w*|\bur(ta)?\s+(\w+\s+)?gub\w*",
            r"\bkoront\w*\s+(\w+\s+){0,3}(i\s+|na\s+)?(qabatay|qabtay|qabsatay|ku\s+dhacday"
            r"|dhufatay|ganay)\b",
            r"\bshoog\w*",
        ),
        flooding=(
            r"\bsaqaf\w*\s+(\w+\s+){0,4}biy(o|aha|ihii|uhu)\b",
            # "Biyo badan ayaa ka soo daadanaya saqafka": the verb phrase comes between.
            r"\bbiy(o|aha|uhu|ihii)\s+(\w+\s+){0,6}saqaf\w*",
            r"\bfataha\w*|\bdaad(ka|kii)?\b",
            r"\btuub\w*\s+(\w+\s+){0,2}(dillaac|jab|qarax)\w*",
            r"\b(dillaac|qarax)\w*\s+(\w+\s+)?tuub\w*",
        ),
        structural_danger=(
            r"\bsaqaf\w*\s+(?!biy)(\w+\s+){0,4}(dhacay|dhacday|dumay|dumtay|dumaya|burburay"
            r"|burburtay|soo\s+dhacay|soo\s+dhacday|soo\s+dhacaya|hoos\s+u\s+dhacay)\b"
            r"(?!\s+biy)",
            r"\b(dhacay|dhacday|dumay|burburay|soo\s+dhacay)\s+(\w+\s+)?saqaf\w*",
            r"\b(gidaar|derbi|darbi|dhism|balakoon|balkoon)\w*\s+(\w+\s+){0,2}(dumay|dumtay"
            r"|dumaya|burburay|burburtay|soo\s+dhacay|soo\s+dhacday)\b",
        ),
    ),
    # Turkish: gaz kokusu/kaçağı, karbonmonoksit, kıvılcım/duman/yangın, tavandan su, tavan çöktü.
    "tr": _words(
        _TR,
        gas_smell=(
            r"\b(doğal\s*)?gaz(ı|ın)?\s+(\w+\s+)?kok\w*",
            r"\b(doğal\s*)?gaz(ı)?\s+kaç\w*|\bkaçak\s+gaz\b",
        ),
        carbon_monoxide=(
            r"\bkarbon\s*monoksit\w*|\bmonoksit\w*",
            r"\bco\s+(alarmı|dedektör\w*|sensörü\w*|zehirlen\w*)",
        ),
        electrical_danger=(
            r"\bkıvılcım\w*",
            _not_drug_smoke(r"(esrar|uyuşturucu|\bot\b|marihuana)", r"(?<!sigara\s)\bduman\w*"),
            r"\byangın\w*|\balevler\w*",
            r"\b(alev|ateş)\s+(ald|alıyor|almış|çık|saçıyor)\w*",
            r"\b(yanık|yanma|yanmış)\s+(\w+\s+)?kok\w*",
            r"\b(elektrik|akım|cereyan)\s+(\w+\s+)?çarp\w*",
            r"\b(priz|fiş|kablo|şalter)\w*\s+(\w+\s+)?(erid|yandı|yanıyor|yanmış|kıvılcım)\w*",
        ),
        flooding=(
            r"\btavandan\s+(\w+\s+)?su(lar|yu)?\b|\bsu(lar)?\s+(\w+\s+)?tavandan\b",
            r"\btavandan\s+(\w+\s+)?(akıyor|daml|sızıyor|şarıl|fışkır|boşal)\w*",
            r"\btavan\w*\s+(\w+\s+)?(akıtıyor|sızdırıyor|su\s+alıyor|damlatıyor)\b",
            r"\bsu\s+(bas(tı|mış|ması|ıyor|ıldı)|baskın\w*)\b",
            r"\bsel\b",
            r"\bboru\w*\s+(\w+\s+)?patla\w*|\bpatla(dı|mış|yan|k)\w*\s+(\w+\s+)?boru",
            r"\bsu\s+fışkır\w*|\bsuyu\s+kapatam\w*",
            r"\bher\s+(yer|taraf)\s+su\b",
        ),
        structural_danger=(
            r"\btavan\w*\s+(?!su\b)(\w+\s+){0,3}(çök|düş|yıkıl|göç|sark|şişt|şişi|şişm)\w*",
            r"\b(çök|yıkıl)(ecek|üyor|mek\s+üzere|acak|ıyor)\b",
            r"\b(duvar|bina|balkon|zemin|döşeme|merdiven|çatı)\w*\s+(\w+\s+)?(çök|yıkıl|göç)\w*",
        ),
    ),
    # Portuguese (PT, BR): cheiro a gás, monóxido, faíscas/fumo/fogo, água do teto, teto caiu.
    "pt": _words(
        _PT,
        gas_smell=(
            r"\bcheir(o|a|ando|ar|ou)\s+(\w+\s+){0,2}(a|de|à)\s+gás\b",
            r"\b(fuga|fugas|vazamento|vazamentos|escape|escapamento|perda)\s+de\s+gás\b",
            r"\bgás\s+(\w+\s+)?(a\s+)?(vazar|vazando|escapar|escapando|sair|saindo)\b",
            r"\b(vaza|vazando|vazar|saindo|sair|escapa|escapando)\s+(\w+\s+)?gás\b",
        ),
        carbon_monoxide=(
            r"\bmonóxido\w*",
            r"\b(detetor|detector|alarme|sensor)\w*\s+(de\s+)?(co|monóxido)\b",
        ),
        electrical_danger=(
            r"\bfaísc\w*|\bfagulh\w*",
            _not_drug_smoke(
                r"(maconha|erva|haxixe|charro|baseado|canábis|cannabis|droga)",
                r"\bfum(o|aça|aceira)\b(?!\s+(de\s+|do\s+)?(cigarro|tabaco|charuto))",
            ),
            r"\bfogo\b(?!\s+de\s+artifício)|\bincêndio\w*|\bem\s+chamas\b",
            r"\bcheir(o|a|ando|ar)\s+(\w+\s+){0,2}(a|de|à)\s+(\w+\s+)?queimad\w*",
            r"\b(a\s+arder|ardendo|a\s+queimar)\b",
            r"\b(levei|apanhei|tomei|levou|apanhou|tomou|dá|deu|dando|a\s+dar|leva|levo)\s+"
            r"(\w+\s+){0,2}choque\w*",
            r"\bchoque\s+elétric\w*|\b(eletrocut|electrocut)\w*",
            r"\b(tomada|ficha|fio|fios|cabo|quadro)\w*\s+(\w+\s+){0,2}(derret|faísc|fumeg)\w*",
        ),
        flooding=(
            r"\b(cai|caem|cair|caindo|entra|entrar|entrando|pinga|pingam|pingar|pingando|escorre"
            r"|escorrer|escorrendo|vem|vindo|sai|saindo|jorra|jorrando|chove|chover|chovendo"
            r"|goteja|gotejando|corre|correr|correndo)\s+(\w+\s+){0,3}(do|pelo|no|através\s+do"
            r"|dentro\s+do)\s+te(c)?to\b",
            r"\bágua\s+(\w+\s+){0,3}(do|pelo|através\s+do)\s+te(c)?to\b",
            r"\bchove\s+dentro\s+de\s+casa\b",
            r"\binund\w*|\balag(ad|ou|ando|ament|ar)\w*",
            r"\b(cano|canos|tubo|tubos|tubagem|tubulação|canalização|encanamento)\s+(\w+\s+){0,2}"
            r"(rebent|estour|romp|arrebent|partiu|furou)\w*",
            r"\b(rebent|estour|romp|arrebent)\w*\s+(\w+\s+)?(o\s+|um\s+)?(cano|tubo)",
            r"\bnão\s+(consigo|dá\s+para|conseguimos)\s+(fechar|parar|desligar)\s+a\s+água\b",
            r"\bágua\s+por\s+todo\s+(o\s+)?lado\b|\bágua\s+em\s+todo\s+lugar\b",
        ),
        structural_danger=(
            r"\bte(c)?to\s+(\w+\s+){0,2}(caiu|desab\w*|ruiu|cedeu|a\s+cair|caindo|vai\s+cair"
            r"|abateu|despencou|veio\s+abaixo)\b",
            r"\b(caiu|desabou|ruiu|cedeu|despencou|abateu)(?!\s+água)\s+(\w+\s+){0,3}te(c)?to\b",
            r"\bdesab(ou|ar|ando|amento|aram)\b|\bruiu\b|\bdesmoron\w*",
            r"\b(reboco|estuque|gesso|pladur|forro)\s+(\w+\s+)?(caiu|desabou|cedeu|a\s+cair"
            r"|caindo|despencou|veio\s+abaixo)",
        ),
    ),
    # Spanish (Spain, Latin America): olor a gas, monóxido, chispas/humo, agua del techo, derrumbe.
    "es": _words(
        _ES,
        gas_smell=(
            r"\b(huele|huelo|oler|olía|oliendo|olemos)\s+(\w+\s+){0,2}a\s+gas\b",
            r"\bolor\w*\s+(\w+\s+)?(a|de)\s+gas\b",
            r"\b(fuga|fugas|escape|escapes|salida|pérdida)\s+de\s+gas\b",
            r"\b(se\s+escapa|sale|está\s+saliendo|se\s+sale)\s+(el\s+)?gas\b",
            r"\bgas\s+(se\s+)?(está\s+)?(escapa|escapando|saliendo|sale)\b",
        ),
        carbon_monoxide=(
            r"\bmonóxido\w*",
            r"\b(detector|alarma|sensor)\w*\s+(de\s+)?(co|monóxido)\b",
        ),
        electrical_danger=(
            r"\bchisp\w*",
            _not_drug_smoke(
                r"(marihuana|porro|hierba|maría|droga|cannabis|canuto)",
                r"\bhumo\b(?!\s+de\s+(tabaco|cigarr|porro|marihuana|hierba))",
            ),
            r"\bhume(a|ando)\b",
            r"\bfuego\b|\bincendi\w*|\b(en|salen|hay|sale)\s+llamas\b",
            r"\b(huele|huelo|olor|oliendo|olía)\s+(\w+\s+){0,2}a\s+(\w+\s+)?quemad\w*",
            r"\b(se\s+está|está|se\s+estaba|estaba)\s+quemando\b|\bquemándose\b",
            r"\b(me|le|nos|te|les)\s+(dio|da|ha\s+dado|dieron|pasó)\s+(\w+\s+)?(calambre|corriente"
            r"|descarga|toque)\w*(?!\s+en\s+(la|el)\s+(pierna|pie|mano|brazo|gemelo))",
            r"\bdescarga\s+eléctrica|\belectrocut\w*|\bcalambrazo\w*",
            r"\b(enchufe|toma|cable|clavija|cuadro)\w*\s+(\w+\s+){0,2}(derretid|quemad|chisp"
            r"|humea|echando\s+humo)\w*",
        ),
        flooding=(
            r"\b(cae|caen|cayendo|entra|entrando|sale|saliendo|gotea|goteando|chorrea|chorreando"
            r"|brota|viene|llueve|lloviendo|corre|filtra|filtrando)\s+(\w+\s+){0,3}(del|por\s+el"
            r"|desde\s+el)\s+techo\b",
            r"\bagua\s+(\w+\s+){0,3}(del|por\s+el|desde\s+el)\s+techo\b",
            r"\bllueve\s+dentro\s+de\s+(la\s+)?casa\b",
            r"\binund\w*",
            r"\b(tubería|tubo|cañería)\w*\s+(\w+\s+){0,2}(revent|rot|romp|estall|partid"
            r"|pinchad)\w*",
            r"\b(revent|romp|estall)\w*\s+(\w+\s+){0,2}(tuber|tubo|cañer)\w*",
            r"\bno\s+(puedo|podemos|se\s+puede|consigo)\s+(cerrar|parar|cortar)\s+el\s+agua\b",
            r"\bagua\s+por\s+todas\s+partes\b|\bagua\s+por\s+todos\s+lados\b",
        ),
        structural_danger=(
            r"\btecho\s+(\w+\s+){0,2}(se\s+)?(cay\w*|caíd\w*|cae(?!\s+agua)|hund\w*|derrumb\w*"
            r"|desplom\w*|cedió|vino\s+abajo|viene\s+abajo)",
            # The verb first: "se ha caído un trozo grande del techo".
            r"\b(se\s+)?(ha\s+|han\s+)?(caíd\w*|cayó|cayeron|desplom\w*|derrumb\w*|hundid\w*)\s+"
            r"(\w+\s+){0,4}(del\s+|de\s+la\s+|el\s+)?(techo|pared|balcón)",
            r"\b(cayó|caído|cayendo|hundió|hundido|derrumbó|desplomó|cedió|vino\s+abajo)"
            r"(?!\s+agua)\s+(\w+\s+){0,3}techo\b",
            r"\bderrumb\w*|\bdesplom\w*",
            r"\b(yeso|escayola|pladur|cielo\s+raso|cielorraso|plafón|falso\s+techo)\s+(\w+\s+){0,2}"
            r"(se\s+)?(cay\w*|caíd\w*|cae|hund\w*|desplom\w*|vino\s+abajo)",
        ),
    ),
}


# --- Ordinary repairs --------------------------------------------------------------------------

# Pieces shared by several fragments of one language (folded with the rest of each fragment).
_PL_NOT_HOT = (
    r"(?<!ciepła\s)(?<!ciepla\s)(?<!ciepłej\s)(?<!cieplej\s)(?<!gorąca\s)(?<!goraca\s)"
    r"(?<!gorącej\s)(?<!goracej\s)(?<!odpływu\s)"
)
_PL_SINK = r"(zlew|zlewozmywak|umywalk|wann|prysznic|brodzik|odpływ|syfon)"
_PL_PIPE = (
    r"(rur|spłuczk|zbiornik|bojler|boiler|syfon|wąż|węż|zawór|zawor|kolank|złącz|cylinder|toalet"
    r"|sedes|muszl|kibel|kibl|pion|grzejnik|kaloryfer|piec|kocioł|kotł|kotle)"
)
_PL_INSIDE = r"(sypialn|łazienk|kuchn|pokoj|pokój|salon|toalet|szaf|ubikacj|spiżarn|garderob)"
_PL_INSIDE_ADJ = r"(wewnętrzn|łazienkow|kuchenn|pokojow|szafow)"
_RO_SINK = r"(chiuvet|cad(a|ă|ei)\b|căzi|lavoar|duș|cabin\w*\s+de\s+duș|sifon|scurger)"
_RO_PIPE = (
    r"(țeav|țevi|conduct|rezervor|bazin|boiler|racord|furtun|sifon|van(ă|a|e)\b|calorifer|radiator"
    r"|central)"
)
_RO_INSIDE = r"(dormitor|baie|băi|bucătări|camer|sufragerie|debara|dulap|interior|living)"
_TR_SINK = r"(lavabo|evye|eviye|küvet|duş|gider|süzgeç)"
_TR_NOT_INSIDE = (
    r"(?<!odası\s)(?<!odasi\s)(?<!oda\s)(?<!banyo\s)(?<!mutfak\s)(?<!tuvalet\s)(?<!salon\s)"
    r"(?<!dolap\s)(?<!iç\s)(?<!odasının\s)(?<!banyonun\s)"
)
_PT_SINK = (
    r"(lava-?\s?lo[iu]ça|pia|lavatório|banheira|duche|chuveiro|ralo|base\s+de\s+duche|sifão|cuba"
    r"|bidé|lavabo)"
)
_PT_PIPE = (
    r"(cano|canos|tubo|tubos|tubagem|tubulação|canalização|encanamento|autoclismo|cisterna"
    r"|caixa\s+d[e']\s?água|depósito|tanque|sifão|mangueira|ligação|termoacumulador|esquentador"
    r"|caldeira|válvula|registo|registro|sanita|vaso|radiador)"
)
_PT_INSIDE = r"(quarto|casa\s+de\s+banho|banheiro|cozinha|sala|armário|roupeiro|interior|interna)"
_ES_SINK = (
    r"(fregadero|lavabo|lavamanos|lavaplatos|pila|pileta|bañera|tina|ducha|plato\s+de\s+ducha"
    r"|desagüe|sumidero|sifón|lavadero|tarja|bacha)"
)
_ES_PIPE = (
    r"(tubería|tubo|cañería|caño|cisterna|tanque|depósito|termo|calentador|calefón|sifón|manguera"
    r"|latiguillo|llave\s+de\s+paso|válvula|conexión|codo|caldera|inodoro|váter|radiador)"
)
_ES_INSIDE = r"(habitación|dormitorio|cuarto|baño|cocina|salón|sala|armario|closet|pieza|recámara)"
# Somali: "is not there / has gone" and "is not working / broke" after the thing named.
_SO_NONE = (
    r"(ma\s+(jir\w*|lihi\w*|leh|haysto|hayno|hayo|haysano|helno|helo|helayno|helayo|socd\w*"
    r"|socot\w*|timaad\w*)|kuma\s+jir\w*|(way|wuu|wey|waa)\s+(go['’]?\w*|maqan\w*|dhammaa\w*"
    r"|dhamaa\w*)|go['’]?(ay|day|een|tay)\w*|la\s+jaray|maqan|jaray|jartay|jareen)"
)
_SO_BROKEN = (
    r"(ma\s+shaq[ae]\w*|shaq[ae]y?n\w*\s+(maayo|mayso|maayso|maayaan|waayay|weyday)"
    r"|(way|wuu|wey|waa)\s+(jab\w*|xumaa\w*|kharribm\w*|khaldan\w*|dhimat\w*|dhintay|damay)"
    r"|jaban|jabay|jabtay|xumaaday|xumaatay|kharriban|kharribmay|cilad\w*|error\w*|eror\w*)"
)
_SO_BLOCKED = r"(?<!ma\s)(xir(an|may|mantay|antahay|naa|mey|meen|mantahay)\w*|awd\w*)"

# Bengali, Urdu, Punjabi: "is not there / not coming" and "not working / broken".
_BN_NONE = (
    r"(নেই|নাই|আসছে\s*না|আসে\s*না|আসতেছে\s*না|পাচ্ছি\s*না|পাই\s*না|চলে\s*গেছে"
    r"|বন্ধ\s*(হয়ে\s*)?গেছে|কেটে\s*গেছে)"
)
_BN_BREAK = r"(ভাঙা|ভাঙ্গা|ভেঙে|ভেঙ্গে|ভাঙছে)"
_BN_BROKEN = (
    r"(কাজ\s*কর(ছে|ে|তেছে)\s*না|চল(ছে|ে|তেছে)\s*না|নষ্ট|খারাপ|"
    + _BN_BREAK[1:-1]
    + r"|বিকল|চালু\s*হচ্ছে\s*না|অন\s*হচ্ছে\s*না)"
)
_UR_NONE = (
    r"(نہیں\s*(ہے|ہیں|آ\s*رہ(ا|ے|ی)|آرہ(ا|ے|ی)|آتا|آتی|آتے|مل\s*رہ(ا|ے|ی))|غائب|بند\s*ہے"
    r"|چلی\s*گئی|چلا\s*گیا|ختم\s*ہو)"
)
_UR_BROKEN = (
    r"(کام\s*نہیں\s*کر\s*(رہا|رہی|رہے)|کام\s*نہیں\s*کر(تا|تی|تے)|نہیں\s*چل\s*(رہا|رہی|رہے)|خراب"
    r"|ٹوٹ\s*(گیا|گئی|گئے)|ٹوٹا\s*ہوا|ٹوٹی\s*ہوئی|بند\s*ہو\s*(گیا|گئی|گئے))"
)
_PA_NOT = r"(ਨਹੀਂ|ਨਹੀ|ਨੀ" + _PA_END + ")"
_PA_NONE = (
    r"(" + _PA_NOT + r"\s*(ਹੈ|ਹਨ|ਆ\s*(ਰਿਹਾ|ਰਹੀ|ਰਹੇ)|ਆਉਂਦਾ|ਆਉਂਦੀ|ਆਉਂਦੇ|ਮਿਲ\s*(ਰਿਹਾ|ਰਹੀ))"
    r"|ਬੰਦ\s*ਹੈ|ਚਲੀ\s*ਗਈ|ਚਲਾ\s*ਗਿਆ|ਗਈ\s*ਹੋਈ|ਮੁੱਕ\s*ਗਈ)"
)
_PA_BROKEN = (
    r"(ਕੰਮ\s*"
    + _PA_NOT
    + r"\s*ਕਰ|"
    + _PA_NOT
    + r"\s*ਚੱਲ|ਚੱਲ\s*"
    + _PA_NOT
    + r"|ਖ਼ਰਾਬ|ਟੁੱਟ\s*(ਗਿਆ|ਗਈ|ਗਏ)|ਟੁੱਟਿਆ|ਟੁੱਟੀ|ਬੰਦ\s*ਹੋ\s*(ਗਿਆ|ਗਈ|ਗਏ))"
)
# Arabic: "there is no", "not working / broken", blocked, leaking, and the nouns several use.
_AR_NONE = (
    r"(ما\s*في|مافي|ما\s*فيه|مفيش|مافيش|ما\s*فيش|لا\s*يوجد|لا\s*توجد|ماكو|ما\s*كو|ما\s*كاين"
    r"|ماكاين[^\s]{0,12}|ما\s*عندي|ماعندي|معنديش|ما\s*عندنا|ماعندنا|ما\s*عنا|معندناش|ليس\s*لدي"
    r"|ليس\s*لدينا|بدون|بلا|انعدام)"
)
_AR_BROKEN = (
    r"(لا\s*(يعمل|تعمل|يشتغل|تشتغل)|ما\s*(يشتغل|تشتغل|بيشتغل|بتشتغل|يعمل|تعمل|اشتغل|اشتغلت)"
    r"|مش\s*(شغال|شغال[ةه]|بيشتغل|بتشتغل|راضي|راضي[ةه])|مو\s*(شغال|شغال[ةه]|راضي|راضي[ةه])"
    r"|مب\s*شغال|ما\s*(شغال|شغال[ةه])|متعطل[ةه]?|معطل[ةه]?|عطلان[ةه]?|تعطل|تعطلت|خربان[ةه]?"
    r"|خربت|باظ|باظت|بايظ[ةه]?|واقف[ةه]?|وقف|وقفت|خاسر[ةه]?|مكسور[ةه]?)"
)
_AR_BLOCKED = (
    r"(مسدود[ةه]?|انسد|انسدت|سدت|مقفول[ةه]?|مزنوق[ةه]?|مكتوم|بلوك|مبلوك[ةه]?|طافح[ةه]?"
    r"|فايض[ةه]?|ما\s*(يسحب|تسحب|ينزل|بينزل|يصرف|بيصرف|يمشي|يبلع)|مش\s*(بيسحب|بتسحب|بيصرف"
    r"|بتصرف|بينزل|بتنزل)|لا\s*(يسحب|يصرف|ينزل))"
)
_AR_LEAK = (
    r"(تسرب|يسرب|بيسرب|بتسرب|يتسرب|تتسرب|بيتسرب|مسرب[ةه]?|ينقط|تنقط|بينقط|بتنقط|يقطر|تقطر|يخر"
    r"|تخر|بيخر|بتخر|يرشح|ترشح|بيرشح|بترشح|راشح[ةه]?|نازل\s*من(ه|ها)\s*(مي|ماء|مياه|مويه)"
    r"|يطلع\s*(من(ه|ها)\s*)?(مي|ماء|مويه)|في(ه|ها)\s*(تسريب|تهريب)|يهرب|بيهرب|تهرب)"
)
_AR_WATER = r"(مي[ةه]|مياه|ماء|موي[ةه]|مي)" + _AR_END
_AR_SINK = (
    r"(مغسل[ةه]|مغاسل|حوض|احواض|بانيو|دش|دوش|شاور|بلاع[ةه]|بالوع[ةه]|مجرى|مصرف|سنك|سينك|مجلى"
    r"|صفاي[ةه])"
)
_AR_INSIDE = r"(غرف[ةه]|اوض[ةه]|حمام|مطبخ|صال[ةه]|دولاب|خزان[ةه]|كبت|داخلي|تواليت|نوم)"

# --- Anti-social behaviour ---------------------------------------------------------------------


def _near(first: str, second: str) -> tuple[str, str]:
    """Two fragments: `first` then `second` in one sentence, and the other way round."""
    gap = r"[^.!?।؟\n]{0,80}?"
    return first + gap + second, second + gap + first


# `asb` (last in `_FAULT_ORDER`: a real fault named in the same message wins): neighbours' noise
# (loud music, parties, shouting), threats, harassment, their drug smoke, and domestic abuse. Noise
# on its own is not enough ("the boiler is noisy"): it must come with the neighbours, music or a
# party; a threat must be made to someone ("grozi zawaleniem", the ceiling threatens to fall, is not
# one).
_PL_ASB_DOING = (
    r"\b(hałas\w*|hałasuj\w*|głośn\w*|muzyk\w*|krzycz\w*|krzyk\w*|wrzeszcz\w*|wrzask\w*|imprez\w*"
    r"|awantur\w*|kłóc\w*|tupi\w*|grozi\w*|groźb\w*|zastrasz\w*|nęk\w*|prześladu\w*|wyzyw\w*"
    r"|obraża\w*|ubliża\w*|marihuan\w*|trawk\w*|zioł\w*|narkoty\w*|jointa\w*|skręt\w*|gandzi\w*)"
)
_RO_ASB_DOING = (
    r"\b(zgomot\w*|gălăgi\w*|muzic\w*|urlă\w*|urla\w*|țip\w*|strig\w*|scandal\w*"
    r"|petrece\w*|chefuri\w*|ceart\w*|amenin\w*|hărțui\w*|agresi\w*|înjur\w*|jign\w*"
    r"|marijuana\w*|iarb\w*|drogur\w*|canabis\w*|cannabis\w*)"
)
_TR_ASB_DOING = (
    r"(gürültü\w*|\b(yüksek|çok)\s+ses\w*|\bses\w*\s+yap\w*|müzi\w*|bağır\w*|çağır\w*|kavga\w*|tehdit\w*|taciz\w*|rahatsız\w*"
    r"|küfür\w*|küfr\w*|hakaret\w*|esrar\w*|uyuşturucu\w*|\bot\s+iç\w*|parti\w*|eğlence\w*)"
)
_PT_ASB_DOING = (
    r"\b(barulh\w*|ruído\w*|música\w*|musica\w*|som\s+(muito\s+)?alto|grit\w*|berr\w*|festa\w*"
    r"|discut\w*|brig\w*|ameaç\w*|assedi\w*|assédio|insult\w*|ofend\w*|droga\w*|maconha"
    r"|erva\b|haxixe|canábis|cannabis|charro\w*|baseado\w*)"
)
_ES_ASB_DOING = (
    r"\b(ruido\w*|música\w*|musica\w*|grit\w*|chill\w*|fiesta\w*|pelea\w*|discut\w*|amenaz\w*"
    r"|acos\w*|insult\w*|droga\w*|marihuana|porros?\b|hierba\b|maría\b|cannabis|canuto\w*"
    r"|fuma\w*|golpe\w*|molest\w*)"
)
_SO_ASB_DOING = (
    r"\b(buuq\w*|qaylo\w*|qayli\w*|sawaxan\w*|muusig\w*|muusik\w*|hees\w*|cod\s+dheer\w*"
    r"|dagaal\w*|hanjab\w*|handad\w*|caay\w*|aflagaad\w*|daroog\w*|maandooriye\w*|xashiish\w*"
    r"|cannabis|qaad\b|dhib\s+(i|noo|ii)\s+\w+)"
)
_AR_NEIGHBOURS = r"(جيران|الجار|جارنا|جارتي|جارتنا|جاري" + _AR_END + ")"
_AR_ASB_DOING = (
    r"(ازعاج|ضجيج|ضوضاء|دوش[ةه]|صوت\s*عالي|اصوات|صراخ|يصرخ|بيصرخ|صريخ|موسيق|اغاني|اغان|حفل"
    r"|سهر|تهديد|يهدد|بيهدد|هدد|تحرش|يتحرش|مضايق|يضايق|بيضايق|شتم|يشتم|بيشتم|حشيش|مخدرات"
    r"|ماريجوانا|عنف|يضرب|بيضرب|ضرب)"
)
_BN_NEIGHBOURS = (
    r"(প্রতিবেশী|প্রতিবেশি|পাশের\s*(বাসা|বাড়ি|ফ্ল্যাট|ঘর)|উপরের\s*(তলা|ফ্ল্যাট|বাসা)"
    r"|নিচের\s*(তলা|ফ্ল্যাট|বাসা))"
)
_BN_ASB_DOING = (
    r"(শব্দ|আওয়াজ|আওয়াজ|চিৎকার|চিল্লা|চেঁচা|চেচা|হইচই|হৈচৈ|গান|মিউজিক|গালাগাল|গালি|হুমকি"
    r"|হয়রানি|উৎপাত|ঝগড়া|মারধর|মাদক|গাঁজা|নেশা|ড্রাগ)"
)
_UR_NEIGHBOURS = r"(پڑوس|ہمسای|ہمسائ)"
_UR_ASB_DOING = (
    r"(شور|اونچی\s*آواز|تیز\s*آواز|گانے|گانا|میوزک|موسیقی|چیخ|چلا\s*(رہے|رہا|رہی)|چلاتے|چلاتا"
    r"|لڑائی|جھگڑ|گالی|گالیاں|دھمکی|دھمکیاں|دھمکا|ہراس|تنگ\s*کر|پریشان\s*کر|منشیات|چرس|نشہ|ڈرگ"
    r"|گانجا|مار\s*پیٹ|مارپیٹ)"
)
_PA_NEIGHBOURS = r"(ਗੁਆਂਢ|ਗਵਾਂਢ|ਪੜੋਸ)"
_PA_ASB_DOING = (
    r"(ਰੌਲਾ|ਸ਼ੋਰ|ਉੱਚੀ\s*ਆਵਾਜ਼|ਗਾਣੇ|ਗਾਣਾ|ਗਾਨੇ|ਮਿਊਜ਼ਿਕ|ਸੰਗੀਤ|ਚੀਕ|ਲੜਾਈ|ਝਗੜ|ਗਾਲ੍ਹ|ਗਾਲਾਂ|ਧਮਕੀ|ਧਮਕਾ"
    r"|ਤੰਗ\s*ਕਰ|ਪਰੇਸ਼ਾਨ|ਨਸ਼ਾ|ਨਸ਼ੇ|ਚਰਸ|ਡਰੱਗ|ਕੁੱਟ)"
)

# Domestic abuse, which is also `asb` (the tenancy team) but asks for the abuse advice first
# (999, the helpline): `ABUSE_WORDS`, `bot.nlu.languages.abuse_in`.
_ABUSE: dict[str, tuple[str, ...]] = {
    "pl": (
        r"\bprzemoc\w*\s+domow\w*|\bznęca\w*",
        r"\b(mąż|męża|partner\w*|chłopak\w*|były|ojciec|konkubent)\s+(\w+\s+)?(mnie\s+)?(bije|bił"
        r"|pobił|uderzył|uderza|dusi|dusił|kopie|kopał)\b",
    ),
    "ro": (
        r"\bviolenț\w*\s+domestic\w*|\b(soțul|partenerul|iubitul|fostul|concubinul)\s+(\w+\s+)?"
        r"(mă|ma)\s+(bate|lovește|a\s+bătut|a\s+lovit|amenință)\b",
    ),
    "tr": (
        r"\baile\s+içi\s+şiddet\w*|\b(kocam|eşim|sevgilim|eski\s+eşim|erkek\s+arkadaşım)\s+"
        r"(\w+\s+)?(beni\s+)?(dövüyor|dövdü|döver|vuruyor|vurdu|tehdit\s+ediyor)\b",
    ),
    "pt": (
        r"\bviolência\s+doméstica\b|\b(marido|companheiro|namorado|ex-?marido|ex)\s+(\w+\s+)?"
        r"(me\s+)?(bate|bateu|agride|agrediu|ameaça|espanca)\b|\b(bate|agride|espanca)-me\b",
    ),
    "es": (
        r"\bviolencia\s+(doméstica|de\s+género|machista|familiar)\b|\b(marido|esposo|pareja|novio"
        r"|ex)\s+(\w+\s+)?me\s+(pega|golpea|maltrata|amenaza|pegó|golpeó)\b|\bme\s+(pega|maltrata)\b",
    ),
    "so": (
        r"\b(rabshad|xadgudub|tacaddi)\w*\s+(\w+\s+)?(qoys|guri|reer)\w*|\b(ninkayga|ninkeyga"
        r"|saygayga|seygeyga|ninka)\s+(\w+\s+)?(i\s+)?(garaac|garaaca|dila|hanjab)\w*"
        r"|\bi\s+garaac\w*",
    ),
    "ar": (
        r"عنف\s*(اسري|منزلي)|(زوجي|جوزي|خطيبي|طليقي)\s*([^\s]+\s*)?(يضربني|بيضربني|ضربني"
        r"|يهددني|يعنفني)",
    ),
    "bn": (
        r"পারিবারিক\s*(সহিংসতা|নির্যাতন)|(স্বামী|স্বামি|পার্টনার)[^\s]*\s*([^\s]+\s*){0,2}(মারে"
        r"|মারধর|মারছে|মেরেছে|নির্যাতন)",
    ),
    "ur": (r"گھریلو\s*تشدد|(شوہر|خاوند|میاں)\s*([^\s]+\s*){0,2}(مارتا|مارتے|مارا|مار\s*پیٹ|تشدد)",),
    "pa": (
        r"ਘਰੇਲੂ\s*ਹਿੰਸਾ",
        r"(ਪਤੀ|ਘਰਵਾਲਾ|ਘਰ\s*ਵਾਲਾ)\s*([^\s]+\s*){0,2}(ਕੁੱਟਦਾ|ਮਾਰਦਾ|ਕੁੱਟ)",
    ),
}

_ASB: dict[str, tuple[str, ...]] = {
    "pl": (
        *_near(r"\b(sąsi(a|e)d\w*|lokator\w*\s+(z\s+)?(góry|dołu|obok))", _PL_ASB_DOING),
        r"\b(nęka|nękaj|nękan|zastrasz|prześladu)\w*",
        r"\bgroz(i|ą|ił|iła|ili)\s+(mi|nam|mnie|nas|mojej|mojemu|pobiciem|śmiercią)\b|\bgroźb\w*",
        r"\b(zapach\w*|smród|smrodu|czuć|śmierdzi|wali|cuchnie|dym\w*)\s+(\w+\s+){0,3}(marihuan"
        r"|trawk|zioł|gandzi|skun)\w*",
        *_ABUSE["pl"],
        r"\bgłośn\w*\s+(\w+\s+){0,2}(muzyk|imprez)\w*|\b(muzyk|imprez)\w*\s+(\w+\s+){0,3}"
        r"(głośn\w*|całą\s+noc|w\s+nocy|do\s+rana|po\s+nocach)",
        r"\bantyspołeczn\w*",
    ),
    "ro": (
        *_near(r"\bvecin\w*", _RO_ASB_DOING),
        r"\b(mă|ma|ne)\s+amenin\w*|\bamenințări\w*|\bamenințat\w*|\bhărțui\w*",
        *_ABUSE["ro"],
        r"\bmir(oase|os)\w*\s+(\w+\s+){0,3}(a\s+)?(marijuana|iarb|canabis|cannabis|drogur)\w*",
        r"\bmuzic\w*\s+(\w+\s+){0,2}(tare|foarte\s+tare|la\s+maxim|toată\s+noaptea|noaptea)\b"
        r"|\b(petreceri|chefuri)\s+(\w+\s+){0,3}noapte\w*",
        r"\bcomportament\w*\s+antisocial\w*",
    ),
    "tr": (
        *_near(r"\bkomşu\w*", _TR_ASB_DOING),
        r"\btehdit\s+(ed|et)\w*|\btehdit\w*\s+(ediyor|etti|ediyorlar)|\btaciz\w*",
        *_ABUSE["tr"],
        r"\b(esrar|ot|uyuşturucu|marihuana)\s+(\w+\s+)?kok\w*",
        r"\b(yüksek|son\s+ses|yüksek\s+sesle)\s+(\w+\s+)?müzi\w*|\bmüzi\w*\s+(\w+\s+){0,2}(yüksek"
        r"|sonuna\s+kadar|bütün\s+gece|gece\s+boyu|sabaha\s+kadar)",
    ),
    "pt": (
        *_near(r"\bvizinh\w*", _PT_ASB_DOING),
        r"\b(me|nos)\s+ameaç\w*|\bameaç\w*-(me|nos)\b|\bameaças\b|\bameaçad[oa]s?\b"
        r"|\bameaç\w*\s+de\s+morte|\bassédi\w*|\bassedi\w*",
        *_ABUSE["pt"],
        r"\bcheiro\s+(\w+\s+){0,2}(maconha|erva|haxixe|droga\w*|canábis|cannabis|charro\w*)",
        r"\b(música|som)\s+(\w+\s+){0,2}(alt[ao]|altíssim[ao]|aos\s+berros|no\s+máximo"
        r"|a\s+noite\s+toda|toda\s+a\s+noite)\b",
        r"\bcomportamento\s+antissocial\b",
    ),
    "es": (
        *_near(r"\bvecin\w*", _ES_ASB_DOING),
        r"\b(me|nos)\s+amenaz\w*|\bamenazas\b|\bamenazad[oa]s?\b|\bamenaz\w*\s+de\s+muerte"
        r"|\bacos(o|an|a|ando)\b|\bacosad[oa]s?\b",
        *_ABUSE["es"],
        r"\bolor\s+(\w+\s+){0,2}(marihuana|porro|hierba|maría|droga\w*|cannabis|canuto)",
        r"\bmúsica\s+(\w+\s+){0,2}(alta|altísima|a\s+tope|a\s+todo\s+volumen|toda\s+la\s+noche)\b",
        r"\bcomportamiento\s+antisocial\b",
    ),
    "so": (
        *_near(r"\b(deris\w*|daris\w*|jaar\w*)", _SO_ASB_DOING),
        r"\b(hanjab|handad)\w*",
        *_ABUSE["so"],
        r"\b(ur|urta|uraya)\s+(\w+\s+){0,2}(daroog|xashiish|cannabis|maandooriye)\w*",
        r"\b(muusig|muusik|hees)\w*\s+(\w+\s+){0,2}(cod\s+dheer|kor|sare|habeen)\w*",
    ),
    "ar": (
        *_near(_AR_NEIGHBOURS, _AR_ASB_DOING),
        r"(تهديدات|يهددني|يهددنا|بيهددني|بيهددنا|هددني|هددنا|تهديد\s*(بالقتل|لي|لنا)|تحرش|يتحرش"
        r"|مضايقات)",
        *_ABUSE["ar"],
        r"(ريح|رائح)[^\s]*\s*([^\s]+\s*)?(ال)?(حشيش|مخدرات|ماريجوانا)",
        r"(موسيق|اغاني)[^\s]*\s*([^\s]+\s*){0,2}(عالي|بصوت\s*عالي|طول\s*الليل|كل\s*الليل)",
    ),
    "bn": (
        *_near(_BN_NEIGHBOURS, _BN_ASB_DOING),
        r"হুমকি|হয়রানি",
        *_ABUSE["bn"],
        r"গাঁজা[^\s]*\s*([^\s]+\s*)?(গন্ধ|ধোঁয়া)",
        r"জোরে\s*(জোরে\s*)?(গান|মিউজিক)",
    ),
    "ur": (
        *_near(_UR_NEIGHBOURS, _UR_ASB_DOING),
        r"دھمکی|دھمکیاں|دھمکا|ہراساں|ہراسمنٹ",
        *_ABUSE["ur"],
        r"چرس\s*(کی|کا)\s*(بو|بدبو|دھواں)",
        r"(اونچی|تیز)\s*آواز\s*(میں|سے)\s*(گانے|میوزک|موسیقی)",
    ),
    "pa": (
        *_near(_PA_NEIGHBOURS, _PA_ASB_DOING),
        r"ਧਮਕੀ|ਧਮਕੀਆਂ",
        *_ABUSE["pa"],
        r"(ਚਰਸ|ਨਸ਼ੇ)\s*(ਦੀ|ਦਾ)\s*(ਬੋ|ਬੂ|ਬਦਬੂ|ਧੂੰਆਂ)",
        r"ਉੱਚੀ\s*(ਆਵਾਜ਼\s*(ਵਿੱਚ|ਚ)\s*)?(ਗਾਣੇ|ਮਿਊਜ਼ਿਕ|ਸੰਗੀਤ)",
    ),
}

FAULT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    # Polish: nie ma ogrzewania/ciepłej wody/wody/prądu, zatkany zlew, kran cieknie, zamek zepsuty.
    "pl": _faults(
        _PL,
        gas_supply=(
            r"\b(nie\s+ma(m|my)?|brak(uje)?|bez)\s+(\w+\s+)?gazu\b",
            r"\bgaz\s+(\w+\s+)?nie\s+(leci|działa|idzie|płynie|dochodzi|dociera)\b",
            r"\b(kuchenk|palnik|płyt|piekarnik|gazówk)\w*\s+(\w+\s+){0,2}nie\s+(chce\s+)?(się\s+)?"
            r"(zapal|odpal|zapał|pali\b|palą\b)\w*",
            r"\bnie\s+(mogę|możemy|można|da\s+się)\s+(\w+\s+)?(zapalić|odpalić)\s+(\w+\s+)?"
            r"(kuchenk|gaz|palnik|płyt|piekarnik)\w*",
            r"\b(kuchenk|płyt|piekarnik)\w*\s+gazow\w*\s+(\w+\s+)?nie\s+działa\w*",
        ),
        heating_hot_water=(
            r"\b(nie\s+ma(m|my)?|brak(uje)?|bez)\s+(\w+\s+){0,2}(ogrzewani\w*|ciepł(ej|a)\s+wod\w*"
            r"|gorąc(ej|a)\s+wod\w*)",
            r"\bogrzewani\w*\s+(\w+\s+)?(nie\s+(działa|grzeje|chodzi)|padł\w*|wysiadł\w*|siadł\w*"
            r"|zepsu\w*)",
            r"\b(ciepł|gorąc)(a|ej)\s+wod\w*\s+(\w+\s+)?(nie\s+(ma|leci|płynie|idzie|działa"
            r"|dochodzi)"
            r"|brak)",
            r"\b(piec|piecyk|kocioł|kotł|kotle|bojler|boiler|podgrzewacz|term(a|y|ę|ie)\b"
            r"|junkers)\w*"
            r"\s+(\w+\s+){0,2}(nie\s+(działa|grzeje|chodzi|odpala|zapala|włącza|startuje)|zepsu\w*"
            r"|padł\w*|wysiadł\w*|siadł\w*|pokazuje\s+błąd|wyświetla\s+błąd|błąd|gaśnie"
            r"|wyłącza\s+się|ma\s+(niskie\s+)?ciśnienie|traci\s+ciśnienie)",
            r"\b(kaloryfer|grzejnik)\w*\s+(\w+\s+){0,2}(zimn\w*|nie\s+(grzej\w*|działa\w*"
            r"|nagrzewa\w*)"
            r"|lodowat\w*)",
            r"\bzimn\w*\s+(kaloryfer|grzejnik)\w*",
            r"\b(tylko|sama|jedynie)\s+zimn(a|ą)\s+wod\w*|\bleci\s+(tylko|sama)\s+zimn\w*",
            r"\bciśnieni\w*\s+(\w+\s+){0,2}(w\s+)?(piec|kotl|kotł|kotle|bojler|boiler)\w*",
        ),
        water_supply=(
            r"\b(nie\s+ma(m|my)?|brak(uje)?|bez)\s+(\w+\s+){0,2}" + _PL_NOT_HOT + r"wody\b",
            _PL_NOT_HOT + r"\bwod(a|y)\s+(\w+\s+)?nie\s+(leci|ma|płynie|idzie|dochodzi|dociera)\b",
            r"\bnie\s+(leci|płynie|idzie|dochodzi)\s+(\w+\s+)?" + _PL_NOT_HOT + r"wod(a|y)\b",
            r"\bkran\w*\s+(\w+\s+){0,2}nie\s+(leci|płynie|idzie)\b",
            r"\bnic\s+nie\s+(leci|płynie|cieknie)\s+(z\s+)?(kran|bateri|wod)\w*",
            r"\b(słab|nisk|mał)\w*\s+ciśnieni\w*"
            r"|\bciśnieni\w*\s+(\w+\s+){0,2}(jest\s+)?(bardzo\s+)?"
            r"(słab|nisk|mał|spadł|spada)\w*",
            r"\b(ledwo|ledwie|słabo|bardzo\s+słabo)\s+(\w+\s+)?(leci|cieknie|płynie|kapie)\b",
        ),
        electricity_supply=(
            r"\b(nie\s+ma(m|my)?|brak(uje)?|bez)\s+(\w+\s+)?(prądu|elektryczności|światła"
            r"|zasilania)\b",
            r"\b(prąd|elektryczność|zasilanie)\w*\s+(\w+\s+)?(nie\s+(działa|ma|dochodzi)|wysiadł\w*"
            r"|siadł\w*|padł\w*|zniknął|znikł\w*|odcię\w*|wyłączył\w*|wyłączon\w*)",
            r"\b(zanik\w*|awari\w*|przerw\w*|odcięci\w*|wyłączeni\w*)\s+(\w+\s+)?(prądu|zasilania"
            r"|elektryczności)\b",
            r"\b(wyłączyli|odcięli|odłączyli)\s+(\w+\s+)?(prąd|zasilanie|światło)\b",
            r"\b(światł\w*|lamp\w*|oświetleni\w*|żarów\w*|gniazdk\w*|kontakt\w*)\s+(\w+\s+){0,2}"
            r"(nie\s+(działa\w*|świec\w*|zapala\w*|włącza\w*)|zgasł\w*|przestał\w*\s+działać)",
            r"\b(bezpiecznik\w*|korki|korek|korków|wyłącznik\w*|różnicówk\w*|eska"
            r"|eski)\s+(\w+\s+){0,2}"
            r"(wyskakuj|wybija|wywala|strzela|wyrzuca|spada|skacze|wyłącza|wybił|wywalił|wyskoczył"
            r"|strzelił|spadł|puszcza|poszł|poszedł)\w*",
            r"\b(wyskakuj|wybija|wywala|wywaliło|wybiło|strzela|wyrzuca|wywalił|wybił"
            r"|strzelił)\w*\s+"
            r"(\w+\s+)?(bezpiecznik|kork|wyłącznik|różnicówk|esk)\w*",
        ),
        toilet=(
            r"\b(toalet|ubikacj|sedes|kibel|kibl|muszl|wc)\w*\s+(\w+\s+){0,2}(jest\s+)?(zatkan"
            r"|zapchan"
            r"|zablokowan|nie\s+spłuk|nie\s+spuszcza|nie\s+schodzi|nie\s+odpływa|się\s+zatkał"
            r"|się\s+zapchał|zatkał|zapchał)\w*",
            r"\b(toalet|sedes|kibel|kibl|wc)\w*\s+nie\s+działa\b",
            r"\b(zatkan|zapchan|zablokowan)\w*\s+(\w+\s+)?(toalet|ubikacj|sedes|kibel|kibl|muszl"
            r"|wc)\w*",
            r"\b(spłuczk|spłukiwani|spuszczani\w*\s+wod)\w*\s+(\w+\s+){0,2}(nie\s+(działa|spłukuje"
            r"|spuszcza|nabiera|napełnia)|zepsu|urwan|popsu)\w*",
            r"\bnie\s+(da\s+się|mogę|możemy|można|chce)\s+(\w+\s+)?(spłukać|spuścić\s+wod\w*"
            r"|spłukiwać)",
            r"\bnie\s+(spłukuje|spuszcza\s+wody)\b",
        ),
        blocked_sink_bath=(
            r"\b" + _PL_SINK + r"\w*\s+(\w+\s+){0,2}(jest\s+)?(zatkan|zapchan|zablokowan"
            r"|nie\s+odpływa|nie\s+spływa|nie\s+schodzi|się\s+zatkał|się\s+zapchał|zatkał"
            r"|zapchał)\w*",
            r"\b(zatkan|zapchan|zablokowan)\w*\s+(\w+\s+)?" + _PL_SINK,
            r"\bwod\w*\s+(\w+\s+){0,2}nie\s+(chce\s+)?(odpływa|spływa|schodzi|ucieka|odpłynąć"
            r"|spłynąć|zejść)\b",
            r"\bwod\w*\s+stoi\s+(\w+\s+)?(w|na)\s+(zlew|umywalk|wann|prysznic|brodzik)\w*",
        ),
        tap=(
            r"\b(kran|kranik)\w*\s+(\w+\s+){0,2}(cieknie|kapie|ciecze|przecieka|zepsu\w*|urwan\w*"
            r"|połaman\w*|złaman\w*|uszkodzon\w*|luźn\w*|rusza\s+się|kręci\s+się\s+w\s+kółko"
            r"|nie\s+(działa|zakręca|domyka|chce\s+się\s+zakręcić|da\s+się\s+zakręcić)"
            r"|się\s+nie\s+(zakręca|domyka))",
            r"\bbateri\w*\s+(\w+\s+)?(cieknie|kapie|ciecze|przecieka)\b",
            r"\b(cieknie|kapie|ciecze|przecieka|cieknąc\w*|kapiąc\w*)\s+(\w+\s+)?(z\s+)?(kran"
            r"|bateri)\w*",
            r"\bnie\s+(mogę|możemy|da\s+się|można)\s+(\w+\s+)?(zakręcić"
            r"|odkręcić)\s+(\w+\s+)?kran\w*",
        ),
        roof_leak=(
            r"\bdach\w*\s+(\w+\s+){0,2}(przecieka|cieknie|ciecze|kapie|przepuszcza|nieszczeln\w*"
            r"|leje|przeciekł\w*)",
            r"\b(przecieka|cieknie|ciecze|kapie|leje|przeciek\w*|wyciek\w*"
            r"|nieszczelnoś\w*)\s+(\w+\s+){0,2}"
            r"(z\s+|przez\s+|od\s+|na\s+|w\s+)?dach\w*",
            r"\b(gdy|kiedy|jak|jeśli|podczas|po)\s+(\w+\s+)?(pada|padał\w*|deszcz\w*|ulew\w*)\b"
            r"[^.!?]{0,40}?\b(cieknie|przecieka|kapie|leje\s+się|ciecze|wod\w*\s+(wchodzi"
            r"|się\s+leje"
            r"|leci|kapie))",
            r"\b(cieknie|przecieka|kapie|ciecze)\b[^.!?]{0,40}?\b(gdy|kiedy|jak|jeśli|podczas)\s+"
            r"(\w+\s+)?(pada|deszcz\w*)",
        ),
        leaking_pipe_tank=(
            r"\b" + _PL_PIPE + r"\w*\s+(\w+\s+){0,2}(cieknie|ciecze|kapie|przecieka|sączy"
            r"|leje\s+się"
            r"|nieszczeln\w*|wycieka|przeciekł\w*|puszcza\s+wod\w*|ma\s+(wyciek|przeciek)"
            r"|jest\s+(nieszczeln\w*|przeciek|wyciek))",
            r"\b(cieknie|ciecze|kapie|przecieka|sączy|wycieka|przeciek\w*|wyciek\w*|cieknąc\w*"
            r"|nieszczeln\w*)\s+(\w+\s+){0,2}(z\s+|ze\s+|spod\s+|pod\s+|przy\s+|na\s+)?" + _PL_PIPE,
            r"\b(cieknie|ciecze|kapie|przecieka|sączy|wycieka|przeciek\w*|wyciek\w*|kałuż\w*|mokro"
            r"|wod\w*)\s+(\w+\s+){0,2}(pod|spod|za)\s+(zlew|zlewozmywak|umywalk|wann|zmywark|pralk"
            r"|toalet|sedes|muszl)\w*",
            r"\b(pod|spod)\s+(zlew|zlewozmywak|umywalk|wann|toalet|sedes|muszl)\w*\s+(\w+\s+)?"
            r"(cieknie|ciecze|kapie|przecieka|sączy|wycieka|jest\s+(przeciek|wyciek|mokro|kałuża"
            r"|woda)|stoi\s+woda|przeciek|wyciek)",
        ),
        insecure_entry=(
            r"\b(zam(ek|ka|ku|ki|kiem)|wkładk\w*|zasuw\w*|rygl\w*)\s+(\w+\s+){0,2}(zepsu\w*"
            r"|popsu\w*"
            r"|uszkodzon\w*|urwan\w*|wyrwan\w*|złaman\w*|wyłaman\w*|zacina\s+się|zablokowa\w*"
            r"|nie\s+(działa|zamyka|łapie|chce|da\s+się|kręci|przekręca)\w*|się\s+zepsuł\w*)",
            r"\b(zepsu|popsu|uszkodz|wyłama|wyrwa|złama)\w*\s+(\w+\s+)?(zam(ek|ka|ki)|wkładk\w*)\b",
            r"\bklucz\w*\s+(\w+\s+)?(nie\s+(chce\s+się\s+)?(przekręca|kręci|obraca|wchodzi|pasuje)"
            r"|się\s+nie\s+(przekręca|kręci|obraca)|złama\w*\s+się\s+w\s+zamku)",
            r"\b(wyważ|wyłama|wybi)\w*\s+(\w+\s+){0,2}(drzwi|zam(ek|ka)|okn\w*|szyb\w*)",
            r"\bdrzwi\s+(\w+\s+){0,2}(wyważon\w*|wyłaman\w*|wybit\w*|sforsowan\w*|wyrwan\w*)",
            r"\bwłama(ł|li|nie|nia|no|ła)\w*|\bwłamywa\w*",
            r"\bdrzwi\s+(wejściow|frontow|zewnętrzn|główn|tyln|balkonow|tarasow|do\s+(mieszkania"
            r"|domu"
            r"|klatki|ogrodu))\w*\s+(\w+\s+){0,2}(się\s+)?(nie\s+(chcą\s+)?(się\s+)?(zamyka|domyka"
            r"|zamkn|domkn)\w*|zepsu\w*|uszkodzon\w*|wypaczon\w*|wyłaman\w*"
            r"|nie\s+da\s+się\s+zamknąć)",
            r"\bdrzwi(?!\s+(od|do|w)\s+" + _PL_INSIDE + r")(?!\s+" + _PL_INSIDE_ADJ + r")"
            r"(\s+\w+){0,3}\s+(się\s+)?nie\s+(chcą\s+)?(się\s+)?(zamyka|domyka)\w*",
            r"\bnie\s+(mogę|możemy|można|da\s+się|idzie)\s+(\w+\s+)?(zamknąć|domknąć|zakluczyć)\s+"
            r"(\w+\s+)?(drzwi|okn\w*)\b(?!\s+(od|do|w)\s+" + _PL_INSIDE + r")",
            r"\b(drzwi|okn\w*)\s+(\w+\s+){0,3}(się\s+)?nie\s+(da\s+się\s+)?(zamyka"
            r"|zamkn)\w*\s+na\s+"
            r"klucz",
            r"\b(okn|okien)\w*\s+(\w+\s+){0,2}(się\s+)?nie\s+(chce\s+)?(się\s+)?(zamyka|domyka"
            r"|zamkn"
            r"|domkn)\w*",
        ),
        doors_windows_frames=(
            r"\b(futryn|framug|ościeżnic|zawias|klamk)\w*\s+(\w+\s+){0,2}(jest\s+)?(pęk|złama"
            r"|połama"
            r"|zepsu|popsu|urwa|spróchni|zgni|gnij|odpad|wypad|luźn|uszkodz|krzyw|obluzowa|wypaczy"
            r"|rozwal|ruszaj|wyrwa)\w*",
            r"\bram(a|y|ie|ę|ą)\s+(\w+\s+)?(okn|okien|okienn"
            r"|drzwi)\w*\s+(\w+\s+){0,2}(jest\s+)?(pęk"
            r"|złama|połama|zepsu|popsu|urwa|spróchni|zgni|gnij|odpad|wypad|luźn|uszkodz|krzyw"
            r"|obluzowa|wypaczy|rozwal)\w*",
            r"\b(okienn\w*|drzwiow\w*)\s+ram\w*\s+(\w+\s+){0,2}(pęk|złama|zepsu|spróchni|zgni|gnij"
            r"|uszkodz|krzyw|wypaczy)\w*",
            r"\b(pęknięt|złaman|połaman|zepsut|popsut|urwan|spróchniał|zgnił|uszkodzon|wypaczon"
            r"|krzyw"
            r"|obluzowan)\w*\s+(\w+\s+)?(futryn|framug|ościeżnic|zawias|klamk"
            r"|ram(a|y|ę)\s+(okn|okien|drzwi))\w*",
            r"\bdrzwi\s+((od|do|w)\s+" + _PL_INSIDE + r"\w*|" + _PL_INSIDE_ADJ + r"\w*)\s+"
            r"(\w+\s+){0,2}(się\s+)?(nie\s+(chcą\s+)?(się\s+)?(zamyka|domyka|otwiera|działa)|pęk|złama|połama"
            r"|zepsu|popsu|urwa|wypad|odpad|ociera|szoru|zacina|krzyw|rozwal|uszkodz|wisz|obluzowa"
            r"|wyleciał)\w*",
            r"\bwewnętrzn\w*\s+drzwi\s+(\w+\s+){0,2}(się\s+)?(nie\s+(zamyka|domyka)|pęk|złama|zepsu"
            r"|popsu|urwa|wypad|ociera|zacina|krzyw|uszkodz)\w*",
        ),
        damp_mould=(
            r"\b(za)?pleś(ń|n)\w*",
            r"\bwilgo(ć|ci|cią)\b|\bzawilgoc\w*",
            r"\bgrzyb\w*\s+(\w+\s+){0,2}(na|w|po|przy|pod)\s+(\w+\s+)?(ścian|sufi|okn|okien|rog"
            r"|narożnik|łazien|sypialn|pokoj|pokój|mieszkani|kąt|kąci|szaf)\w*",
            r"\b(czarn|zielon)\w*\s+grzyb\w*|\bzagrzybi\w*",
            r"\bkondensacj\w*|\bskrapla\w*|\bskropl\w*|\bzaparowan\w*\s+okn\w*|\bokn\w*\s+(\w+\s+)?"
            r"(parują|zaparowan\w*|są\s+mokre|płaczą)",
            r"\b(mokr|wilgotn)\w*\s+(ścian|sufit|narożnik)\w*|\bścian\w*\s+(są\s+|jest\s+)?(mokr"
            r"|wilgotn)\w*",
        ),
        asb=_ASB["pl"],
    ),
    # Romanian: nu am căldură/apă caldă/apă/curent, chiuveta înfundată, robinetul picură, yala.
    "ro": _faults(
        _RO,
        gas_supply=(
            r"\b(nu\s+(mai\s+)?(am|avem|este|e|există|vine|curge)|fără|lipsă\s+de)\s+(\w+\s+)?"
            r"gaz(e|ul|ele)?\b",
            r"\bgaz(ul|ele)?\s+(\w+\s+)?nu\s+(mai\s+)?(vine|merge|funcționează|curge|ajunge)\b",
            r"\b(aragaz|plit|ochiuri|arzător|arzătoar"
            r"|cuptor)\w*\s+(\w+\s+){0,3}nu\s+(se\s+)?(mai\s+)?"
            r"(aprind|pornește|pornesc|funcționeaz|merge|merg)\w*",
            r"\bnu\s+(pot|putem|reușesc|se\s+poate)\s+(să\s+)?(aprind|aprinde|aprindem|pornesc"
            r"|porni)"
            r"\w*\s+(\w+\s+)?(aragaz|plit|ochiuri|arzător|cuptor|gaz)\w*",
        ),
        heating_hot_water=(
            r"\b(nu\s+(mai\s+)?(am|avem|este|e|există|vine|curge)|fără|lipsă\s+de)\s+(\w+\s+){0,2}"
            r"(căldur|încălzir|apă\s+cald|agent\s+termic)\w*",
            r"\b(încălzir|căldur)\w*\s+(\w+\s+)?nu\s+(mai\s+)?(merge|funcționează|pornește|vine"
            r"|e)\b",
            r"\bap(ă|a)\s+cald(ă|a)\s+(\w+\s+)?nu\s+(mai\s+)?(vine|curge|este|e|merge|iese)\b",
            r"\b(central|boiler|cazan|termocentral|calorifer|radiator)\w*\s+(\w+\s+){0,2}"
            r"(nu\s+(mai\s+)?(merge|funcționează|pornește|încălzește|se\s+aprinde|face\s+apă)"
            r"|s-?a\s+(stricat|oprit|defectat|blocat)|e\s+stricat\w*|este\s+stricat\w*|defect\w*"
            r"|dă\s+eroare|eroare|în\s+avarie|pierde\s+presiune|presiune\s+mică)",
            r"\b(calorifer|radiator)\w*\s+(\w+\s+){0,2}(sunt\s+|e\s+|este\s+)?(reci|rece"
            r"|înghețat\w*)\b",
            r"\b(doar|numai)\s+ap(ă|a)\s+rece\b",
            r"\bpresiun\w*\s+(\w+\s+){0,2}(la|în|din|de\s+la)\s+(central|boiler|cazan)\w*",
        ),
        water_supply=(
            r"\b(nu\s+(mai\s+)?(am|avem|este|e|există|vine|curge|iese|ajunge)|fără|lipsă\s+de"
            r"|s-?a\s+(oprit|tăiat|luat)|au\s+(oprit|tăiat|luat))\s+(\w+\s+)?ap(ă|a|ei)\b"
            r"(?!\s+cald)",
            r"\bap(ă|a)\s+(\w+\s+)?nu\s+(mai\s+)?(vine|curge|iese|ajunge|este|e)\b",
            r"\b(robinet|baterie)\w*\s+(\w+\s+){0,2}nu\s+(mai\s+)?(curge|vine|iese)\b"
            r"|\bnu\s+(curge|vine|iese)\s+nimic\b",
            r"\bpresiun\w*\s+(\w+\s+){0,3}(mică|mic|scăzut|slab|redus|foarte\s+mic)\w*"
            r"|\b(mică|scăzută|slabă|redusă)\s+presiun\w*",
            r"\bap(ă|a)\s+(\w+\s+)?(curge|vine|iese)\s+(foarte\s+)?(slab|încet|puțin|picătură)\w*",
        ),
        electricity_supply=(
            r"\b(nu\s+(mai\s+)?(am|avem|este|e|există|vine)|fără|lipsă\s+de)\s+(\w+\s+)?(curent"
            r"|electricitate|lumin|energie\s+electric)\w*",
            r"\b(s-?a\s+(luat|dus|oprit|întrerupt|tăiat)|a\s+(căzut|sărit)|se\s+(ia|oprește"
            r"|întrerupe)|mi-?au\s+tăiat|ne-?au\s+tăiat|au\s+tăiat)\s+(\w+\s+)?(curent|lumin"
            r"|electricitat)\w*",
            r"\b(curent|lumin|electricitat|bec)\w*\s+(\w+\s+){0,2}(nu\s+(mai\s+)?(merge|merg"
            r"|funcționeaz|vine|este|se\s+aprind)\w*|s-?a\s+(luat|dus|oprit|întrerupt)|a\s+căzut"
            r"|se\s+ia\b|se\s+oprește)",
            r"\bpan(ă|a)\s+de\s+(curent|electricitate|lumin)\w*",
            r"\b(siguranț|disjunctor|întrerupător\w*\s+automat)\w*\s+(\w+\s+){0,2}(sare|sar"
            r"|a\s+sărit"
            r"|au\s+sărit|sărit|se\s+declanșeaz|cade|cad|pică|se\s+decupleaz|se\s+oprește)\w*",
            r"\b(sare|sar|a\s+sărit|au\s+sărit|se\s+declanșeaz\w*|pică|cade)\s+(\w+\s+)?(siguranț"
            r"|disjunctor)\w*",
        ),
        toilet=(
            r"\b(toalet|wc|closet|vece|veceu|vas\w*\s+de\s+toalet)[\w-]*\s+(\w+\s+){0,2}(e\s+"
            r"|este\s+"
            r"|s-?a\s+)?(înfundat|blocat|astupat|colmatat|nu\s+(mai\s+)?trage"
            r"|nu\s+(se\s+)?(mai\s+)?"
            r"scurge|nu\s+(mai\s+)?funcționează)\w*",
            r"\b(înfundat|blocat|astupat)\w*\s+(\w+\s+)?(toalet|wc|closet|vece)\w*",
            r"\bnu\s+(mai\s+)?(trage|pot\s+(să\s+)?trag|putem\s+(să\s+)?trage\w*"
            r"|se\s+poate\s+trage)\s+"
            r"(\w+\s+)?apa\b",
            r"\b(bazin|rezervor)\w*\s+(\w+\s+){0,2}(de\s+la\s+)?(toalet|wc"
            r"|closet)[\w-]*\s+(\w+\s+)?"
            r"nu\s+(mai\s+)?(funcționează|se\s+umple|trage)",
            r"\bnu\s+se\s+(mai\s+)?scurge\s+(\w+\s+){0,2}(din|în|la)\s+(toalet|wc|vas)\w*",
        ),
        blocked_sink_bath=(
            r"\b" + _RO_SINK + r"[\w-]*\s+(\w+\s+){0,2}(e\s+|este\s+|s-?a\s+)?(înfundat|blocat"
            r"|astupat|colmatat|nu\s+(se\s+)?(mai\s+)?scurge|nu\s+trage)\w*",
            r"\b(înfundat|blocat|astupat)\w*\s+(\w+\s+)?" + _RO_SINK,
            r"\bap(a|ă)\s+(\w+\s+){0,3}nu\s+(se\s+)?(mai\s+)?(scurge|duce|trage)\b",
            r"\bap(a|ă)\s+(stă|rămâne|băltește)\s+(\w+\s+)?(în\s+)?" + _RO_SINK,
        ),
        tap=(
            r"\brobinet\w*\s+(\w+\s+){0,2}(picură|pică|curge\s+(continuu|încontinuu|mereu|întruna"
            r"|non-?stop)|e\s+stricat|este\s+stricat|stricat|s-?a\s+stricat|defect|rupt|s-?a\s+rupt"
            r"|nu\s+se\s+(mai\s+)?(închide|oprește|învârte|rotește|strânge)"
            r"|nu\s+(mai\s+)?funcționează"
            r"|se\s+învârte\s+în\s+gol|slăbit|mișcă|lasă\s+ap)\w*",
            r"\bbaterie\w*\s+(\w+\s+){0,2}(picură|pică|curge\s+(continuu|încontinuu|mereu|întruna)"
            r"|lasă\s+ap)\w*",
            r"\b(picură|pică|curge)\s+(\w+\s+)?(de\s+la\s+|din\s+)?(robinet|baterie)\w*",
            r"\bnu\s+(pot|putem|se\s+poate)\s+(să\s+)?(închid|închide|opri|opresc|strâng)\w*\s+"
            r"robinet\w*",
        ),
        roof_leak=(
            r"\bacoperiș\w*\s+(\w+\s+){0,3}(curge|picură|pică|plouă|lasă\s+ap|are\s+o\s+gaură"
            r"|are\s+găuri|e\s+spart|neetanș|se\s+infiltreaz|infiltr|intră\s+apa"
            r"|are\s+infiltrații)\w*",
            r"\b(curge|picură|pică|intră|se\s+infiltreaz\w*|infiltrați\w*|infiltrare"
            r"|infiltreaz\w*)\s+"
            r"(\w+\s+){0,2}(prin|din|de\s+la|pe\s+la|de\s+pe)\s+acoperiș\w*",
            r"\bplou(ă|a)\s+(în\s+casă|înăuntru|în\s+apartament|în\s+cameră|în\s+dormitor"
            r"|prin\s+acoperiș|în\s+casa)",
            r"\b(când|dacă|de\s+câte\s+ori|cum)\s+plou(ă|a)\b[^.!?]{0,40}?\b(curge|picură|pică"
            r"|intră"
            r"|infiltr)\w*",
            r"\b(curge|picură|pică|intră\s+apa)\w*\s+[^.!?]{0,40}?\b(când|dacă)\s+plou",
        ),
        leaking_pipe_tank=(
            r"\b" + _RO_PIPE + r"\w*\s+(\w+\s+){0,3}(curge|curg|picură|pică|pierde|pierd"
            r"|are\s+(o\s+)?scurgere|are\s+scurgeri|lasă\s+ap|se\s+scurge\s+ap|are\s+pierderi"
            r"|neetanș"
            r"|udă|e\s+ud)\w*",
            r"\b(curge|picură|pică|pierde|scurgere|scurgeri|pierdere|pierderi)\w*\s+(\w+\s+){0,2}"
            r"(de\s+)?(ap(ă|a)\s+)?(la|de\s+la|din|pe\s+la|de\s+pe|pe\s+sub|sub"
            r"|prin)\s+" + _RO_PIPE,
            r"\b(curge|picură|pică|pierde|scurgere|scurgeri|pierdere|pierderi|băltește|e\s+ap(ă|a)"
            r"|este\s+ap(ă|a)|ap(ă|a))\w*\s+(\w+\s+){0,2}(pe\s+)?sub\s+(chiuvet|cad|lavoar|toalet"
            r"|wc"
            r"|vas)\w*",
            r"\bsub\s+(chiuvet|lavoar|cad|toalet|wc)\w*\s+(\w+\s+)?(curge|picură|pică|e\s+ap(ă|a)"
            r"|este\s+ap(ă|a)|e\s+ud\w*|e\s+baltă|se\s+scurge|e\s+o\s+scurgere|e\s+o\s+baltă)",
            r"\b(toalet|wc|vas)[\w-]*\s+(\w+\s+){0,2}(curge|pierde|picură|lasă\s+ap)\w*",
            r"\b(scurgere|scurgeri|pierdere|pierderi)\s+de\s+ap(ă|a)\b",
        ),
        insecure_entry=(
            r"\b(yal|broasc|încuietoar|zăvor|butuc)\w*\s+(\w+\s+){0,2}(e\s+|este\s+"
            r"|s-?a\s+)?(stricat"
            r"|rupt|defect|blocat|spart|forțat|nu\s+(mai\s+)?(merge|funcționează|se\s+închide"
            r"|încuie"
            r"|se\s+încuie|se\s+învârte))\w*",
            r"\b(stricat|rupt|spart|defect|forțat)\w*\s+(\w+\s+)?(yal|broasc|încuietoar|zăvor)\w*",
            r"\bcheia\s+(\w+\s+)?nu\s+(se\s+)?(mai\s+)?(învârte|rotește|intră)\b",
            r"\b(spart|forțat|sparg|dărâmat|smuls)\w*\s+(\w+\s+)?(uș(a|ile|ii)|yala|broasca"
            r"|fereastra"
            r"|geamul|încuietoarea)\b",
            r"\b(uș(a|ile|ii)|geam\w*|fereastr\w*|ferestr\w*)\s+(\w+\s+){0,2}(a\s+fost\s+"
            r"|au\s+fost\s+"
            r"|e\s+|este\s+)?(spart|forțat|dărâmat|smuls)\w*",
            r"\befracți\w*|\bspărgător\w*|\bhoții\b|\bau\s+intrat\s+hoți\w*",
            r"\buș(a|ile|ii)\s+(de\s+la\s+|din\s+)?(intrare|față|spate|balcon|casei|apartamentului"
            r"|principal|exterioar|blocului)\w*\s+(\w+\s+){0,2}(nu\s+se\s+(mai\s+)?(închide|încuie"
            r"|blochează)|s-?a\s+stricat|e\s+stricat\w*|stricat\w*|rupt\w*)",
            r"\buș(a|ile|ii)\s+(?!(de\s+la\s+|din\s+|de\s+)?" + _RO_INSIDE + r")(\w+\s+){0,3}"
            r"nu\s+se\s+(mai\s+)?(încuie|închide|blochează|asigură)\b",
            r"\bnu\s+(pot|putem|se\s+poate|reușesc)\s+(să\s+)?(încui|închid|închide|încuia|încuiem"
            r"|închidem)\w*\s+(\w+\s+)?(uș(a|ile)|fereastr\w*|geam\w*)\b(?!\s+(de\s+la\s+|din\s+)?"
            + _RO_INSIDE
            + r")",
            r"\b(fereastr|ferestr|geam)\w*\s+(\w+\s+){0,2}nu\s+se\s+(mai\s+)?(închide|încuie"
            r"|blochează)\b",
        ),
        doors_windows_frames=(
            r"\b(toc(ul|uri)?|tocului|ram(a|ei|ele)|cercevea\w*|cercevel\w*|balama\w*|balamal\w*"
            r"|clanț\w*|mâner\w*)\s+(\w+\s+){0,3}(e\s+|este\s+|s-?a\s+|a\s+)?(rupt|stricat|putrezit"
            r"|crăpat|fisurat|spart|desprins|căzut|slăbit|deformat|umflat|defect|ieșit|smuls)\w*",
            r"\b(rupt|stricat|putrezit|spart|desprins|slăbit|deformat)\w*\s+(\w+\s+)?(toc(ul)?|rama"
            r"|balama\w*|clanț\w*)\b",
            r"\buș(a|ile|ii)\s+(de\s+la\s+|din\s+|de\s+)?" + _RO_INSIDE + r"\w*\s+(\w+\s+){0,2}"
            r"(nu\s+se\s+(mai\s+)?(închide|deschide)|s-?a\s+stricat|e\s+stricat\w*"
            r"|este\s+stricat\w*"
            r"|stricat\w*|rupt\w*|s-?a\s+rupt|spart\w*|căzut\w*|a\s+căzut|iese\s+din|se\s+freacă"
            r"|se\s+blochează|nu\s+(mai\s+)?funcționează|atârnă)",
        ),
        damp_mould=(
            r"\b(î)?muceg(a|ă)\w*|\bigrasi\w*|\bumezeal\w*|\bumiditat\w*|\bcondens\w*",
            r"\b(pereț|pere(te|ți|tele)|tavan|colț)\w*\s+(\w+\s+)?(sunt\s+|e\s+|este\s+)?(umed|uzi"
            r"|ud"
            r"|umezi|negri|înnegrit)\w*",
            r"\bpete\s+(negre|de\s+mucegai|de\s+umezeal)\w*",
        ),
        asb=_ASB["ro"],
    ),
    # Bengali: গরম পানি নেই, পানি আসছে না, কারেন্ট নেই, টয়লেট ব্লক, কল টপটপ, তালা ভাঙা.
    "bn": _faults(
        _BN,
        _BN_COMPOSE,
        gas_supply=(
            r"গ্যা?স[^\s]{0,12}\s*([^\s]{1,25}\s+)?" + _BN_NONE,
            r"(চুলা|চুলো|কুকার|বার্নার|স্টোভ|ওভেন)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(জ্বল(ছে|ে"
            r"|তেছে)\s*না"
            r"|জ্বালা(তে|নো)\s*(যাচ্ছে|পারছি|যায়)\s*না|ধর(ছে|ে)\s*না|চালু\s*হচ্ছে\s*না"
            r"|অন\s*হচ্ছে\s*না)",
        ),
        heating_hot_water=(
            r"(গরম\s*(পানি|জল)|হিটিং|হিটার|হীটিং|হিটিঙ"
            r"|হীটার)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(" + _BN_NONE + "|" + _BN_BROKEN + r"|বন্ধ"
            r")",
            r"(বয়লার|বয়েলার|বইলার)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}("
            + _BN_BROKEN
            + r"|বন্ধ\s*হয়ে|জ্বল(ছে|ে)\s*না|এরর|প্রেশার|প্রেসার|চাপ\s*কম)",
            r"(রেডিয়েটর|রেডিয়েটার|রেডিএটর)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ঠা(ন্ডা|ণ্ডা)"
            r"|গরম\s*(হচ্ছে|হয়)\s*না|" + _BN_BROKEN + ")",
            r"(শুধু|কেবল|খালি)\s*ঠা(ন্ডা|ণ্ডা)\s*(পানি|জল)",
        ),
        water_supply=(
            r"(?<!গরম\s)(?<!গরম)(পানি|জল)(?!দি)[^\s]{0,12}\s*([^\s]{1,25}\s+)?(নেই|নাই|আসছে\s*না"
            r"|আসে\s*না"
            r"|আসতেছে\s*না|পাচ্ছি\s*না|পাই\s*না|বন্ধ\s*(হয়ে\s*)?গেছে|কেটে\s*দিয়েছে)",
            _BN_START + r"(কল|ট্যাপ)(টা|টি|ের|এর|গুলো|গুলোতে|ে)?" + _BN_END + r"\s*(থেকে|দিয়ে"
            r"|দিয়া|তে)?\s*((পানি|জল)\s*)?(আসছে\s*না|আসে\s*না|পড়ছে\s*না|পড়ে\s*না"
            r"|বের\s*হচ্ছে\s*না|নেই|নাই)",
            r"(পানি|জল)[^\s]{0,12}\s*([^\s]{1,25}\s+)?(চাপ|প্রেশার|প্রেসার"
            r"|ফোর্স)[^\s]{0,12}\s*([^\s]{1,25}\s+)?(কম"
            r"|খুব\s*কম|নেই|দুর্বল)",
            r"(লো|কম)\s*(প্রেশার|প্রেসার)",
            r"(পানি|জল)\s*(খুব\s*)?(কম|আস্তে|ধীরে)\s*(কম\s*)?(আসে|আসছে|পড়ে|পড়ছে)",
        ),
        electricity_supply=(
            r"(বিদ্যুৎ|বিদ্যুত|কারেন্ট|ইলেকট্রিসিটি|ইলেক্ট্রিসিটি|বাতি|লাইট|আলো)[^\s]{0,12}\s*"
            r"([^\s]{1,25}\s+){0,2}(" + _BN_NONE + "|" + _BN_BROKEN + r"|গেছে|জ্বল(ছে|ে|তেছে)\s*না"
            r"|অফ\s*হয়ে)",
            r"(ফিউজ|ফিউস|ট্রিপ|ব্রেকার|মেইন\s*সুইচ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(পড়ে|উড়ে"
            r"|কেটে"
            r"|ট্রিপ|বারবার|অফ|নেমে|খেয়ে|যাচ্ছে|যায়)",
            r"(বারবার|বার\s*বার)\s*(ট্রিপ|ফিউজ)",
            r"লোডশেডিং|পাওয়ার\s*(কাট|নেই|নাই)",
        ),
        toilet=(
            r"(টয়লেট|কমোড|পায়খানা|ল্যাট্রিন)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ব্লক|জ্যাম|আটকে"
            r"|আটকা"
            r"|বন্ধ\s*হয়ে|বুজে|ফ্লাশ\s*(হচ্ছে|হয়|কাজ\s*কর(ছে|ে))\s*না|নামছে\s*না|যাচ্ছে\s*না"
            r"|উপচে)",
            r"(ফ্লাশ|ফ্লাস|ফ্লাশার)[^\s]{0,12}\s*([^\s]{1,25}\s+)?(হচ্ছে\s*না|হয়\s*না|কাজ\s*কর(ছে"
            r"|ে|তেছে)\s*না"
            r"|নষ্ট|" + _BN_BREAK + r"|চলছে\s*না|দেওয়া\s*যাচ্ছে\s*না|দিতে\s*পারছি\s*না"
            r"|টানা\s*যাচ্ছে\s*না)",
        ),
        blocked_sink_bath=(
            r"(সিঙ্ক|সিংক|বেসিন|বাথটাব|বাথ\s*টাব|শাওয়ার"
            r"|ড্রেন)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ব্লক"
            r"|জ্যাম|আটকে|আটকা|বন্ধ\s*হয়ে|বুজে|(পানি|জল)\s*(নামছে|নামে|যাচ্ছে|যায়|সরছে|সরে"
            r"|বের\s*হচ্ছে)\s*না|নামছে\s*না|যাচ্ছে\s*না)",
            r"(পানি|জল)[^\s]{0,12}\s*([^\s]{1,25}\s+)?(নামছে|নামে|সরছে|সরে|নিচে\s*যাচ্ছে)\s*না",
        ),
        tap=(
            _BN_START + r"(কল|ট্যাপ)(টা|টি|ের|এর|গুলো|ে)?" + _BN_END + r"\s*(থেকে\s*|দিয়ে\s*)?"
            r"((পানি|জল)\s*)?(টপটপ|টপ\s*টপ|ফোঁটা|ফোটা|চুইয়ে|চুঁইয়ে|লিক|সারাক্ষণ\s*পড়|পড়তেই"
            r"|" + _BN_BREAK + r"|নষ্ট|খারাপ|বন্ধ\s*(হচ্ছে|হয়|করা\s*যাচ্ছে)\s*না|ঘুর(ছে|ে)\s*না"
            r"|আলগা|ঢিলা)",
            r"(টপটপ|টপ\s*টপ|ফোঁটা\s*ফোঁটা)\s*([^\s]{1,25}\s+){0,3}" + _BN_START + r"(কল|ট্যাপ)",
        ),
        roof_leak=(
            r"(ছাদ|রুফ)[^\s]{0,12}\s*([^\s]{1,25}\s+)?(লিক|লীক|ফুটো|টপটপ)",
            r"বৃষ্টি[^\s]{0,12}\s*([^\s]{1,25}\s+){0,3}(লিক|চুইয়ে|চুঁইয়ে|টপটপ|(পানি|জল)\s*(পড়"
            r"|ঢোক|ঢুক"
            r"|আস))",
        ),
        leaking_pipe_tank=(
            r"(পাইপ|ট্যাংক|ট্যাঙ্ক|ট্যাংকি|ট্যাঙ্কি|সিস্টার্ন|সিস্টার্ণ|বয়লার|রেডিয়েটর"
            r"|রেডিয়েটার)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(লিক|লীক|চুইয়ে|চুঁইয়ে|ফুটো|টপটপ"
            r"|ফোঁটা"
            r"|(পানি|জল)\s*(পড়|বের\s*হ|চু|বেরো))",
            r"(সিঙ্ক|সিংক|বেসিন|টয়লেট|কমোড|বাথটাব|ওয়াশিং\s*মেশিন)[^\s]{0,12}\s*(এর\s*)?(নিচে|নীচে"
            r"|তলায়|পেছনে|পিছনে|নিচ\s*থেকে)\s*([^\s]{1,25}\s+){0,2}(লিক|লীক|চুইয়ে|চুঁইয়ে|টপটপ"
            r"|(পানি|জল)\s*(পড়|জম|বের))",
            r"(লিক|লীক)\s*(হচ্ছে|করছে|হয়|করে|আছে|হয়েছে)",
            r"(টয়লেট|কমোড)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(লিক|লীক|চুইয়ে|টপটপ)",
        ),
        insecure_entry=(
            _BN_START + r"(তালা|লক)(টা|টি|ের|এর|ও)?" + _BN_END + r"\s*([^\s]{1,25}\s+){0,2}"
            r"(" + _BN_BREAK + r"|নষ্ট|খারাপ|কাজ\s*কর(ছে|ে|তেছে)\s*না|লাগ(ছে|ে|ানো\s*যাচ্ছে)\s*না"
            r"|বন্ধ\s*(হচ্ছে|হয়)\s*না|ঘুর(ছে|ে)\s*না)",
            r"(সামনের|পেছনের|পিছনের|মেইন|মূল|বাইরের|বাহিরের|ঢোকার|প্রবেশ|সদর)\s*(দরজা|দরোজা|গেট"
            r"|দুয়ার)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(বন্ধ\s*(হচ্ছে|হয়|করা\s*যাচ্ছে"
            r"|করতে\s*পারছি)\s*না"
            r"|লাগ(ছে|ে)\s*না|লক\s*(হচ্ছে|হয়|করা\s*যাচ্ছে|করতে\s*পারছি)\s*না|" + _BN_BREAK + r"|নষ্ট)",
            r"(জানালা|জানলা)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(বন্ধ\s*(হচ্ছে|হয়|করা\s*যাচ্ছে"
            r"|করতে\s*পারছি)\s*না|লাগ(ছে|ে)\s*না|লক\s*(হচ্ছে|হয়|করা\s*যাচ্ছে|করতে\s*পারছি)\s*না"
            r"|" + _BN_BREAK + ")",
            r"(?<!ঘরের\s)(?<!রুমের\s)(?<!লেটের\s)(?<!ভেতরের\s)(?<!ভিতরের\s)(?<!মারির\s)দরজা"
            r"[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(বন্ধ\s*(হচ্ছে|হয়|করা\s*যাচ্ছে|করতে\s*পারছি)\s*না"
            r"|লক\s*(হচ্ছে|হয়|করা\s*যাচ্ছে|করতে\s*পারছি)\s*না|লাগানো\s*যাচ্ছে\s*না)",
            r"দরজা[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}((ভেঙে|ভেঙ্গে)\s*(ফেলেছে|ঢুকেছে|ঢুকে)|লাথি"
            r"|জোর\s*করে\s*খুলে)",
            r"(ভেঙে|ভেঙ্গে)\s*ঢুক|চোর\s*ঢুক|লাথি\s*মেরে\s*দরজা",
        ),
        doors_windows_frames=(
            r"(ফ্রেম|চৌকাঠ|কব্জা|কবজা|হাতল|হ্যান্ডেল"
            r"|কপাট)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}("
            + _BN_BREAK
            + r"|নষ্ট|খারাপ|পচে|পঁচে|ঢিলা|আলগা|খুলে\s*(গেছে|পড়েছে)|ফেটে|ফাটা)",
            r"(ঘরের|রুমের|বেডরুমের|বাথরুমের|রান্নাঘরের|শোবার\s*ঘরের|ভেতরের|ভিতরের|টয়লেটের"
            r"|আলমারির)\s*দরজা[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(বন্ধ\s*(হচ্ছে|হয়)\s*না"
            r"|" + _BN_BREAK + r"|নষ্ট|খারাপ|আটকে|খুল(ছে|ে)\s*না|ঝুল)",
        ),
        damp_mould=(
            r"স্যাঁ?ত\s*স্যাঁ?তে|স্যাঁ?তসেঁ?তে|স্যাঁ?ত\s*সেঁ?তে",
            r"ছত্রাক|মোল্ড|ড্যাম্প|আর্দ্র|ভ্যাপসা|কনডেন্সেশন|কন্ডেনসেশন|ঘনীভবন",
            r"(কালো|কাল)\s*(দাগ|ছোপ|ছাতা)|ছাতা\s*(পড়|ধর)",
            r"(দেয়াল|দেওয়াল)[^\s]{0,12}\s*([^\s]{1,25}\s+)?(ভেজা|ভিজে|স্যাঁ?ত)",
            r"(জানালা|জানলা)[^\s]{0,12}\s*([^\s]{1,25}\s+)?(পানি|জল)\s*জম",
        ),
        asb=_ASB["bn"],
    ),
    # Urdu: گرم پانی نہیں آ رہا, پانی نہیں ہے, بجلی چلی گئی, ٹوائلٹ بند, نل ٹپک رہا, تالا ٹوٹ گیا.
    "ur": _faults(
        _UR,
        gas_supply=(
            r"گیس\s*([^\s]{1,25}\s+){0,2}" + _UR_NONE,
            r"(چولہ|چولھ|چولے|ککر|برنر|اوون|ہوب" + _AR_END + r")[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}"
            r"(نہیں\s*جل\s*(رہا|رہی|رہے)|جل\s*نہیں\s*(رہا|رہی|رہے)|نہیں\s*جلتا|نہیں\s*جلتی"
            r"|آن\s*نہیں\s*ہو|نہیں\s*چل\s*(رہا|رہی))",
        ),
        heating_hot_water=(
            r"(ہیٹنگ|ہیٹر|گرم\s*پانی"
            r"|حرارت)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(" + _UR_NONE + "|" + _UR_BROKEN + ")",
            r"(بوائلر|بائلر|بوئلر|بویلر|بوائیلر"
            r"|گیزر)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}("
            + _UR_BROKEN
            + r"|نہیں\s*جل|بند\s*ہے|ایرر|پریشر|ٹھنڈا)",
            r"(ریڈی\s*ایٹر|ریڈیئٹر|ریڈیٹر|ریڈیایٹر)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ٹھنڈ"
            r"|گرم\s*نہیں|" + _UR_BROKEN + ")",
            r"(صرف|بس)\s*ٹھنڈا\s*پانی|پانی\s*گرم\s*نہیں",
        ),
        water_supply=(
            r"(?<!گرم\s)(?<!گرم)پانی\s*([^\s]{1,25}\s+){0,2}(نہیں\s*(ہے|آ\s*رہا|آرہا|آتا|آ\s*رہی)"
            r"|بند\s*ہے"
            r"|غائب|بالکل\s*نہیں)",
            _AR_START + r"(نل|نلکا|نلکے|ٹونٹی|ٹیپ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}پانی\s*(نہیں"
            r"|بند)",
            r"(پریشر|دباؤ|فورس)\s*([^\s]{1,25}\s+){0,2}(کم|بہت\s*کم|کمزور|نہیں)",
            r"پانی\s*(بہت\s*)?(کم|آہستہ|ہلکا|تھوڑا)\s*(آ\s*رہا|آتا|آرہا|آ\s*رہی)",
        ),
        electricity_supply=(
            r"(بجلی|لائٹ|لائیٹ|الیکٹرسٹی|الیکٹریسٹی|بتی|بتیاں"
            r"|بلب)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}("
            + _UR_NONE
            + "|"
            + _UR_BROKEN
            + r"|نہیں\s*جل\s*(رہی|رہا|رہیں|رہے)"
            r"|جل\s*نہیں\s*(رہی|رہا|رہیں|رہے)|گئی\s*ہوئی|گئی\s*ہے|آف\s*ہے)",
            r"(فیوز|فیوس|بریکر|ٹرپ\s*سوئچ|مین\s*سوئچ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(اڑ|ٹرپ|گر"
            r"|اتر"
            r"|بار\s*بار|بند\s*ہو)",
            r"بار\s*بار\s*(ٹرپ|فیوز)|ٹرپ\s*(ہو|کر)\s*(رہا|رہی|جاتا|جاتی|گیا|گئی)",
            r"لوڈ\s*شیڈنگ|پاور\s*کٹ",
        ),
        toilet=(
            r"(ٹوائلٹ|ٹائلٹ|ٹوئلٹ|ٹوائیلٹ|لیٹرین|کموڈ|بیت\s*الخلا"
            r"|فلش)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}"
            r"(بند\s*(ہو|ہے)|بلاک|جام|اٹک|رک\s*گ|نہیں\s*(ہو|چل)\s*رہ|کام\s*نہیں|خراب|ٹوٹ"
            r"|فلش\s*نہیں)",
        ),
        blocked_sink_bath=(
            _AR_START + r"(سنک|بیسن|واش\s*بیسن|باتھ\s*ٹب|ٹب|شاور|نالی"
            r"|ڈرین)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}"
            r"(بند\s*(ہو|ہے)|بلاک|جام|اٹک|رک\s*گ|رکا|پانی\s*نہیں\s*(جا|نکل|اتر)"
            r"|نہیں\s*(جا|نکل|اتر)\s*رہا)",
            r"پانی\s*([^\s]{1,25}\s+)?(نیچے\s*)?نہیں\s*(جا|نکل|اتر)\s*(رہا|رہی|تا)",
        ),
        tap=(
            _AR_START + r"(نل|نلکا|نلکے|ٹونٹی|ٹیپ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ٹپک|ٹپ\s*ٹپ"
            r"|قطر|لیک|ٹوٹ"
            r"|خراب|بند\s*نہیں\s*ہو|ڈھیلا|ڈھیلی|نہیں\s*گھوم)",
            r"(ٹپک|ٹپ\s*ٹپ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}" + _AR_START + r"(نل|ٹونٹی|ٹیپ)",
        ),
        roof_leak=(
            r"چھت[^\s]{0,12}\s*([^\s]{1,25}\s+)?(ٹپک|لیک|رس|چو\s*رہ|چوتی)",
            r"بارش[^\s]{0,12}\s*([^\s]{1,25}\s+){0,3}(ٹپک|لیک|رس|پانی\s*(اندر|آ\s*جاتا|آتا|ٹپکتا"
            r"|گرتا|ٹپک))",
        ),
        leaking_pipe_tank=(
            r"(پائپ|ٹینک|ٹنکی|ٹینکی|سسٹرن|فلش\s*ٹینک|بوائلر|بائلر|گیزر|ریڈی\s*ایٹر)[^\s]{0,12}\s*"
            r"([^\s]{1,25}\s+){0,2}(لیک|لیکیج|رس\s*(رہا|رہی)|ٹپک|پانی\s*(نکل|ٹپک|رس|گر))",
            r"(سنک|بیسن|ٹوائلٹ|ٹائلٹ|کموڈ|واشنگ\s*مشین)[^\s]{0,12}\s*(کے\s*)?(نیچے|پیچھے)\s*"
            r"([^\s]{1,25}\s+){0,2}(لیک|رس|ٹپک|پانی)",
            r"(لیکیج|لیک)\s*(ہو\s*رہ|ہے|ہو\s*گئی|ہو\s*گیا)",
            r"(ٹوائلٹ|ٹائلٹ|کموڈ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(لیک|رس\s*رہ|ٹپک)",
        ),
        insecure_entry=(
            _AR_START + r"(تالا|تالے|لاک|کنڈی|چٹخنی)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ٹوٹ|خراب"
            r"|کام\s*نہیں"
            r"|نہیں\s*لگ|لگ\s*نہیں|بند\s*نہیں\s*ہو|نہیں\s*گھوم)",
            r"(مین|سامنے\s*(کا|والا)|پچھلا|پیچھے\s*(کا|والا)|باہر\s*(کا|والا)|اگلا|بیرونی|گھر\s*کا"
            r"|داخلی)\s*(دروازہ|دروازے|گیٹ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(بند\s*نہیں"
            r"|لاک\s*نہیں|ٹوٹ|خراب"
            r"|نہیں\s*لگ)",
            r"کھڑکی[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(بند\s*نہیں|لاک\s*نہیں|ٹوٹ|نہیں\s*لگ)",
            r"(?<!کمرے\sکا\s)(?<!روم\sکا\s)(?<!کچن\sکا\s)(?<!اندر\sکا\s)(?<!الماری\sکا\s)"
            r"(دروازہ|دروازے)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(بند\s*نہیں\s*ہو|لاک\s*نہیں\s*ہو"
            r"|نہیں\s*لگ)",
            r"(دروازہ|دروازے|تالا|کھڑکی)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(توڑ\s*(دیا|دی|ڈالا|کر)"
            r"|زبردستی)",
            _AR_START + r"(چور|چوری|نقب)" + _AR_END,
        ),
        doors_windows_frames=(
            r"(فریم|چوکھٹ|چوکھاٹ|قبضہ|قبضے|کبضہ|ہینڈل|ہتھی"
            r"|کنڈا)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ٹوٹ|خراب"
            r"|گل\s*(گیا|گئی|گئے)|سڑ\s*(گیا|گئی|گئے)|ڈھیلا|ڈھیلے|نکل|اکھڑ)",
            r"(کمرے|روم|کچن|باتھ\s*روم|اندر|اندرونی|الماری)\s*(کا|کی|کے)?\s*(دروازہ"
            r"|دروازے)[^\s]{0,12}\s*"
            r"([^\s]{1,25}\s+){0,2}(ٹوٹ|خراب|بند\s*نہیں|نہیں\s*کھل|اٹک|لٹک)",
        ),
        damp_mould=(
            _AR_START + r"(سیلن|نمی|سیم)" + _AR_END,
            r"پھپھوند|پھپوند|فنگس|مولڈ|ڈیمپ|کنڈینسیشن|کنڈنسیشن",
            r"(کالے|کالی)\s*(دھبے|داغ|نشان)",
            r"(دیوار|دیواروں|دیواریں)[^\s]{0,12}\s*([^\s]{1,25}\s+)?(گیلی|گیلے|نم"
            + _AR_END
            + r"|بھیگ)",
            r"(کھڑکی|کھڑکیوں|شیشے)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(پانی\s*جم|بھاپ)",
        ),
        asb=_ASB["ur"],
    ),
    # Punjabi (Gurmukhi, romanised): ਗਰਮ ਪਾਣੀ ਨਹੀਂ ਆ ਰਿਹਾ, ਬਿਜਲੀ ਨਹੀਂ, ਟੂਟੀ ਚੋ ਰਹੀ, ਤਾਲਾ ਟੁੱਟ ਗਿਆ.
    "pa": _faults(
        _PA,
        _PA_COMPOSE,
        gas_supply=(
            r"ਗੈਸ\s*([^\s]{1,25}\s+){0,2}" + _PA_NONE,
            r"(ਚੁੱਲ੍ਹਾ|ਚੁੱਲ੍ਹੇ|ਚੁੱਲਾ|ਕੁੱਕਰ|ਬਰਨਰ|ਓਵਨ"
            r"|ਹੌਬ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}("
            + _PA_NOT
            + r"\s*(ਬਲ|ਜਲ|ਚੱਲ)\s*(ਰਿਹਾ|ਰਹੀ|ਰਹੇ)|"
            + _PA_NOT
            + r"\s*(ਬਲਦਾ|ਬਲਦੀ|ਜਲਦਾ|ਜਲਦੀ)"
            r"|(ਬਲ|ਜਲ)\s*" + _PA_NOT + ")",
            r"\b(chulha|chula|chullha|cooker|hob)\s+(nahi|nai|ni|nhi)\s+(balda|baldi"
            r"|bal\s+(reha|rea|riha))\b",
            r"\bgas\s+(nahi|nai|ni|nhi)\s+(aundi|aunda|aa\s+(rahi|rai|rhi)\s+(ae|aa))\b",
        ),
        heating_hot_water=(
            r"(ਹੀਟਿੰਗ|ਹੀਟਰ|ਗਰਮ\s*ਪਾਣੀ"
            r"|ਤੱਤਾ\s*ਪਾਣੀ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}"
            r"(" + _PA_NONE + "|" + _PA_BROKEN + ")",
            r"(ਬੋਇਲਰ|ਬੌਇਲਰ|ਬਾਇਲਰ|ਬੋਆਇਲਰ"
            r"|ਬੁਆਇਲਰ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}("
            + _PA_BROKEN
            + "|"
            + _PA_NOT
            + r"\s*(ਬਲ|ਜਲ|ਚੱਲ)|ਐਰਰ|ਪ੍ਰੈਸ਼ਰ)",
            r"(ਰੇਡੀਏਟਰ|ਰੇਡੀਐਟਰ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ਠੰਡੇ|ਠੰਢੇ|ਠੰਡਾ|ਠੰਢਾ"
            r"|ਗਰਮ\s*" + _PA_NOT + "|" + _PA_BROKEN + ")",
            r"(ਸਿਰਫ਼|ਬੱਸ)\s*(ਠੰਡਾ|ਠੰਢਾ)\s*ਪਾਣੀ",
            r"\b(heating|boiler|heater|garam\s+pani|garm\s+pani|garam\s+paani|tatta\s+pani)\s+"
            r"(\w+\s+)?(nahi|nai|ni|nhi)\s+(aunda|aundi|chal(da|di)|kam\s+kar(da|di)|kar(da|di))\b",
            r"\b(heating|boiler|heater|radiator)\w*\s+(\w+\s+)?(kharab|khraab|band)\s+(ho\s+)?(gaya"
            r"|gya|gea|geya|gayi|gai|gyi)\s+(ae|aa)\b",
        ),
        water_supply=(
            r"(?<!ਗਰਮ\s)(?<!ਤੱਤਾ\s)ਪਾਣੀ\s*([^\s]{1,25}\s+){0,2}" + _PA_NONE,
            r"(ਟੂਟੀ|ਟੂਟੀਆਂ|ਨਲਕਾ|ਟੈਪ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}ਪਾਣੀ\s*" + _PA_NOT,
            r"(ਪ੍ਰੈਸ਼ਰ|ਪਰੈਸ਼ਰ|ਦਬਾਅ)\s*([^\s]{1,25}\s+){0,2}(ਘੱਟ|ਕਮਜ਼ੋਰ)",
            r"ਪਾਣੀ\s*(ਬਹੁਤ\s*)?(ਘੱਟ|ਹੌਲੀ|ਥੋੜ੍ਹਾ)\s*(ਆ\s*(ਰਿਹਾ|ਰਹੀ)|ਆਉਂਦਾ)",
            r"\b(pani|paani|panni)\s+(nahi|nai|ni|nhi)\s+(aunda|aa\s+(reha|rea|riha))\b",
            r"\b(tutti|tooti|tap)\s+(\w+\s+)?(ton|to|chon)\s+(pani|paani)\s+(nahi|nai|ni|nhi)\b",
        ),
        electricity_supply=(
            r"(ਬਿਜਲੀ|ਲਾਈਟ|ਬੱਤੀ|ਬੱਤੀਆਂ|ਬਲਬ"
            r"|ਕਰੰਟ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}("
            + _PA_NONE
            + "|"
            + _PA_BROKEN
            + "|"
            + _PA_NOT
            + r"\s*(ਜਗ|ਬਲ|ਜਲ)\s*(ਰਹੀ|ਰਿਹਾ|ਰਹੀਆਂ|ਰਹੇ|ਦੀ|ਦਾ|ਦੀਆਂ)"
            r"|ਗੁੱਲ)",
            r"(ਫਿਊਜ਼|ਬਰੇਕਰ|ਬ੍ਰੇਕਰ|ਟ੍ਰਿਪ|ਟਰਿੱਪ|ਮੇਨ\s*ਸਵਿੱਚ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ਉੱਡ"
            r"|ਡਿੱਗ"
            r"|ਟ੍ਰਿਪ|ਟਰਿੱਪ|ਵਾਰ\s*ਵਾਰ|ਬੰਦ\s*ਹੋ)",
            r"\b(bijli|light|lite|batti)\s+(\w+\s+)?(nahi|nai|ni|nhi)\s+(aundi|aunda"
            r"|aa\s+(rahi|rai)\s+(ae|aa))\b",
            r"\b(bijli|light|batti)\s+(chali|challi)\s+(gayi|gai|gyi)\s+(ae|aa)\b",
            r"\bfuse\s+(udd?)\s+(gaya|gya|geya|gea)\s+(ae|aa)\b",
        ),
        toilet=(
            r"(ਟਾਇਲਟ|ਟੌਇਲਟ|ਟੁਆਇਲਟ|ਫਲੱਸ਼|ਲੈਟਰੀਨ|ਕਮੋਡ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ਬੰਦ\s*ਹੋ"
            r"|ਬਲੌਕ"
            r"|ਬਲਾਕ|ਜਾਮ|ਫਸ|ਅੜ|" + _PA_NOT + r"\s*(ਹੋ|ਚੱਲ)\s*(ਰਿਹਾ|ਰਹੀ)|" + _PA_BROKEN + ")",
            r"\b(toilet|flush)\s+(\w+\s+)?(band|block|jam)\s+(ho\s+)?(gaya|gya|geya|gea|gayi|gai"
            r"|gyi)"
            r"\s+(ae|aa)\b",
            r"\bflush\s+(nahi|nai|ni|nhi)\s+(hunda|chaldi|chalda|kardi|karda|ho\s+reha)\b",
        ),
        blocked_sink_bath=(
            r"(ਸਿੰਕ|ਬੇਸਿਨ|ਬਾਥ\s*ਟੱਬ|ਟੱਬ|ਸ਼ਾਵਰ|ਨਾਲੀ"
            r"|ਡਰੇਨ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ਬੰਦ\s*ਹੋ|ਬੰਦ\s*ਹੈ"
            r"|ਬਲੌਕ|ਬਲਾਕ|ਜਾਮ|ਫਸ|ਅੜ|ਪਾਣੀ\s*" + _PA_NOT + r"\s*(ਜਾ|ਨਿਕਲ|ਨਿੱਕਲ|ਲੰਘ))",
            r"ਪਾਣੀ\s*([^\s]{1,25}\s+)?(ਹੇਠਾਂ\s*)?" + _PA_NOT + r"\s*(ਜਾ|ਨਿਕਲ|ਨਿੱਕਲ|ਲੰਘ)\s*(ਰਿਹਾ|ਰਹੀ"
            r"|ਦਾ)",
            r"\b(sink|basin|shower|bath|naali|nali)\s+(\w+\s+)?(band|block|jam)\s+(ho\s+)?(gaya|gya"
            r"|geya|gea|gayi|gai|gyi)\s+(ae|aa)\b",
            r"\b(pani|paani)\s+((thalle|hethan|heth)\s+)?(nahi|nai|ni|nhi)\s+(janda|nikalda"
            r"|langhda)\b",
        ),
        tap=(
            r"(ਟੂਟੀ|ਨਲਕਾ|ਟੈਪ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ਚੋ\s*(ਰਹੀ|ਰਿਹਾ|ਰਹੇ)|ਚੋਂਦੀ|ਚੋਂਦਾ"
            r"|ਟਪਕ|ਲੀਕ|" + _PA_BROKEN + r"|ਢਿੱਲੀ|ਢਿੱਲਾ|ਬੰਦ\s*" + _PA_NOT + ")",
            r"\b(tutti|tooti|tap)\s+(\w+\s+)?(cho\s+(rahi|rai|pai)|chondi|tapak(di|da)"
            r"|leak\s+kar(di|da)|tutt\s+(gayi|gai|gyi)|kharab\s+(ho\s+)?(gayi|gai|gyi))\b",
        ),
        roof_leak=(
            r"ਛੱਤ[^\s]{0,12}\s*([^\s]{1,25}\s+)?(ਲੀਕ|ਚੋਂਦੀ|ਚੋਂਦਾ|ਟਪਕ)",
            r"(ਮੀਂਹ|ਬਾਰਿਸ਼|ਬਾਰਸ਼|ਵਰਖਾ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,3}(ਲੀਕ|ਚੋਂਦੀ|ਚੋਂਦਾ|ਟਪਕ"
            r"|ਪਾਣੀ\s*(ਅੰਦਰ|ਆ\s*ਜਾਂਦਾ))",
            r"\b(chh?att?h?)\s+(\w+\s+)?(leak\s+kar(di|da)|chondi|chaundi|tapakdi)\b",
            r"\b(meenh|mee?nh|barish|baarish)\s+(\w+\s+){0,2}(painda|pave|paye|pende)\b"
            r"[^.!?]{0,40}?(leak|chon|cho|tapak)\w*",
        ),
        leaking_pipe_tank=(
            r"(ਪਾਈਪ|ਟੈਂਕੀ|ਟੈਂਕ|ਸਿਸਟਰਨ|ਬੋਇਲਰ|ਬੌਇਲਰ|ਰੇਡੀਏਟਰ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ਲੀਕ"
            r"|ਚੋ\s*(ਰਹੀ|ਰਿਹਾ|ਰਹੇ)|ਚੋਂਦੀ|ਚੋਂਦਾ|ਟਪਕ|ਪਾਣੀ\s*(ਨਿਕਲ|ਚੋ|ਟਪਕ|ਰਿਸ))",
            r"(ਸਿੰਕ|ਬੇਸਿਨ|ਟਾਇਲਟ|ਟੌਇਲਟ|ਕਮੋਡ)[^\s]{0,12}\s*(ਦੇ\s*)?(ਹੇਠਾਂ|ਥੱਲੇ"
            r"|ਪਿੱਛੇ)\s*([^\s]{1,25}\s+){0,2}"
            r"(ਲੀਕ|ਚੋ|ਟਪਕ|ਪਾਣੀ)",
            r"ਲੀਕ\s*(ਹੋ|ਕਰ)\s*(ਰਿਹਾ|ਰਹੀ|ਰਹੇ|ਦਾ|ਦੀ)",
            r"\b(pipe|tanki|tank|cistern)\s+(\w+\s+)?(leak|cho|chon)\w*\s+(kar(di|da)|rahi|reha|rai"
            r"|rea|pai|paya)\b",
            r"\bsink\s+(de|di)\s+(thalle|thale|heth|hethan)\s+(\w+\s+)?(pani|paani|leak)\b",
        ),
        insecure_entry=(
            _PA_START + r"(ਤਾਲਾ|ਤਾਲੇ|ਜਿੰਦਾ|ਜਿੰਦਰਾ|ਲੌਕ|ਲਾਕ"
            r"|ਕੁੰਡੀ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}("
            + _PA_BROKEN
            + "|"
            + _PA_NOT
            + r"\s*ਲੱਗ|ਲੱਗ\s*"
            + _PA_NOT
            + r"|ਬੰਦ\s*"
            + _PA_NOT
            + r"\s*ਹੋ|"
            + _PA_NOT
            + r"\s*ਘੁੰਮ)",
            r"(ਮੂਹਰਲਾ|ਮੂਹਰਲੇ|ਅਗਲਾ|ਅਗਲੇ|ਪਿਛਲਾ|ਪਿਛਲੇ|ਮੇਨ|ਬਾਹਰਲਾ|ਬਾਹਰਲੇ|ਘਰ\s*ਦਾ|ਸਾਹਮਣੇ\s*ਵਾਲਾ)\s*"
            r"(ਦਰਵਾਜ਼ਾ|ਦਰਵਾਜ਼ੇ|ਬੂਹਾ|ਬੂਹੇ|ਗੇਟ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ਬੰਦ\s*"
            + _PA_NOT
            + r"|ਲੌਕ\s*"
            + _PA_NOT
            + "|"
            + _PA_BROKEN
            + ")",
            r"(ਖਿੜਕੀ|ਬਾਰੀ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ਬੰਦ\s*"
            + _PA_NOT
            + r"|ਲੌਕ\s*"
            + _PA_NOT
            + r"|ਟੁੱਟ)",
            r"(?<!ਕਮਰੇ\sਦਾ\s)(?<!ਰੂਮ\sਦਾ\s)(?<!ਅੰਦਰ\sਦਾ\s)(?<!ਰਸੋਈ\sਦਾ\s)(ਦਰਵਾਜ਼ਾ|ਦਰਵਾਜ਼ੇ|ਬੂਹਾ"
            r"|ਬੂਹੇ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ਬੰਦ\s*" + _PA_NOT + r"\s*(ਹੋ|ਹੁੰਦਾ)"
            r"|ਲੌਕ\s*" + _PA_NOT + ")",
            r"(ਦਰਵਾਜ਼ਾ|ਦਰਵਾਜ਼ੇ|ਬੂਹਾ|ਤਾਲਾ|ਜਿੰਦਾ"
            r"|ਖਿੜਕੀ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ਤੋੜ\s*(ਦਿੱਤਾ|ਦਿੱਤੀ"
            r"|ਕੇ)|ਜ਼ਬਰਦਸਤੀ)",
            _PA_START + r"(ਚੋਰ|ਚੋਰੀ|ਸੰਨ੍ਹ)" + _PA_END,
            r"\b(darwaza|darwaja|booha|buha|khirki|khidki|baari)\s+(\w+\s+)?(band|lock)\s+(nahi|nai"
            r"|ni|nhi)\s+(hunda|hundi|ho\s+(reha|rea|rai|rahi))\b",
            r"\b(lock|jandra|jindra|tala|taala)\s+(\w+\s+)?(tutt|kharab)\s+(ho\s+)?(gaya|gya|geya"
            r"|gea"
            r"|gayi|gai|gyi)\s+(ae|aa)\b",
            r"\b(darwaza|booha|buha|lock)\s+(\w+\s+)?(tod|torr?|todd)\s+(ditta|dita|ditti)\b",
        ),
        doors_windows_frames=(
            r"(ਫਰੇਮ|ਚੁਗਾਠ|ਚੌਗਾਠ|ਕਬਜ਼ਾ|ਕਬਜ਼ੇ|ਹੈਂਡਲ"
            r"|ਚੌਖਟ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}("
            + _PA_BROKEN
            + r"|ਗਲ\s*(ਗਿਆ|ਗਈ|ਗਏ)|ਸੜ\s*(ਗਿਆ|ਗਈ|ਗਏ)|ਢਿੱਲਾ|ਢਿੱਲੇ|ਨਿਕਲ|ਉੱਖੜ)",
            r"(ਕਮਰੇ|ਰੂਮ|ਬਾਥਰੂਮ|ਰਸੋਈ|ਅੰਦਰ|ਅੰਦਰਲਾ|ਅੰਦਰਲੇ|ਅਲਮਾਰੀ)\s*(ਦਾ|ਦੇ|ਦੀ)?\s*(ਦਰਵਾਜ਼ਾ|ਦਰਵਾਜ਼ੇ"
            r"|ਬੂਹਾ|ਬੂਹੇ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}("
            + _PA_BROKEN
            + r"|ਬੰਦ\s*"
            + _PA_NOT
            + r"|ਖੁੱਲ੍ਹ\s*"
            + _PA_NOT
            + r"|ਅੜ|ਲਟਕ)",
            r"\b(frame|chugaath|chugath|kabza|handle)\s+(\w+\s+)?(tutt|gal|sarr?)\s*(gaya|gya|geya"
            r"|gea|gayi|gai|gyi)\b",
            r"\b(kamre|bathroom|kitchen|room|andar)\s+(da|di|de)\s+(darwaza|booha|buha)\s+(\w+\s+)?"
            r"(tutt\w*|band\s+(nahi|ni|nai)|kharab)",
        ),
        damp_mould=(
            _PA_START + r"(ਸਿੱਲ੍ਹ|ਸਿੱਲ|ਸਲ੍ਹਾਬ|ਸਲਾਬ|ਨਮੀ|ਉੱਲੀ)(ੀ|ਾ|ੇ)?" + _PA_END,
            r"ਫੰਗਸ|ਮੋਲਡ|ਡੈਂਪ|ਕੰਡੈਂਸੇਸ਼ਨ",
            r"(ਕਾਲੇ|ਕਾਲੀ)\s*(ਧੱਬੇ|ਦਾਗ਼|ਨਿਸ਼ਾਨ)",
            r"(ਕੰਧ|ਕੰਧਾਂ)[^\s]{0,12}\s*([^\s]{1,25}\s+)?(ਗਿੱਲੀ|ਗਿੱਲੀਆਂ|ਸਿੱਲ੍ਹੀ|ਸਿੱਲੀ)",
            r"\b(ulli|uli)\s+(lag|lagg|lggi|laggi|aa)\w*",
            r"\b(kandh|kandhan|diwar|deewar)\w*\s+(\w+\s+)?(te|vich)\s+(sill?h?|ulli|uli|silaab"
            r"|slaab)\b",
        ),
        asb=_ASB["pa"],
    ),
    # Arabic (standard, dialects): ما في مي سخنة, المي مقطوعة, الكهربا مقطوعة, الحوض مسدود.
    "ar": _faults(
        _AR,
        gas_supply=(
            r"(ال)?غاز\s*([^\s]{1,25}\s+)?(مقطوع|انقطع|قاطع|مافي|ما\s*في|مفيش|ماكو|خلص|خالص"
            r"|ما\s*(يجي|بيجي|يوصل|يشتغل|بيشتغل)|مش\s*(بيجي|جاي|واصل|شغال)|لا\s*(يصل|يأتي|يعمل)"
            r"|ضعيف)",
            r"(ما\s*في|مافي|مفيش|مافيش|ماكو|لا\s*يوجد|ما\s*عندي|ماعندي|معنديش|ما\s*عنا|ما\s*عندنا"
            r"|انقطاع|انقطع|قطعوا)\s*(ال)?غاز",
            r"(ال)?(بوتاجاز|بوتجاز|طباخ[ةه]?|فرن|عيون\s*(ال)?غاز|عين\s*(ال)?غاز|شعل[ةه]|موقد"
            r"|غاز\s*(ال)?طبخ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ما\s*(يشعل|تشعل|بيشعل|بتشعل|يولع"
            r"|تولع|بيولع"
            r"|بتولع|تقيد|يقيد|بتقيد|بيقيد)|مش\s*(بيولع|بتولع|بيشعل|بتشعل|بتقيد|بيقيد|راضي\s*يولع"
            r"|راضي[ةه]\s*تولع)|لا\s*(يشتعل|تشتعل|يشعل|تشعل)|مو\s*(راضي|راضي[ةه])\s*(يشعل|تشعل"
            r"|يولع|تولع))",
            r"(ما|مش|لا)\s*(اقدر|بقدر|قادر|قادر[ةه]|استطيع|نقدر|قادرين)\s*(اشعل|اولع|نشعل|نولع)\s*"
            r"(ال)?(بوتاجاز|طباخ|فرن|غاز|عيون|شعل)",
        ),
        heating_hot_water=(
            r"(ال)?(تدفئ[ةه]|تدفي[ةه]|سخان|بويلر|بويلير|غلاي[ةه]|كالوريفير|شوفاج|رديتر|راديتير"
            r"|ردياتير|رادياتير|مشعاع|مشعات|دفاي[ةه]|هيتر|هيتنج"
            r"|هيتنغ)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}("
            + _AR_BROKEN
            + r"|مقطوع[ةه]?|انقطع|بارد[ةه]?|ساقع[ةه]?|ما\s*(تسخن|يسخن|بتسخن|بيسخن|يدفي"
            r"|تدفي)|مش\s*(بيسخن|بتسخن|بيدفي|بتدفي)|لا\s*(يسخن|تسخن|يدفئ|تدفئ)|ضغط)",
            r"(" + _AR_NONE + r"|انقطعت|انقطع|انقطاع|مقطوع[ةه]?)\s*(ال)?(تدفئ[ةه]|تدفي[ةه]|شوفاج"
            r"|تسخين|سخان|(مي[ةه]|مياه|ماء|موي[ةه]|مي)\s*(ال)?(سخن[ةه]?|ساخن[ةه]?|حار[ةه]"
            r"|دافي[ةه]?))",
            r"(ال)?(مي[ةه]|مياه|ماء|موي[ةه]|مي)\s*(ال)?(سخن[ةه]?|ساخن[ةه]?|حار[ةه]|دافي[ةه]?)\s*"
            r"([^\s]{1,25}\s+)?(" + _AR_NONE + r"|مقطوع[ةه]?|انقطعت|ما\s*(تطلع|تجي|بتيجي|بتنزل|تنزل"
            r"|في"
            r"|فيه|تسخن)|مش\s*(بتيجي|بتنزل|بتطلع|موجود[ةه]?|جاي[ةه]|نازل[ةه]|طالع[ةه])"
            r"|لا\s*(تأتي|تصل|يوجد|توجد)|ماكو|خلصت)",
            r"(بس|فقط|غير)\s*(ال)?(مي[ةه]?|مياه|ماء|موي[ةه]?)\s*(ال)?(بارد[ةه]|ساقع[ةه])",
        ),
        water_supply=(
            r"(" + _AR_NONE + r"|انقطعت|انقطع|انقطاع|قاطع[ةه]|مقطوع[ةه]?|قطعوا"
            r"|قطعت)\s*(ال)?" + _AR_WATER + r"(?!\s*(ال)?(سخن|ساخن|حار|دافي))",
            r"(ال)?" + _AR_WATER + r"(?!\s*(ال)?(سخن|ساخن|حار|دافي))\s*([^\s]{1,25}\s+)?(مقطوع[ةه]?"
            r"|انقطعت|انقطع|قاطع[ةه]|ما\s*(تطلع|تجي|في|فيه|بتطلع|بتيجي|تصل|توصل|طالع[ةه]"
            r"|واصل[ةه])|مش\s*(بتيجي|بتطلع|جاي[ةه]|طالع[ةه]|موجود[ةه]|واصل[ةه])"
            r"|لا\s*(تأتي|تصل|تخرج)|ماكو|مافي)",
            r"(ال)?(حنفي[ةه]|حنفيات|بزبوز|بزابيز|صنبور"
            r"|صنابير)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(ما\s*(تطلع"
            r"|تجيب|بتجيب|تنزل|بتنزل|فيها|يطلع|ينزل|بتطلع|بيطلع)|مش\s*(بتنزل|بتطلع|بتجيب|بينزل"
            r"|بيطلع|نازل)|لا\s*(تخرج|يخرج|تنزل))\s*(ال)?(مي|ماء|مياه|موي|ميه|مويه|شي|حاج[ةه]"
            r"|ولا\s*نقط[ةه])",
            r"(ضغط|دفع|قو[ةه])\s*(ال)?(مي[ةه]|مياه|ماء|موي[ةه]|مي)\s*([^\s]{1,25}\s+)?(ضعيف[ةه]?"
            r"|خفيف[ةه]?|قليل[ةه]?|واطي[ةه]?|منخفض[ةه]?|تعبان[ةه]?)",
            r"(ال)?" + _AR_WATER + r"\s*([^\s]{1,25}\s+)?(ضعيف[ةه]|خفيف[ةه]|بطيئ[ةه]|ضغطها\s*(ضعيف"
            r"|قليل"
            r"|خفيف|واطي))",
        ),
        electricity_supply=(
            r"(" + _AR_NONE + r"|انقطعت|انقطع|انقطاع|قاطع[ةه]|مقطوع[ةه]?|قطعت|قطعوا|طافي[ةه]?|طفت"
            r"|راحت|روحت|فصلت)\s*(ال)?(كهربا|كهرباء|كهربه|كهربة|ضو|ضوء|اضاء[ةه]|انوار|نور|تيار"
            r"|باور)" + _AR_END,
            r"(ال)?(كهربا|كهرباء|كهربه|كهربة|ضو|ضوء|اضاء[ةه]|انوار|اضواء|لمبات|لمب[ةه]|لمبه|نور"
            r"|تيار)" + _AR_END + r"\s*([^\s]{1,25}\s+){0,2}(مقطوع[ةه]?|انقطعت|انقطع|قاطع[ةه]"
            r"|طافي[ةه]"
            r"|طفت|طفي|راحت|راح|" + _AR_BROKEN + r"|ما\s*(تشتغل|يشتغل|تضوي|يضوي|تنور|ينور|تولع|يولع"
            r"|بتولع|بيولع|فيه|فيها)|مش\s*(بتنور|بينور|بتولع|بيولع|شغال[ةه]?))",
            r"(ال)?(فيوز|فيوزات|قاطع|قواطع|طبلون|بريكر|ديجانتير|ديجنتير|المفتاح\s*الرئيسي|تريب)"
            r"[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(يفصل|بيفصل|تفصل|بتفصل|فصل|فصلت|ينزل|بينزل|نزل"
            r"|تنزل|يطيح|طاح"
            r"|يطفي|بيطفي|يقطع|بيقطع|يضرب|ضرب|طار|طاير|ينط|بينط|نط)",
            r"(فصل|نزل|طاح|ضرب|طار|نط)\s*(ال)?(فيوز|قاطع|طبلون|بريكر|ديجانتير|تريب)",
        ),
        toilet=(
            r"(ال)?(تواليت|توالت|مرحاض|مراحيض|كرسي\s*(ال)?(حمام|تواليت)|قاعد[ةه]\s*(ال)?(حمام"
            r"|تواليت)|بيت\s*(ال)?خلاء|بيت\s*(ال)?مي|كابين[ةه])[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}("
            + _AR_BLOCKED
            + ")",
            _AR_START + r"(?<!مغسل[ةه]\s)(?<!حوض\s)(?<!دش\s)(?<!بلاع[ةه]\s)(?<!بالوع[ةه]\s)"
            r"(?<!مجرى\s)(?<!باب\s)(?<!شباك\s)(?<!بانيو\s)(?<!مجلى\s)(?<!سنك\s)(?<!لمب[ةه]\s)"
            r"(ال)?حمام\s*([^\s]{1,25}\s+)?(مسدود[ةه]?|انسد|مقفول|مزنوق|طافح|فايض|مبلوك)",
            r"(ال)?(سيفون|سيفونه|سيفونة|سايفون|سحاب[ةه]?|فلش|فلاش|خزان\s*(ال)?(تواليت|مرحاض|حمام"
            r"|سيفون))[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(" + _AR_BROKEN + r"|ما\s*(يسحب|يشد|يفرغ"
            r"|ينزل|بيسحب"
            r"|يعبي|يمتلئ)|مش\s*(بيسحب|بينزل|بيشد|بيعبي)|لا\s*(يسحب|يعمل))",
            r"(ما|مش|لا)\s*(اقدر|بقدر|قادر|قادر[ةه]|استطيع|نقدر)\s*(اسحب|اشد|افرغ|نسحب)\s*(ال)?"
            r"(سيفون|مي[ةه]|سحاب|فلش)",
        ),
        blocked_sink_bath=(
            _AR_START + r"(ال)?" + _AR_SINK + r"[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(مسدود[ةه]?|انسد"
            r"|انسدت|سدت"
            r"|مقفول[ةه]?|مزنوق[ةه]?|بلوك|مبلوك[ةه]?|ما\s*(يصرف|تصرف|بيصرف|بتصرف|ينزل|تنزل|يمشي"
            r"|تمشي|يسحب|تسحب|يبلع|تبلع)|مش\s*(بيصرف|بتصرف|بيسحب|بتسحب|بينزل|بتنزل|بيمشي|بتمشي)"
            r"|لا\s*(يصرف|تصرف|يسحب|تسحب)|واقف[ةه]?\s*في(ه|ها))",
            r"(ال)?" + _AR_WATER + r"\s*([^\s]{1,25}\s+)?(واقف[ةه]|متجمع[ةه]|راكد[ةه]|ما\s*(تصرف"
            r"|تنزل|تمشي"
            r"|بتنزل|بتصرف|تسحب)|مش\s*(بتصرف|بتنزل|بتمشي|بتسحب))\s*([^\s]{1,25}\s+)?(في|ب"
            r"|من)\s*(ال)?" + _AR_SINK,
        ),
        tap=(
            r"(ال)?(حنفي[ةه]|حنفيات|بزبوز|بزابيز|صنبور|صنابير|خلاط\s*(ال)?(مي|مغسل|حمام|مطبخ)"
            r"[^\s]{0,12}|محبس)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(تنقط|بتنقط|ينقط|بينقط|تقطر|يقطر"
            r"|نقط|تسرب|يسرب"
            r"|بتسرب|بيسرب|تخر|يخر|بتخر|بيخر|" + _AR_BROKEN + r"|ما\s*(تسكر|تتسكر|بتسكر|تنسكر|تقفل"
            r"|تتقفل|بتقفل|تنقفل|تلف|يسكر|يقفل|ينسكر)|مش\s*(بتقفل|بتتقفل|بتسكر|بتتسكر|بتلف|بيقفل)"
            r"|لا\s*(تغلق|يغلق|تقفل|تسكر)|سايب[ةه]|مفكوك[ةه]|رخو[ةه]?|فلتان[ةه]?)",
            r"(تنقط|بتنقط|تقطر|تسرب|بتسرب)\s*(من\s*)?(ال)?(حنفي[ةه]|بزبوز|صنبور|خلاط)",
        ),
        roof_leak=(
            r"(ال)?(سطح|سطوح|روف)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(يسرب|بيسرب|يخر|بيخر|ينقط|بينقط"
            r"|يرشح"
            r"|بيرشح|يدلف|بيدلف|دالف|مخروم|فيه\s*(تسريب|خرم|شق|شقوق)|يدخل\s*(من[ةه]\s*)?(ال)?مي)",
            _AR_START + r"(ال)?(دلف|يدلف|بيدلف|دالف|بدلف)" + _AR_END,
            r"(لما|لمن|عندما|اذا|كل\s*ما|كلما|وقت|ايام)\s*(تمطر|بتمطر|يمطر|بيمطر|تشتي|بتشتي"
            r"|الدنيا\s*(تمطر|بتمطر|تشتي)|(ال)?مطر|ينزل\s*(ال)?مطر|نزل\s*(ال)?مطر|مطرت|(ال)?شتا)"
            r"[^.!؟?]{0,40}?(يسرب|بيسرب|يخر|بيخر|ينقط|بينقط|يرشح|بيرشح|يدلف|بيدلف|تسرب|تخر|تنقط"
            r"|تدخل|يدخل|بتدخل|بيدخل)",
            r"(ال)?(مطر|امطار|مي[ةه]\s*(ال)?مطر)\s*([^\s]{1,25}\s+){0,2}(تدخل|يدخل|بتدخل|بيدخل|تسرب"
            r"|يسرب|تخر|ينقط|تنقط|بتنقط|بينقط)",
        ),
        leaking_pipe_tank=(
            r"(ال)?(ماسور[ةه]|مواسير|انبوب|انابيب|بوري|بواري|قسطل|قساطل|بايب|خزان|تانك|سيفون|سخان"
            r"|بويلر|غلاي[ةه]|وصل[ةه]|محبس|خرطوم|رديتر|رادياتير"
            r"|مشعاع)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}" + _AR_LEAK,
            r"(تسريب|تسرب|تهريب|رشح)\s*(ال)?(مي[ةه]|مياه|ماء|موي[ةه])",
            r"(تحت|اسفل|ورا|خلف)\s*(ال)?(مغسل[ةه]|حوض|مجلى|سنك|سينك|بانيو|تواليت|مرحاض|كرسي"
            r"|غسال[ةه])[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(تسر|يسر|بيسر|بتسر|ينقط|تنقط|بينقط|بتنقط"
            r"|يقطر|تقطر"
            r"|مي|ماء|مياه|مويه|تسريب|رشح|مبلول|مبلل|بلل|بركة)",
            r"(تسريب|تسرب|نقط|تنقط|ينقط|بينقط|بتنقط|مي[ةه]?|مياه|ماء|موي[ةه]"
            r"|رشح)\s*([^\s]{1,25}\s+)?"
            r"(تحت|اسفل)\s*(ال)?(مغسل[ةه]|حوض|مجلى|سنك|سينك|بانيو|تواليت|مرحاض)",
            r"(ال)?(تواليت|مرحاض|كرسي\s*(ال)?حمام)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}" + _AR_LEAK,
        ),
        insecure_entry=(
            _AR_START + r"(ال)?(قفل|اقفال|كالون|كوالين|كيلون|طبل[ةه]\s*(ال)?باب|ترباس|مزلاج|لوك)"
            r"[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(مكسور|انكسر|خربان|خرب|بايظ|باظ|تالف|معطل|متعطل"
            r"|ما\s*(يقفل|يسكر|يشتغل|يلف|يدور|بيقفل|بيسكر)|مش\s*(بيقفل|بيسكر|شغال|بيلف)"
            r"|لا\s*(يقفل|يغلق|يعمل|يدور)|عالق|علق)",
            r"(ال)?باب\s*(ال)?(بيت|شق[ةه]|منزل|رئيسي|خارجي|امامي|قدامي|ورا|ورائي|خلفي|مدخل|دخول"
            r"|شارع|برا|براني|حوش|عمار[ةه]|بلكون[ةه]|شرف[ةه]"
            r"|حديق[ةه])[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}"
            r"(ما\s*(يقفل|يسكر|يتقفل|يتسكر|بيسكر|بيقفل|ينقفل|ينسكر)|مش\s*(بيقفل|بيتقفل|بيسكر"
            r"|بيتسكر)|لا\s*(يغلق|يقفل|ينغلق)|مكسور|انكسر|خربان|بايظ|تالف|مخلوع|انخلع)",
            _AR_START + r"(ال)?باب(?!\s*(ال)?" + _AR_INSIDE + r")[^\s]{0,12}\s*"
            r"([^\s]{1,25}\s+){0,2}(ما\s*(يقفل|يسكر|يتقفل|يتسكر|بيسكر|بيقفل|ينقفل|ينسكر)|مش\s*(بيقفل|بيتقفل|بيسكر"
            r"|بيتسكر)|لا\s*(يغلق|يقفل|ينغلق))",
            r"(ال)?(شباك|شبابيك|نافذ[ةه]|نوافذ|دريش[ةه]|دريشات)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}"
            r"(ما\s*(يقفل|يسكر|يتقفل|يتسكر|بيسكر|بيقفل|تقفل|تسكر|تنقفل|تنسكر|ينقفل|ينسكر)"
            r"|مش\s*(بيقفل|بيتقفل|بيسكر|بيتسكر|بتقفل|بتتقفل)|لا\s*(يغلق|يقفل|تغلق|تقفل)"
            r"|مكسور[ةه]?|انكسر|انكسرت)",
            r"(كسروا|كسرو|خلعوا|خلعو|اقتحموا|اقتحام|كسر|خلع)\s*(ال)?(باب|قفل|كالون|شباك|نافذ[ةه]"
            r"|دريش[ةه])",
            _AR_START + r"(حرامي[ةه]?|لصوص|سطو|اقتحم[^\s]{0,12}|سرقوا|انسرق)",
        ),
        doors_windows_frames=(
            r"(ال)?(اطار|برواز|حلق\s*(ال)?باب|مفصل[ةه]?|مفاصل|مقبض|ايد[ةه]?\s*(ال)?باب|اوكر[ةه]"
            r"|اكر[ةه]|مسك[ةه]\s*(ال)?باب|شنكل)[^\s]{0,12}\s*([^\s]{1,25}\s+){0,2}(مكسور[ةه]?|انكسر"
            r"|انكسرت"
            r"|خربان[ةه]?|تالف[ةه]?|مخلوع[ةه]?|انخلع|انخلعت|طايح[ةه]?|طاح|طاحت|مفكوك[ةه]?"
            r"|سايب[ةه]?|متآكل[ةه]?|مسوس|معفن|مهترئ|بايظ[ةه]?|واقع[ةه]?|وقع|وقعت|مايل)",
            r"(ال)?باب\s*(ال)?" + _AR_INSIDE + r"[^\s]{0,12}\s*([^\s]{1,25}\s+){0,3}(مكسور|انكسر"
            r"|خربان|تالف"
            r"|مخلوع|انخلع|طايح|طاح|بايظ|ما\s*(يقفل|يسكر|يتسكر|يتقفل|ينفتح|يفتح|بيسكر|بيقفل)"
            r"|مش\s*(بيقفل|بيتقفل|بيسكر|بيتسكر|بيتفتح)|لا\s*(يغلق|يقفل|يفتح)|يحك|بيحك|عالق|معلق"
            r"|مايل)",
        ),
        damp_mould=(
            r"رطوب[ةه]",
            _AR_START + r"(ال)?(عفن|تعفن|عفون[ةه]|عفونات|فطريات|معفن[ةه]?)" + _AR_END,
            r"تكثف|تكاثف|" + _AR_START + r"(ال)?نشع|بخار\s*(ال)?(مي|ماء)\s*على|(بقع|بقعات)\s*(سود"
            r"|سودا|سوداء|سوده)",
            r"(ال)?(حيط|حيطان|جدار|جدران|حايط|حائط)[^\s]{0,12}\s*([^\s]{1,25}\s+)?(مبلول|مبلل|رطب"
            r"|مبتل|ناشع"
            r"|نشع|معفن)",
            r"(ال)?(شباك|شبابيك|زجاج|قزاز|نوافذ|نافذ[ةه])[^\s]{0,12}\s*([^\s]{1,25}\s+)?(يعرق|بيعرق"
            r"|تعرق"
            r"|عليه\s*بخار|عليها\s*بخار)",
        ),
        asb=_ASB["ar"],
    ),
    # Somali: biyo kulul ma jiraan, biyo ma lihin, koronto ma jirto, musqusha waa xiran tahay.
    "so": _faults(
        _SO,
        gas_supply=(
            r"\bgaa?s(ka|kii|ku|ta)?[-'’]?\w*\s+(\w+\s+){0,2}" + _SO_NONE,
            r"\b(ma\s+(hayno|haysto|lihin|leh|jiro|haysano|haysanno)"
            r"|kuma\s+jiro)\s+(\w+\s+)?gaa?s\w*",
            r"\b(shoolad|shoolo|cooker|kuukar|kuker|foorno|hob|burjiko)[-'’]?\w*\s+(\w+\s+){0,3}"
            r"(ma\s+(shid|holc)\w*|shidmi\s+(maayo|waayay|weyday)|lama\s+shidi\s+karo|"
            + _SO_BROKEN
            + r")",
        ),
        heating_hot_water=(
            r"\b(heating|hiiting|hiitin|kululeyn|kululayn|kuleyl|kulayl|kululeeye|kuleyliye|boiler"
            r"|boyler|bolier|hiitar|heater)[-'’]?\w*\s+(\w+\s+){0,3}("
            + _SO_NONE
            + "|"
            + _SO_BROKEN
            + r"|qabow|qaboob|qabaw)",
            r"\bbiy(o|aha|ihii)\s+(kulul|kulaylk|diiran|diirran)\w*\s+(\w+\s+){0,2}" + _SO_NONE,
            r"\b(ma\s+(jiro|jiraan|hayno|haysano|haysto|lihin|leh)|kuma\s+jir\w*)\s+(\w+\s+)?"
            r"(biyo\s+kulul|biyo\s+diiran|kuleyl|kulayl|heating|hiiting)",
            r"\b(radiator|raadiyeetar|radiyeetar|reediyeetar)[-'’]?\w*\s+(\w+\s+){0,3}(qabow|qaboob"
            r"|qabaw|ma\s+kulaal\w*|ma\s+kululaan\w*|" + _SO_BROKEN + ")",
            r"\b(boiler|boyler)[-'’]?\w*\s+(\w+\s+){0,3}(pressure|cadaadis)\w*",
        ),
        water_supply=(
            r"\bbiy(o|aha|ihii|uhu)\b(?!\s+(kulul|diiran|kulaylk|sink|qubeys|musqu|suuli|bath"
            r"|shower|toilet))\s+(\w+\s+){0,2}" + _SO_NONE,
            r"\b(ma\s+(hayno|haysano|haysto|lihin|leh)|kuma\s+jir\w*)\s+(\w+\s+)?biyo\b"
            r"(?!\s+(kulul|diiran))",
            r"\b(qasabad\w*|tab(ka|kii)?|tap(ka|kii)?|taab(ka|kii)?)[-'’]?\w*\s+(\w+\s+){0,2}"
            r"biy(o|aha)\s+(kama|ma)\s+(\w+\s+)?(yimaad|imaan|soo\s+bax|bax|socd|timaad)\w*",
            r"\b(cadaadis|pressure|presharka"
            r"|bireeshar)[-'’]?\w*\s+(\w+\s+){0,2}(biy\w*\s+)?(waa\s+)?"
            r"(yar|hoos\w*|liita|daciif|aad\s+u\s+yar)\b",
            r"\bbiy(o|aha)\s+(aad\s+u\s+|aad\s+)?(yar|tiro\s+yar|daciif)\s+(ayaa\s+"
            r"|baa\s+)?(\w+\s+)?"
            r"(yimaad|socd|soo\s+bax|ka\s+soo\s+bax)\w*",
        ),
        electricity_supply=(
            r"\b(koront\w*|laydh\w*|layt\w*|iftiin\w*|elektrig\w*|nal(ka|alka|al|kii|alkii|ku"
            r"|aha)?)"
            r"[-'’]?\w*\s+(\w+\s+){0,3}(" + _SO_NONE + "|" + _SO_BROKEN + r"|ma\s+shidm\w*"
            r"|ma\s+shidna|bakhtiy\w*|dansan|demay|demtay|damay)",
            r"\b(ma\s+(haysano|hayno|haysto|lihin|leh|jirto|jiro)|kuma\s+jirto)\s+(\w+\s+)?(koront"
            r"|laydh|nal)\w*",
            r"\b(fiyuus|fuse|trip|breaker|beeraker|sarkit|circuit)[-'’]?\w*\s+(\w+\s+){0,3}(bax\w*"
            r"|dhac\w*|trip\w*|dami\w*|go['’]?\w*|jab\w*)",
        ),
        toilet=(
            r"\b(musqul|musqush|suuli|toilet|tooylet|toylet|tuwaalet|baytal\w*)[-'’]?\w*\s+"
            r"(\w+\s+){0,3}(" + _SO_BLOCKED + r"|ma\s+dhaaf\w*|ma\s+raac\w*|ma\s+shub\w*"
            r"|flush\w*\s+ma\s+\w+|ma\s+flush\w*|biyaha\s+ma\s+(dhaaf|deg|raac)\w*)",
            r"\b(flush|fulaash|fulash|silsilad|shubka)[-'’]?\w*\s+(\w+\s+){0,2}("
            + _SO_BROKEN
            + r"|ma\s+socd\w*|ma\s+shub\w*)",
            r"\bflush[-'’]?\w*\s+(\w+\s+)?(kari\s+(maayo|maayno|waayay)|ma\s+(karo|karno)"
            r"|garayn\s+kari)",
        ),
        blocked_sink_bath=(
            r"\b(sink|sinki|saxan\s+dhaq|shower|shawar|qubeys|qubays|bath|baaf|baath|bullaacad"
            r"|drain"
            r"|weelka\s+gacmaha)[-'’]?\w*\s+(\w+\s+){0,3}("
            + _SO_BLOCKED
            + r"|biyaha\s+ma\s+(dhaaf|socd|bax|deg|gudb)\w*|ma\s+(dhaaf|deg|gudb)\w*)",
            r"\bbiy(aha|ihii)\s+(\w+\s+){0,2}ma\s+(dhaafay\w*|dhaafin\w*|degayaan|degay\w*"
            r"|gudbay\w*"
            r"|dhaafo|dhaafaan)\b",
        ),
        tap=(
            r"\b(qasabad\w*|tab(ka|kii)?|tap(ka|kii)?|taab(ka|kii)?|faucet\w*)[-'’]?\w*\s+"
            r"(\w+\s+){0,3}(dhibc\w*|tifiq\w*|tif\w*|daadan\w*|" + _SO_BROKEN + r"|ma\s+xirm\w*"
            r"|ma\s+xirna|xiri\s+(waayay|weyday|kari\s+maayo)|dabacsan)",
            r"\b(dhibc|tifiq)\w*\s+(\w+\s+)?(qasabad|tab|tap|taab)\w*",
        ),
        roof_leak=(
            r"\b(saqaf|sagxad|ruuf|roof|dusha\s+guriga|guriga\s+dushiisa|sakhaf)[-'’]?\w*\s+"
            r"(\w+\s+){0,3}(daadan\w*|dhibc\w*|leak\w*|liik\w*|tif\w*|dalool\w*)",
            r"\broob\w*\s+(\w+\s+){0,4}(soo\s+gal\w*|ka\s+soo\s+daad\w*|daadan\w*|dhibc\w*"
            r"|gudaha\s+(u\s+)?(soo\s+)?gal\w*|leak\w*|liik\w*)",
            r"\bmarka\s+(uu\s+|ay\s+)?roob\w*\s+(\w+\s+)?(da['’]?\w*|dhaco|dhacayo|di['’]?\w*)\s+"
            r"[^.!?]{0,40}?(daadan|dhibc|soo\s+gal|leak|liik|tif)\w*",
        ),
        leaking_pipe_tank=(
            r"\b(tuub|tuubo|tuubbo|beeb|bayb|pipe|paayp|haan|taangi|tank|cistern|sistern|boiler"
            r"|boyler|radiator|musqul|musqush|suuli|toilet)[-'’]?\w*\s+(\w+\s+){0,3}(daadan\w*"
            r"|dhibc\w*|leak\w*|liik\w*|tif\w*|biyo\s+(ayaa\s+|baa\s+)?(ka\s+)?(soo\s+)?(daad|bax"
            r"|dhibc|tif)\w*|ka\s+(soo\s+)?(daad|dhibc|tif)\w*)",
            r"\b(sink|sinki|musqul|suuli|toilet|bath|qubeys)[-'’]?\w*\s+(hoos\w*|gadaal\w*)\s+"
            r"(\w+\s+){0,3}(daadan\w*|dhibc\w*|leak\w*|liik\w*|tif\w*|biyo)",
            r"\b(leak|liik)\w*\s+(biyo|ayaa\s+jira|baa\s+jira)",
        ),
        insecure_entry=(
            r"\b(quful|qufl|lock|lok|furaha)[-'’]?\w*\s+(\w+\s+){0,3}("
            + _SO_BROKEN
            + r"|ma\s+xirm\w*|ma\s+xirna|ma\s+quful\w*|ma\s+wareeg\w*|ma\s+furm\w*|la\s+jebi\w*"
            r"|la\s+jabi\w*)",
            r"\b(albaab|irrid|iridd|daaqad)\w*\s+(?!(qol|musqu|suuli|jikad|kabadh|armaajo"
            r"|gudah)\w*)"
            r"(\w+\s+){0,3}(ma\s+xirm\w*|ma\s+xirna|lama\s+xiri\s+karo|xiri\s+(maayo|waayay|weyday"
            r"|kari\s+maayo|kari\s+waayay)|ma\s+quful\w*|lama\s+quful\w*|la\s+jebi\w*|la\s+jabi\w*"
            r"|jebiyeen|jabiyeen|la\s+jiid\w*|laga\s+jebi\w*|jaban|jabay|jabtay)",
            r"\b(la\s+jebi\w*|la\s+jabi\w*|jebiyeen|jabiyeen|jiidheen|jebiyay|jabiyay)\s+(\w+\s+)?"
            r"(albaab|irrid|daaqad|quful)\w*",
            r"\btuug\w*\s+(\w+\s+){0,2}(soo\s+)?gal\w*|\btuugo\w*",
        ),
        doors_windows_frames=(
            r"\b(frame|fareem|freem|hinge|hinj|handle|hendel|gacanta\s+albaab\w*)[-'’]?\w*\s+"
            r"(\w+\s+){0,3}(" + _SO_BROKEN + r"|qudhun\w*|qurmay|qudhmay|dabac\w*|ka\s+dhac\w*"
            r"|dhacay|go['’]?ay)",
            r"\balbaab\w*\s+(qol|musqu|suuli|jikad|kabadh|armaajo|gudah)\w*\s+(\w+\s+){0,3}"
            r"(ma\s+xirm\w*|ma\s+xirna|" + _SO_BROKEN + r"|ma\s+furm\w*|dhac\w*|xiri\s+waayay)",
        ),
        damp_mould=(
            r"\bqoyaan\w*|\bqoyan\w*|\bqoyaam\w*",
            r"\b(caary|caariy|boqosha|fangas|fungus|mould|mold|moold)\w*",
            r"\b(damp|dhemp|condensation|kondhenseyshan|huur|uumi)\w*\s+(\w+\s+)?(ayaa|baa|badan"
            r"|gidaar|derbi|daaqad)",
            r"\b(gidaar|derbi|darbi)\w*\s+(\w+\s+){0,2}(qoyan|qoyaan|madoob\w*|caary\w*"
            r"|biyo\s+ku\s+jir\w*)",
        ),
        asb=_ASB["so"],
    ),
    # Turkish: kalorifer/kombi çalışmıyor, su yok, elektrik yok, lavabo tıkalı, musluk damlıyor.
    "tr": _faults(
        _TR,
        gas_supply=(
            r"\b(doğal\s*)?gaz(ımız|ım|lar)?\s+(\w+\s+)?(yok|gelmiyor|gelmiyo|kesildi|kesik"
            r"|kesilmiş"
            r"|akmıyor|çalışmıyor|gitti)\b",
            r"\b(ocak|ocağ|fırın|set\s+üstü|brülör|göz)\w*\s+(\w+\s+){0,2}(yanmıyor|yanmıyo|yanmadı"
            r"|yanmaz|çakmıyor|çakmıyo|tutuşmuyor|yakamıyor\w*|ateşlemiyor)\b",
            r"\b(ocağ|ocak|fırın)\w*\s+(\w+\s+)?yakam(ıyor|adı)\w*",
        ),
        heating_hot_water=(
            r"\b(kombi|kazan|kalorifer|ısıtma|ısıtıcı|şofben|termosifon|boyler|petek"
            r"|radyatör)\w*\s+"
            r"(\w+\s+){0,2}(çalışmıyor|çalışmıyo|çalışmadı|çalışmaz|yanmıyor|yanmıyo|yanmadı"
            r"|ısıtmıyor|ısıtmıyo|ısınmıyor|ısınmıyo|soğuk|buz\s+gibi|bozuk|bozuldu|bozulmuş|arıza"
            r"|hata\s+veriyor|hata\s+kodu|kapanıyor|yok|durdu|basınc\w*\s+düş|basınç\s+düş)\w*",
            r"\b(sıcak|ılık)\s+su(yu|lar|muz|yumuz)?\s+(\w+\s+)?(yok|gelmiyor|gelmiyo|akmıyor"
            r"|akmıyo"
            r"|kesildi|kesik|çıkmıyor|çıkmıyo|olmuyor)\b",
            r"\b(sadece|hep|yalnızca|yalnız)\s+soğuk\s+su\b",
            r"\b(ısınma|ısıtma|kalorifer|sıcak\s+su)\s+(\w+\s+)?(yok|sorunu|problemi|arızası"
            r"|kesildi"
            r"|gelmiyor)\b",
        ),
        water_supply=(
            r"(?<!sıcak\s)(?<!sicak\s)(?<!ılık\s)(?<!ilik\s)\bsu(lar|yumuz|yum|muz"
            r"|umuz)?\s+(\w+\s+)?"
            r"(yok|kesik|kesildi|kesilmiş|gelmiyor|gelmiyo|akmıyor|akmıyo|gitti|gelmedi)\b",
            r"\b(musluk|musluğ|çeşme|batarya)\w*\s+(\w+\s+)?su\s+(gelmiyor|gelmiyo|akmıyor|akmıyo"
            r"|yok"
            r"|çıkmıyor|çıkmıyo|gelmedi)\b",
            r"\b(su\s+)?(basınc|basınç|tazyik)\w*\s+(\w+\s+)?(çok\s+)?(düşük|az|zayıf|yok|düştü"
            r"|azaldı)\b",
            r"\bsu\s+(çok\s+)?(az|zayıf|yavaş|ince)\s+(akıyor|geliyor|akıyo|geliyo)\b",
        ),
        electricity_supply=(
            r"\b(elektrik|cereyan)\w*\s+(\w+\s+)?(yok|kesik|kesildi|kesilmiş|gitti|gelmiyor|gelmiyo"
            r"|kesiliyor|gidip\s+geliyor|gidiyor)\b",
            r"\b(ışık|lamba|ampul|aydınlatma|avize|priz)\w*\s+(\w+\s+){0,2}(yanmıyor|yanmıyo"
            r"|çalışmıyor|çalışmıyo|yok|gitti|söndü|sönüyor|yanmadı)\b",
            r"\b(sigorta|şalter|otomat|kaçak\s+akım\s+rölesi)\w*\s+(\w+\s+)?(atıyor|attı|atıyo"
            r"|atmış"
            r"|düşüyor|düştü|atmaya|kapanıyor)\w*",
            r"\belektrik\s+kesinti\w*",
        ),
        toilet=(
            r"\b(tuvalet|klozet|alafranga|alaturka|wc)(i|in|imiz|imizin|ler|ı|ün)?\s+(\w+\s+){0,2}"
            r"(tıkan|tıkalı|tıkandı|tıkanmış|tıkanık|gitmiyor|çekmiyor|çekmiyo|boşalmıyor|taşıyor"
            r"|sifonu\s+(çekmiyor|çalışmıyor|bozuk|bozuldu))\w*",
            r"\b(tıkan|tıkalı)\w*\s+(\w+\s+)?(tuvalet|klozet)",
            r"\bsifon(u|unu)?\s+(\w+\s+)?(çekmiyor|çekmiyo|çalışmıyor|çalışmıyo|bozuk|bozuldu"
            r"|basmıyor"
            r"|çekemiyor\w*|kırık|kırıldı|çekilmiyor)",
            r"\b(rezervuar|sifon\s+deposu)\w*\s+(\w+\s+)?(çalışmıyor|bozuk|bozuldu|dolmuyor"
            r"|su\s+doldurmuyor)",
        ),
        blocked_sink_bath=(
            r"\b" + _TR_SINK + r"\w*\s+(\w+\s+){0,2}(tıkan|tıkalı|tıkandı|tıkanmış|tıkanık"
            r"|su\s+gitmiyor|gitmiyor|gitmiyo|boşalmıyor|suyu\s+çekmiyor|çekmiyor)\w*",
            r"\b(tıkan|tıkalı)\w*\s+(\w+\s+)?" + _TR_SINK,
            r"\bsu\s+(\w+\s+)?(gitmiyor|gitmiyo|boşalmıyor|aşağı\s+gitmiyor|akıp\s+gitmiyor)\b",
        ),
        tap=(
            r"\b(musluk|musluğ|batarya|çeşme|armatür)\w*\s+(\w+\s+){0,2}(damlatıyor|damlatıyo"
            r"|damlıyor|damlıyo|damla\s+damla|akıtıyor|akıtıyo|su\s+kaçırıyor|kaçırıyor|sızdırıyor"
            r"|bozuk|bozuldu|kırık|kırıldı|kapanmıyor|kapanmıyo|dönmüyor|sıkışmış|gevşek|çalışmıyor"
            r"|çalışmıyo)\b",
            r"\b(damlıyor|damlatıyor|damlayan|akıtan|bozuk|kırık)\s+(\w+\s+)?(musluk|batarya"
            r"|çeşme)",
            r"\bmusluğ\w*\s+(\w+\s+)?(kapatamıyor|açamıyor|kapatamadım)\w*",
        ),
        roof_leak=(
            r"\b(çatı\w*|dam(dan|ı|ın)?)\s+(\w+\s+){0,2}(akıtıyor|akıtıyo|akıyor|su\s+alıyor"
            r"|su\s+sızdırıyor|sızdırıyor|damlatıyor|su\s+geçiriyor|su\s+yapıyor|su\s+akıtıyor)\b",
            r"\b(çatı\w*|damdan)\s+(\w+\s+)?(su|yağmur)\s+(\w+\s+)?(akıyor|giriyor|damlıyor|sızıyor"
            r"|geliyor|akıyo|giriyo)\b",
            r"\byağmur\s+(\w+\s+){0,2}(yağınca|yağdığında|yağdığı\s+zaman|yağarken)\s+(\w+\s+){0,3}"
            r"(su\s+)?(akıyor|giriyor|damlıyor|sızıyor|akıtıyor|geliyor)\b",
            r"\byağmur\s+suyu\s+(\w+\s+)?(giriyor|akıyor|sızıyor|geliyor)\b",
        ),
        leaking_pipe_tank=(
            r"\b(boru|tesisat|rezervuar|depo|kombi|sifon|bağlantı|vana|hortum|termosifon|şofben"
            r"|klozet|tuvalet|petek|kalorifer|radyatör)\w*\s+(\w+\s+){0,2}(sızdırıyor|sızdırıyo"
            r"|sızıyor|sızıyo|akıtıyor|akıtıyo|su\s+kaçırıyor|kaçırıyor|damlatıyor|damlıyor"
            r"|su\s+sızıyor|kaçak\s+var|su\s+salıyor|su\s+yapıyor)\b",
            r"\b(altından|altında|arkasından|dibinden)\s+(\w+\s+)?(su\s+)?(sızıyor|sızıyo|akıyor"
            r"|akıyo|damlıyor|damlıyo|kaçırıyor|geliyor|sızdırıyor)\b",
            r"\bsu\s+(kaçağı|kaçak|sızıntı)\w*",
        ),
        insecure_entry=(
            r"\b(kilit|kilid|barel)\w*\s+(\w+\s+)?(bozuk|bozuldu|kırık|kırıldı|kırılmış|çalışmıyor"
            r"|çalışmıyo|dönmüyor|kilitlemiyor|takılıyor|sıkıştı|sıkışmış|kilitlenmiyor)\b",
            r"\b(kapı|pencere|cam)\w*\s+(\w+\s+)?(kilitlenmiyor|kilitlenmiyo|kilitlemiyor"
            r"|kilitleyemiyor\w*|kitlenmiyor|kitlemiyor)",
            r"\b(dış|giriş|ana|ön|arka|bahçe|balkon|sokak|daire|apartman)\s+kapı\w*\s+(\w+\s+){0,2}"
            r"(kapanmıyor|kapanmıyo|kilitlenmiyor|bozuk|bozuldu|kırık|kırıldı|kırılmış|zorlanmış"
            r"|kapatamıyor\w*|açık\s+kalıyor)",
            _TR_NOT_INSIDE + r"\bkapı(sı|mız|mızı|yı|m|mı)?\s+(\w+\s+)?(kapanmıyor|kapanmıyo"
            r"|kapatamıyor\w*|kilitleyemiyor\w*)",
            r"\bkapıyı\s+(\w+\s+)?(kırmış|kırdı|kırıp|zorla|tekmele)\w*",
            _TR_NOT_INSIDE + r"\bkapı\w*\s+(zorlanmış|zorlandı|kırılarak|kırılmış)\b",
            r"\b(pencere|cam)\w*\s+(\w+\s+)?(kapanmıyor|kapanmıyo|kapatamıyor\w*|kilitlenmiyor"
            r"|kırıldı|kırık|kırılmış)\b",
            r"\bhırsız\w*|\b(eve|içeri)\s+(zorla\s+)?girmiş\w*",
        ),
        doors_windows_frames=(
            r"\b(kasa|kasası|çerçeve|pervaz|menteşe|kapı\s+kolu|pencere\s+kolu|kulp|doğrama)\w*\s+"
            r"(\w+\s+){0,2}(kırık|kırıldı|kırılmış|çürük|çürümüş|çürüdü|bozuk|bozuldu|koptu|kopmuş"
            r"|çatlak|çatladı|gevşek|gevşedi|sarkmış|sarktı|düştü|yerinden\s+çıktı|çıktı)\b",
            r"\b(oda|odası|odasının|banyo|mutfak|tuvalet|salon|iç|dolap)\s+kapı\w*\s+(\w+\s+){0,2}"
            r"(kapanmıyor|kapanmıyo|kırık|kırıldı|kırılmış|bozuk|bozuldu|açılmıyor|sıkışıyor"
            r"|sürtüyor|düştü|çıktı|yerinden|menteşe)\w*",
        ),
        damp_mould=(
            r"\bküf(ü|lü|ler\w*|ten|e|lenm\w*|lendi|leniyor|len\w*)?\b",
            r"\brutubet\w*|\bnem(li|lenme|lendi|lenmiş|leniyor|den|i)?\b|\byoğuşma\w*",
            r"\b(cam|pencere)\w*\s+(\w+\s+)?(terliyor|terleme|buğu\w*)",
            r"\b(duvar|tavan|köşe)\w*\s+(\w+\s+)?(kararmış|karardı|kararıyor|siyahlaş\w*|kabarmış"
            r"|ıslak|nemli)\b",
        ),
        asb=_ASB["tr"],
    ),
    # Portuguese (PT, BR): sem aquecimento/água quente/água/luz, entupido, torneira a pingar.
    "pt": _faults(
        _PT,
        gas_supply=(
            r"\b(não\s+(tenho|temos|há|tem|chega|vem)|sem|falta\s+de|faltou\s+o|acabou\s+o"
            r"|cortaram\s+o|cortou-se\s+o)\s+(o\s+)?gás\b",
            r"\bgás\s+(\w+\s+)?(não\s+(funciona|chega|vem|dá|está\s+a\s+funcionar)|foi\s+cortado"
            r"|acabou|cortado)\b",
            r"\b(fogão|placa|bocas?|forno|bicos?|queimador\w*)\s+(\w+\s+){0,3}não\s+(\w+\s+)?"
            r"(acende\w*|liga\b|ligam\b|pega\w*)",
            r"\bnão\s+(consigo|conseguimos|dá\s+para)\s+acender\s+(o\s+|a\s+|as\s+|os\s+)?(fogão"
            r"|placa"
            r"|boca|bocas|forno|gás|bico|bicos|queimador\w*)",
        ),
        heating_hot_water=(
            r"\b(não\s+(tenho|temos|há|tem|sai|vem|chega)|sem|falta\s+de|faltou\s+a?)\s+(\w+\s+)?"
            r"(aquecimento|calefação|água\s+quente)\b",
            r"\b(aquecimento|calefação|água\s+quente)\s+(\w+\s+)?(não\s+(\w+\s+)?(funciona|liga"
            r"|trabalha|sai|vem|chega|dá)\w*|avariad\w*|avariou|parou|deixou\s+de\s+funcionar"
            r"|foi\s+abaixo|acabou)",
            r"\b(caldeira|esquentador|aquecedor|boiler|termoacumulador)\w*\s+(\w+\s+){0,3}"
            r"(não\s+(\w+\s+)?(funciona|liga|acende|aquece|trabalha|arranca|esquenta)\w*|avari\w*"
            r"|parou|estragad\w*|estragou|quebr\w*|deixou\s+de\s+funcionar|dá\s+erro|com\s+erro"
            r"|com\s+defeito|pifou|em\s+baixo|perde\s+pressão|sem\s+pressão|pressão\s+baixa)",
            r"\b(radiador|aquecedor|calorífero)\w*\s+(\w+\s+){0,2}(frio|frios|fria|frias|gelad\w*"
            r"|não\s+(\w+\s+)?(aquec|funcion|esquent)\w*)",
            r"\b(só|apenas|somente)\s+(sai\s+|vem\s+|tenho\s+|há\s+|temos\s+)?água\s+fria\b",
            r"\bchuveiro\s+(\w+\s+)?(frio|gelado|não\s+aquece|não\s+esquenta"
            r"|não\s+está\s+a\s+aquecer)",
            r"\bpressão\s+(\w+\s+)?(da|na|de)\s+(caldeira|esquentador)\b",
        ),
        water_supply=(
            r"\b(não\s+(tenho|temos|há|tem|sai|vem|chega|cai|corre)|sem|falta\s+de|faltou\s+a?"
            r"|cortaram\s+a|acabou\s+a|cortou-se\s+a)\s+(\w+\s+)?água\b(?!\s+quente)",
            r"\bágua\s+(\w+\s+)?não\s+(sai|vem|chega|corre|cai|há)\b(?!\s+d[oa]\s+(ralo|lava|pia"
            r"|banheira|sanita|lavatório|duche|base|sifão))",
            r"\btorneira\w*\s+(\w+\s+){0,2}não\s+(sai|vem|deita|dá|cai|corre)\s+(nada|água)\b",
            r"\bnão\s+(sai|vem|cai|corre)\s+nada\s+(da|das)\s+torneira",
            r"\bpressão\s+(\w+\s+){0,4}(baix|fraca|fraco|pouca)\w*|\b(pouca|baixa"
            r"|fraca)\s+pressão\b",
            r"\bágua\s+(\w+\s+)?(sai|vem|cai|corre)\s+(muito\s+)?(fraca|fraquinha|pouca|devagar"
            r"|fraco)\b",
        ),
        electricity_supply=(
            r"\b(não\s+(tenho|temos|há|tem)|sem|falta\s+de|faltou\s+a?|foi\s+a|foi-se\s+a"
            r"|cortaram\s+a|acabou\s+a|caiu\s+a)\s+(\w+\s+)?(luz|eletricidade|electricidade|energia"
            r"|corrente)\b",
            r"\b(luz|luzes|eletricidade|electricidade|energia|lâmpada\w*|candeeiro\w*|iluminação"
            r"|tomadas)\s+(\w+\s+){0,2}(não\s+(\w+\s+)?(funciona\w*|acende\w*|liga\b|há\b|vem\b"
            r"|dá\b)"
            r"|foi\s+abaixo|foram\s+abaixo|apag(ou|aram)|acabou|falhou|cortad\w*)",
            r"\b(disjuntor|fusível|fusíveis|diferencial|quadro\s+(elétrico|eléctrico"
            r"|da\s+luz))\w*\s+"
            r"(\w+\s+){0,3}(salta\w*|saltou|dispara\w*|disparou|desarma\w*|desarmou|vai\s+abaixo"
            r"|foi\s+abaixo|cai\b|caiu|está\s+sempre\s+a\s+(ir|cair|saltar|disparar)|desliga\w*)",
            r"\b(salta|saltou|dispara|disparou|desarma|desarmou|caiu|cai|vai\s+abaixo"
            r"|foi\s+abaixo)\s+"
            r"(\w+\s+)?(o\s+|os\s+)?(disjuntor|fusível|fusíveis|diferencial)\w*",
            r"\bapagão\b|\bcorte\s+de\s+(luz|energia|eletricidade|electricidade)\b",
        ),
        toilet=(
            r"\b(sanita|vaso(\s+sanitário)?|privada|retrete|wc|latrina)\w*\s+(\w+\s+){0,3}"
            r"(entupi\w*|entupid\w*|bloquead\w*|não\s+(\w+\s+)?(descarrega|escoa|desce|puxa)\w*"
            r"|não\s+funciona\w*)",
            r"\b(entupi\w*|entupid\w*)\s+(\w+\s+)?(a\s+|o\s+)?(sanita|vaso|privada|retrete|wc)\b",
            r"\b(autoclismo|descarga|caixa\s+de\s+descarga"
            r"|válvula\s+de\s+descarga)\w*\s+(\w+\s+){0,2}"
            r"(não\s+(\w+\s+)?(funciona|puxa|descarrega|enche|dá)\w*|avariad\w*|avariou|estragad\w*"
            r"|estragou|partid\w*|partiu|quebr\w*)",
            r"\bnão\s+(consigo|dá\s+para|conseguimos)\s+(puxar|dar)\s+(o\s+autoclismo"
            r"|a\s+descarga)",
        ),
        blocked_sink_bath=(
            r"\b" + _PT_SINK + r"\w*\s+(\w+\s+){0,3}(entupi\w*|entupid\w*|bloquead\w*"
            r"|não\s+(\w+\s+)?"
            r"(escoa|desce|esvazia|drena)\w*)",
            r"\b(entupi\w*|entupid\w*)\s+(\w+\s+)?(a\s+|o\s+)?" + _PT_SINK,
            r"\bágua\s+(\w+\s+){0,2}não\s+(\w+\s+)?(escoa|desce|esvazia|drena|vai\s+embora)\w*",
            r"\bágua\s+(\w+\s+)?(parada|acumulad\w*|empoçad\w*)\s+(\w+\s+)?(na|no)\s+" + _PT_SINK,
        ),
        tap=(
            r"\btorneira\w*\s+(d[aoe]s?\s+(casa\s+de\s+banho|\w+)\s+)?(\w+\s+){0,3}(pinga\w*"
            r"|a\s+pingar|goteja\w*|a\s+gotejar|verte\w*"
            r"|a\s+verter|vaza\w*|a\s+vazar|avariad\w*|avariou|partid\w*|partiu|quebr\w*"
            r"|estragad\w*"
            r"|estragou|solta|frouxa|não\s+(\w+\s+)?(fecha|roda|gira|funciona|para\s+de\s+(pingar"
            r"|correr))\w*|sempre\s+a\s+correr|corre\s+sempre)",
            r"\b(pinga|goteja|verte|vaza|escorre)\w*\s+(\w+\s+)?(da|na)\s+torneira",
            r"\bnão\s+(consigo|dá\s+para|conseguimos)\s+(fechar|rodar"
            r"|abrir)\s+(bem\s+)?(a\s+)?torneira",
        ),
        roof_leak=(
            r"\btelhad\w*\s+(\w+\s+){0,3}(pinga\w*|a\s+pingar|goteja\w*|vaza\w*|a\s+vazar|verte\w*"
            r"|a\s+verter|deixa\s+entrar|com\s+fuga|tem\s+(uma\s+)?fuga|com\s+infiltraç\w*"
            r"|tem\s+infiltraç\w*|com\s+goteira\w*|tem\s+goteira\w*|mete\s+água|entra\s+água"
            r"|furad\w*|estragad\w*|danificad\w*|partid\w*)",
            r"\b(entra|pinga|goteja|vaza|escorre|infiltra|mete)\w*\s+(\w+\s+){0,2}(pelo|do|no"
            r"|através\s+do)\s+telhad\w*",
            r"\bgoteira\w*",
            r"\bquando\s+chove\b[^.!?]{0,40}?\b(entra|pinga|goteja|vaza|escorre|infiltra|mete"
            r"|molha)\w*",
            r"\b(entra|pinga|goteja|vaza|escorre|infiltra)\w*\s+[^.!?]{0,40}?\bquando\s+chove\b",
            r"\binfiltraç\w*\s+(\w+\s+)?(no|do|pelo)\s+telhad\w*",
        ),
        leaking_pipe_tank=(
            r"\b" + _PT_PIPE + r"\w*\s+(\w+\s+){0,3}(pinga\w*|a\s+pingar|goteja\w*|a\s+gotejar"
            r"|vaza\w*|a\s+vazar|verte\w*|a\s+verter|perde\w*\s+água|a\s+perder\s+água|com\s+fuga"
            r"|tem\s+(uma\s+)?fuga|com\s+vazamento|tem\s+(um\s+)?vazamento|escorre\w*|a\s+escorrer"
            r"|a\s+deitar\s+água|deita\s+água)",
            r"\b(fuga|fugas|vazamento|vazamentos|perda)\s+de\s+água\b",
            r"\b(fuga|fugas|vazamento|vazamentos)\s+(no|na|nos|nas|do|da)\s+(\w+\s+)?" + _PT_PIPE,
            r"\b(pinga\w*|a\s+pingar|goteja\w*|vaza\w*|a\s+vazar|verte\w*|escorre\w*|a\s+escorrer"
            r"|água|fuga\w*|vazamento\w*|poça)\s+(\w+\s+){0,3}(debaixo|embaixo|em\s+baixo"
            r"|por\s+baixo)"
            r"\s+d(o|a)\s+(lava|pia|lavatório|banheira|sanita|vaso|máquina|caldeira|tanque)",
            r"\b(debaixo|embaixo|por\s+baixo)\s+d(o|a)\s+(lava-?\s?lo[iu]ça|pia|lavatório|banheira"
            r"|sanita|vaso)\w*\s+(\w+\s+){0,2}(pinga\w*|a\s+pingar|goteja\w*|vaza\w*|a\s+vazar"
            r"|verte\w*|fuga|vazamento|água|molhad\w*)",
        ),
        insecure_entry=(
            r"\b(fechadura|fecho|trinco|tranca|canhão|miolo)\w*\s+(d[ao]s?\s+(porta|janela)\w*\s+"
            r"(d[aoe]s?\s+\w+\s+)?)?(\w+\s+){0,3}(avariad\w*|avariou"
            r"|partid\w*|partiu|quebr\w*|estragad\w*|estragou|forçad\w*|arrombad\w*|não\s+(\w+\s+)?"
            r"(funciona|fecha|tranca|roda|gira|abre)\w*|encrav\w*|emperr\w*|pres[ao]\b)",
            r"\b(arromb|forç|rebent)\w*\s+(\w+\s+)?(a\s+|minha\s+|nossa\s+)?(porta|fechadura"
            r"|janela)\b",
            r"\b(porta|janela|fechadura)\w*\s+(\w+\s+){0,2}(arrombad\w*|forçad\w*|rebentad\w*"
            r"|pontapead\w*)",
            r"\bchave\s+(\w+\s+)?não\s+(\w+\s+)?(roda|gira|entra|dá\s+volta)\b",
            r"\bnão\s+(consigo|conseguimos|dá\s+para|se\s+consegue)\s+(trancar|fechar\s+à\s+chave"
            r"|fechar)\s+(a\s+)?(porta|janela)\w*\b(?!\s+d[oa]\s+" + _PT_INSIDE + r")",
            r"\bporta\w*\s+(?!(d[oa]\s+)?" + _PT_INSIDE + r")(\w+\s+){0,3}não\s+(\w+\s+)?(fecha"
            r"|tranca|trava|fica\s+fechad)\w*",
            r"\bjanela\w*\s+(\w+\s+){0,4}não\s+(\w+\s+)?(fecha|tranca|trava|fica\s+fechad)\w*",
            r"\bporta\s+(principal|de\s+(a\s+)?entrada|da\s+(entrada|rua|frente)|das\s+traseiras"
            r"|de\s+trás|traseira|exterior|do\s+prédio|de\s+casa"
            r"|da\s+casa(?!\s+de\s+banho))\s+(\w+\s+){0,2}"
            r"(partid\w*"
            r"|quebr\w*|avariad\w*|estragad\w*|danificad\w*|não\s+(\w+\s+)?(fecha|tranca)\w*)",
            r"\bassalt\w*|\bladrões\b|\bentraram\s+(\w+\s+)?(em\s+casa|no\s+apartamento|na\s+casa)",
        ),
        doors_windows_frames=(
            r"\b(aro|aros|caixilho|caixilhos|caixilharia|batente|ombreira|moldura|dobradiça"
            r"|dobradiças|maçaneta|puxador|esquadria|guarnição)\w*\s+(d[ao]s?\s+(porta"
            r"|janela)\w*\s+)?"
            r"(\w+\s+){0,3}(partid\w*|partiu"
            r"|quebr\w*|podre\w*|apodrec\w*|estragad\w*|estragou|solt\w*|caiu|caíd\w*|rachad\w*"
            r"|empenad\w*|danificad\w*|avariad\w*|saiu)",
            r"\bporta\w*\s+(d[oa]\s+)?" + _PT_INSIDE + r"\w*\s+(\w+\s+){0,3}(partid\w*|partiu"
            r"|quebr\w*"
            r"|não\s+(\w+\s+)?(fecha|abre)\w*|estragad\w*|solt\w*|caiu|empenad\w*|arrasta\w*"
            r"|danificad\w*|saiu\s+d\w+\s+dobradiç\w*|descaíd\w*|presa)",
            r"\b(partid|quebrad|podre|estragad|danificad|solt)\w*\s+(\w+\s+)?(o\s+|a\s+)?(aro"
            r"|caixilho"
            r"|batente|moldura|dobradiça|maçaneta|puxador)\b",
        ),
        damp_mould=(
            r"\bh?umidade\w*|\bh?úmid(o|a|os|as)\b",
            r"\bbolor\w*|\bmofo\w*|\bmofad\w*|\bcondensaç\w*|\bfungos?\b",
            r"\bmanchas?\s+(pretas?|negras?|escuras?)\b",
            r"\b(paredes?|teto|tecto)\s+(\w+\s+)?(molhad\w*|h?úmid\w*)",
            r"\b(janelas?|vidros?)\s+(\w+\s+){0,2}(embaciad\w*|suad\w*|a\s+escorrer\s+água"
            r"|molhad\w*)",
        ),
        asb=_ASB["pt"],
    ),
    # Spanish (Spain, Latin America): sin calefacción/agua caliente/agua/luz, atascado, gotea.
    "es": _faults(
        _ES,
        gas_supply=(
            r"\b(no\s+(tengo|tenemos|hay|llega|viene|me\s+llega|nos\s+llega)|sin|falta\s+de"
            r"|se\s+fue\s+el|cortaron\s+el|nos\s+cortaron\s+el|me\s+cortaron\s+el|se\s+acabó\s+el"
            r"|quitaron\s+el)\s+(el\s+)?gas\b",
            r"\bgas\s+(\w+\s+)?no\s+(llega|funciona|viene|hay)\b",
            r"(?<!de\sla\s)(?<!en\sla\s)\b(cocina|estufa|hornalla|hornilla|fogón|fogones|quemador"
            r"|fuegos|anafe)\w*\s+(\w+\s+){0,3}no\s+(\w+\s+)?(enciende\w*|prende\w*)",
            r"\b(cocina|estufa|horno|placa)\s+de\s+gas\s+(\w+\s+)?no\s+funciona\w*",
            r"\bno\s+(puedo|podemos|consigo|logro)\s+(encender|prender)\s+(la\s+|el\s+|los\s+"
            r"|las\s+)?"
            r"(cocina|estufa|hornalla|hornilla|fogón|fogones|quemador\w*|fuegos|horno|anafe|gas)\b",
        ),
        heating_hot_water=(
            r"\b(no\s+(tengo|tenemos|hay|sale|llega|viene|me\s+sale|nos\s+sale|funciona)|sin"
            r"|falta\s+de|me\s+quedé\s+sin|nos\s+quedamos\s+sin)\s+(\w+\s+)?(la\s+)?(calefacción"
            r"|agua\s+caliente)\b",
            r"\b(calefacción|agua\s+caliente)\s+(\w+\s+)?(no\s+(funciona|sale|llega|va|anda"
            r"|calienta"
            r"|viene|hay)|se\s+(ha\s+)?(estropeado|roto|averiado|apagado|cortado|descompuesto)"
            r"|está\s+(rota|averiada|estropeada|cortada|descompuesta)|dejó\s+de\s+funcionar)",
            r"\b(caldera|calentador|calefón|termo|boiler|bóiler|termotanque|calefactor)\w*\s+"
            r"(\w+\s+){0,3}(no\s+(\w+\s+)?(funciona|enciende|prende|calienta|arranca|va|anda)\w*"
            r"|(se\s+)?(ha\s+)?(estropead|rot[oa]|averiad|descompuest|apagad|dañad|romp)\w*"
            r"|da\s+(un\s+)?error|marca\s+error|con\s+error|dejó\s+de\s+funcionar"
            r"|ha\s+dejado\s+de\s+funcionar|se\s+apaga\w*|no\s+tiene\s+presión|pierde\s+presión"
            r"|(baja|poca)\s+presión|sin\s+presión)",
            r"\b(radiador|calefactor)\w*\s+(\w+\s+){0,2}(fríos|frío|fría|frías|helad\w*"
            r"|no\s+(\w+\s+)?"
            r"(calienta|funciona|se\s+calienta|encienden|enciende)\w*)",
            r"\b(solo|sólo|únicamente)\s+(sale|hay|tengo|viene|tenemos)\s+agua\s+fría\b",
            r"\bpresión\s+(\w+\s+)?(de\s+la|en\s+la|del)\s+(caldera|calentador|boiler|calefón)\b",
        ),
        water_supply=(
            r"\b(no\s+(tengo|tenemos|hay|sale|llega|viene|me\s+sale|nos\s+llega|me\s+llega|cae)|sin"
            r"|falta\s+de|me\s+quedé\s+sin|nos\s+quedamos\s+sin|cortaron\s+el|me\s+cortaron\s+el"
            r"|nos\s+cortaron\s+el|se\s+fue\s+el)\s+(\w+\s+){0,2}agua\b(?!\s+caliente)"
            r"(?!\s+(del|de\s+la)\s+(fregadero|lavabo|bañera|ducha|pileta|lavamanos|tina|desagüe"
            r"|lavaplatos|inodoro|váter))",
            r"\bagua\s+(\w+\s+)?no\s+(sale|llega|viene|cae|hay)\b(?!\s+(del|de\s+la|por\s+el)\s+"
            r"(fregadero|lavabo|bañera|ducha|pileta|lavamanos|tina|desagüe|lavaplatos|inodoro|váter"
            r"|sumidero))",
            r"\b(grifo|grifos|canilla|canillas|llave\s+del\s+agua|caño)\s+(\w+\s+){0,2}no\s+(sale"
            r"|cae"
            r"|viene|llega)\s+(nada|agua|ni\s+una\s+gota)",
            r"\bno\s+(sale|cae|viene)\s+(nada|ni\s+gota|ni\s+una\s+gota)\s+(de\s+agua\s+)?(del"
            r"|de\s+la"
            r"|de\s+los|de\s+las)\s+(grifo|canilla|llave|caño)\w*",
            r"\b(poca|baja|muy\s+poca|muy\s+baja)\s+presión\b|\bpresión\s+(\w+\s+){0,3}(baja"
            r"|bajísima"
            r"|muy\s+baja|poca|floja|débil|insuficiente)\b",
            r"\b(sale|cae|viene)\s+(un\s+)?(hilito|hilo|chorrito)\s+de\s+agua|\bagua\s+(\w+\s+)?"
            r"(sale|cae|llega|viene)\s+(muy\s+)?(floja|débil|poquita|poca|despacio)\b",
        ),
        electricity_supply=(
            r"\b(no\s+(tengo|tenemos|hay|llega|me\s+llega|nos\s+llega)|sin|falta\s+de|se\s+(fue|va"
            r"|ha\s+ido|nos\s+fue|me\s+fue|cortó|corta)|cortaron|nos\s+cortaron|me\s+cortaron)\s+"
            r"(la\s+|el\s+)?(luz|electricidad|corriente|energía)\b",
            r"\b(luz|luces|electricidad|corriente|bombilla\w*|foco\w*|lámpara\w*|enchufes"
            r"|tomacorriente\w*|bombillo\w*)\s+(\w+\s+){0,3}no\s+(\w+\s+)?(funciona\w*|prende\w*"
            r"|enciende\w*|va\b|van\b|anda\w*|sirve\w*|hay\b)",
            r"\bno\s+(funciona|funcionan|prende|prenden|enciende|encienden|anda|andan)\s+(la\s+"
            r"|las\s+"
            r"|los\s+|el\s+|ningun\w*\s+)?(luz|luces|enchufes|bombillas|focos|lámparas"
            r"|tomacorrientes)\b",
            r"\b(salta|saltan|saltó|saltaron|se\s+baja\w*|se\s+bajó|se\s+dispara\w*|se\s+disparó"
            r"|se\s+cae|se\s+cayó|se\s+botó|bota|botó)\s+(\w+\s+)?(el\s+|los\s+|la\s+|las\s+)?"
            r"(diferencial|automático|automáticos|plomos|fusible\w*|breaker\w*|brequer\w*"
            r"|pastilla\w*"
            r"|térmic\w*|interruptor\s+general|icp)\b",
            r"\b(diferencial|automático|automáticos|plomos|fusible|fusibles|breaker|breakers"
            r"|pastillas?"
            r"|térmicas?|interruptor\s+general)\s+(\w+\s+){0,2}(salta\w*|saltó|se\s+baja\w*"
            r"|se\s+bajó"
            r"|se\s+dispara\w*|se\s+disparó|se\s+cae|se\s+cayó|se\s+bota|se\s+botó"
            r"|se\s+(ha\s+)?fundid\w*|se\s+fundió|se\s+quemó)",
            r"\bapagón\w*|\bcorte\s+de\s+(luz|electricidad|corriente|energía)",
        ),
        toilet=(
            r"\b(váter|water|wáter|inodoro|retrete|wc|excusado|escusado|poceta|sanitario"
            r"|taza\s+del\s+(baño|inodoro|váter))\w*\s+(\w+\s+){0,3}(atascad\w*|atasc\w*|tapad\w*"
            r"|tapó|obstruid\w*|no\s+(\w+\s+)?(descarga|traga|baja|funciona|jala|vacía"
            r"|desagua)\w*)",
            r"\b(atascad|tapad|obstruid)\w*\s+(\w+\s+)?(el\s+)?(váter|water|wáter|inodoro|retrete"
            r"|wc"
            r"|excusado|poceta)\b",
            r"(?<!del\s)(?<!al\s)\bbaño\s+(\w+\s+)?(está\s+)?(tapado|atascado|tapó|se\s+tapó"
            r"|se\s+atascó|obstruido)\b",
            r"\b(cisterna|cadena|descarga|tanque\s+del\s+(inodoro|váter|baño))\s+(\w+\s+){0,2}"
            r"(no\s+(\w+\s+)?(funciona|descarga|carga|se\s+llena|va|tira|baja|sirve)\w*"
            r"|(está\s+)?(rota"
            r"|estropeada|averiada|descompuesta))",
            r"\bno\s+(puedo|podemos|se\s+puede)\s+(tirar|jalar|bajar"
            r"|soltar)\s+(de\s+)?(la\s+)?(cadena"
            r"|cisterna|palanca|agua\s+del\s+(inodoro|váter|baño))",
        ),
        blocked_sink_bath=(
            r"\b" + _ES_SINK + r"\w*\s+(\w+\s+){0,3}(atascad\w*|atasc\w*|tapad\w*|tapó|obstruid\w*"
            r"|no\s+(\w+\s+)?(traga|desagua|drena|baja|se\s+va|vacía|se\s+vacía)\w*)",
            r"\b(atascad|tapad|obstruid)\w*\s+(\w+\s+)?(el\s+|la\s+)?" + _ES_SINK,
            r"\bagua\s+(\w+\s+)?no\s+(se\s+va|baja|traga|desagua|drena|se\s+vacía)\b",
            r"\bno\s+(se\s+va|sale|baja)\s+el\s+agua\s+(del|de\s+la)\s+" + _ES_SINK,
            r"\bagua\s+(\w+\s+)?(se\s+queda\s+)?(estancada|acumulada"
            r"|parada)\s+(\w+\s+){0,2}" + _ES_SINK,
        ),
        tap=(
            r"\b(grifo|grifería|canilla|mezclador|monomando|llave\s+del\s+(lavabo|fregadero|baño"
            r"|lavamanos|lavaplatos|agua|la\s+ducha|la\s+bañera|la\s+cocina))\w*\s+(\w+\s+){0,3}"
            r"(gotea\w*|goteand\w*|pierde\w*|está\s+perdiendo|rot[oa]s?\b|romp\w*|estropead\w*"
            r"|averiad\w*|descompuest\w*|suelt\w*|flojo|floja|no\s+(\w+\s+)?(cierra|abre|gira"
            r"|funciona|para)\w*|chorrea\w*|sale\s+agua\s+todo\s+el\s+tiempo)",
            r"\bllave\s+(\w+\s+)?(gotea\w*|goteand\w*|pierde\s+agua"
            r"|no\s+cierra)\b(?!\s+(la\s+)?puerta)",
            r"\b(gotea|gotean|goteando|pierde\s+agua|chorrea)\s+(\w+\s+)?(el\s+|la\s+)?(grifo"
            r"|canilla"
            r"|llave|grifería)",
            r"\bno\s+(puedo|podemos|se\s+puede|consigo)\s+(cerrar|abrir|girar)\s+(bien\s+)?(el\s+"
            r"|la\s+)?"
            r"(grifo|canilla|llave\s+del)",
        ),
        roof_leak=(
            r"\b(tejado|azotea|cubierta|tejas?|techumbre)\s+(\w+\s+){0,3}(gotea\w*"
            r"|tiene\s+(una\s+)?goteras?|filtra\w*|se\s+filtra|deja\s+pasar|pasa\s+(el\s+)?agua"
            r"|entra\s+(el\s+)?agua|tiene\s+(una\s+)?fuga|tiene\s+filtraci\w*|está\s+rot\w*"
            r"|rot[oa]s\b)",
            r"\bgoteras?\b",
            r"\b(cuando|si|siempre\s+que|cada\s+vez\s+que)\s+llueve\b[^.!?]{0,40}?\b(gotea|entra"
            r"|se\s+filtra|filtra|cae|se\s+moja|pasa)\w*",
            r"\b(gotea|entra\s+agua|se\s+filtra|filtra|se\s+moja)\w*\s+[^.!?]{0,40}?\b(cuando|si"
            r"|siempre\s+que|cada\s+vez\s+que)\s+llueve\b",
            r"\b(entra|se\s+filtra|filtra|gotea|pasa|cae)\w*\s+(\w+\s+){0,2}(agua\s+)?(por|del"
            r"|desde)"
            r"\s+(el\s+)?(tejado|azotea|cubierta)\b",
            r"\btecho\s+(\w+\s+)?(gotea|se\s+filtra|filtra)\w*\s+[^.!?]{0,30}?\b(llueve|lluvia)",
        ),
        leaking_pipe_tank=(
            r"\b" + _ES_PIPE + r"\w*\s+(\w+\s+){0,3}(gotea\w*|goteand\w*|pierde\s+agua"
            r"|está\s+perdiendo\s+agua|pierde\b|tiene\s+(una\s+)?fuga|con\s+(una\s+)?fuga"
            r"|chorrea\w*"
            r"|filtra\w*|rezuma\w*|se\s+sale\s+el\s+agua|sale\s+agua|echa\s+agua|tira\s+agua)",
            r"\b(fuga|fugas|goteo|escape|pérdida|filtración)\s+de\s+agua\b",
            r"\b(fuga|fugas|goteo|pérdida)\s+(\w+\s+){0,2}(en|de)\s+(la\s+|el\s+|una\s+|un\s+)?"
            + _ES_PIPE,
            r"\b(fuga|fugas|gotea|goteando|goteo|agua|charco|sale\s+agua|pierde\s+agua"
            r"|filtra\w*)\s+"
            r"(\w+\s+){0,3}(debajo|abajo|por\s+debajo|bajo)\s+(del|de\s+la|el|la)\s+(fregadero"
            r"|lavabo"
            r"|lavamanos|pila|pileta|bañera|tina|inodoro|váter|lavaplatos|mueble|bacha|tarja)",
            r"\b(debajo|abajo|por\s+debajo|bajo)\s+(del|de\s+la|el|la)\s+(fregadero|lavabo"
            r"|lavamanos"
            r"|pila|pileta|bañera|inodoro|váter|tarja|bacha)\s+(\w+\s+){0,2}(gotea\w*"
            r"|hay\s+(una\s+)?fuga|sale\s+agua|pierde|hay\s+agua|hay\s+un\s+charco|está\s+mojado)",
        ),
        insecure_entry=(
            r"\b(cerradura|cerrojo|pestillo|bombín|chapa|candado)\w*\s+(\w+\s+){0,3}(rot[oa]\b"
            r"|romp\w*|estropead\w*|averiad\w*|descompuest\w*|forzad\w*|dañad\w*|no\s+(\w+\s+)?"
            r"(funciona|cierra|gira|abre|traba|echa)\w*|atascad\w*|trabad\w*)",
            r"\b(romp|forz|revent|pate|tumb|derrib)\w*\s+(\w+\s+){0,2}(la\s+)?(puerta|cerradura"
            r"|ventana)\b",
            r"\b(puerta|ventana|cerradura)\w*\s+(\w+\s+){0,2}(forzad\w*|reventad\w*|pateada"
            r"|derribad\w*|arrancad\w*)",
            r"\bla\s+llave\s+no\s+(gira|entra|da\s+vuelta)\b",
            r"\bno\s+(puedo|podemos|se\s+puede|consigo)\s+(cerrar|trabar|echar\s+la\s+llave"
            r"|asegurar)"
            r"\s+(bien\s+)?(la\s+)?(puerta|ventana)\w*\b(?!\s+(del|de\s+la)\s+" + _ES_INSIDE + r")",
            r"\bpuerta\w*\s+(?!(del|de\s+la|de)\s+" + _ES_INSIDE + r"|interior)(\w+\s+){0,3}no\s+"
            r"(\w+\s+)?(cierra|cierran|traba|se\s+puede\s+cerrar|queda\s+cerrada|asegura"
            r"|se\s+cierra)\b",
            r"\bventana\w*\s+(\w+\s+){0,3}no\s+(\w+\s+)?(cierra|cierran|traba|se\s+puede\s+cerrar"
            r"|queda\s+cerrada|asegura|se\s+cierra)\b",
            r"\bpuerta\s+(principal|de\s+(la\s+)?entrada|de\s+la\s+calle|de\s+casa|trasera"
            r"|de\s+atrás"
            r"|exterior|del\s+piso|del\s+departamento|del\s+apartamento)\s+(\w+\s+){0,2}(rot[oa]\b"
            r"|romp\w*|estropead\w*|dañad\w*|no\s+(\w+\s+)?cierra)",
            r"\bentraron\s+a\s+robar|\bintent\w*\s+(de\s+)?(robo|forzar)",
        ),
        doors_windows_frames=(
            r"\b(marco|marcos|bisagras?|pomo|manilla|manija|picaporte|jamba|cerco|batiente"
            r"|contramarco|moldura)\s+(de\s+(la|el|una|un)\s+(puerta|ventana)\w*\s+)?(\w+\s+){0,3}"
            r"(rot[oa]s?\b|romp\w*|podrid\w*|pudri\w*|suelt\w*"
            r"|estropead\w*|dañad\w*|agrietad\w*|rajad\w*|partid\w*|cay\w*|caíd\w*|se\s+salió"
            r"|se\s+cayó|flojo|floja|descompuest\w*|hinchad\w*|deformad\w*)",
            r"\bpuerta\w*\s+((del|de\s+la|de)\s+" + _ES_INSIDE + r"\w*|interior\w*)\s+(\w+\s+){0,3}"
            r"(rot[oa]\b|romp\w*|estropead\w*|dañad\w*|no\s+(\w+\s+)?(cierra|abre|cierran"
            r"|encaja)\w*"
            r"|se\s+(salió|cayó|descolgó|atasca)|descolgad\w*|roza\w*|atascad\w*|suelt\w*"
            r"|partid\w*)",
            r"\b(rot[oa]|podrid[oa]|dañad[oa]|suelt[oa])\s+(el\s+|la\s+)?(marco|bisagra|pomo"
            r"|manilla"
            r"|manija|jamba)\b",
        ),
        damp_mould=(
            r"\bhumedad\w*|\bhúmed[ao]s?\b|\bmoh(o|os)\b|\benmohecid\w*|\bhongos?\b"
            r"|\bcondensación\b"
            r"|\bsalitre\w*|\bmanchas?\s+negras?\b|\bverdín\b",
            r"\b(ventana|cristal|vidrio)\w*\s+(\w+\s+){0,2}(empañad\w*|sudan|sudando|chorreando)",
            r"\b(pared|paredes)\s+(\w+\s+)?(mojad\w*|húmed\w*|negr\w*)",
        ),
        asb=_ASB["es"],
    ),
}


# --- Romanised Urdu/Hindi, Bengali and Punjabi -------------------------------------------------

# Many tenants who speak Urdu, Hindi, Bengali or Punjabi text in Latin letters ("gas ki boo aa rahi
# hai", "amar ghore pani nai"), often with English repair words mixed in ("boiler kharab hai").
# `bot.nlu.languages` recognises such a message by these words (`ROMAN_HINTS`): "grammar" words
# that only these languages use, "short" words that also turn up elsewhere (Spanish "se", Turkish
# "ki", Portuguese "da"), and "words", the nouns and adjectives of a repair message. Common English
# and SMS words ("to", "me", "hi", "mere", "main", "ache", "ton", "ur") are in none of them.
ROMAN_HINTS: dict[str, dict[str, frozenset[str]]] = {
    code: {kind: frozenset(words.split()) for kind, words in kinds.items()}
    for code, kinds in {
        "ur": {
            "grammar": "hai hain hy raha rahi rahe rha rhi rahay nahi nahin nahee nhi nai "
            "mera meri mujhe mujhay hamara hamari hamare humara humari hamein humein hume "
            "aap apka apki aapka aapki kya kyun kyu kuch kuchh bahut bohat bohot boht abhi "
            "yahan wahan gaya gayi gaye gya gyi gai hua hui hue thi hota hoti hote karo "
            "karna karein kijiye kijye kisi jaldi lekin magar aur mein sakta sakti sakte "
            "chahiye hogaya hogya horaha bhejo bhejiye raat",
            "short": "ki ka ke se ko ho aa na bhi kar par pe tha",
            "words": "ghar pani paani bijli bijlee kharab khrab kharaab garam garm thanda "
            "thandi chhat chhath deewar diwar darwaza darwaja khidki khirki tala taala nal "
            "tonti boo badbu badboo aag dhuan dhuaan chingari subah kal hafte mahine padosi "
            "pados shor awaz awaaz dhamki gaali jhagra seelan tapak gir",
        },
        "bn": {
            "grammar": "ami amar amader amra apni apnar tumi ache achhe nai nei hocche "
            "hochhe hoche hosse geche gese gechhe korche korchhe kortesi hoyeche hoise hoyni "
            "theke khub onek kichu shob ekhon jacche jachhe pacchi pachhi parchi parsi "
            "lagche ashche asche aschhe dorkar",
            "short": "na ki ta er te hoy kore diye",
            "words": "pani jol ghor ghore bari barite basha chad chhad deyal dewal dorja "
            "dorza janala janla tala kol gorom thanda agun dhoa gondho bhenge venge fete "
            "phete jaygay jayga bondho protibeshi kharap nosto bidyut biddut brishti shatshete "
            "satsete kalo",
        },
        "pa": {
            "grammar": "vich vicho vichon nahin nahi nai hunda hundi hunde reha rea riha "
            "aunda aundi aunde karda kardi karde janda jandi chalda chaldi sadda sadde "
            "saada saadi sanu sannu tuhanu tusi assi mainu menu kithe ithe hega hegi "
            "kiven geya gea tutt tuttya painda pende ditta dita ditti gaya gayi gya gyi hai",
            "short": "di da de nu aa ae ni ho te",
            "words": "ghar paani pani bijli chhatt chhat kandh booha buha darwaza jandra "
            "tutti agg dhuan guandi gwandi gawandi rola raula kharab",
        },
    }.items()
}

# Pieces of the romanised phrases below.
_RM_NOT = r"(nahi|nahin|nahee|nai|nhi|ni|nei)"
_RM_WATER = r"(pani|paani|panni|jol)"
_RM_ROOF = r"(chhat|chhath|chath|chhatt|chatt|chat|chad|chhad|chaad|chhaad|ceiling|seiling|celing)"
_RM_GONE = r"(gaya|gayi|gaye|gya|gyi|gai|geya|gea|geche|gese|gechhe)"
# Smoke from a neighbour's cannabis or a cigarette is not a fire.
_RM_NOT_DRUG_SMOKE = (
    r"(?<!charas\s)(?<!ganja\s)(?<!weed\s)(?<!sigret\s)(?<!cigarette\s)(?<!charas\ska\s)"
    r"(?<!ganja\ska\s)(?<!weed\ska\s)(?<!sigret\ska\s)(?<!cigarette\ska\s)(?<!gajar\s)"
    r"(?<!ganjar\s)(?<!charas\sda\s)"
)
_RM_NEIGHBOURS = (
    r"\b(padosi\w*|parosi\w*|pados\w*|paros\w*|hamsay\w*|humsay\w*|hamsaa\w*|hamsai\w*|gwandi\w*"
    r"|gawandi\w*|guandi\w*|guaandi\w*|gwaandi\w*|guwandi\w*|gwandhi\w*|guaandhi\w*|gawandhi\w*"
    r"|protibeshi\w*|protibesi\w*|protibashi\w*|neighbou?r\w*|upar\s+wal(e|a|i)|upar\s+(ke|ki)\s+"
    r"(flat|ghar)|saath\s+wal(e|a|i)|bagal\s+wal(e|a|i)|pasher\s+(basha|bari|flat|ghor)\w*"
    r"|uporer\s+(flat|tola|basha)\w*)"
)
_RM_ASB_DOING = (
    r"\b(shor|shore|shoor|awaz|awaaz|aawaz|avaaz|awaj|aoaj|awaaj|gaane|gaana|gana|gaan|music"
    r"|chilla\w*|chila\w*|cheekh\w*|cheekan|jhagr\w*|jhagd\w*|larai|ladai|lar\s+rahe|gaali\w*"
    r"|galiyan|galagali|dhamki\w*|dhamka\w*|dhomki|humki|hoomki|tang\s+kar\w*|tung\s+kar\w*"
    r"|pareshan\s+kar\w*|preshan\s+kar\w*|harass\w*|hoyrani|hoirani|nasha|nesha|charas|ganja"
    r"|gaja|weed|drugs?|maar\s*peet|mar\s*peet|mardhor|maardhor|kutt(da|de|eya|ya)|party"
    r"|parties|rola|raula|chitkar|chechamechi|chillachilli|shobdo|sobdo|shabdo)\b"
)

# Fragments for each category, added to Urdu, Bengali and Punjabi alike (a message that mixes
# them is still understood, whichever of the three it is taken for).
_ROMAN_HAZARDS: dict[str, tuple[str, ...]] = {
    "carbon_monoxide": (
        r"\bcarbon\s+mono\w*|\bmono\s*oxide\b",
        r"\b(co|carbon)\s+(alarm|detector)\s+(\w+\s+)?(baj|bol|beep|awaz|awaaz|awaj)\w*",
    ),
    "gas_smell": (
        r"\bgaa?s\s+((ki|ka|ke|di|da|er)\s+)?(\w+\s+)?(boo|bu|bo|badbu|badboo|badbo|smell|smel"
        r"|mehak|mahak|gondho|gondo|gandho|gondh|gonddho)\b",
        r"\bgaa?s(er|ar)\s+(\w+\s+)?(gondho|gondo|gandho|gondh|smell|gonddho)\b",
        r"\b(boo|badbu|badboo|gondho|gandho)\s+(\w+\s+){0,3}gaa?s(\s+(ki|ka|er|di))?\b",
        r"\bgaa?s\s+(leak|leek|lik|leakage)\w*",
        # Rotten eggs, the smell put into gas: "sade hue ande jaisi boo", "pocha dimer gondho".
        r"\b(ande|anday|andey|andon|anda|dim|dimer|deem|egg|eggs)\s+(\w+\s+)?((jaisi|jaisa|jesi"
        r"|jaise|ki|ka|er|moto|mato)\s+)?(boo|bu|badbu|badboo|smell|gondho|gandho|gondh)\b",
        r"\bgaa?s\s+(nikal|nikl|ber\s+ho|beroc|beriye)\w*",
    ),
    "electrical_danger": (
        r"\b(aag|agun|aagun)\b(?!\s+(\w+\s+)?(nahi|nahin|nai|nhi|na|nei|jal(ti|ta)\s+nahi"
        r"|jolche\s+na|jole\s+na)\b)",
        _RM_NOT_DRUG_SMOKE + r"\b(dhuan|dhuaan|dhua|dhuwan|dhuwa|dhooan|dhoan|dhoa|dhowa|dhoya"
        r"|dhuya)\b",
        r"\b(chingari|chingaari|chingariyan|chingariya|phulki|fulki)\w*",
        r"\bspark\w*\s+(kar|ho|de|maar|mar|nikal|aa|kor|hocche|hoche|korche|hoy|dicche|dichhe"
        r"|dey)\w*",
        r"\b(current|karant|karent|shock|jhatka|jhatkaa)\s+(?:(?!(nahi|nahin|nai|nhi|na|nei|ni)\b)"
        r"\w+\s+)?(lag|laga|lagg|lagta|lagti|lagi|lage|lagche|legeche|leglo|laglo|lagse|legse"
        r"|maar|mara|maarta|marta|marche|marse|merche|mereche|khaichi|khailam|khelam|khaisi)\b",
        r"\bjal(ne|ni|na)\s+(ki|ka)\s+(boo|bu|badbu|badboo|smell|mehak)\b"
        r"|\b(pora|porar|pura)\s+(gondho|gandho|smell|gondh)\b",
        r"\b(socket|switch|plug|wire|wiring|taar|meter|board)\s+(\w+\s+)?((jal|pighal)\s*(raha"
        r"|rahi|rahe|rha|rhi|gaya|gayi|gya|gyi|gai|gaye)|(pure|puriye|pore)\s*(geche|gese"
        r"|jacche|jachhe)|purche|jolche|jolse)\b",
    ),
    "flooding": (
        r"\b" + _RM_ROOF + r"\s+(se|say|sy|mein\s+se|me\s+se|main\s+se|theke|thake|diye|diya|ton"
        r"|chon|vichon)\s+(\w+\s+){0,3}" + _RM_WATER + r"\b",
        r"\b" + _RM_WATER + r"\s+(\w+\s+){0,2}" + _RM_ROOF + r"\s+(se|say|sy|theke|diye|ton"
        r"|chon)\b",
        r"\b(pani|paani|panni)\s+(\w+\s+)?(bhar|bhr)\s+(gaya|gya|gayi|gai|gyi|raha|rha|rahi)\b",
        r"\b(har|sab|saari|sari|poore|pure|puray|pura)\s+(jagah|jaga|jaghah|ghar|kamre)\s+(\w+\s+)?"
        r"(pani|paani)\b(?!\s+(nahi|nahin|nai|nhi|na|band|nei)\b)",
        r"\b(shob|sob|shobh|sab)\s+(jaygay|jaygai|jaigay|jayga|jaygaye|jaygate|jagay|jagae|jaygae"
        r"|khane|ghore|ghor)\s+(\w+\s+)?(pani|jol)\b(?!\s+(nai|nei|na|ashche\s+na|asche\s+na)\b)",
        r"\b(ghor|ghore|bari|barite|flat)\s+(\w+\s+)?(pani|jol)(\s*te)?\s+(bhese|vese|bhore|vore"
        r"|dube|bhere)\s*(geche|gese|jacche|jachhe|gelo|jay|gache)\b",
        r"\b(pipe|paip|pipeline)\s+(\w+\s+)?(phat|fat|phet|fet|burst|bast|phaat|toot\s+gaya"
        r"|tut\s+gaya)\w*",
        r"\b" + _RM_WATER + r"\s+(\w+\s+)?(band|bondho|bondo|bando|bandh)\s+" + _RM_NOT + r"\s+"
        r"(ho|hota|hoti|horaha|kar|hunda)\w*",
        r"\b" + _RM_WATER + r"\s+(\w+\s+)?(bondho|bondo|bando|bandho|band)\s+(korte\s+)?(hocche"
        r"|hoche|hosse|hochhe|parchi|parsi|partesi|partechi|kora\s+jacche|kora\s+jachhe|hoy)\s+na\b",
        r"\b(sailab|selab|bonna|bonya)\b",
    ),
    "structural_danger": (
        r"\b(chhat|chat|chhath|chath|chhatt|chatt|ceiling|deewar|diwar|dewar|deewaar|plaster"
        r"|palastar|kandh)\s+(?:(?!(pani|paani|se|say|ton|chon)\b)\w+\s+){0,2}(gir|digg?)\s*(gayi"
        r"|gai|gya|gyi|gaya|geya|gea|rahi|raha|rha|rhi|sakti|sakta|padi|pada|pari|para|payi|pai"
        r"|pi|pya|pea)\b",
        r"\b(chhad|chad|chhod|chaad|chhaad|ceiling|deyal|dewal|deowal|plaster)\s+(?:(?!(pani|jol"
        r"|theke)\b)\w+\s+){0,2}(bhenge|venge|bhange|khose|khoshe|dhose|dhoshe|dhosse)\s*(porche"
        r"|porse|poreche|porechhe|pore|geche|gese|jacche|jachhe|porbe|pochche)\b",
        r"\b(dhans|dhas|dhasak|dhah)\s+(gayi|gai|gaya|gya|rahi|raha)\b",
    ),
}

_ROMAN_ABUSE = (
    r"\b(gharelu|ghareloo)\s+hinsa\b|\bdomestic\s+(violence|abuse)\b",
    r"\b(shohar|shauhar|khawand|pati|husband|gharwala|ghar\s+wala|swami|shami)\s+(\w+\s+){0,3}"
    r"(maarta|marta|maarte|marte|maara|mara|maarti|maar\s+peet|mar\s+peet|peet(ta|te|a)"
    r"|kutt(da|de|eya|ya)|dhamki\w*|mare|mardhor|maardhor|marche|marse|marlo)\b",
)
_RM_KHARAB = r"(kharab|khrab|kharaab|kharap|kharb|nosto|noshto|nasht)"
_ROMAN_FAULTS: dict[str, tuple[str, ...]] = {
    "gas_supply": (
        r"\bgaa?s\s+(bilkul\s+)?(nahi|nahin|nai|nhi|nei)\b",
        r"\bgaa?s\s+(ashche|asche|ashe|ase)\s+na\b",
        r"\b(chulha|chulhe|chulhay|chula|chullha|chulo|cooker|hob|burner|stove|oven)\s+(\w+\s+)?"
        + _RM_NOT
        + r"\s+"
        r"(jal|jalta|jalti|chal|on)\w*",
        r"\b(chula|chulha|chulo|stove|cooker|burner)\s+(\w+\s+)?(jolche|jole|jalche|dhorche|dhore)"
        r"\s+na\b",
    ),
    "heating_hot_water": (
        r"\b(garam|garm|gram|gorom|gorm|tatta|tata)\s+(pani|paani|panni|jol)\s+(\w+\s+){0,2}("
        + _RM_NOT
        + r"|na|band|bondho|"
        + _RM_KHARAB[1:-1]
        + r"|ashche\s+na|asche\s+na|ase\s+na|pacchi\s+na|pachhi\s+na|paina|paini)\b",
        r"\b(nahi|nai|nei)\s+(garam|gorom|garm)\s+(pani|paani|jol)\b",
        r"\b(boiler|boilar|bailar|boyler|heater|heating|hiting|geyser|geezer|gizer|radiator"
        r"|central\s+heating)\w*\s+(\w+\s+){0,2}(" + _RM_KHARAB[1:-1] + r"|band|bandh|bondho|bondo"
        r"|thanda|thande|thandi|tanda|chal\s+nahi|nahi\s+chal|kaam\s+nahi|kam\s+nahi"
        r"|kaj\s+kor\w*\s+na|cholche\s+na|chole\s+na|off\s+ho|error|nahi|nahin|nai|nhi|nei)\b",
        r"\b(sirf|bas|shudhu|sudhu|khali)\s+(thanda|thandha|tanda|thonda|thanda)\s+(pani|paani"
        r"|jol)\b",
    ),
    "water_supply": (
        r"(?<!garam\s)(?<!garm\s)(?<!gram\s)(?<!gorom\s)(?<!tatta\s)(?<!thanda\s)\b(pani|paani"
        r"|panni|jol)\s+(bilkul\s+|ekdom\s+|ekdam\s+|bhi\s+)?(" + _RM_NOT + r"\b(?!\s+(ja|jaa|jata"
        r"|jati|nikal|nikl|utar|ruk|band|bondho|namche|jacche|janda|nikalda)\b)|band\s+(hai|he|hy"
        r"|ho\s+gaya|ho\s+gya|kar\s+diya|ae)|bondho\s+(hoye\s+)?(geche|gese|ache|kore\s+diyeche)"
        r"|(ashche|asche|ashe|ase|astese|aschhe)\s+na|(pacchi|pachhi|pai)\s+na|paina"
        r"|aana\s+band)",
        r"\b(pressure|presar|preshar|force)\s+(\w+\s+){0,2}(kam|bahut\s+kam|kom|khub\s+kom|weak"
        r"|low)\b",
        r"\b(pani|paani|jol)\s+(bahut\s+|khub\s+)?(kam|dheere|halka|aaste|aste|kom)\s+(aa|aata"
        r"|aati|ashche|ase|pore)\b",
    ),
    "electricity_supply": (
        r"\b(bijli|bijlee|bijly|light|lights|lite|batti|battiyan|current|karant|karent|biddut"
        r"|biddyut|bidyut|electricity|power)\s+(\w+\s+)?(" + _RM_NOT + r"\b(?!\s+(ja|jaa|bujh"
        r"|band)\b)|chali\s+" + _RM_GONE + r"|chala\s+" + _RM_GONE + r"|(gayi|gai)\s+hui|gul\b"
        r"|off\s+(hai|he|ho)|band\s+(hai|ho)|chole\s+(geche|gese)|geche|gese|(ashche|asche|jolche"
        r"|jole)\s+na|jal\s+nahi)",
        r"\bfuse\s+(ud|udd|ur|urr|uire|ure)\s*" + _RM_GONE,
        r"\btrip\s+(ho|kar|hocche|korche|hoy|kore)\w*|\b(bar\s+bar|baar\s+baar|barbar)\s+(trip"
        r"|fuse)",
        r"\bload\s*shedding\b|\bpower\s+cut\b",
    ),
    "toilet": (
        r"\b(toilet|toylet|tylet|commode|kamod|flush|latrine|letrin|paykhana|paikhana|pakhana)\s+"
        r"(\w+\s+){0,2}(block|blok|band\s+ho|bondho\s+hoye|jam|atak|atke|atka|ruk\s+gay"
        r"|nahi\s+chal|chal\s+nahi|kaam\s+nahi|kam\s+nahi|" + _RM_KHARAB[1:-1] + r"|toot|tut"
        r"|bhenge|venge|flush\s+nahi|flush\s+(hocche|hoy)\s+na|nahi\s+ho\s+raha|hocche\s+na"
        r"|overflow|upche|upchhe)\w*",
    ),
    "blocked_sink_bath": (
        r"\b(sink|basin|washbasin|bath|bathtub|tub|shower|nali|naali|drain)\s+(\w+\s+){0,2}(block"
        r"|blok|band\s+ho|bondho\s+hoye|jam|atak|atke|atka|ruk\s+gay|choke)\w*",
        r"\b" + _RM_WATER + r"\s+(\w+\s+)?(neeche\s+|niche\s+)?" + _RM_NOT + r"\s+(ja|jaa|jata"
        r"|jati|nikal|nikl|utar|janda|nikalda)\w*",
        r"\b" + _RM_WATER + r"\s+(\w+\s+)?(namche|nambe|jacche|jachhe|sorche|neme)\s+na\b",
    ),
    "tap": (
        r"\b(nal|nalka|nalke|tap|tonti|tonty|toti|kol)\s+(\w+\s+){0,4}(tapak|tap\s+tap|tip\s+tip"
        r"|leak|toot|tut|" + _RM_KHARAB[1:-1] + r"|bhanga|bhenge|venge|dheela|dhila"
        r"|band\s+nahi|bondho\s+(hoy|hocche)\s+na|ghoom\s+nahi|toptop|top\s+top|chuye|porche|pani\s+pore"
        r"|porse)\w*",
    ),
    "roof_leak": (
        r"\b(chhat|chhath|chath|chat|chhatt|chad|chhad|roof)\s+(\w+\s+)?(tapak|tapk|leak|choo"
        r"|chu\s+rahi|chuti|futo|toptop|chuye)\w*",
        r"\b(baarish|barish|barsaat|brishti|bristi|rain)\s+(\w+\s+){0,3}(tapak|leak|chuye|toptop"
        r"|andar\s+aa|pani\s+(andar|aata|ata|pore|ashe|ase|dhoke|dhuke|girta))\w*",
    ),
    "leaking_pipe_tank": (
        r"\b(pipe|paip|tank|tanki|tankee|tanky|cistern|boiler|geyser|radiator|washing\s+machine)\s+"
        r"(\w+\s+){0,2}(leak|leek|lik|tapak|ris|rees|chuye|futo|toptop)\w*",
        r"\b" + _RM_WATER + r"\s+(\w+\s+)?(tapak|tapk|ris|rees|leak|chuye|chuiye|toptop)\w*",
        r"\bleak\s*(ho|hocche|korche|hoy|kore|ache|hoyeche|hoise|kar|ae|hai|he|hy)\b|\bleakage\b",
    ),
    "insecure_entry": (
        r"\b(tala|taala|taalaa|lock|kundi|chitkhani|chitkani|jandra|jindra)\s+(\w+\s+){0,2}(toot"
        r"|tut|" + _RM_KHARAB[1:-1] + r"|bhanga|bhenge|venge|nahi\s+lag|lag\s+nahi|lagta\s+nahi"
        r"|lagche\s+na|lage\s+na|band\s+nahi|kaam\s+nahi|kaj\s+kor\w*\s+na|nahi\s+ghoom"
        r"|ghurche\s+na|jam)\w*",
        r"(?<!kamre\ska\s)(?<!kamre\skaa\s)(?<!room\ska\s)(?<!kitchen\ska\s)(?<!bathroom\ska\s)"
        r"(?<!andar\ska\s)(?<!ghorer\s)(?<!rumer\s)(?<!kamre\sda\s)(?<!room\sda\s)(?<!bedroom\ska\s)"
        r"\b(darwaza|darwaaza|darwaja|darvaza|darwaze|dervaza|door|gate|dorja|dorza|darja|booha"
        r"|buha|khidki|khirki|window|janala|janla)\s+(\w+\s+){0,2}((band|bandh|lock)\s+"
        + _RM_NOT
        + r"\s+(ho|hota|hoti|horaha|lag|hunda)|(bondho|bondo|lock)\s+(korte\s+)?(hocche|hoche"
        r"|hoy|parchi|parsi|kora\s+jacche|kora\s+jay|jacche)\s+na|tod\s+(diya|di)|torr?\s+(diya"
        r"|ditta)|bhenge\s+fel|venge\s+fel)\w*",
        r"\b(main|front|samne\s+(ka|wala)|bahar\s+(ka|wala)|baahar\s+ka|ghar\s+ka|shamner|samner"
        r"|baire?r)\s+(darwaza|darwaaza|darwaja|darvaza|door|gate|dorja|dorza|darja)\s+(\w+\s+){0,2}"
        r"(toot|tut|" + _RM_KHARAB[1:-1] + r"|bhanga|bhenge|venge)\w*",
        r"\b(khidki|khirki|window|janala|janla)\s+(\w+\s+){0,2}(toot|tut|bhanga|bhenge|venge)\w*",
        r"\b(chor|chori)\b",
    ),
    "doors_windows_frames": (
        r"\b(frame|chaukhat|chokhat|chowkhat|kabza|qabza|kobja|kobza|hinge|handle|hatol)\s+(\w+\s+)?"
        r"(toot|tut|" + _RM_KHARAB[1:-1] + r"|bhanga|bhenge|venge|dheela|dhila|dhile|gal|sad|sar"
        r"|pocha|poche|alga|nikal|ukhar)\w*",
        r"\b(kamre|kamray|room|bedroom|kitchen|bathroom|andar|almari|ghorer|rumer|bathroomer"
        r"|bhitorer|vitorer)\s+((ka|ki|ke|da|di|de|er|wala)\s+)?(darwaza|darwaaza|darwaja|darvaza"
        r"|darwaze|door|dorja|dorza|darja|booha|buha)\s+(\w+\s+){0,2}(toot|tut|"
        + _RM_KHARAB[1:-1]
        + r"|bhanga|bhenge|venge|band\s+nahi|bondho\s+(hoy|hocche)\s+na|khul\s+nahi|atak|atke"
        r"|latak|jhul)\w*",
    ),
    "damp_mould": (
        r"\b(seelan|seelen|sielan|silan|seel|seelaan|nami|namee|fungus|phaphoond|phaphund"
        r"|phaphundi|phapundi|mould|mold|damp|shatshete|satsete|shatshate|satshate|chatrak"
        r"|chhatrak|fungas)\b",
        r"\b(deewar|diwar|dewar|deewaar|deyal|dewal|kandh)\w*\s+(\w+\s+)?(geeli|gili|gilli|geele"
        r"|bheegi|bhiji|bheja|bhije|vija|vije|seelan)\w*",
        r"\b(kaale|kale|kaali|kalo)\s+(dhabbe|dhabbay|daag|dag|nishan|dagh|chop|chhop)\b",
    ),
    "asb": (
        *_near(_RM_NEIGHBOURS, _RM_ASB_DOING),
        r"\b(dhamki\w*|dhamkee|humki|hoomki|dhomki|hoyrani|hoirani)\b",
        *_ROMAN_ABUSE,
        r"\b(charas|ganja|gaja|weed|nasha|nesha|drugs?)\s+(\w+\s+)?((ki|ka|ke|er|di|da)\s+)?(boo|bu"
        r"|badbu|badboo|smell|gondho|gandho|dhuan|dhuaan|dhoa|dhowa|dhoya)\b",
        r"\b(loud|tez|tej|unchi|oonchi|uchi|ucchi|jore)\s+(\w+\s+)?(music|gaane|gana|gaana|gaan)\b",
        r"\b(music|gaane|gana|gaana|gaan)\s+(\w+\s+){0,3}(raat\s+bhar|saari\s+raat|puri\s+raat"
        r"|poori\s+raat|sara\s+raat|saari\s+raat|shara\s+rat|sara\s+rat|sari\s+raat)\b",
    ),
}


def _with_roman(
    table: dict[str, tuple[str, ...]], extra: dict[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    return {category: fragments + extra.get(category, ()) for category, fragments in table.items()}


for _code in ROMAN_HINTS:
    HAZARD_WORDS[_code] = _with_roman(HAZARD_WORDS[_code], _ROMAN_HAZARDS)
    FAULT_WORDS[_code] = _with_roman(FAULT_WORDS[_code], _ROMAN_FAULTS)

# Domestic abuse alone, folded like the rest (`bot.nlu.languages.abuse_in`).
_LETTERS: dict[str, tuple[dict[str, str], dict[str, str] | None]] = {
    "pl": (_PL, None),
    "ro": (_RO, None),
    "bn": (_BN, _BN_COMPOSE),
    "ur": (_UR, None),
    "pa": (_PA, _PA_COMPOSE),
    "ar": (_AR, None),
    "so": (_SO, None),
    "tr": (_TR, None),
    "pt": (_PT, None),
    "es": (_ES, None),
}
ABUSE_WORDS: dict[str, tuple[str, ...]] = {
    code: _fold_fragments(_ABUSE[code], *_LETTERS[code])
    + (_ROMAN_ABUSE if code in ROMAN_HINTS else ())
    for code in _ABUSE
}
