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

`FAULT_WORDS[code][category]` does the same for the ordinary (non-emergency) repairs a tenant
reports most (no heating or hot water, no water, no power, a blocked toilet or sink, a dripping
tap, a leak, a door that will not lock, a broken inside door, damp and mould, a leaking roof, no
gas): same spelling variants, same edges, same caveat about denials. Check `HAZARD_WORDS` first:
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
)


def _faults(
    letters: dict[str, str], compose: dict[str, str] | None = None, **categories: tuple[str, ...]
) -> dict[str, tuple[str, ...]]:
    assert set(categories) == set(_FAULT_ORDER), sorted(categories)
    return {
        category: tuple(_fold(fragment, letters, compose) for fragment in categories[category])
        for category in _FAULT_ORDER
    }


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
            r"\bdym(u|em|i|ią|iło|ił)?\b(?!\s+(z\s+)?(e-?)?(papieros|fajk|szlug|tytoni))",
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
            r"\bfum(ul|uri)?\b(?!\s+de\s+(țigar|ţigar|tigar))|\bfumeg\w*",
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
            r"ধ(োঁ|ঁো|ুঁ)য়া",
            r"আগুন",
            r"(পোড়া|পোড়ার|পুড়ে\s*যাও?য়ার)\s*(পোড়া\s*)?গন্ধ|পুড়ছে",
            r"শক\s*(খে|লেগ|লাগ|মার|দি)",
            r"কারেন্ট\s*(মেরে|মার|লেগে|লাগ|ধরে|ধর)",
            r"বিদ্যুৎ\s*স্পৃষ্ট|ইলেক?ট্রিক\s*শক",
        ),
        flooding=(
            r"(ছাদ|সিলিং|সিলিঙ)[^\s]*\s*(থেকে|দিয়ে|দিয়া|বেয়ে|চুইয়ে|চুঁইয়ে)\s*([^\s]+\s*)?"
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
            r"دھو(اں|ئیں|یں)",
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
            r"ਗੈਸ\s*(ਦੀ\s*)?(ਬਦਬੂ|ਮੁਸ਼ਕ|ਸਮੈੱਲ|ਬੋ(?![\u0a00-\u0a7f])|ਬੂ(?![\u0a00-\u0a7f]))",
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
            r"ਧੂੰ?ਆਂ",
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
            r"دخان(?!\s*(ال)?(سجا?ئر|سجاير|سيجار|شيش|ارجيل|معسل))",
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
            r"\bqiiq\w*\b(?!\s+(\w+\s+)?sigaar)",
            r"\bdab(ka|kii)?\s+(\w+\s+){0,2}(qabsa\w*|kac\w*|holc\w*|olol\w*)",
            r"\bdab\s+(baa|ayaa)\b",
            r"\bguban(aya|ayo|ayaa)\b|\bgubasho\w*|\bur(ta)?\s+(\w+\s+)?gub\w*",
            r"\bkoront\w*\s+(\w+\s+){0,3}(i\s+|na\s+)?(qabatay|qabtay|qabsatay|ku\s+dhacday"
            r"|dhufatay|ganay)\b",
            r"\bshoog\w*",
        ),
        flooding=(
            r"\bsaqaf\w*\s+(\w+\s+){0,4}biy(o|aha|ihii|uhu)\b",
            r"\bbiy(o|aha|uhu|ihii)\s+(\w+\s+){0,4}saqaf\w*",
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
            r"(?<!sigara\s)\bduman\w*",
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
            r"\bfum(o|aça|aceira)\b(?!\s+(de\s+|do\s+)?(cigarro|tabaco|charuto))",
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
            r"\bhumo\b(?!\s+de\s+(tabaco|cigarr|porro|marihuana|hierba))|\bhume(a|ando)\b",
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
            r"\b(cayó|caído|cayendo|hundió|hundido|derrumbó|desplomó|cedió|vino\s+abajo)"
            r"(?!\s+agua)\s+(\w+\s+){0,3}techo\b",
            r"\bderrumb\w*|\bdesplom\w*",
            r"\b(yeso|escayola|pladur|cielo\s+raso|cielorraso|plafón|falso\s+techo)\s+(\w+\s+){0,2}"
            r"(se\s+)?(cay\w*|caíd\w*|cae|hund\w*|desplom\w*|vino\s+abajo)",
        ),
    ),
}
