"""Danger in a tenant's words (pure Python: no Rasa imports).

- `emergency_category`: the safety net. Danger words reach the emergency route even when the
  statistical classifier has never seen the phrasing; it can only raise, never lower. Words a
  tenant denies ("no smell of gas", "cracked but no sparks or burning smell") do not count.
- `danger_to_ask`: a message about something that can be dangerous (a boiler, a socket, a leak,
  a ceiling) that is not clearly an emergency: which emergency the one safety question is about.
- `smoke_alarm_sounding`, `violence_at_home`: a smoke alarm is fire (get out, 999), not carbon
  monoxide; a door forced by someone who may come back is 999 and the domestic abuse helpline
  before it is a repair.

Patterns are written for web sentences, SMS shorthand and speech transcripts: no punctuation,
lower case, misspellings ("smel", "gass", "leek") and a speech recogniser's homophones
("sealing" for ceiling, "flew" for flue).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.nlu.keywords import (
    light_hanging,
    overflow_running,
    standing_in_the_tray,
    tiles_coming_off,
    without_violence_denied,
)

EMERGENCY_CATEGORIES = (
    "gas_smell",
    "carbon_monoxide",
    "electrical_danger",
    "flooding",
    "structural_danger",
)
# The ordinary repair an emergency is when the tenant denies its danger and names nothing else:
# "scorch marks round a socket, not sparking, no burning smell" is a fitting to make safe.
ORDINARY_FORM = {
    "gas_smell": "gas_supply",
    "carbon_monoxide": "other_repair",  # the alarm itself, when no appliance is named
    "electrical_danger": "unsafe_electrical_fitting",
    "flooding": "leaking_pipe_tank",
    "structural_danger": "other_repair",
}

_FLAGS = re.IGNORECASE
# What a speech recogniser or a hurried thumb makes of "ceiling".
CEILING = r"(?:ceiling|sealing|cieling|celing|seiling|cealing|ceilling|cealing|ceilin)"
# ... and of "water".
WATER = r"(?:water|watter|warter|watr|wter|wata|woter)"
GAS = r"(?:gas+|gaz|gase|gassy)"
SMELL = r"(?:smell?ed|sme+l+|smel|smelt|smells|smelling|whiff|reek\w*|stink\w*|stank|stench|odou?r)"
_ELECTRICAL_THING = (
    r"(?:socket|plug|switch|fuse\s*box|fuse\s*board|fuses|consumer\s+unit|light|wire|wiring"
    r"|cable|meter|cooker|oven|heater|extension|charger|spotlight|downlight|lamp|fitting"
    r"|electrics|trip\s*switch|extractor(?:\s+fan)?)"
)
# A trip switch tripping, not a trip over a paving slab ("I'm worried about tripping").
# (Nor a person tripping: "my husband tripped twice", "she nearly tripped and fell".)
TRIPPING = (
    r"(?<!about )(?<!of )(?<!a )(?<!husband )(?<!wife )(?<!he )(?<!she )(?<!i )(?<!mum )"
    r"(?<!dad )(?<!son )(?<!daughter )(?<!nearly )(?<!almost )(?<!someone )(?<!somebody )"
    r"trip(?!(s|ped|ping)?\s+(over|up|hazard|on|twice|and\s+(fell|fall|hurt|broke|cut))\b)\w*"
)
# Whose room or ceiling: "through his living room ceiling", "through Mum's ceiling".
_WHOSE = r"(the\s+|my\s+|our\s+|his\s+|her\s+|their\s+|[a-z]+'s\s+)?"
_GAS_APPLIANCE = r"(?:boiler|gas\s+fire|fire|heater|flue|flew|cooker|hob|oven|water\s+heater)"

# Feeling faint, not a faint mark or smell ("only faint, it comes and goes").
FAINT = (
    r"(?<!only\s)(?<!very\s)(?<!quite\s)(?<!bit\s)(?<!a\s)(?<!slightly\s)(?<!so\s)faint(?!\s+(brown"
    r"|black|yellow|grey|smell|mark|line|crack|tinge|sound|noise|hum|glow|stain|patch))\w*"
)
# Checked in this order: the first category whose pattern matches (not denied) wins.
_EMERGENCY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "carbon_monoxide",
        re.compile(
            r"carbon\s*m[ao]n[o0]?x\w*|\bmon[o0]x\w*|\bmonoxide|\bcarbon\s+mon\s+ox\w*"
            r"|\bc\.?\s?o\.?2?\s+(alarm|detector|monitor|sensor|alert|poison\w*|level|reading)"
            r"|carbon\s+(alarm|detector|monitor)"
            # "the small machine for CO make a very loud noise"
            r"|\b(machine|device|box|thing|gadget|sensor|alarm|detector|monitor)\s+(for|of)\s+"
            r"(the\s+)?c\.?o\b"
            # What the alarm shows: "the screen says CO", "display reading co".
            # ("said co then stopped", "show 'CO'", "the screen write CO", "showin CO 150", "the
            # alarm with letters CO")
            r"|\b(says|said|say|saying|shows|show|showed|showing|showin|reads|reading|displays"
            r"|displaying|flashing|write|writes|wrote|writing|written|letters)\s+"
            # A speech recogniser writes "CO" as it sounds: "it says see oh".
            r"[\"']?(c\.?\s?o|see\s+oh|sea\s+oh|c\s+oh)\b(?!-)"
            # The symptoms, near a gas appliance (either order).
            rf"|\b(headache|dizzy|dizziness|drowsy|drowsiness|nause\w*|being\s+sick|feel\w*\s+sick"
            rf"|vomit\w*|pass(ed)?\s+out|{FAINT}|breathless)\w*\b[^.]{{0,60}}\b{_GAS_APPLIANCE}\b"
            rf"|\b{_GAS_APPLIANCE}\b[^.]{{0,60}}\b(headaches?|dizzy|dizziness|drowsy|drowsiness"
            rf"|nause\w*|being\s+sick|feel\w*\s+sick|vomit\w*|pass(ed)?\s+out|{FAINT})"
            # A lazy flame and soot round an appliance are a gas fire burning badly.
            r"|\b(yellow|orange|lazy|floppy)\s+flames?"
            r"|\bflame'?s?\s+(\w+\s+){0,3}(yellow|orange|lazy|floppy)\b"
            # "The fire in the boiler is orange colour now, not blue"
            r"|\b(yellow|orange)\s*(colou?r\s*)?(now\s*)?,?\s*(and\s+|but\s+)?not\s+blue\b"
            rf"|\b(soot|sooty|(black|brown)\s+(and\s+(black|brown)\s+)?(marks?|stains?|staining|colou?r"
            rf"|patches))\b[^.]{{0,30}}\b{_GAS_APPLIANCE}\b"
            # "The gas fire in the living room make black colour on the wall above", "boiler got
            # black marks round the top"
            # (Close, with no "not blue" between to be read as a denial.)
            # (Marks, not soot falling down a blocked chimney: the flue's repair, asked about.)
            r"|\bgas\s+fire\b[^.]{0,40}\b(soot|sooty|black|brown)\s+(marks?|stains?|staining|colou?r"
            r"|patches)\b"
            r"|\bboiler('s|\s+has|\s+have|\s+got|\s+has\s+got|'s\s+got)\s+(black\s+)?(soot|sooty"
            r"|(black|brown)\s+(marks?|stains?))\b"
            # "me n the kids get bad heads n feel sick only when heating is on"
            r"|\b(headaches?|bad\s+heads?|dizzy|sick|vomit\w*|drowsy|sleepy)\b[^.]{0,40}\bonly\s+when\s+(the\s+)?"
            r"(heating|boiler|gas\s+fire|fire)\s+(is|'s|was|are|goes|comes)\s+on\b"
            # Sick whenever the heating or the fire is on: "feel rough, dizzy n sick every time
            # the heatings on"; "the gas fire ... whenever it has been on for an hour, we feel
            # sick and light-headed and get thumping headaches".
            r"|\b(dizzy|sick|headaches?|light[\s-]?headed|"
            + FAINT
            + r"|drowsy|nause\w*)\b[^.]{0,40}"
            r"\b(every\s+time|whenever|each\s+time)\s+(the\s+)?(heating|boiler|gas\s+fire|fire)('?s|\s+is"
            r"|\s+comes|\s+goes|\s+has\s+been)?\s+on\b"
            rf"|\b{_GAS_APPLIANCE}\b[\s\S]{{0,160}}\b(whenever|every\s+time|each\s+time)\s+it\s+(is|'s"
            r"|has\s+been|was|goes|comes)\s+on\b[^.]{0,80}\b(sick|headaches?|dizzy|light[\s-]?headed"
            r"|" + FAINT + r"|drowsy)"
            # The household drowsy or sick since the heating went on.
            r"|\b(tired|sleepy|drowsy|sleep\w*\s+(too\s+much|all\s+the\s+time)|headaches?|vomit\w*"
            r"|being\s+sick)\b[^.]{0,80}\b(since|when|after)\s+(we\s+)?(use|used|using|put|turned"
            r"|switch\w*)\s+(on\s+)?(the\s+)?(heating|boiler|gas\s+fire|fire)"
            r"|\b(since|when|after)\s+(we\s+)?(use|used|using|put|turned|switch\w*)\s+(on\s+)?(the\s+)?"
            r"(heating|boiler|gas\s+fire|fire)\b[^.]{0,80}\b(tired|sleepy|drowsy|sleep\w*\s+too\s+much"
            r"|headaches?|vomit\w*|being\s+sick)\b"
            r"|\b(tired|sleepy|drowsy|headaches?|vomit\w*|being\s+sick)\b[^.]{0,60}\bsince\s+(the\s+)?"
            r"(heating|boiler|gas\s+fire)\s+(came|went|was\s+(put|turned|switched))\s+on\b"
            rf"|\bfumes\b[^.]{{0,30}}\b{_GAS_APPLIANCE}\b|\b{_GAS_APPLIANCE}\b[^.]{{0,30}}\bfumes\b"
            # The alarm by the boiler, or "not the smoke alarm, the other one", sounding.
            rf"|\balarm\b[^.]{{0,20}}\b(next\s+to|by|near|beside|above|under|on)\s+(the\s+)?"
            rf"{_GAS_APPLIANCE}\b(?:(?!\bnot\b)[^.]){{0,60}}\b(beep\w*|going\s+off|gone\s+off|sounding"
            r"|screech\w*"
            r"|flash\w*|ringing|blaring)"
            # What a carbon monoxide alarm shows: parts per million ("the screen says 85").
            r"|\b(alarm|detector)\b[^.]{0,60}\b(screen|display)\s+(says|shows|reads|reading|showing)\s+"
            r"\d{2,4}\b"
            # "the alarm in the hall is making beep beep and show number 250", "150 ppm"
            r"|\b(alarm|detector)\b[^.]{0,60}\b(show|shows|showing|showin|says|reads|displays?)\s+"
            r"(the\s+|a\s+)?(number\s+)?\d{2,4}\b(?![:.]\d)|\b\d{2,4}\s*ppm\b"
            # Fumes indoors and the alarm sounding: "the kitchen's filled with a fumey smell ... the
            # little alarm on the ceiling has been going off"
            # (The fumes alone are the match: "not smoke exactly" between them denies nothing.)
            r"|\bfum(es|ey)\b(?=[^.]{0,100}\balarm\b[^.]{0,60}\b(going\s+off|gone\s+off|went\s+off"
            r"|sounding|beep\w*))"
            # Smoke or fumes blown back in from a flue: "the boiler flew is blowing smoke back in"
            r"|\b(flue|flew|chimney)\b[^.]{0,40}\b(smoke|fumes)\s+(back\s+)?(in|into|inside)\b"
            r"|\bnot\s+the\s+smoke\s+(alarm|one|detector)\b[^.]{0,50}\b(beep\w*|going\s+off"
            r"|gone\s+off|sounding|screech\w*|flash\w*|ringing|blaring)",
            _FLAGS,
        ),
    ),
    (
        "gas_smell",
        re.compile(
            rf"\b{SMELL}\s+(of\s+|like\s+)?(a\s+|some\s+)?(\w+\s+)?{GAS}\b"
            # "smell very strong like gas", "a faint smell a bit like gas"
            rf"|\b{SMELL}\s+(\w+\s+){{1,3}}?(of|like)\s+(a\s+|some\s+)?{GAS}\b"
            rf"|\b{GAS}\s*(smell|smel|leak|leek|escape|escaping|hiss\w*|odou?r|stink|whiff)\w*"
            rf"|\b(leak|leek)\w*\s+(of\s+)?{GAS}\b"
            rf"|\b{GAS}\s+(is\s+|was\s+)?(leaking|escaping|hissing)"
            rf"|\bhiss\w*\s+(noise\s+|sound\s+)?(of\s+|from\s+)?(the\s+)?{GAS}\b"
            r"|\brotten\s+eggs?|\beggy\s+(smell|odou?r|whiff|stink|stench)|\bsmell\w*\s+(of\s+|like\s+)?"
            r"(bad\s+|rotten\s+)?eggs"
            # "I could hear a faint hiss from the cooker"
            r"|\bhiss\w*\s+(noise\s+|sound\s+)?(coming\s+)?from\s+(the\s+)?(cooker|hob|oven|gas\s+meter"
            r"|gas\s+pipe)\b"
            # Unlit gas told by likeness: "a whiff, a bit like when you leave the ring turned on and
            # don't light it", "like when you turn the hob on and it takes a second to light".
            rf"|\b{SMELL}\b[^.]{{0,60}}\blike\b[^.]{{0,40}}\b(ring|hob|cooker|oven|gas|burner)s?\b[^.]{{0,40}}"
            r"\b(light\w*|lit|catch\w*|ignit\w*|left\s+on|turned\s+on|on\s+and)\b"
            # Urdu and Hindi written in English letters: "gas ki boo aa rahi hai".
            r"|\bgas\s+(ki|ka)\s+(boo|bu|badboo|smell)\b|\bgas\s+leak\s+ho\s+rah\w*"
            # "sade hue ande jaisi boo": a smell like rotten eggs.
            r"|\b(sad[eai]|sar[eai])\s+(hu[eai]\s+)?and[eay]\w*\s+(\w+\s+){0,2}(boo|bu|badboo)\b"
            r"|\b(sulph|sulf)\w*\s+smell"
            # "a smell ... like when you leave the hob turned on without lighting it"
            r"|\bsmell\w*\b[^.]{0,120}\b(hob|cooker|oven|rings?|gas)\b[^.]{0,30}\b(without\s+(lighting"
            r"|it\s+being\s+lit|a\s+flame)|unlit)\b"
            # The smell added to gas, described: "like that stuff they put in so you know
            # there's a leak".
            r"|\b(stuff|chemical|smell)\s+(that\s+)?they\s+(put|add)\s+(in|into)\b[^.]{0,40}\bleak"
            r"|\bsmell\w*\s+(\w+\s+){0,3}(so\s+)?you\s+know\s+(there'?s|there\s+is|it'?s)\s+a\s+leak",
            _FLAGS,
        ),
    ),
    (
        "electrical_danger",
        re.compile(
            r"\bspark(s|ed|ing)?\b(?!\s*plug)"
            r"|\bsmok(e|ing)\s+(is\s+)?(coming\s+)?(from|out)"
            r"|\b(full\s+of|filled\s+with|thick|black)\s+smoke"
            # "the socket in the kids' room is scorched": a few words may come between.
            rf"|\b{_ELECTRICAL_THING}s?\s+(\w+\s+){{0,6}}?"
            r"(is\s+|are\s+|keeps\s+|has\s+|was\s+)?"
            # Crackling and arcing are a fault burning inside the fitting.
            r"(smoking|sparking|melting|melted|on\s+fire|scorched|charred|crackl\w*|arcing"
            r"|fizz\w*|hot\s+to\s+(the\s+)?touch|red\s+hot|burnt\s+out|burned\s+out)"
            r"|\b(socket|plug|switch|fuse\s*box|consumer\s+unit|meter|wiring)s?\s+(\w+\s+){0,3}?"
            r"(is\s+|are\s+|keeps\s+)?buzz\w*"
            # "the fuse box, the thing by the front door... theres like a crackling noise"
            r"|\b(fuse\s*box|fuse\s*board|consumer\s+unit|socket|switch|plug|meter)\b[^.]{0,100}"
            r"\bcrackl\w*"
            r"|\b(orange|red)\s+glow\b(?!\w)"
            # "the switch on wall make smoke", "a little flash and a pop"
            rf"|\b{_ELECTRICAL_THING}s?\b[^.]{{0,30}}\b(make|makes|making|made|give|gives|giving)\s+"
            r"(\w+\s+)?smoke\b"
            r"|\bflash\s+and\s+a\s+(pop|bang)\b|\b(pop|bang)\s+and\s+a\s+flash\b"
            r"|\b(socket|plug|switch|fuse\s*box|light\s+fitting)\b[^.]{0,120}\bplastic\b[^.]{0,40}"
            r"\b(melted|melting)\b"
            r"|\b(smell|smel|stink)\w*\s+(of\s+|like\s+)?(hot|melting|melted)\s+(plastic|rubber|wires?)"
            r"|\b(burn|burnt|burned|scorch|black)\s+marks?\s+(\w+\s+){0,3}(socket|plug|switch"
            r"|fuse|light|wall\s+socket)"
            r"|\bburning\s+(smell|smel|plastic|rubber)"
            r"|\b(smell|smel|smells|smelling|stink\w*)\s+(of\s+|like\s+)?(something\s+)?burn\w*"
            r"|\bsomething\s+(is\s+)?burning"
            r"|\belectric\w*\s+shock|\bshock\s+(from|off)\b|\bgot\s+a\s+shock|\belectrocut\w*"
            r"|\b(bare|exposed|live|loose\s+live)\s+(copper\s+|electric\w*\s+|metal\s+)?wir(es?|ing)"
            r"|\bcan\s+see\s+(the\s+)?(bare\s+|copper\s+|live\s+)?wires"
            r"|\bbare\s+copper\b|\bcopper\s+(you|i|we)\s+can\s+see\b"
            # "mice have chewed through the cable, you can see the copper bits"
            r"|\b(see|seen|showing|exposed|visible)\s+(the\s+)?(bare\s+)?copper\b"
            r"|\bchewed\s+(through\s+)?(the\s+|a\s+)?(\w+\s+)?(cable|wire|wiring|flex|lead)s?\b"
            r"|\bwires?\s+(are\s+|is\s+)?(exposed|hanging\s+out|sticking\s+out|showing)"
            # "wires are coming out from the wall where the light switch was", "the wires are open"
            r"|\bwires?\s+(are\s+|is\s+)?(coming|hanging|poking)\s+out\s+(from|of)\s+(the\s+)?wall"
            r"|\bwires?\s+(are|is)\s+(open|bare|uncovered)\b"
            r"|\bcopper\s+((wires?|wiring|cores?|strands?)\s+)?(is\s+|are\s+)?(showing|exposed|visible"
            r"|poking\s+out"
            r"|sticking\s+out)"
            r"|\b(cable|wire|flex|lead)s?\b[^.]{0,40}\b(coating|insulation|sheath\w*|casing)\s+"
            r"(is\s+|has\s+)?(split|cut|torn|stripped|melted|worn\s+through)"
            # Water in the electrics, however it got there.
            # (Not the supply: "we still have hot water from the electric shower".)
            rf"|(?<!hot\s)(?<!cold\s)\b({WATER}|leak\w*|drip\w*|wet)\s+(is\s+)?(\w+\s+){{0,3}}(in|into|through|out\s+of|onto"
            r"|behind|inside|from|round|around|over|on)\s+(the\s+|my\s+|a\s+|our\s+)?"
            r"((the\s+)?top\s+of\s+(the\s+|my\s+|our\s+)?)?"
            rf"(\w+\s+)?({CEILING}\s+)?(light|socket|electric|fuse|switch|consumer|extractor|spotlight"
            r"|downlight|bulb|lamp)"
            rf"|\b(light|lights|light\s+fitting|spotlights?|switch|socket|extractor(\s+fan)?|fan"
            r"|fuse\s*box)\s+(\w+\s+){0,3}?(is\s+|are\s+)?(full\s+of|filling\s+with|dripping"
            r"|pouring|leaking|running\s+with)\s*(water)?"
            # "the socket's not sparking... but there's water dripping onto it and it's buzzing"
            # (the socket alone is the match: the "not sparking" between denies nothing)
            r"|\b(socket|plug|switch|fuse\s*box|light\s+fitting)s?\b(?=[^.]{0,80}?\b(water|leak\w*)\s+"
            r"(\w+\s+){0,2}(dripping|running|pouring|leaking|coming)\s+(onto|into|on|in|over)\s+(it|them)\b)"
            # "it's buzzing and it smells hot": a fitting overheating.
            r"|\bbuzz\w*\b(?=[^.]{0,30}\bsmells?\s+(hot|burn\w*|melt\w*))"
            # "the light in kitchen ceiling, water is coming out from it"
            r"|\b(light|lights|light\s+fitting|spotlights?|downlights?|lamp|socket|switch|fuse\s*box)\b"
            rf"[^.]{{0,40}}\b{WATER}\s+(is\s+)?(\w+\s+)?(coming|dripping|pouring|leaking|running)\s+"
            r"(out\s+)?(of|from|through)\s+(it|them)\b"
            # "brown water coming through in three places, round the light and along a crack"
            rf"|(?<!hot\s)(?<!cold\s)\b{WATER}\s+(is\s+)?(coming|dripping|pouring|leaking|running)\s+"
            r"(through|in|down)\b[^.]{0,40}\b(round|around|by|from|out\s+of)\s+(the\s+)?(light|light\s+fitting"
            r"|spotlights?|downlights?|fuse\s*box|ceiling\s+light)\b"
            # Flames seen, not a boiler's display ("a flame with a line through it") or a pilot.
            r"|\b(on|caught)\s+fire\b|\b(there'?s|there\s+is)\s+a\s+fire\b"
            r"|\bflames\b(?!\s+(symbol|icon|sign|light))|\b(in|into|burst\s+into|see|saw)\s+flames?\b"
            r"|\bflame\s+(is\s+|was\s+)?(coming|shooting|came|shot)\b"
            # Urdu and Hindi in English letters: sparks, fire, smoke, "it smells burnt".
            r"|\bchin?gaa?r\w*|\baag\s+lag\w*|\bdhu+a+n\w*|\bjal(ne|ni)\s+ki\s+(boo|bu)",
            _FLAGS,
        ),
    ),
    (
        "flooding",
        re.compile(
            # Not a flood warning on the news or a floodlight.
            r"\bflood(?!\s*(warning|alert|risk|zone|plain|defen[cs]e|barrier|light)s?\b)"
            r"(?!light)\w*"
            r"|\bburst\s+(water\s+)?(pipe|main|tank|cylinder)"
            r"|\b(pipe|main|tank)\s+(has\s+|have\s+|just\s+)?burst"
            # A drip through a ceiling after rain is a roof leak: the safety question asks.
            rf"|\b({WATER}|leak\w*)\s+(\w+\s+){{0,5}}(through|thru|from|out\s+of)\s+"
            rf"{_WHOSE}(\w+\s+){{0,2}}{CEILING}"
            # Coming now: "water coming through the kitchen and hallway ceiling" (not the flood a
            # complaint letter tells of: "water came through my bathroom and hallway ceilings").
            rf"|\b{WATER}\s+(is\s+)?(coming|pouring|dripping|running|gushing|leaking)\s+(through|thru)\s+"
            rf"{_WHOSE}(\w+\s+){{0,3}}{CEILING}"
            # Coming now, a longer way round: "water is running down my kitchen wall and through
            # the ceiling beside the cooker hood".
            rf"|\b{WATER}\s+is\s+(running|pouring|coming|streaming|gushing)\b[^.]{{0,50}}\bthrough\s+"
            rf"{_WHOSE}(\w+\s+){{0,2}}{CEILING}"
            rf"|\b{CEILING}\s+(\w+\s+){{0,4}}(pouring|gushing|streaming|pissing|raining)"
            # "coming through the kitchen sealing like a shower"
            rf"|\b{CEILING}\b[^.]{{0,30}}\blike\s+a\s+(shower|waterfall|river|tap|hose\w*)\b"
            r"|\b(pouring|gushing|streaming|spraying|pissing|spurting)\s+(out\s+)?(water|everywhere)"
            rf"|\b{WATER}\s+(is\s+)?(\w+\s+)?(pouring|pourin|gushing|gushin|streaming|spraying|spurting"
            r"|pissing)"
            # Condensation running down the glass is damp, not a flood.
            r"(?!\s+down\s+(the\s+)?(inside\s+of\s+the\s+)?(windows?|walls?|glass|panes?))"
            r"|\b(cant|can'?t|cannot|unable\s+to)\s+(stop|turn\s+off|shut\s+off|switch\s+off)\s+"
            r"(the\s+)?(water|leak)\b"
            r"|\b(won'?t|wont|will\s+not)\s+stop\s+(pouring|gushing|spraying|pissing)"
            # "the water come very strong", "water is going everywhere in the kitchen", "coming from
            # under the bath very fast"
            rf"|\b{WATER}\s+(is\s+|are\s+)?(still\s+)?(com\w*|go\w*|running|spreading|spray\w*)\s+(\w+\s+){{0,4}}?"
            r"((very\s+|really\s+|too\s+)?(fast|strong|quick\w*)|very\s+much|so\s+much|everywhere|all\s+over\s+the\s+"
            r"(floor|kitchen|bathroom|place|flat|house))\b"
            # (Not only while it is in use: "water goes everywhere when I shower".)
            r"(?![^.]{0,10}\b(when|whenever|every\s+time)\s+(i|we|you|the\s+kids)\b)"
            # Looking for the stopcock while it runs: "I don't know where is the main one", "where
            # is main tap I cannot find"
            r"|\b(don'?t|do\s+not|dont)\s+know\s+where\s+(is\s+)?(the\s+)?(main|stop)\s*(one|tap|valve"
            r"|cock)\b|\bwhere\s+is\s+(the\s+)?(main|stop)\s*(tap|valve|cock)\b[^.]{0,20}\b(can'?t|cannot"
            r"|cant)\s+find\b|\b(can'?t|cannot|cant)\s+find\s+(the\s+)?(main\s+tap|stop\s*cock|stop\s*tap"
            r"|main\s+valve)\b"
            # "a big leak from the boiler pipe and I can't turn it off", "running down the stairs"
            r"|\bleak\w*\b[^.]{0,80}\b(cant|can'?t|cannot|unable\s+to)\s+(turn|shut|switch)\s+it\s+off\b"
            rf"|\b({WATER}|leak\w*)\b[^.]{{0,80}}\b(running|pouring|coming|flowing|going|pissing)\s+"
            r"(\w+\s+){0,5}down\s+the\s+(stairs|staircase)\b"
            r"|\bwater\s+(is\s+)?everywhere|\bwater\s+all\s+over\s+the\s+floor"
            # Water still coming from somewhere nobody can find: it cannot be stopped.
            r"|\bwater\b[^.]{0,80}\b(still\s+coming|keeps\s+coming|won'?t\s+stop|not\s+stopping)\b"
            r"[^.]{0,40}\b(can'?t|cannot|don'?t)\s+(see|find|tell|know)\s+where"
            r"|\b(ankle|inches|knee)\s+deep"
            # Turned off and still coming: it cannot be stopped.
            # "turned the stopcock but it just spins round without stopping anything"
            r"|\bstop\s*(cock|tap)\b[^.]{0,60}\b(spins|without\s+stopping|(didn'?t|doesn'?t|won'?t)\s+stop"
            r"\s+(it|the\s+water|anything))"
            # A tank split or a pipe leaking and the stopcock stuck: "water pourin onto the landing
            # ... stopcock wont turn"
            # (The water alone is the match: the stopcock's "won't" denies nothing.)
            rf"|\b({WATER}|leak\w*|burst|split)\b(?=[^.]{{0,150}}\bstop\s*(cock|tap)\s+(won'?t|wont"
            r"|will\s+not|can'?t|cannot|doesn'?t|is\s+stuck|stuck)\b)"
            # "it won't stop even when i turned the stop tap off"
            r"|\b(won'?t|wont|will\s+not|doesn'?t|didn'?t)\s+stop\s+even\s+(when|after|though|if)\s+"
            r"(i|we|he|she)\s+(turned|closed|shut)\b"
            # "the water's coming up through the floor", "bubbling up between the quarry tiles"
            rf"|\b{WATER}('s|\s+is|\s+has\s+been|'s\s+been)?\s+(\w+\s+)?(coming|bubbling|welling|pouring"
            r"|gushing)\s+up\s+(through|from|between|out\s+of)\s+(the\s+)?(\w+\s+){0,2}(floor\w*|tiles"
            r"|boards)\b"
            r"|\b(turned|closed|shut|switched|close|turn|shut)\s+(off\s+)?(the\s+)?(\w+\s+){0,3}(tap|valve"
            r"|stop\s*cock|stop\s*tap|water)\b[^.]{0,40}\b(no\s+change|still\s+(coming|leaking|running"
            r"|pouring|spreading)|didn'?t\s+(help|stop|work)|hasn'?t\s+stopped|not\s+stopp\w*"
            # "I close the small tap but it not stop"
            r"|it\s+(not|doesn'?t|does\s+not|won'?t)\s+stop\b)"
            rf"|\b({WATER}|wet|leak\w*)\b[^.]{{0,60}}\b(more\s+and\s+more|worse\s+and\s+worse|spreading)"
            r"\b[^.]{0,20}\b(every|each|by\s+the)\s+(hour|minute)"
            # Water from the flat above running down the inside walls: through from above.
            rf"|\b{WATER}\s+(is\s+)?(\w+\s+)?(running|pouring|coming|streaming|gushing|pissing"
            r"|flowing|trickling)\s+(\w+\s+){0,2}down\s+(the\s+)?(inside\s+(of\s+)?)?(my\s+|the\s+"
            r"|our\s+)?(\w+\s+)?walls?\b[^.]{0,40}\bfrom\s+(upstairs|above|the\s+flat\s+(above"
            r"|upstairs))"
            r"|\bfrom\s+(upstairs|the\s+flat\s+(above|upstairs))\b[^.]{0,30}\b(running|pouring"
            r"|streaming|gushing|coming)\s+(\w+\s+){0,2}down\s+(the\s+|my\s+|our\s+)?(\w+\s+)?walls?\b"
            # "ceiling leakin loads of water", "a bucket full every 5 mins".
            rf"|\b{CEILING}\s+(\w+\s+){{0,2}}leak\w*\s+(loads|lots|tons|heaps|a\s+lot)\s+(of\s+)?{WATER}"
            r"|\bbuckets?\s+(\w+\s+){0,2}full\s+(every|in|within)\s+(\d+|a\s+few|few|a\s+couple"
            r"\s+of|couple\s+of)\s*(min\w*|seconds|secs)"
            r"|\b(chh?at|chhath)\s+se\s+paa?ni|\bpaa?ni\s+(\w+\s+){0,2}(chh?at|chhath)\s+se\b",
            _FLAGS,
        ),
    ),
    (
        "structural_danger",
        re.compile(
            # The outside of a block coming away: "a cladding panel has come loose ... flapping
            # away from the building"; "the concrete balcony above has big pieces breaking off
            # the underside ... rusty metal bars showing".
            # (Not the balcony's door or a handrail on its walkway.)
            r"(?<!handrail\son\sthe\s)\b(cladding|masonry|brickwork|render|coping|concrete"
            r"|balcony(?!\s+doors?\b))\b[^.]{0,80}\b(come\s+loose"
            r"|coming\s+loose|flapping|(could|may|might|going\s+to|about\s+to)\s+(fall|come\s+off))\b"
            r"|\b(cladding|masonry|brickwork|render|concrete|balcony)\b[^.]{0,60}\b(pieces?|chunks?"
            r"|lumps?|bits?)\s+(\w+\s+){0,2}(breaking|falling|fallen|fell|fall|falls|coming|came|drop"
            r"|drops|dropping)\s+(off|away|down)\b"
            # "the concrete under it is crumbling off in lumps", "the balcony edge is crumbling"
            r"|\b(concrete|render|masonry|brickwork)\b[^.]{0,30}\bcrumbl\w*\s+(off|away)\s+in\s+"
            r"(lumps|chunks|pieces)\b|\bbalcony\b[^.]{0,60}\bcrumbl\w*"
            # "one concrete step is broken and moving", "concrete stairs ... when I walk it move"
            r"|\b(concrete|stone|brick)\s+(stairs|steps?|staircase)\b[^.]{0,80}\b(move|moves|moving"
            r"|rock|rocks|rocking)\b"
            r"|\brust\w*\s+(metal\s+|steel\s+)?(bars|rods|reinforcement)\s+(are\s+)?(showing|exposed|visible)"
            # "a lump of concrete about the size of a fist was on the doormat ... a bigger piece
            # above the door has cracked away from the rusty metal bar inside it"
            r"|\b(lumps?|chunks?|pieces?)\s+of\s+(concrete|masonry|render|brick\w*)\b[^.]{0,80}\b(landed"
            r"|fell|fallen|came\s+down|dropped|on\s+the\s+(doormat|path|floor|ground|step|patio))"
            r"|\bcracked\s+away\s+from\s+the\s+rust\w*"
            rf"|\b({CEILING}|roof|wall|chimney|chimney\s+stack|balcony|lintel|building|floor|stairs"
            r"|staircase)s?\s+(has\s+|have\s+|is\s+|are\s+|just\s+|partly\s+|partially\s+)"
            r"{0,2}(collaps\w*|caved|cave\s+in|caving\s+in)"
            # (Not what fell off it: "some tiles from the roof fell in our garden".)
            rf"|\b({CEILING}|(?<!from\sthe\s)(?<!off\sthe\s)roof|wall|chimney|chimney\s+stack|lintel"
            r"|bay\s+window"
            # A balcony's floor, slab or edge crumbling is the balcony crumbling.
            r"|balcony(\s+(floor|slab|edge|wall|base))?)s?\s+"
            r"(has\s+|have\s+|is\s+|are\s+|just\s+|partly\s+|partially\s+|all\s+){0,2}"
            r"(fallen|fell|falling|come\s+down|came\s+down|coming\s+down|bulg\w*|crumbling|dropped"
            r"|sag\w*|bow(ing|ed)|droop\w*|bell(y|ying)|about\s+to\s+(fall|go|give)"
            # "The ceiling of the bathroom is fall down", as a second language has it
            r"|fall\s+(down|in))"
            # "the ceiling above Mum's bed has a long split in it and is bowing down"
            # (Not the paint of it: "the ceiling always become black and the paint is peeling and
            # falling in the bath".)
            rf"|\b{CEILING}\b(?:(?!\b(?:paint|flak\w*|peel\w*|cover|shade|glass)\b)[^.]){{0,60}}\b(fallen|fell|falling"
            r"|come\s+down|came\s+down|fall\s+down"
            r"|coming\s+down|dropped|dropping|collaps\w*|caved|sagg\w*|bulging|bowing|bowed"
            # "the ceiling in the hall make crack sound ... it is bending down"
            r"|bending(\s+down)?|(make|makes|making|made)\s+(a\s+)?(crack\w*|creak\w*)\s+(sound|noise)"
            # "the bedroom ceiling has a big bulge in it, like a balloon"
            r"|(has|got)\s+(a\s+)?(big\s+|huge\s+|large\s+)?(bulge|bubble|dip)\s+in\s+it)"
            # "a chunk the size of a dinner plate fell off and landed in the bath"
            r"|\b(chunk|lump|slab|section)s?\s+(of\s+\w+\s+)?(the\s+size\s+of\s+(a|an)\s+(\w+\s+){1,2})?"
            r"(fell|fallen|came\s+down|dropped)\b"
            r"|\b(fallen|fell|falling|come\s+down|came\s+down|coming\s+down|dropped)\b[^.]{0,30}"
            rf"\b{CEILING}"
            r"|\b(big|large|huge|massive|giant)\s+(piece|chunk|lump|bit|section|slab)s?\s+of\s+"
            rf"(the\s+)?({CEILING}|plaster|wall|brick\w*|masonry|render|concrete)"
            # Plaster still coming down from above: the ceiling is failing.
            r"|\bplaster\b[^.]{0,40}\b(keeps|keep|kept|still|more)\s+(\w+\s+)?(dropping|falling|coming"
            r"\s+down)|\b(more|bits\s+of)\s+plaster\b[^.]{0,30}\b(dropping|falling)\s+from"
            r"|\b(bricks?|masonry|render|coping\s+stones?)\s+(\w+\s+){0,5}(fell|fallen|falling"
            r"|come\s+down|came\s+down|coming\s+off|dropp\w*|loose\s+and\s+falling|slipp\w*|slid"
            r"|fall\s+(down|off|out))"
            # "bricks comin loose above it one landed by the pram"
            r"|\b(bricks?|masonry|render|concrete)\b[^.]{0,60}\b(landed|one\s+(fell|dropped|came\s+down))\b"
            # (Not a wall named as the place of a fitting: "the cooker switch on the wall is loose,
            # it is moving when I press it".)
            rf"|(?<!on\sthe\s)(?<!off\sthe\s)(?<!to\sthe\s)(?<!in\sthe\s)(?<!from\sthe\s)(?<!from\s)"
            # (Not a fitting on the wall: "the wall cupboard is coming away from the wall".)
            rf"\b(wall(?!\s+(cupboard|unit|cabinet|tiles?|mounted|light|heater|bracket|shel\w*)s?\b"
            r"[^.]{0,40}\bfrom\s+the\s+wall)"
            rf"|{CEILING}(?!\s+rose)|chimney|building)\b[^.]{{0,40}}\b(moving|shifting|leaning"
            r"|coming\s+away|pulling\s+away)\b"
            # "the wall between his kitchen and hall has started to lean"
            rf"|\b(wall|{CEILING}|chimney|building)\b[^.]{{0,60}}\b(started|begun|beginning)\s+to\s+"
            r"(lean|tilt|bow|bulge|sag)\b"
            r"|\bcrack\w*\b[^.]{0,40}\b(getting|grown|growing|gotten|got)\s+(way\s+|much\s+|a\s+lot\s+"
            r"|loads\s+|lots\s+|even\s+|really\s+)?(bigger|wider|worse)"
            # A wall crack with the frame beside it moving or twisted: the building moving ("a crack
            # in the wall... the door is not closing any more because the frame is moving").
            # (Looked for ahead, so that "the door is not closing" between them denies nothing.)
            r"|\bcrack\w*\b(?=.{0,160}?\bframes?\s+(\w+\s+){0,3}(moving|twisted|twisting|distorted"
            r"|shift\w*|pulling\s+away|pulled\s+away)\b)"
            # "a crack she could fit her fingers into", "wide enough that I can push a 10p coin into
            # it", "the back of the house is moving"
            # (A wall's or ceiling's crack, not a door's glass: "the glass in my front door is
            # cracked... somebody can put the hand inside and open the lock".)
            rf"|(\b(wall|{CEILING}|brick\w*|plaster|render|chimney|gable)\b[^.]{{0,60}}\bcrack\w*\b"
            r"|\bcrack\w*\s+(in|on|across|along|through|above|between)\s+(the\s+|my\s+|our\s+)?"
            rf"(\w+\s+){{0,2}}(wall|{CEILING}|brick\w*|plaster|render|chimney|gable)\b)[^.]{{0,80}}"
            r"\b(fit|put|get|stick|poke|push)\s+(\w+\s+){0,2}(fingers?|hand|fist"
            r"|coins?|10p|pound|pen|pencil)\s+(\w+\s+)?(in|into|inside|through)\b"
            # "crunching and creaking noises from that wall at night"
            r"|\b(creak\w*|crunch\w*|crack\w*|groan\w*)\s+((and|n)\s+\w+\s+)?(noises?|sounds?)\s+"
            r"(\w+\s+){0,2}(from|in)\s+(that|the|my|our)\s+(\w+\s+)?(wall|ceiling)\b"
            # "pieces of concrete and render on my balcony that have come from the outside"
            r"|\b(pieces?|chunks?|lumps?|bits?)\s+of\s+(concrete|render|masonry|brick\w*)\b[^.]{0,80}"
            r"\b(come|came|fallen|fell|dropped|falling|dropping)\s+(off|from|down)\b"
            # "the ceiling has started to dip in the middle", "a big bubble... I think it will fall
            # down" (looked for ahead, over sentences)
            rf"|\b{CEILING}\b[^.]{{0,40}}\b(started|starting|begun|beginning)\s+to\s+(dip|sag|drop|bow)"
            rf"|\b{CEILING}\b(?=[\s\S]{{0,250}}?\b(it|the\s+{CEILING})\s+(will|is\s+going\s+to"
            r"|gonna|might|could|may)\s+(fall|come)\s+(down|in)\b)"
            # "the garden wall ... has fallen over onto next door's side"
            r"|\bwall\b[^.]{0,80}\b(has\s+|have\s+)?(fallen|fell|toppled)\s+over\b"
            # (Not a thing in it: "the handrail of the stairs inside the house is moving".)
            r"|(?<!inside\sthe\s)(?<!in\sthe\s)(?<!of\sthe\s)(?<!to\sthe\s)(?<!round\sthe\s)"
            r"\b(house|building|extension)\s+(is|was|'s)\s+(moving|shifting|sinking)\b"
            r"|\b(back|front|side|whole)\s+(of\s+the\s+)?(house|building)\s+(is|was|'s)\s+(moving|shifting"
            r"|sinking)\b"
            r"|\bbricks?\s+(\w+\s+){0,2}bulg\w*"
            # Diagonal cracks from door and window corners: the building moving.
            r"|\bdiagonal\w*\s+cracks?\b|\bcracks?\b[^.]{0,40}\bdiagonal\w*"
            # A crack that is moving: "wider than yesterday", "opened up over the last few days".
            r"|\bcrack\w*\b[^.]{0,60}\b(wider|bigger|longer)\s+(than|every|each\s+day|by\s+the\s+day"
            r"|since)"
            r"|\bcrack\w*\s+(that'?s\s+|thats\s+|that\s+has\s+|which\s+has\s+|has\s+|have\s+)?(opened"
            r"|appeared|formed|spread)\b[^.]{0,60}"
            r"\b(last\s+(few\s+|couple\s+of\s+)?(days?|nights?|week)|overnight|since\s+yesterday)"
            r"|\b(going\s+to|gonna|might|could|about\s+to)\s+(collapse|cave\s+in|come\s+down)"
            # "the porch roof ... hanging there over the front door like it's going to drop"
            rf"|\b({CEILING}|roof|porch|canopy|wall|chimney|balcony|lintel|bricks?)\b[^.]{{0,100}}"
            r"\b(it'?s|its|it\s+is|it\s+was)\s+(going\s+to|gonna|about\s+to)\s+(drop|fall|give)\b"
            r"|\b(porch|canopy|balcony|bay)\s+(roof\s+)?(has\s+|have\s+|is\s+)?(come|came|coming|pulled"
            r"|pulling)\s+away\s+from\s+the\s+(wall|house|building)\b"
            # A wall moving, told over sentences: "the brick wall... it's leaning much more, there's
            # a big crack at the bottom and it rocks if you lean on it... it's going to go over".
            # (The wall alone is the match: looked for ahead.)
            r"|\b(wall|chimney|chimney\s+stack|gable)\b(?=.{0,300}?\b(leaning\s+(much\s+|a\s+lot\s+|even\s+"
            r"|far\s+)more|rocks\s+(if|when)\s+you\s+(lean|push|touch)\w*|(going\s+to|gonna|might|could"
            r"|about\s+to)\s+(go\s+over|topple|fall\s+over))\b)"
            # "one of the timber beams holding the roof has split right through"
            r"|\b(beams?|joists?|rafters?|lintels?|purlins?)\b[^.]{0,40}\b(split|snapped|cracked\s+through"
            r"|broken\s+through|gave\s+way|given\s+way)\b"
            r"|\b(steps?|stairs|wall|ceiling|floor|balcony|roof|chimney)\b[^.]{0,60}\b(could|might|may|going\s+to"
            r"|about\s+to|will)\s+give\s+way\b"
            # (Not "come away": a handrail on the steps that has come away is the handrail.)
            r"|\b(steps?|wall|balcony|chimney|porch)\s+(\w+\s+){0,4}?(has\s+|have\s+)?separated\s+"
            r"from\s+the\s+(wall|house|building)"
            r"|\bwall\b[^.]{0,60}\bsee\s+(day)?light\s+(from\s+outside\s+)?(thru|through)\b"
            # "the wall have big crack and it open more every day", "every week more big"; "I am
            # afraid the wall fall"
            r"|\bcrack\w*\b[^.]{0,40}\b(open\w*|grow\w*|get\w*)\s+(more|bigger|wider)\s+(every|each)\s+"
            r"(day|week)\b|\bcrack\w*\b[^.]{0,40}\b(every|each)\s+(day|week)\s+(more\s+)?(big|bigger"
            r"|wider)\b"
            r"|\b(afraid|scared|worried|frightened)\s+(that\s+)?the\s+(wall|ceiling|balcony|chimney)\s+"
            r"(will\s+|is\s+going\s+to\s+|can\s+|could\s+|may\s+|might\s+)?(fall|collapse|come\s+down)\b"
            rf"|\b(building|structure|wall|balcony|{CEILING})\s+(is\s+|looks\s+|feels\s+)?"
            r"(unsafe|unstable)",
            _FLAGS,
        ),
    ),
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- Denial: "no smell of gas", "cracked but no sparks or burning smell" -----------------------

_NEGATIONS = _words(
    "no not never cant can't cannot dont don't doesnt doesn't isnt isn't wasnt wasn't arent "
    "aren't wont won't didnt didn't hasnt hasn't havent haven't without nor none nothing neither "
    "nothing's nothings nobody nobody's nobodys noone nae"
)
# Words that may stand between a denial and what it denies: "no sign of any gas smell", "there
# isn't any smoke or sparks". Anything else ("won't stop sparking", "no heating and sparks")
# ends the denial.
_DENIAL_FILLERS = _words(
    "any a an the of or nor , sign signs hint trace evidence obvious real actual visible strong "
    "bad funny smell smells smelling smel there there's theres is are was were been be have has "
    "had i we you it can could do does did detect detected notice noticed see seen saw hear heard "
    "think more longer anymore sparks spark sparking smoke smoking burning burnt flames fire "
    "scorch scorching scorched marks gas fumes leak leaks leaking co alarm alarms carbon monoxide "
    "like from in near around anywhere at all whatsoever damage danger dangerous that i'm im am "
    "aware noticeable big major massive huge proper serious dust bits pieces plaster debris "
    "flickering flicker buzzing humming crackling heat hot melting making make makes made giving"
)
# What a denial names: an opening "no" followed by one of these denies ("no smell of gas");
# followed by anything else it answers a question ("no there's a smell of gas").
_DENIED_NOUNS = _words(
    "sign signs hint trace evidence obvious real actual visible strong smell smells smelling smel "
    "sparks spark sparking smoke smoking burning burnt flames fire scorch scorching scorched marks "
    "gas fumes leak leaks leaking co alarm alarms carbon monoxide water damage danger"
)
_CORRECTED_TO = _words("the my our")
_TOKEN = re.compile(r"[a-z']+|[.,;:!?]")
_HARD_BREAKS = _words(". ; : ! ?")
_DENIAL_REACH = 6


def _denied(text: str, start: int) -> bool:
    """Whether the danger words starting at `start` are denied by a negation before them."""
    tokens = _TOKEN.findall(text[:start].lower())
    between: list[str] = []
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if token in _HARD_BREAKS or len(between) > _DENIAL_REACH:
            return False
        if token in _NEGATIONS:
            # A bare "no" that opens the message answers something ("no, I can smell gas"): it
            # denies only what follows it straight away ("no smell of gas").
            opening_answer = index == 0 and token == "no" and bool(between)
            # "the roof of the, no the ceiling in bathroom": a "no" that puts a determiner
            # straight after it corrects what was said, and denies nothing.
            correction = token == "no" and bool(between) and between[-1] in _CORRECTED_TO
            if correction:
                return False
            return not opening_answer or between[-1] in _DENIED_NOUNS
        if token not in _DENIAL_FILLERS:
            return False
        between.append(token)
    return False


# An alarm said to be calm, with or without a verb: "is fine", "'s all quiet", "quiet", "green
# and quiet", "still silent". Not when a question or the alarm sounding follows: "alarm ok?? its
# beeping", "co alarm was fine yesterday but now it's going off".
_THEN_SOUNDING = (
    # (Not "fine, not beeping": a sound denied is no sound.)
    r"(?![^.?!]{0,40}?(?<!not\s)(?<!n't\s)(?<!nt\s)(?<!never\s)\b(beep\w*|going\s+off|gone\s+off|sounding"
    r"|alarming|ringing|screech\w*))"
)
_ALARM_CALM = (
    r"((is|was|stays|stayed|has\s+been|remains|'?s|it'?s|s)\s+)?((all|totally|completely|still"
    r"|perfectly|just|showing)\s+)?((green|fine|ok|okay|quiet|silent|normal)\s+(and|n|&)\s+)?"
    r"(quiet|silent|fine|ok|okay|normal|green|working\s+(fine|ok|okay|properly|normally))\b(?!\s*\?)"
    + _THEN_SOUNDING
)
# After the danger words: "the CO alarm isn't going off", "the alarm is quiet".
_DENIED_AFTER = re.compile(
    # Asked and answered: "Sparks? no. Burning? no."
    r"^\s*\?+\s*(no|nope|nah|none|not\s+at\s+all)\b"
    r"|^\W*(alarm|detector|monitor)?\s*(is|was|has|have|it'?s|its|'s)?\s*(n'?t|not|never|no\s+longer)?\s*"
    r"(n'?t|not|never)\s+(gone\s+off|going\s+off|goin'?\s+off|go\s+off|sounding|sounded|beeping|beeped|on|"
    r"triggered|alarming|activated|ringing|rang|flashing|screaming|making\s+(a\s+|any\s+)?noise)\b"
    r"|^\W*(alarm|detector|monitor)?\s*(is|was|stays|stayed|has\s+been|remains|it'?s|'s\s+been)\s+"
    r"(quiet|silent|fine|ok|okay|normal|green|off)\b" + _THEN_SOUNDING +
    # Said without a verb, as texts and transcripts do: "co alarm quiet", "CO alarm all fine",
    # "the carbon monoxide alarm on the wall is green and quiet". (Not "off": "co alarm off"
    # may be one going off.)
    r"|^\W*(alarm|detector|monitor)?\s*((that\s+|which\s+)?(you|they|we|the\s+council)\s+(fitted|installed"
    r"|put\s+in|gave\s+us)\s+)?((is\s+)?(on|in|by|above|next\s+to)\s+(the\s+)?\w+(\s+\w+)?\s+"
    r"(and\s+)?)?"
    rf"{_ALARM_CALM}"
    # "the carbon monoxide detector tests fine"
    r"|^\W*(alarm|detector|monitor)?\s*(tests|tested|checks\s+out|checked)\s+(fine|ok|okay|normal)\b"
    r"|^\W*(alarm|detector|monitor)?\s*(hasn'?t|has\s+not|didn'?t|did\s+not|never)\s+(made|make)"
    r"\s+(a\s+)?(sound|peep|noise|beep)",
    _FLAGS,
)
# Taken back straight after: "I thought I could smell gas but it turned out to be the bins".
_RETRACTED_AFTER = re.compile(
    r"^[^.;!?]{0,40}?\b(but\s+)?(it\s+|that\s+)?(turned\s+out|was\s+(just|only|actually)\s+"
    r"(the|a|from|coming\s+from)|false\s+alarm"
    r"|(it'?s|its|it\s+is|that'?s|thats)\s+not\s+(from\s+)?(the\s+|a\s+)?gas"
    # "a burning smell like hot dust when the heating first came on"
    r"|like\s+(hot\s+|burnt\s+|burning\s+)?dust"
    # "the socket with sparks, he make it safe and disconnect"
    r"|(he|she|they|electrician|engineer|someone)\s+(has\s+|have\s+)?(made|make)\s+(it|them)\s+safe"
    r"|(it\s+)?was\s+made\s+safe)\b"
    # "smoke coming out the vent!! oh wait no its steam, just from my shower"
    r"|^[^.;]{0,60}?\b(oh\s+)?(wait\s+)?(no\s+)?(it'?s|its|it\s+is|it\s+was|that'?s|thats)\s+(just\s+"
    r"|only\s+|actually\s+)?(steam|condensation|dust|from\s+the\s+shower)\b"
    # "After the flood last month, the pipe is fixed now": the danger is history.
    r"|^\s+(in\s+)?(last\s+(week|month|year|winter|summer)|(a\s+)?(few\s+|couple\s+of\s+)?(weeks|months"
    r"|years)\s+ago)\b"
    # "a smell like eggs... Not gas, only from the drain"
    r"|^.{0,120}?\b(not|isn'?t|no)\s+gas\b[^.]{0,20}\b(only|just)\s+(from\s+)?(the\s+)?(drains?|sewer"
    r"|bins?|toilet)\b"
    # "the gas company came in the night and checked everything, they said no leak"
    r"|^.{0,160}?\b(said|says|confirmed|found)\s+(there'?s\s+|there\s+is\s+|it'?s\s+)?no\s+(gas\s+)?leak\b",
    _FLAGS,
)
# Said as a rule, not as what is happening: "I know you say if you smell gas to ring straight away".
# Or asked about as what might one day happen: "if the boiler ever leaked carbon monoxide, would
# the alarm wake us?", "what do you do if you smell gas".
_HYPOTHETICAL = re.compile(
    r"\b(if|in\s+case|whenever)\s+(you|anyone|people|i|we)\s+(can\s+|ever\s+)?$"
    r"|\b(if|in\s+case|whenever)\s+([\w']+\s+){0,3}?(ever|were\s+to|should)\s+(\w+\s+){0,2}$",
    _FLAGS,
)
# An alarm named as one the home has, with nothing said of it sounding in that sentence ("every
# home now has a carbon monoxide alarm"): neither the danger nor its denial.
_ALARM_HELD = re.compile(
    r"\b(has|have|got|fitted|installed|with)\s+(a|an|the)?\s*(new\s+|working\s+)?$", _FLAGS
)
_HELD_ALARM_SOUNDS = re.compile(
    r"\b(beep\w*|going\s+off|gone\s+off|went\s+off|goes\s+off|sound\w*|alarming|ringing|red|flash\w*"
    r"|screech\w*|ill|headaches?|dizzy|sick|unwell|keeps)\b",
    _FLAGS,
)


def _alarm_only_held(text: str, match: re.Match[str]) -> bool:
    named = text[match.start() : match.end() + 12]
    # (What it would do "if it ever goes off" is not it sounding.)
    rest = re.sub(
        r"\b(if|when|whether)\b[^.?!]*|(\bnot|\bnever|n'?t)\s+(?!stop|quit)(\w+\s+)?\w+",
        " ",
        text[match.end() : match.end() + 100],
        flags=re.IGNORECASE,
    )
    return bool(
        _ALARM_HELD.search(text[: match.start()])
        and _AN_ALARM.search(named)
        and not _HELD_ALARM_SOUNDS.search(rest)
    )


# Inside the danger words: "the ceiling isn't sagging". A negation before "stop", "turn off" or
# "find where" is itself the danger ("can't stop the water", "left on without lighting it", "like
# when you turn the hob on and it don't catch").
_NOT_DENIALS = _words(
    "stop stopping turn shut switch see find tell know lighting lightin light lit catch ignite blue"
)


def _denied_inside(matched: str) -> bool:
    tokens = _TOKEN.findall(matched.lower())
    return any(
        token in _NEGATIONS and (index + 1 == len(tokens) or tokens[index + 1] not in _NOT_DENIALS)
        for index, token in enumerate(tokens[1:], start=1)
    )


# Saying there is no alarm to sound is not saying there is no danger.
_ALARM_NOT_OWNED = re.compile(
    r"(\b(don'?t|do\s+not|doesn'?t|haven'?t|have\s+not|hasn'?t|never)\s+(have|has|had|got|get"
    r"|fitted|installed|put\s+in)|\bwithout)\s+(\w+\s+)?(a|an|any)?\s*$",
    _FLAGS,
)
_AN_ALARM = re.compile(r"\b(alarm|detector|monitor)s?\b", _FLAGS)


_CRACK_STILL = re.compile(
    r"\b(not|isn'?t|hasn'?t|hasnt|has\s+not|never|no)\s+(been\s+)?(getting|got|gotten|grown|growing)\s+"
    r"(any\s+)?(bigger|wider|worse|longer)\b"
    r"|\b(not|isn'?t|hasn'?t|hasnt|has\s+not|never)\s+(been\s+)?(moved|moving|changed|spread\w*)\b"
    r"|\btell[\s-]?tales?\s+(are\s+|is\s+)?(still\s+)?(intact|fine|unbroken|ok)\b"
    r"|\bbeen\s+there\s+(since|for\s+(years|ages|a\s+long\s+time))\b",
    _FLAGS,
)


def _never(text: str) -> bool:
    return False


# Words that look like a danger and are another repair: a light hanging from its ceiling rose is
# the fitting (its own danger words, sparks or burning, still raise it), and an overflow pipe
# pouring outside is a valve to fix, unless the water is said to be coming into the home.
_NOT_THIS_DANGER = {
    "structural_danger": lambda text: light_hanging(text) or tiles_coming_off(text),
    "flooding": lambda text: overflow_running(text) or standing_in_the_tray(text),
}


def _readings(text: str) -> list[tuple[str, re.Match[str], bool]]:
    """Every place the text names an emergency's danger words: (category, match, denied)."""
    readings: list[tuple[str, re.Match[str], bool]] = []
    for category, pattern in _EMERGENCY_PATTERNS:
        if category == "carbon_monoxide" and co_alarm_expiring(text) and not _unwell(text):
            continue  # neither stated nor denied: the safety question asks
        if _NOT_THIS_DANGER.get(category, _never)(text):
            continue  # the words name something else that is wrong (see _NOT_THIS_DANGER)
        for match in pattern.finditer(text):
            named = text[match.start() : match.end() + 12]  # "carbon monoxide" + " alarm"
            if _ALARM_NOT_OWNED.search(text[: match.start()]) and _AN_ALARM.search(named):
                continue  # "we don't have a CO alarm": no alarm, not no danger
            if _alarm_only_held(text, match):
                continue
            denied = bool(
                # A crack said to be old and still ("not getting any bigger, I measured it"): the
                # crack is no sign of the building moving.
                (
                    category == "structural_danger"
                    and _CRACK_STILL.search(text) is not None
                    and "crack" in match.group(0).lower()
                )
                or _denied(text, match.start())
                or _denied_inside(match.group(0))
                or _DENIED_AFTER.search(text[match.end() :])
                or _RETRACTED_AFTER.search(text[match.end() :])
                or _HYPOTHETICAL.search(text[: match.start()])
            )
            readings.append((category, match, denied))
    return readings


def _matches(text: str) -> tuple[set[str], set[str]]:
    """The emergency categories the text states, and those it only denies."""
    readings = _readings(text)
    stated = {category for category, _, denied in readings if not denied}
    denied = {category for category, _, denied in readings if denied}
    return stated, denied - stated


def stated_dangers(text: str) -> frozenset[str]:
    """Every emergency category whose danger words the text states (not denies)."""
    return frozenset(_matches(text)[0]) if text else frozenset()


def emergency_category(text: str) -> str | None:
    """The emergency category whose danger words the text states (not denies), else None."""
    if not text:
        return None
    stated, _ = _matches(text)
    return next((c for c, _ in _EMERGENCY_PATTERNS if c in stated), None)


# "the alarm's not going and we're all fine": no carbon monoxide, whatever else is wrong.
_ALARM_QUIET = re.compile(
    r"\balarm\w*('s|\s+is|\s+has|\s+was)?\s+(not|n't|never)\s+(going|gone|sounding|beeping"
    r"|triggered)|\balarm\w*('s|\s+is|\s+was|\s+stays|\s+has\s+been)?\s+(quiet|silent|fine|ok"
    r"|okay)\b"
    + _THEN_SOUNDING
    + r"|\balarm\s+(hasn'?t|has\s+not|didn'?t|did\s+not)\s+(made|make|gone|go)\s+"
    r"(a\s+)?(sound|peep|off)"
    # "co alarm quiet", "the CO alarm in the hall is green and quiet"
    r"|\b(c\.?o\.?|carbon\s+monoxide|carbon)\s+(alarm|detector|monitor)\w*\s+"
    r"((on|in|by|above|next\s+to)\s+(the\s+)?\w+(\s+\w+)?\s+)?" + _ALARM_CALM,
    _FLAGS,
)


# Short denials that name no pattern of their own: "No smoke, nothing burning".
_DENIAL_PHRASES = {
    "electrical_danger": re.compile(
        r"\b(no|not|not\s+any|nothing|isn'?t\s+any|wasn'?t\s+any)\s+(smoke|smoking|burning"
        r"|spark\w*|scorch\w*|burn\s+marks?|flames?|fire)\b"
        # "no wires showing", "wires aren't exposed"
        r"|\bno\s+(bare\s+|exposed\s+|live\s+|copper\s+)?wir(es|ing)\s+(\w+\s+)?(show\w*|exposed"
        r"|visible|out|sticking)|\bwir(es|ing)\s+(are\s+|is\s+)?(not|n'?t|aren'?t|isn'?t)\s+"
        r"(show\w*|exposed|visible|out)",
        _FLAGS,
    ),
    "gas_smell": re.compile(
        rf"\bno\s+({GAS}\s+)?{SMELL}\b|\b(can'?t|cannot|don'?t)\s+{SMELL}\s+(any\s+)?{GAS}"
        # "Hissing in the bathroom - not gas, it's the hot tap"
        rf"|\b(it'?s\s+|its\s+|it\s+is\s+|that'?s\s+)?not\s+(the\s+)?{GAS}\b(?!\s+(supply|meter|hob|cooker))"
        rf"|\b(isn'?t|wasn'?t|is\s+not|was\s+not)\s+{GAS}\b",
        _FLAGS,
    ),
    "flooding": re.compile(r"\b(not|isn'?t)\s+(pouring|gushing|flooding|spreading)\b", _FLAGS),
    # "No smell, no alarm."
    "carbon_monoxide": re.compile(
        r"\bno\s+(co\s+|carbon\s+monoxide\s+)?alarms?\s*(going\s+off|sounding|beeping)?\s*([.,;!]|$)",
        _FLAGS,
    ),
    # "a long crack, it isn't moving or sagging", "no sign of it getting bigger".
    "structural_danger": re.compile(
        r"\b(isn'?t|is\s+not|not|no\s+sign\s+of\s+it|doesn'?t\s+seem\s+to\s+be|hasn'?t\s+been)"
        r"\s+(moving|sagging|bulging|loose|falling|dropping|coming\s+down|getting\s+(any\s+)?"
        r"(bigger|wider|worse)|dangerous|unsafe)\b",
        _FLAGS,
    ),
}


# A carbon monoxide alarm that chirps now and then, or shows "End", wants a battery or a new
# alarm: not the alarm sounding. The safety question still asks whether it is sounding.
_CO_ALARM_EXPIRING = re.compile(
    r"\b(chirp\w*|one\s+(short\s+)?(beep|chirp)|single\s+beep|beeps?\s+once"
    r"|(small|little|short)\s+beep)\b[^.]{0,80}"
    r"\b(minute|minutes|mins?|end|battery|batteries|low\s+batt\w*|replace\w*|expired|end\s+of\s+life)\b"
    r"|\b(says|shows|showing|reads|displays?)\s+[\"']?(end|err|low\s+batt\w*)\b"
    r"|\b(show|shows|showing)\s+(a\s+|the\s+)?battery\s+(sign|symbol|icon|light)"
    r"|\bend\s+of\s+(its\s+)?life\b",
    _FLAGS,
)


_UNWELL = re.compile(
    r"\b(headaches?|dizzy|dizziness|drowsy|nause\w*|being\s+sick|feel\w*\s+(sick|ill|unwell)"
    r"|vomit\w*|" + FAINT + r"|pass(ed)?\s+out)\b",
    _FLAGS,
)


# "nobody feels ill", "none of us are sick": not unwell.
# ("no headaches nobody feels ill")
_NOBODY = re.compile(r"\b(nobody|no\s*one|not|none\s+of\s+us|no-one|no)\b[^.,]{0,15}$", _FLAGS)


def _unwell(text: str) -> bool:
    return any(not _NOBODY.search(text[: m.start()]) for m in _UNWELL.finditer(text or ""))


def co_alarm_expiring(text: str) -> bool:
    """A carbon monoxide alarm chirping for a battery or at the end of its life, not sounding."""
    return bool(text and _CO_WORDS.search(text) and _CO_ALARM_EXPIRING.search(text))


def denied_dangers(text: str) -> frozenset[str]:
    """The emergency categories the tenant has said are not happening ("no smell of gas")."""
    if not text:
        return frozenset()
    stated, denied = _matches(text)
    if _ALARM_QUIET.search(text):
        denied.add("carbon_monoxide")
    denied |= {category for category, phrase in _DENIAL_PHRASES.items() if phrase.search(text)}
    return frozenset(denied - stated)


# --- The one safety question -------------------------------------------------------------------

# The categories that are about something that can be dangerous. The question is chosen by what
# the message names (a leak onto a light is electrical, not a flood), else by the category.
_ASKED_FOR = {
    "gas_supply": "gas_smell",
    "heating_hot_water": None,
    "blocked_flue": "carbon_monoxide",
    "electricity_supply": None,
    "unsafe_electrical_fitting": "electrical_danger",
    "extractor_fan": None,
    "leaking_pipe_tank": "flooding",
    "tap": None,
    "roof_leak": None,
    "toilet": None,
    "other_repair": None,
    "doors_windows_frames": None,
    "rotten_floor_stairs": None,
    "damp_mould": None,
    "water_supply": None,
    "handyperson": None,
    "drainage": None,  # a soil stack leaking: is the water coming in, or can't be stopped?
}
# Where a message the classifier could not place lands, or a small job it may have mistaken for
# one: a word that touches on an emergency is asked about. (A small job's shelves, bulbs and
# curtain poles are walls and lights every day: only water, gas and fumes are asked about.)
_CATCH_ALL = {
    "other_repair": tuple(EMERGENCY_CATEGORIES),
    "handyperson": ("gas_smell", "carbon_monoxide", "flooding"),
}
_NAMES_THINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "carbon_monoxide",
        re.compile(
            r"\b(flue|flew|flu|chimney|open\s+fire|gas\s+fire|fumes|soot\w*|back\s*draught"
            r"|carbon\s+monoxide|co\s+(alarm|detector))\b",
            _FLAGS,
        ),
    ),
    ("gas_smell", re.compile(rf"\b(boiler|cooker|hob|oven|{GAS}|pilot|ignit\w*|meter)\b", _FLAGS)),
    (
        "electrical_danger",
        re.compile(
            rf"\b(fuse\w*|consumer\s+unit|{TRIPPING}|socket|plug(?![\s-]*holes?)|switch\w*|light\s*fitting|wiring|wires?"
            r"|electric\w*|spotlights?|downlights?|extractor|fan)\b",
            _FLAGS,
        ),
    ),
    (
        "flooding",
        re.compile(
            r"\b(leak\w*|pipe|tank|cistern|cylinder|overflow\w*|stop\s*cock|running\s+water"
            r"|(won'?t|wont|will\s+not|can'?t|cannot)\s+(turn|switch|shut)\s+off)\b",
            _FLAGS,
        ),
    ),
    (
        "structural_danger",
        re.compile(
            rf"\b({CEILING}|plaster|brick\w*|lintel|balcony|chimney\s+stack)\b"
            r"|\bcrack\w*\b[^.]{0,30}\bwalls?\b|\bwalls?\b[^.]{0,30}\bcrack",
            _FLAGS,
        ),
    ),
)
_TAP_RUNNING = re.compile(
    r"\b(won'?t|wont|will\s+not|can'?t|cant|cannot|doesn'?t|doesnt)\s+(turn|switch|shut)\s*off"
    r"|\bstuck\s+(on|open)|\b(keeps|still|constantly|non\s*stop)\s+running|\bfull\s+blast",
    _FLAGS,
)
_WATER = re.compile(r"\b(water|leak\w*|drip\w*|wet|damp)\b", _FLAGS)
_ELECTRICS_NEAR_WATER = re.compile(
    r"\b(light|lights|socket|switch|fuse\w*|electric\w*|extractor|fan|spotlight\w*|consumer)\b",
    _FLAGS,
)


def danger_to_ask(text: str, category: str | None) -> str | None:
    """The emergency category of the one safety question to ask before triage, else None.

    By what the message names, whatever the category (a loose balcony panel read as an
    insecure window is still a balcony), and by the category for those about something that can
    be dangerous; never for an emergency already recognised, and never about a danger the
    tenant has already denied."""
    if not category or category in EMERGENCY_CATEGORIES or not text or emergency_category(text):
        return None
    denied = denied_dangers(text)
    if category == "tap":  # a dripping tap is no flood; one that won't turn off may be
        return "flooding" if _TAP_RUNNING.search(text) and "flooding" not in denied else None
    named = _named_dangers(text)
    for danger in _CATCH_ALL.get(category, ()):
        if _RELATED[danger].search(text):
            named.append(danger)
    default = _ASKED_FOR.get(category)
    for danger in [*named, default]:
        if danger and danger not in denied:
            return danger
    return None


def _named_dangers(text: str) -> list[str]:
    """The emergencies the things a message names could be, the likeliest first."""
    named = [danger for danger, pattern in _NAMES_THINGS if pattern.search(text)]
    if _WATER.search(text) and re.search(CEILING, text, _FLAGS):
        named.insert(0, "flooding")  # water at a ceiling: is it coming through?
    if _WATER.search(text) and _ELECTRICS_NEAR_WATER.search(text):
        named.insert(0, "electrical_danger")
    return named


def next_danger_to_ask(
    text: str, answered: Iterable[str], guesses: Iterable[str | None] = ()
) -> str | None:
    """After a "no" to an emergency that was only guessed or told in doubt, the next danger to
    ask about, if there is one: one the words state, then the classifier's other `guesses`, then
    one the things named could be (water through a light fitting that is not a flood may still
    be in the electrics). Never one answered or denied."""
    if not text:
        return None
    skip = set(answered) | denied_dangers(text)
    stated = [category for category, _, denied in _readings(text) if not denied]
    candidates = [*stated, *guesses, *_named_dangers(text)]
    return next((d for d in candidates if d in EMERGENCY_CATEGORIES and d not in skip), None)


# What a message about each emergency names even when it has none of the danger words: a guess
# of that emergency with none of these is the classifier's alone, and is asked about instead.
_RELATED: dict[str, re.Pattern[str]] = {
    # A boiler or cooker alone is not enough: "the boiler is dead" is a heating fault, and the
    # gas question is asked about it anyway.
    "gas_smell": re.compile(
        rf"\b({GAS}|smell\w*|smel|stink\w*|egg\w*|fumes?|whiff|odou?r|hiss\w*)s?\b", _FLAGS
    ),
    "carbon_monoxide": re.compile(
        r"\b(flue|flew|chimney|fire|fumes?|soot\w*|alarm|detector|co|carbon|monoxide"
        r"|headaches?|dizzy|drowsy|sick|ill|unwell|" + FAINT + r"|breathless)s?\b",
        _FLAGS,
    ),
    "electrical_danger": re.compile(
        rf"\b(socket|plug|switch|fuse\w*|consumer|{TRIPPING}|wir\w*|cable|electric\w*|power|light"
        r"|lights|bulb|lamp|meter|spark\w*|smok\w*|burn\w*|shock\w*|fire|flames?|hot|melt\w*"
        r"|fan|extractor|heater|cooker|oven|immersion|charger)s?\b",
        _FLAGS,
    ),
    # (Water itself, not only a fixture: "the Saniflo won't pump away" is not a flood.)
    "flooding": re.compile(
        r"\b(water|wet|flood\w*|leak\w*|pipe|tank|cistern|cylinder|overflow\w*|stop\s*cock"
        r"|pour\w*|gush\w*|burst|drip\w*|soak\w*|carpet|puddle|swimming|ceiling|sewage)s?\b",
        _FLAGS,
    ),
    "structural_danger": re.compile(
        rf"\b({CEILING}|wall|walls|plaster|brick\w*|roof|chimney|balcony|lintel|floor|stairs"
        r"|crack\w*|collaps\w*|fall\w*|fell|bulg\w*|sag\w*|structur\w*|building|beam|joist\w*)s?\b",
        _FLAGS,
    ),
}


# An emergency told as already over, dealt with or mistaken: "the engineer made it safe", "it
# stopped the same day and has dried out", "I turned the valve off so no more is coming", "I
# thought it was gas but it's definitely the drains". Only ever a reason to ask the one safety
# question instead of dispatching: a "yes" (or "I don't know") keeps the emergency.
_IN_DOUBT = re.compile(
    r"\bmade\s+(it\s+|everything\s+|the\s+\w+\s+|that\s+)?safe\b"
    r"|\b(capped|isolated|disconnected)\s+(it\s+|that\s+|the\s+)?(\w+\s+)?(off|circuit|supply)?"
    r"|\b(said|says|confirmed)\s+(it\s+|everything\s+)?(is\s+|was\s+|'?s\s+)?(all\s+)?(safe|fine|ok)"
    r"|\b(it|that|the\s+leak|the\s+water|which)\s+(has\s+|had\s+|'?s\s+)?(now\s+)?stopped\b"
    r"|\bstopped\s+(the\s+same\s+day|now|since|straight\s+away)"
    r"|\bno\s+(more\s+)?(water|gas|smoke)\s+(is\s+)?(coming|leaking|escaping)"
    r"|\bno\s+longer\s+(leaking|coming|dripping|pouring|sparking|smoking|smells?)"
    r"|\b(turned|switched|shut)\s+(it|the\s+\w+|that)\s+off\b"
    r"|\b(dried|dry)\s+(out|up)\b|\b(all\s+)?mopped\s+up\b"
    r"|\b(is|are|'?s)\s+(all\s+)?(fine|ok|okay|safe)\s+now\b"
    r"|\b(all|everything)\s+(our\s+|the\s+)?(electrics\s+)?(is\s+|are\s+)?(fine|safe|ok)\b"
    r"|\b(tested|checked)\s+(\w+\s+){0,3}(and\s+)?(is|was|it'?s)\s+fine\b"
    r"|\b(it\s+was|it'?s|that\s+was)\s+(just\s+|only\s+|actually\s+|definitely\s+)?"
    r"(next\s+door|the\s+neighbou?rs?|the\s+drains?|a\s+barbecue|the\s+bins?)"
    r"|\bi\s+thought\s+(i\s+could\s+|it\s+was\s+|i\s+)?"
    r"|\bpanick?ed\s+but\b|\b(already|was)\s+fixed\b|\bfixed\s+it\b"
    # "Cadent tested everything, no gas at all, they reckon it's sewage".
    r"|\bno\s+gas\s+(at\s+all|anywhere|leak\w*|found|detected|present)\b"
    r"|\b(reckon|reckons|said|says|think|thinks|thought)\s+(it'?s|its|it\s+is|it\s+was)\s+"
    r"(just\s+|only\s+|actually\s+)?(the\s+)?(sewage|sewer|drains?|bins?)\b",
    _FLAGS,
)


# A danger told only in clauses that (with the clause after each) negate, doubt or reassure ("the
# CO alarm is NOT going off, it's showing a steady green light", "co alarm chirps every min, think
# its the battery") is asked about, not assumed. A danger told plainly anywhere in the message is
# not: one clear clause is enough.
_CLAUSE_BREAK = re.compile(
    r"[.!?;,:()\n]|\s-\s|\b(but|and|so|because|cos|coz|although|though|while|whereas|then)\b",
    _FLAGS,
)
_DOUBT_WORDS = _words(
    "think thought maybe might probably prob possibly perhaps worried worry if fine ok okay quiet "
    "silent dry fixed stopped safe tested test normal normally green battery"
)
# A negation that is itself the danger: "can't stop it", "won't turn off", "can't breathe", "don't
# know where it's coming from", "not safe".
# (Not "lit" or "blue": "we haven't lit it" beside a fallen chimney is a reassurance; "it don't
# catch" in a gas smell's likeness is not.)
_DANGER_NEGATED = _words(
    "stop stopping turn shut switch see find tell know lighting lightin light catch breathe safe"
)


_SENTENCE_BREAK = re.compile(r"[.!?;\n]")


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause the words from `start` to `end` are in, and the clause after it in the same
    sentence: a doubt is often said straight after ("co alarm chirps, think its the battery")."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    after = [m.start() for m in _CLAUSE_BREAK.finditer(text, end)][1:2]
    sentence_end = _SENTENCE_BREAK.search(text, end)
    stop = min([len(text), *after, *([sentence_end.start()] if sentence_end else [])])
    return text[before[-1] if before else 0 : stop]


# Said of people, not of the danger: "nobody hurt", "no one was in the room".
_NOBODY_HURT = re.compile(
    r"\b(nobody|no\s*one|no-one|none\s+of\s+us)\s+(was\s+|is\s+|were\s+|got\s+|has\s+been\s+)?"
    r"(hurt|injured|harmed|in\b)",
    _FLAGS,
)


def _clause_in_doubt(clause: str) -> bool:
    tokens = _TOKEN.findall(_NOBODY_HURT.sub(" ", clause).lower())
    for index, token in enumerate(tokens):
        if token in _DOUBT_WORDS:
            return True
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in _NEGATIONS and following not in _DANGER_NEGATED:
            return True
    return False


def told_in_doubt(text: str) -> bool:
    """Every clause that states an emergency's danger words also negates, doubts or reassures."""
    stated = [match for _, match, denied in _readings(text or "") if not denied]
    return bool(stated) and all(
        _clause_in_doubt(_clause_around(text, match.start(), match.end())) for match in stated
    )


def emergency_in_doubt(text: str) -> bool:
    """The message tells its emergency as over, dealt with, mistaken or in doubt: ask, don't
    assume."""
    return bool(text and (_IN_DOUBT.search(text) or told_in_doubt(text)))


# --- Fire and violence -------------------------------------------------------------------------

_SMOKE_ALARM = re.compile(r"\b(smoke|fire|heat)\s*(alarm|detector)s?\b", _FLAGS)
_CO_WORDS = re.compile(r"carbon|monox|\bc\.?o\.?\b", _FLAGS)


def smoke_alarm_sounding(text: str) -> bool:
    """A smoke, heat or fire alarm (not a carbon monoxide alarm) is mentioned."""
    return bool(text and _SMOKE_ALARM.search(text) and not _CO_WORDS.search(text))


_ALARM_SOUNDING = re.compile(
    r"\b(going\s+off|goes\s+off|went\s+off|full\s+blast|won'?t\s+stop|keeps\s+(going|sounding"
    r"|beeping)|sounding|screech\w*|loud)\b",
    _FLAGS,
)
_BATTERY_CHIRP = re.compile(r"\b(chirp\w*|battery|batteries|low\s+batt\w*)\b", _FLAGS)
_FLUE = re.compile(r"\b(flue|flew|chimney|fireplace|open\s+fire|gas\s+fire)\b", _FLAGS)


def smoke_alarm_fault(text: str) -> str:
    """The repair a smoke alarm with no danger words is: one that only chirps for its battery is
    a small job (`other_repair`); one going off for nothing is a faulty fitting."""
    chirp_only = _BATTERY_CHIRP.search(text) and not _ALARM_SOUNDING.search(text)
    return "other_repair" if chirp_only else "unsafe_electrical_fitting"


def names_a_flue(text: str) -> bool:
    return bool(text and _FLUE.search(text))


_FORCED_ENTRY = re.compile(
    # (Not "broken and go down when I walk": the floor giving, after another verb.)
    # (Not denied: "it is not broken through, nobody fell".)
    r"(?<!not\s)(?<!n't\s)(?<!never\s)(?<!nt\s)"
    r"\b(kicked|kick|forced|smashed|bashed|booted|broke|broken|broken\s+into|burst)\s+"
    r"((?!and\b)\w+\s+){0,3}(in|down|open|into|through)\b"
    # (Not where it broke: "the step is rotten and broken in the middle".)
    r"(?!\s+(the\s+)?(middle|half|two|places|pieces|bits|several|a\s+few|corner|centre|center))"
    r"|\b(break[\s-]?in|broke\s+in|broken\s+into|burgl\w*|intruder)"
    r"|\b(forced|kicked|smashed|booted)\s+(open\s+)?(the|my|our)\s+(\w+\s+)?(door|window)",
    _FLAGS,
)
_PERSON_TO_FEAR = re.compile(
    r"\b(my\s+)?(ex|ex[\s-]?partner|ex[\s-]?husband|ex[\s-]?boyfriend|ex[\s-]?wife|partner|husband"
    r"|boyfriend|he|she|they|someone|somebody|man|men|intruder|burglars?)\b[^.]{0,60}"
    r"\b(come\s+back|coming\s+back|return\w*|again)\b"
    r"|\b(scared|afraid|frightened|terrified|fear\w*|not\s+safe|unsafe)\b",
    _FLAGS,
)
_ABUSE = re.compile(
    r"\bdomestic\s+(abuse|violence)|\bthreaten\w*\s+to\s+(kill|hurt)"
    r"|\b(he|she|partner|husband|wife|boyfriend|girlfriend|ex)\s+(has\s+been\s+|have\s+been\s+"
    r"|keeps\s+|is\s+|was\s+|has\s+|had\s+)?(hits?|hitting|beats?|beating|beaten|attack(s|ed)?"
    r"|attacking|strangles?|strangled|strangling|punch(es|ed)?|punching|kicks?|kicked|kicking"
    r"|hurts?|hurting|abuses?|abused|abusing)\s+me\b"
    # "my ex-partner, who was violent towards me, has started turning up"
    r"|\b(ex|ex[\s-]?partner|ex[\s-]?husband|ex[\s-]?boyfriend|ex[\s-]?wife|partner|husband"
    r"|boyfriend)\b[^.]{0,60}\bviolent\s+(towards|to|with)\s+(me|us)\b"
    r"|\b(you'?ll|i'?ll|you\s+will|i\s+will)\s+regret\s+it\b"
    # An order the court made to keep an ex or a partner away, and them coming anyway.
    r"|\b(court\s+order|non[\s-]?molestation|injunction|restraining\s+order|protection\s+order)"
    r"\b[^.]{0,120}\b(ex|partner|husband|wife|boyfriend|girlfriend|he|she)\b"
    r"|\b(ex|ex[\s-]?partner|husband|wife|boyfriend|girlfriend)\b[^.]{0,120}\b(court\s+order"
    r"|non[\s-]?molestation|injunction|restraining\s+order|protection\s+order)\b"
    # A non-molestation order is made only against abuse ("got a non mol order", as texted).
    r"|\bnon[\s-]?mol(estation)?\s+order\b",
    _FLAGS,
)


_THREAT = re.compile(
    r"\bthreaten\w*\s+(me|us|him|her|them|my|our)\b|\bshouting\s+threats|\bdeath\s+threats?"
    r"|\b(said|says|say|saying|told|tells|telling|shouted|shouting|yelled|yelling|screamed|screaming"
    r"|texted|texting|messaged)\b[^.]{0,40}?"
    # ("says hell smash the place up": he'll, as texted)
    r"\b(he'?ll|hell|she'?ll|they'?ll|he\s+will|she\s+will|they\s+will|he'?d|she'?d|they'?d"
    r"|he\s+would|she\s+would|they\s+would|(is|are|was|were|'?re|'?s)\s+"
    r"(gonna|going\s+to)|gonna|going\s+to)\s+(kill|stab|hurt|batter|knife|shoot"
    r"|smash\s+(\w+\s+){0,2}(up|in)\b"
    r"|beat\s+(\w+\s+)?up|do\s+(him|her|me|us|you|them)\s+in"
    r"|get\s+(him|her|me|us|you|them)\b(?!\s+(a|an|the|some|one|another|new|in|out|back)\b)"
    # "saying he was going to get in one way or another"
    r"|get\s+in\s+one\s+way\s+or\s+(another|the\s+other))\b"
    # "saying what he'll do to me if I don't let him in"
    r"|\bwhat\s+(he'?ll|she'?ll|they'?ll|he\s+will|she\s+will|they\s+will|he'?s\s+going\s+to)\s+do\s+"
    r"to\s+(me|us|you|her|him|them)\b",
    _FLAGS,
)


# Someone hurt, or a hate crime: "the bloke in 14 punched my husband on the stairs", "racist
# words written on my door".
_ASSAULT_OR_HATE = re.compile(
    r"\b(punched|attacked|assaulted|stabbed|headbutted|glassed|beat\s+up|beaten\s+up|hit|slapped"
    r"|pushed|shoved|choked|strangled)"
    # ("pushed my 15-year-old son against the wall")
    r"\s+(me|us|him|her|my\s+(\w+[\s-]){0,3}?(husband|wife|partner|son|daughter|kids?|children|mum"
    r"|mother|dad|father|brother|sister|friend|boyfriend|girlfriend|carer))\b"
    # "He has called my family names because we are Muslim"
    r"|\b(names|abuse|insults?|slurs?|shout\w*|spat|spit\w*)\b[^.]{0,40}\bbecause\s+(we|i|he|she|they)"
    r"('re|'m|\s+are|\s+am|\s+is)\s+(muslim|jewish|black|asian|gay|lesbian|trans\w*|polish|foreign"
    r"|disabled|sikh|hindu|christian|a\s+muslim|immigrants?|refugees?|from\s+\w+)\b"
    r"|\bracis[tm]\w*|\bhate\s+crimes?\b|\bhomophob\w*|\btransphob\w*"
    r"|\bgo\s+back\s+to\s+(your|their|his|her)\s+(own\s+)?country"
    # "bad words about my religion and my country" written on the door
    r"|\b(words?|graffiti|wrote|written|writ(e|es|ing)|shout\w*|abuse|names|slurs?)\b[^.]{0,40}"
    r"\babout\s+(my|our|his|her|their)\s+(religion|race|colou?r|skin|country|nationality|faith"
    r"|sexuality)",
    _FLAGS,
)


def threat_of_violence(text: str) -> bool:
    """Someone has threatened or hurt the household, or a hate crime ("said he'll stab me",
    "punched my husband on the stairs", "racist words on my door"): a case for the tenancy team
    and the police, not a repair, whatever the message mentions."""
    told = without_violence_denied(text)
    return bool(told and (_THREAT.search(told) or _ASSAULT_OR_HATE.search(told)))


def forced_entry(text: str) -> bool:
    """A door or window someone kicked in, forced or smashed: the way in needs making safe."""
    return bool(text and _FORCED_ENTRY.search(text))


def violence_at_home(text: str) -> bool:
    """Someone forced their way in and may come back, or domestic abuse is described."""
    if not text:
        return False
    if _ABUSE.search(text):
        return True
    return bool(_FORCED_ENTRY.search(text) and _PERSON_TO_FEAR.search(text))
