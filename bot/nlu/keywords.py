"""Keyword and pattern rules over a tenant's message (pure Python: no Rasa imports).

Danger words (the emergency safety net) live in `bot.nlu.hazards`. Here:
- a home that cannot be shut or locked (the one-day security net);
- facts the priority policy needs, when the tenant states them ("no water at all", "I'm 81"),
  so the assistant does not ask what it has already been told.

Patterns are written for web sentences, SMS shorthand and speech transcripts (no punctuation,
lower case, common misspellings such as "smel", "gass", "leek").
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE

# --- Security: a home that cannot be shut or locked (a one-day repair) -----------------------

_WONT_SECURE = (
    r"(won'?t|wont|can'?t|cant|cannot|doesn'?t|doesnt|don'?t|dont|will\s+not|does\s+not|not|no\s+longer"
    r"|isn'?t|isnt|aren'?t)"
    # (Not "does not close flush" or "tight": a draught.)
    r"\s+(\w+\s+){0,2}((shut|close)(?!\s+(flush|tight\w*|snug\w*)\b)|lock|latch|secure|stay\s+shut"
    r"|stay\s+closed|engage|catch"
    # (Not closing at all, not "not closing very well": a draught.)
    r"|closing(?!\s+(very\s+|so\s+|too\s+)?(well|good|nice|nicely|properly|tight\w*|fully|right"
    r"|all\s+the\s+way)))"
    # "the handle is broken and the window stay open" (not "won't stay open")
    r"|\b(window|door)s?\b[^.]{0,30}?(?<!n't\s)(?<!not\s)(?<!nt\s)\b(stays?|staying|is\s+stuck|stuck)\s+"
    r"open\b"
    # "the bolt now sits below the hole in the frame and does not go in. You can push the door
    # open from outside even when it is 'locked'"
    r"|\b(bolt|latch|lock)\b[^.]{0,60}\b(does\s+not|doesn'?t|won'?t|will\s+not)\s+go\s+in\b"
    r"|\bpush\w*\s+(\w+\s+){0,3}open\b[^.]{0,30}\beven\s+when\b"
    # "a push from outside opens it"
    r"|\b(push|shove|kick|nudge)\s+(from\s+outside\s+)?(\w+\s+){0,2}opens?\s+(it|the\s+door)\b"
    # "the magnetic lock doesn't hold"
    r"|\b(lock|latch|magnet|maglock)\w*\s+(\w+\s+)?(doesn'?t|does\s+not|won'?t|isn'?t|not)\s+hold"
    r"|\b(latch|lock|catch|barrel|cylinder)\w*('s)?\s+(\w+\s+){0,2}(snapped|broken|broke|bust|gone"
    r"|came\s+off)"
    # "the door just swings open", "the pane is loose, could push it out"
    r"|\b(door|it|gate)\s+(just\s+|now\s+)?(swings?|blows?|falls?|flaps?)\s+open\b"
    r"|\b(glass|pane|panel)\b[^.]{0,40}\b(could|can|you\s+could)\s+(easily\s+)?push\s+(it|them)\s+"
    r"(out|in)\b"
    # "they just slide open even when it's locked"
    r"|\b(slides?|swings?|push(es)?|pulls?|comes?)\s+open\s+(even\s+)?(when|though|if)\s+"
    r"(it'?s\s+|they'?re\s+|it\s+is\s+|they\s+are\s+)?locked"
    r"|\b(forced|kicked\s+in|smashed|broken\s+into|hanging\s+open|blows?\s+open)"
    # "the magnet isn't holding the main door shut any more, anyone can push it open"
    r"|\b(isn'?t|not|no\s+longer|won'?t)\s+(\w+\s+){0,2}holding\b[^.]{0,40}\b(shut|closed)"
    r"|\b(anyone|anybody|people|strangers)\s+(can|could)\s+(just\s+)?(push|walk|get|open|come|wander)\b"
    # A hole where the glass was: "a bit fell out, I've taped cardboard over the hole".
    r"|\b(glass|pane|panel)\b[^.]{0,50}\b(fell\s+out|fallen\s+out|falling\s+out|missing|gone)\b"
    r"|\b(cardboard|boarded|board)\b[^.]{0,20}\b(over|up)\b|\bhole\s+in\s+the\s+(glass|pane)"
)
_OUTSIDE_OPENING = re.compile(
    r"\bwindows?\b|\b(front|back|outside|external|patio|french|main|entrance|balcony|garden|"
    r"porch|communal)\s+doors?\b"
    # "the door to the balcony", "the door out to the garden"
    r"|\bdoors?\s+(to|onto|into|out\s+to|out\s+onto|that\s+goes\s+(out\s+)?to)\s+(the\s+)?"
    r"(balcony|garden|patio|yard|street|outside|landing|communal\s+\w+|stairs|stairwell)\b",
    _FLAGS,
)
_INSIDE_DOOR = re.compile(
    r"\b(bedroom|kitchen|bathroom|toilet|cupboard|cup\s*bo(?:a|re)?rd|wardrobe|cabinet|lounge|living\s+room|"
    r"internal|inside|oven|fridge|shower"
    # An outbuilding's door is no way into the home: "garden shed door came off its hinges".
    r"|shed|garage|outhouse|coal\s*house|bin\s+store|loft|airing\s+cupboard)\s+doors?\b",
    _FLAGS,
)
_NOT_SECURE = re.compile(_WONT_SECURE, _FLAGS)
_OUTSIDE_DOOR = re.compile(
    r"\b(front|back|outside|external|patio|french|main|entrance|balcony|garden|porch)\s+doors?\b",
    _FLAGS,
)
# ... or the house it leaves open ("the back of the house can't be secured tonight").
_A_DOOR = re.compile(r"\b(the|that|this|my|our)\s+(door|house|home|flat|pane|glass)\b", _FLAGS)
# "the door of the bathroom inside the flat... It is not the front door"
_AN_INSIDE_DOOR = re.compile(
    r"\bnot\s+(the\s+|my\s+|our\s+)?(front|back|outside|main)\s+door"
    r"|\binside\s+(the\s+)?(flat|house|home)\b"
    r"|\bdoors?\s+(of|to|for|into)\s+(the\s+|my\s+|our\s+)?(\w+\s+)?(bedroom|kitchen|bathroom|toilet"
    r"|cupboard|lounge|living\s+room)"
    # "the door between the kitchen and the hall"
    r"|\bdoors?\s+between\s+(the\s+)?\w+(\s+room)?\s+and\s+(the\s+)?\w+"
    # "the door of the bin store for our block", "the door of rubbish chute on our floor"
    r"|\bdoors?\s+(of|to|for|on)\s+(the\s+)?(bin\s+store|bin\s+shed|rubbish\s+chute|chute|shed|garage"
    r"|meter\s+cupboard)\b",
    _FLAGS,
)
# Out of reach from outside: an upstairs window that will not close is a routine repair.
_UPPER_FLOOR = re.compile(
    r"\b(upstairs|up\s+stairs|first[\s-]floor|second[\s-]floor|top[\s-]floor|loft|attic|skylight|high[\s-]rise"
    # "I am on the 9th"
    r"|on\s+the\s+\d+(st|nd|rd|th)"
    r"|tower\s+block|\d+(st|nd|rd|th)[\s-]floor|(third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth|\w+teenth|twentieth)[\s-]floor)\b",
    _FLAGS,
)


# Where one sentence ends and the next begins (also used by bot.nlu.faults).
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")


# (Not "it's not like anyone can get in", "no way anyone could get in".)
_ANYONE_GETS_IN = (
    r"(?<!not\slike\s)(?<!n't\slike\s)(?<!nt\slike\s)(?<!no\sway\s)(?<!not\sas\sif\s)"
    r"\b(anyone|anybody|people|strangers|someone|somebody)\s+(can|could)\s+(just\s+|easily\s+)?"
    r"(get|walk|come|climb)\s+(in|inside|into)\b"
)
_ANYONE_CAN_GET_IN = re.compile(
    _ANYONE_GETS_IN
    + r"(?!\s+(the\s+|my\s+|our\s+)?(garden|yard|block|building|car\s+park|bin|shed|communal))",
    _FLAGS,
)


# Said outright to be secure: "the door still shuts and locks", "it locks fine".
_STILL_SECURE = re.compile(
    r"\b(still|does|do)\s+(shut|shuts|close|closes|lock|locks)\b(?!\s+(but|though))"
    r"|(?<!n't\s)(?<!nt\s)(?<!not\s)(?<!n’t\s)\b(shuts?|closes?|locks?|locked|locking|shutting"
    r"|closing)\s+(fine|ok|okay|properly"
    r"|securely|alright)\b"
    r"|\b(is|are|'?s|its)\s+(still\s+)?(secure|locked)\b"
    # "the lock works fine, it's the front door it drags on the floor"
    r"|\b(lock|locks|latch)('s|\s+is|\s+are)?\s+(works?|working)\s+(fine|ok|okay|properly|perfectly)\b"
    # "The front door lock is okay, I can lock it no problem", "front door is okay, locking good"
    r"|\bcan\s+(still\s+)?lock\s+it\s+(no\s+problem|fine|ok|okay)\b|\blocking\s+good\b"
    # "the window there not close tight, the wind whistle, but it lock"; "it does shut and lock
    # if you really push it"
    r"|\bbut\s+it\s+(still\s+|does\s+)?(locks?|closes|shuts)\b|\b(does|do)\s+(shut|close)\s+and\s+lock\b"
    # "The window is now fitted and working, so I'm not asking for a repair"
    r"|\b(is|are|'?s)\s+now\s+(fitted|fixed|repaired|secure|working)\b"
    # "Nothing is wrong with the door or the lock itself"
    r"|\bnothing\s+(is\s+|'s\s+)?wrong\s+with\s+(the\s+|my\s+)?(front\s+)?(door|lock|window)\b"
    # "Last week he kicked the door but it was repaired, the door is OK now"
    r"|\b(door|window|lock)\s+(is|'s)\s+(ok|okay|fine|alright|all\s+right)\s+now\b",
    _FLAGS,
)
# ... but not where the way in is broken or cannot be locked as well ("it still shuts but won't
# lock", "the window is smashed").
_SECURITY_BROKEN = re.compile(
    r"\b(won'?t|wont|can'?t|cant|cannot|doesn'?t|doesnt|will\s+not|does\s+not|no\s+longer)\s+"
    r"(\w+\s+){0,2}(lock|latch|secure|(shut|close)(?!\s+(flush|tight\w*|snug\w*)\b)|engage|catch)|\b(window|glass|pane)s?\b[^.]{0,30}\b(smashed|broken|shattered)"
    r"|\b(smashed|broken|shattered)\s+(\w+\s+)?(window|glass|pane)|\b(forced|kicked\s+in"
    r"|broken\s+into)"
    r"|\b(latch|lock|catch)\w*('s)?\s+(\w+\s+){0,2}(snapped|broken|broke|bust|gone|came\s+off)"
    r"|\bopen\s+(even\s+)?(when|though|if)\b"
    # "the whole sliding panel can be lifted off its runner from the outside, even when it is
    # locked"
    r"|\beven\s+when\s+(it'?s|it\s+is|they'?re|they\s+are)\s+['\"]?locked\b"
    # "the bolt now sits below the hole in the frame and does not go in"; "the glass panel in the
    # door has fallen out, there's just a hole with cardboard taped over it"
    r"|\b(does\s+not|doesn'?t|won'?t|will\s+not)\s+go\s+in\b"
    r"|\b(glass|pane|panel)\b[^.]{0,50}\b(fell\s+out|fallen\s+out|falling\s+out)\b"
    r"|\bcardboard\b[^.]{0,20}\b(over|up)\b"
    rf"|{_ANYONE_GETS_IN}",
    _FLAGS,
)


# Said outright that nothing is left to repair: "The new door is fine and I have no repair
# outstanding", "The boiler is working now... so this isn't a repair request".
_NOTHING_OUTSTANDING = re.compile(
    r"\bno\s+(repairs?|work|jobs?)\s+(is\s+|are\s+)?(outstanding|needed|required|left)\b"
    r"|\b(isn'?t|is\s+not|not)\s+(a\s+)?repair\s+request\b"
    r"|\bnot\s+(asking|reporting)\s+(for\s+)?(a\s+|any\s+)?(repair|fault)\b"
    r"|\bnothing\s+(left\s+|more\s+|else\s+)?(to\s+(fix|repair)|needs\s+(fixing|repairing|doing))\b",
    _FLAGS,
)


def nothing_outstanding(text: str) -> bool:
    return bool(text and _NOTHING_OUTSTANDING.search(text))


_GATE_WONT_SHUT = re.compile(
    r"\bgates?\b[^.]{0,80}?\b(won'?t|wont|doesn'?t|does\s+not|can'?t|cannot|not)\s+(\w+\s+){0,2}"
    r"(shut|close|lock|latch)\w*",
    _FLAGS,
)


def leaves_home_insecure(text: str) -> bool:
    """A window or outside door that will not shut or lock: the home is not secure. Where the
    floor is not said, a window counts as reachable: the policy errs towards the faster tier.
    Read sentence by sentence: a cupboard door in one does not make the balcony door in the
    next an inside door."""
    if said_secure(text) or nothing_outstanding(text):
        return False  # "the entry panel's smashed, the door itself still shuts and locks"
    # A garden gate that will not shut leaves the garden open, not the home ("the back gate has
    # come off its hinge so it won't shut, and the slabs on the path to the back door...").
    text = _GATE_WONT_SHUT.sub(" ", text or "")
    sentences = [s for s in SENTENCE_BREAK.split(text or "") if s.strip()]
    if len(sentences) > 1:
        # "I reported our front door in the autumn... Last night the glass panel in the door
        # smashed and fell out": "the door" is the outside door the message already named.
        outside_door = bool(_OUTSIDE_DOOR.search(text)) and not (
            _INSIDE_DOOR.search(text) or _AN_INSIDE_DOOR.search(text)
        )
        # "The window in my bedroom, ground floor, is not closing... Anybody can come inside."
        reachable_window = bool(re.search(r"\bwindows?\b", text, _FLAGS)) and not (
            _UPPER_FLOOR.search(text)
        )
        return any(
            _leaves_home_insecure(sentence)
            or (outside_door and _A_DOOR.search(sentence) and _NOT_SECURE.search(sentence))
            or ((outside_door or reachable_window) and _ANYONE_CAN_GET_IN.search(sentence))
            for sentence in sentences
        )
    return _leaves_home_insecure(text)


def _leaves_home_insecure(text: str) -> bool:
    inside = _INSIDE_DOOR.search(text or "") or _AN_INSIDE_DOOR.search(text or "")
    if not text or (inside and not re.search(r"\bwindows?\b", text, _FLAGS)):
        return False
    if _UPPER_FLOOR.search(text) and not re.search(r"\bdoors?\b", text, _FLAGS):
        return False
    return bool(_OUTSIDE_OPENING.search(text) and _NOT_SECURE.search(text))


# An outside door named only to say it is not the one: "Inside door, not the front door."
_NOT_THE_OUTSIDE_DOOR = re.compile(
    r"\bnot\s+(the\s+|my\s+|our\s+)?(front|back|outside|main|entrance)\s+door\b"
    # "inside door obviously, front doors fine"; "the front door is okay, locking good"
    r"|\b(front|back|outside|main|entrance)\s+doors?('s|\s+is|\s+are)?\s+(both\s+)?(fine|ok|okay"
    r"|alright|secure)\b",
    _FLAGS,
)


def names_only_inside_doors(text: str) -> bool:
    """A bedroom, bathroom or kitchen door, and no outside door, window or break-in."""
    return bool(
        text
        and (_INSIDE_DOOR.search(text) or _AN_INSIDE_DOOR.search(text))
        and not _OUTSIDE_OPENING.search(_NOT_THE_OUTSIDE_DOOR.sub(" ", text))
        and not re.search(r"\b(forced|kicked|smashed|broken\s+into|break[\s-]?in)\b", text, _FLAGS)
    )


# --- Facts the policy may need -------------------------------------------------------------

_PARTIAL_LOSS = re.compile(
    r"\b(just|only)\s+(the\s+|one\s+|my\s+|a\s+|in\s+the\s+)?(one|kitchen|bathroom|bedroom|"
    r"upstairs|downstairs|cold|hot|some|few|couple|socket|sockets|light|lights|tap|taps|room|"
    r"bath|shower|sink|basin|landing|hall|lounge|living)"
    # Not the neighbours': "next door have lights on" says nothing about this home.
    # "Other rooms are fine, the light is fine"
    r"|\bother\s+rooms?\s+(are|is)\s+(all\s+)?(fine|ok|okay|alright|working|normal)\b"
    # "The water is coming very weak ... it is not stopped, only weak"
    r"|\b(coming|very|only|so|really)\s+weak\b"
    r"|(?<!next door have )(?<!next door has )(?<!neighbours have )(?<!neighbours' )"
    r"\b(everything|everywhere|rest|others?|downstairs|upstairs|kitchen|bathroom|lights|"
    r"sockets|taps)\s+(else\s+)?(is\s+|are\s+|still\s+|seems?\s+|do\s+)*(fine|ok|okay|alright|working|"
    r"works|work|normal|on)\b"
    # "all the sockets in the kitchen": one room's.
    r"|\b(sockets|lights|taps|radiators|plugs)\s+in\s+(the\s+|my\s+|our\s+)?(kitchen|bathroom|"
    r"bedroom|lounge|living\s+room|hall|hallway|landing|loft|garage|back\s+room|front\s+room)\b"
    r"|\bsome\s+(of\s+the\s+)?(sockets|lights|taps|rooms|circuits)"
    r"|\b(one|a|single)\s+(socket|room|tap|light|circuit|ring)\b"
    r"|\b(low|weak|poor|no)\s+(water\s+)?pressure|\btrickle|\bpartial\w*\b(?!\s+(sighted|deaf|blind|hearing))"
    # "the kitchen sink still runs ok", "the bathroom taps, shower and toilet are all working".
    r"|\b(kitchen|bathroom|downstairs|upstairs|cold|hot)\b[^.]{0,40}?\b(is|are|still|all)"
    r"\s+(\w+\s+)?(fine|ok|okay|alright|working|works|runs|running|normal)\b"
    r"|\bnot\s+(completely|totally|entirely|fully)\s+(without|off|gone|dead|out)\b"
    # "water pressure really low, just a dribble from all the taps. hasnt gone off completely"
    # "bathroom sink taps both dead, no water at all from them. kitchen n shower fine"
    r"|\bno\s+water\s+(at\s+all\s+)?from\s+(them|it|that|those|the\s+\w+\s+taps?)\b"
    r"|\b(kitchen|bathroom|shower|downstairs|upstairs|bath|basin|sink)\s+(n|and|&)\s+(kitchen|bathroom|shower"
    r"|bath|basin|sink|toilet)\s+(are\s+|r\s+|both\s+)?(fine|ok|okay|working)\b"
    r"|\b(hasn'?t|hasnt|has\s+not|haven'?t|not)\s+(\w+\s+)?(gone|went|cut|turned)\s+off\s+(completely|totally"
    r"|fully|altogether)\b|\bpressure\s+(\w+\s+){0,4}low\b|\bdribbl\w*"
    # "no water coming out at all but the bathroom's fine"
    r"|\b(kitchen|bathroom|downstairs|upstairs|rest)'s\s+(still\s+)?(fine|ok|okay|alright|working)\b"
    r"|\b(have|got|has|there'?s|still\s+(have|got))\s+(some\s+)?water\s+(in\s+the\s+|on\s+the\s+)?"
    r"(downstairs|upstairs|kitchen|bathroom)\b"
    # "the kitchen tap's got water but upstairs there's nothing", "all the sockets do", "the kitchen
    # tap and the downstairs toilet work normally", "downstairs lights r fine"
    r"|\b(kitchen|bathroom|downstairs|upstairs)\s+(taps?|sink|basin)('s\s+got|\s+has\s+got|\s+has)\s+water\b"
    r"|\ball\s+the\s+(sockets|lights|taps|plugs)\s+(do|work|are\s+(fine|ok|okay|working))\b"
    r"|\b(taps?|toilets?|sockets?|lights?|shower|sink|basin)\s+(\w+\s+){0,2}(work|works|working|runs?"
    r"|running)\s+(normally|fine|ok|okay|properly)\b"
    r"|\b(downstairs|upstairs)\s+(lights|sockets|taps)\s+(r|are|is)\s+(fine|ok|okay|working)\b",
    _FLAGS,
)
_NOT_ONE_PART = (
    r"(?!\s+(to|in|from|on)\s+(the\s+|my\s+|our\s+)?(upstairs|downstairs|bathroom|kitchen|bath|basin"
    r"|shower|sink|toilet|bedroom|hall|landing)\b)"
)
_TOTAL_LOSS = re.compile(
    # (Not one floor's or room's: "no water at all to the upstairs bathroom".)
    r"\bno\s+(water|power|electric\w*|supply|lecky|leccy)\s+(\w+\s+){0,2}(at\s+all|anywhere|"
    r"whatsoever|in\s+the\s+(whole|entire))"
    + _NOT_ONE_PART
    + r"|\b(whole|entire|all\s+the|all\s+of\s+the|all\s+my)\s+(flat|house|home|property|place|"
    r"building|maisonette)\b"
    # "all the sockets", but not "all the sockets in the kitchen" (one room's).
    r"|\b(all|every)\s+(the\s+)?(taps|sockets|lights|rooms|circuits)\b"
    r"(?!\s+in\s+(the\s+|my\s+|our\s+)?(kitchen|bathroom|bedroom|lounge|living\s+room|hall"
    r"|hallway|landing|loft|garage|back\s+room|front\s+room)\b)"
    # (Not "all the sockets do": they work.)
    r"(?!\s+(do|work|works|are\s+(fine|ok|okay|working))\b)"
    # (Not "nothing comes out of it" or "nothing comes out upstairs": one tap's or one floor's.)
    r"|\bnothing\s+((comes|coming)\s+out(?!\s+(of\s+(it|that|this|the\s+\w+)|upstairs|downstairs"
    r"|(in\s+|of\s+)?(the\s+)?(bathroom|kitchen|hot|cold|bath|basin|shower|sink)))|works|working"
    r"|at\s+all)"
    r"|\b(completely|totally|fully)\s+(off|gone|dead|lost|out|no)"
    # "the electricity went off completely", "no lights anywhere, none of the sockets work"
    r"|\b(went|gone|go|goes|is|are)\s+(off|out|dead)\s+(completely|totally)\b"
    r"|\bno\s+lights?\s+anywhere\b|\bnone\s+of\s+the\s+(sockets|lights|taps|plugs)\s+(work|works|working)\b"
    r"|\bpower\s+cut\b|\bblack\s*out\b|\beverything\s+(is\s+|has\s+)?(off|dead|gone|out)"
    # "everything in the flat just went off"
    r"|\beverything\s+(\w+\s+){0,4}?(just\s+)?(went|gone|has\s+gone|switched|cut)\s+(off|out|dead)"
    r"|\bno\s+(water|power|electric\w*)\s+(anywhere|at\s+all)"
    + _NOT_ONE_PART
    + r"|\b(not\s+a\s+drop|bone\s+dry)"
    # "all the electrics have gone off in the flat", "all my power's gone".
    r"|\ball\s+(the\s+|my\s+|our\s+)?(electrics?|power|electricity|lecky|leccy)('?s|\s+has|\s+have"
    r"|\s+is|\s+are|\s+went|\s+just)?\s+(gone|off|out|tripped|dead|cut|went)\b"
    # "a complete loss of electricity throughout the property", "no sockets work anywhere".
    r"|\b(complete|total)\s+(loss|failure)\b|\bthroughout\s+the\s+(whole\s+)?(property|flat|house"
    r"|home|maisonette|bungalow)\b|\b(work|works|working)\s+anywhere\b|\b(to|of|from|at|in)\s+(any|every)\s+taps?\b",
    _FLAGS,
)
_ONLY_TOILET = re.compile(
    # "One toilet is broken" alone says nothing of a second: "only", "single" or "one ... in
    # the house" does.
    r"\b(only|single|just\s+one|just\s+the\s+one)\s+(one\s+)?(toilet|loo|wc|lav)"
    r"|\b(one|1)\s+(toilet|loo|wc)\s+(in\s+the\s+(house|flat|home)|only)\b"
    r"|\b(it'?s|its|it\s+is|that'?s)\s+(the|our|my)\s+only\s+(one|toilet|loo)\b"
    r"|\b(no|not|dont\s+have|don't\s+have|haven'?t\s+got)\s+(an\s*)?(other|second|spare|"
    r"another)\s+(toilet|loo|wc)"
    r"|\b(toilet|loo|wc)\s+(\w+\s+){0,3}(is\s+)?(the\s+)?only\s+(one|toilet|loo)"
    r"|\bonly\s+(got|have|has)\s+(the\s+)?(one|1)\b"
    # "..., the upstairs one, which has stopped flushing, is the only one we have"
    r"|\b(is|'s)\s+(the|our|my)\s+only\s+(one|toilet|loo)\s+(we|i)\s+(have|'ve\s+got|got)\b",
    _FLAGS,
)
_OTHER_TOILET = re.compile(
    r"\b(other|second|upstairs|downstairs|another|spare|en\s*suite|ensuite)\s+(toilet|loo|wc)"
    r"\s+(is\s+|still\s+)*(fine|ok|okay|working|works|usable)"
    r"|\b(have|got|has)\s+(an?\s*)?(other|second|another|spare)\s+(toilet|loo|wc)"
    r"|\b(upstairs|downstairs|other|second)\s+one\s+(is\s+|still\s+)*(fine|ok|okay|working|works)"
    r"|\b(one|another)\s+(\w+\s+){0,2}(that|which)\s+(still\s+)?works"
    r"|\buse\s+the\s+(other|upstairs|downstairs|second)\b"
    # Two toilets now, not "we used to have two toilets" or "we had two loos".
    r"|(?<!used\sto\shave\s)(?<!\bhad\s)\btwo\s+(toilets|loos)",
    _FLAGS,
)
_VULNERABLE = re.compile(
    r"\b(i'?m|im|i\s+am|aged|age|mum\s+is|dad\s+is|nan\s+is|he'?s|she'?s|husband\s+is|"
    r"wife\s+is|partner\s+is)\s+(now\s+)?(6[5-9]|[7-9]\d|1[01]\d)\b"
    r"|\b(6[5-9]|[7-9]\d|1[01]\d)\s*(years?\s+old|yrs|yo\b|year\s+old)"
    r"|\bover\s+(6[5-9]|[7-9]\d)\b|\bpensioner|\belderly|\bold\s+age"
    r"|\bdisab\w*|\bwheelchair|\bmobility\s+(problem|issue|scooter)|\bhealth\s+(problem|condition|"
    r"issue)|\bmedical\s+condition|\b(chronic|long[\s-]term|terminal)\s+(illness|condition|"
    r"pain)|\b(heart|lung|breathing)\s+(condition|problem)|\bcopd\b|\bdementia|\bparkinson"
    r"|\bcancer|\bchemo|\bblind\b|\bpartially\s+sighted|\bdeaf\b|\bcrutches|\bwalking\s+frame"
    r"|\bzimmer|\bfrail|\bstroke\b|\bmultiple\s+sclerosis|\bautis\w*|\bsevere\s+asthma"
    # Conditions named, and a diagnosis said: "my son is four and has cerebral palsy", "I was
    # diagnosed with MS last year".
    r"|\bdiagnosed\s+with\b|\bcerebral\s+palsy|\bepilep\w*|\barthritis|\bamputat\w*|\bdialysis"
    r"|\bmotor\s+neurone|\bsickle\s+cell|\bmental\s+health\s+(condition|problem|issue)s?"
    r"|\blearning\s+disabilit\w*|\bvisually\s+impaired|\bregistered\s+blind|\bhearing\s+loss"
    r"|\bsight\s+loss|\bon\s+oxygen\b|\bhip\s+replacement|\bknee\s+replacement",
    _FLAGS,
)
_NOT_VULNERABLE = re.compile(
    r"(?:\b(no\s*one|no-one|nobody|noone|none\s+of\s+us|neither\s+of\s+us)('s|’s)?\s+([\w']+\s+){0,3}?"
    r"(is\s+|'s\s+|are\s+|has\s+|have\s+|got\s+)?(got\s+)?(any\s+|a\s+)?(disab\w*|vulnerable|elderly"
    r"|over\s+65|health|medical|mobility)"
    r"|\bno\s+(health|medical|mobility)\s+(issues?|problems?|conditions?)"
    r"|\bnot\s+(disabled|vulnerable|elderly)|\bno\s+disabilit\w*"
    # "I'm 35 and don't have any health problems"
    r"|\b(don'?t|do\s+not|doesn'?t|does\s+not|haven'?t|have\s+not|hasn'?t)\s+(got\s+|have\s+)?"
    r"(any\s+)?((health|medical|mobility)\s+(issues?|problems?|conditions?)|illness\w*|disabilit\w*)"
    # (An age under 65 alone says nothing of disability or health: the question is asked.)
    r"|\b(i'?m|im|i\s+am|aged)\s+(1[89]|[2-5]\d|6[0-4])\b(?!\s*(minutes?|mins?|hours?|weeks?|days?"
    r"|months?|%|pounds?|quid|p\b|floors?|stor))(?=[^.]{0,60}\b(healthy|fit\s+and\s+well|in\s+good"
    r"\s+health|no\s+(health|medical|disabilit)\w*|not\s+disabled|nobody'?s?\s+disabled))"
    # (and the rest of the list: "neither of us has any disability or health problems")
    r")(\s*(,|or|and|nor)\s+(any\s+)?(other\s+)?(disab\w*|vulnerab\w*|(health|medical|mobility)"
    r"(\s+(issues?|problems?|conditions?))?))*",
    _FLAGS,
)
_ASB_HIGH_RISK = re.compile(
    r"\bviolen\w*|\bthreat\w*|\battack\w*|\bassault\w*|\b(hit|punched|kicked|pushed|slapped)\s+"
    r"(me|my|us|him|her)\b|\bknife|\bknives|\bweapon|\bhate\s+crime|\bracis\w*|\bhomophob\w*"
    r"|\btransphob\w*|\bdomestic\s+(abuse|violence)|\bstalk\w*|\bkill\w*|\bhurt\s+(me|us)"
    r"|\bbeat\s+(me|us|up)|\bafraid\s+for\s+my\s+(life|safety)|\bscared\s+for\s+my\s+safety",
    _FLAGS,
)


# What the neighbours have says nothing about this home: "next door have still got their lights
# on", "the flat upstairs has water".
_NEIGHBOURS = re.compile(
    r"\b(street\s*lights?\b|lamp\s*posts?\b|next\s*door|neighbou?rs?|other\s+flats|everyone\s+else|the\s+flats?\s+(above|below"
    r"|upstairs|downstairs|next\s+door|either\s+side|around|nearby)|the\s+houses?\s+either\s+side"
    r"|the\s+rest\s+of\s+the\s+(block|street|building|road))\b"
    r"[^.;,!?]*",
    _FLAGS,
)
_NONE_WORK = re.compile(
    r"\b(no|none\s+of\s+the|neither\s+the)\s+(\w+\s+){0,4}?(work|works|working)\b", _FLAGS
)


# Violence or threats denied: "nobody's threatened us or anything", "no threats, just noise".
# Left out both of the facts (not high risk) and of a threat to the household
# (`bot.nlu.hazards.threat_of_violence`).
_VIOLENCE_DENIED = re.compile(
    r"\b(nobody|no\s*one|no-one|noone|never|nothing)('s|\s+has|\s+have|\s+is|\s+was|\s+had)?\s+"
    r"(\w+\s+)?(threaten\w*|violent|attack\w*|hurt|hit|punched|assault\w*)"
    r"(\s+(me|us|him|her|them|my|our)\b)?"
    r"|\bno\s+(threats?|violence|weapons?)\b|\bnot\s+(violent|threatening|threatened)\b",
    _FLAGS,
)


def without_violence_denied(text: str) -> str:
    """The text with any denial of violence or threats taken out."""
    return _VIOLENCE_DENIED.sub(" ", text or "")


def extract_facts(text: str) -> dict[str, bool]:
    """The policy facts a message states outright (only those it states)."""
    facts: dict[str, bool] = {}
    if not text:
        return facts
    # "no lights or sockets work anywhere" says nothing works, not that the sockets do.
    partial = _PARTIAL_LOSS.search(_NEIGHBOURS.sub(" ", _NONE_WORK.sub(" ", text)))
    total = _TOTAL_LOSS.search(text)
    if partial and not total:
        facts["total_loss"] = False
    elif total and not partial:
        facts["total_loss"] = True  # both said: ask rather than guess
    only, other = _ONLY_TOILET.search(text), _OTHER_TOILET.search(text)
    if only and not other:
        facts["other_working_toilet"] = False
    elif other and not only:
        facts["other_working_toilet"] = True  # both said: ask rather than guess
    # "I'm 30 and my mum, who lives with me, is 80" says both: ask rather than guess.
    not_vulnerable = _NOT_VULNERABLE.search(text)
    vulnerable = _VULNERABLE.search(_NOT_VULNERABLE.sub(" ", text))
    if not_vulnerable and not vulnerable:
        facts["vulnerable"] = False
    elif vulnerable and not not_vulnerable:
        facts["vulnerable"] = True
    if _ASB_HIGH_RISK.search(without_violence_denied(text)):
        facts["asb_high_risk"] = True
    return facts


# --- Which of two close repairs ---------------------------------------------------------------

_HOT_WATER = re.compile(r"\bhot\s+water\b(?!\s+(tank|cylinder))|\bno\s+hot\b", _FLAGS)
# Cold water, or water as such, gone too: the supply, not the boiler.
_ALL_WATER = re.compile(
    r"\bcold\b|\b(no|any|without)\s+water\b|\bwater\s+(supply|mains?|board|company|meter)\b"
    r"|\bstop\s*(cock|tap)|\bwater\s+(is\s+|has\s+|'s\s+)?(gone\s+)?off\b",
    _FLAGS,
)


def hot_water_only(text: str) -> bool:
    """Only the hot water is named as gone ("still no hot water today, it went off
    yesterday"): the boiler's repair, not the water supply's."""
    return bool(text and _HOT_WATER.search(text) and not _ALL_WATER.search(text))


_THROUGH_THE_ROOF = re.compile(
    r"\b(through|thru|from|under|between)\s+(the\s+)?(roof|felt|roofing\s+felt|roof\s+tiles"
    r"|tiles|slates|flashing)\b|\broof\s+(is\s+|has\s+been\s+)?leak\w*"
    # "some roof tiles are broken", "the felt is wet"
    r"|\b(roof\s+)?(tiles?|slates?)\s+(are\s+|is\s+|have\s+|has\s+)?(broken|missing|cracked|slipped"
    r"|blown\s+off|come\s+off|off)\b|\b(roofing\s+)?felt\s+(is\s+|'s\s+)?(wet|soaked|damp|torn)\b",
    _FLAGS,
)
_PLUMBING = re.compile(r"\b(pipes?|tanks?|cylinder|cistern|overflow|boiler|radiator)\b", _FLAGS)


def water_through_the_roof(text: str) -> bool:
    """Rain coming in through the roof or its felt, and no pipe or tank named: the roof's."""
    return bool(text and _THROUGH_THE_ROOF.search(text) and not _PLUMBING.search(text))


_COMES_UP = re.compile(
    r"\b(come|comes|coming|came|back(s|ed|ing)?|bubbl\w*|gurgl\w*|pour\w*)\s+(back\s+)?up\b"
    r"|\bcome\s+out\s+of\s+the\s+(plughole|plug\s+hole|drain)",
    _FLAGS,
)
_FROM_THE_DRAIN = re.compile(
    # A toilet's water where it should never be; dirty water alone can be a blocked sink's.
    r"\b(flush\w*|sewage|poo|faeces|toilets?|loo|manhole)\b",
    _FLAGS,
)


_NOTHING_COMES_UP = re.compile(
    r"\b(nothing|not|no|isn'?t|never|nowt)\s+(is\s+|'s\s+)?(\w+\s+)?(com\w+|back\w*|bubbl\w*)\s+up\b",
    _FLAGS,
)


# The manhole outside full or overflowing: the drain itself ("outside manhole full of poo").
_MANHOLE_FULL = re.compile(
    r"\bmanhole\b[^.]{0,30}\b(full|overflow\w*|backing\s+up|backed\s+up|blocked|spilling)\b",
    _FLAGS,
)


def drain_backing_up(text: str) -> bool:
    """Dirty water coming up through a bath, shower or sink when a toilet is flushed (here or
    upstairs), or the manhole outside full: the drain or soil stack is blocked, not the bath
    ("nothing coming up outside" says it is not)."""
    text = _NOTHING_COMES_UP.sub(" ", text or "")
    return bool(
        text
        and (
            (_COMES_UP.search(text) and _FROM_THE_DRAIN.search(text)) or _MANHOLE_FULL.search(text)
        )
    )


# A leak denied: "no water is leaking", "no water is coming into the living areas".
NO_WATER_LEAKING = (
    r"\bno\s+water\s+(?:is\s+|was\s+|has\s+been\s+|has\s+|had\s+|'?s\s+)?(?:leak\w*|drip\w*|escaping"
    r"|getting\s+in|(?:coming|come|came|comes|got|gone|went)\s+(?:in(?!\s+(?:all|the\s+whole|any"
    r"|at\s+all|anywhere|(?:my|the|our)\s+(?:house|flat|home|place|taps?|kitchen|bathroom|sink"
    r"|bath|basin|toilet)))|into|through|down"
    r"|out\s+of\s+it)|on\s+the\s+floor)\b"
)
_NO_WATER_LEAKING = re.compile(NO_WATER_LEAKING, _FLAGS)


# No water coming out where it should: the supply, not a flood ("no water come from the basin
# and the bath", "the water's been off since yesterday, there's none in the whole flat").
_NO_WATER = re.compile(
    r"\b(no|not\s+any|not\s+a\s+drop\s+of)\s+(cold\s+|hot\s+)?water\s+(come|comes|coming|came"
    r"|from|out|in|at|to|since|anywhere|at\s+all)\b"
    r"|\bnothing\s+(comes?|coming|came)\s+out\b|\bwater\s*('?s|\s+is|\s+has\s+been|\s+been)?\s+"
    r"(off|cut\s+off|turned\s+off)\b|\bthere'?s\s+none\b|\bno\s+water\s*$",
    _FLAGS,
)
# The supply lost, said any way (the words above and broader ones): what keeps a supply reading.
_SUPPLY_LOST = re.compile(
    # (Not a leak denied: "there is no water on the floor".)
    _NO_WATER.pattern
    + r"|\bno\s+(hot\s+|cold\s+|running\s+)?water\b(?!\s+(on|under|underneath|near"
    r"|round|around|behind|leak\w*|dripping|coming\s+through)\b)"
    r"|\bwater\s+(supply|pressure|mains?|board|meter)\b"
    r"|\bnothing\s+at\s+all\s+(comes?|coming|came)\s+out\b|\bstop\s*(cock|tap)"
    r"|\b(any|every|all\s+the)\s+taps?\b|\bnot\s+a\s+drop\b|\bbone\s+dry\b",
    _FLAGS,
)


# A leak said not to be there: "he checked the pipes and says there is no leak", "there is
# never any water on the floor", "it's not leaking".
_LEAK_DENIED = re.compile(
    NO_WATER_LEAKING + r"|\b(no|not\s+a|never\s+a|never\s+any|isn'?t\s+a|without\s+a)\s+"
    r"(sign\s+of\s+(a\s+|any\s+)?)?leak\w*|\bnever\s+any\s+water\b|\b(not|isn'?t|never)\s+leak\w*"
    r"|\bnothing\s+(is\s+|'s\s+|has\s+)?leak\w*"
    r"|\bno\s+(pipes?|pipework|taps?|joints?)\s+(are\s+|is\s+)?leak\w*",
    _FLAGS,
)


def only_a_leak_denied(text: str) -> bool:
    """The water named is only a leak denied ("No water is leaking, it just needs repairing"):
    nothing says the supply is lost."""
    return bool(
        text and _LEAK_DENIED.search(text) and not _SUPPLY_LOST.search(_LEAK_DENIED.sub(" ", text))
    )


_LEAK_TOLD = re.compile(
    r"\b(leak\w*|leek\w*|drip\w*|pour\w*|gush\w*|spray\w*|seep\w*|burst|flood\w*|soak\w*)\b", _FLAGS
)


def no_leak_at_all(text: str) -> bool:
    """A leak is only denied or told as put right, and none is told anywhere else in the message
    ("the tank in the loft is leaking slowly... no water is coming through" tells one; "the leak
    that caused it was fixed ages ago its not leaking now" does not)."""
    if not only_a_leak_denied(text):
        return False
    told = _LEAK_DENIED.sub(" ", text)
    return all(
        already_repaired(told[max(0, m.start() - 20) : m.end() + 40])
        for m in _LEAK_TOLD.finditer(told)
    )


_WATER_WHERE_IT_SHOULD_NOT_BE = re.compile(
    r"\b(pour\w*|gush\w*|flood\w*|spray\w*|burst|through\s+the\s+ceiling|everywhere"
    r"|all\s+over|coming\s+in|leak\w*|overflow\w*)\b",
    _FLAGS,
)


def water_not_coming(text: str) -> bool:
    """Water that will not come out, with nothing said of water escaping: a supply to restore."""
    return bool(text and _NO_WATER.search(text) and not _WATER_WHERE_IT_SHOULD_NOT_BE.search(text))


# The gas turned off, capped or not reaching the home: a supply to restore (one day). A smell
# of gas, if the tenant states one, still raises it: the emergency safety net runs after.
_GAS_OFF = re.compile(
    r"\bgas\s+(was\s+|is\s+|has\s+been\s+|had\s+been\s+|got\s+|been\s+|were\s+)?(turned|switched"
    r"|shut|cut|capped|closed|disconnected|isolated|locked)(\s+off)?\b"
    r"|\b(capp?ed|closed?|cut\s+off|disconnect\w*|isolated?|turn(ed)?\s+off|shut\s+off"
    r"|switch(ed)?\s+off|reconnect\w*)\s+(the\s+|my\s+|our\s+|his\s+|her\s+)?gas\b"
    r"|\bgas\s+(meter\s+|supply\s+)?(is\s+|was\s+|has\s+been\s+)?(off|capped)\b"
    # (Not a block with no gas at all: "storage heaters and an immersion (no gas in the block)".)
    r"|\bno\s+gas\b(?!\s+(smell|leak|escap|in\s+(the|our|this)\s+(block|building|flats)))"
    # "We don't have gas, the cooker not light", "we've got no gas since this morning"
    r"|\b(don'?t|do\s+not|haven'?t|have\s+not)\s+(got\s+|have\s+)?(any\s+)?gas\b(?!\s+(smell|leak|escap|appliance|cooker|boiler|fire|heating))"
    r"|\bgas\s+(has\s+|'s\s+|have\s+)?(gone|went)(\s+off)?\b"
    r"|\bnothing\s+(is\s+)?coming\s+through\s+to\s+(the\s+)?(cooker|hob|boiler|fire|meter)"
    r"|\bgas\s+(is\s+)?(not|isn'?t|doesn'?t|does\s+not|don'?t)\s+(arriv\w*|com\w*|get\w*|reach\w*)"
    # Two gas appliances dead at once: "gas fire n hob both dead since the workmen were digging".
    r"|\b(gas\s+fire|hob|gas\s+cooker|cooker)\s+(n|and|&|\+)\s+(the\s+)?(gas\s+fire|hob|cooker|oven)\s+"
    r"(both\s+|are\s+|r\s+)*(dead|not\s+working|stopped|off)\b"
    # "the boiler not working, no hot water, and the cooker also not working"
    r"|\bboiler\b[^.]{0,60}\b(and|&|n)\s+(the\s+)?(gas\s+)?(cooker|hob|gas\s+fire)\s+(is\s+)?(also\s+"
    r"|too\s+|as\s+well\s+)?(not\s+working|dead|stopped|won'?t\s+light|not\s+light\w*)\b",
    _FLAGS,
)
# A gas cooker or hob that will not light though the meter is paid: no gas is reaching it ("none
# of the rings on the hob would light, I put twenty pounds on the key this afternoon").
_COOKER_UNLIT = re.compile(
    r"\b(cooker|hob|oven|rings?|burners?|gas\s+fire)\b[^.]{0,60}\b(won'?t|wont|will\s+not|would\s*n'?t"
    r"|not|doesn'?t|don'?t|didn'?t|no|none)\b[^.]{0,20}\b(light|fire|flame|ignite|catch|come|work)\w*"
    r"|\bnone\s+of\s+the\s+(rings|burners)\b[^.]{0,30}\blight",
    _FLAGS,
)
_GAS_PAID = re.compile(
    r"\bcredit\b|\btopped\s+up\b|\btop[\s-]?up\b|\bgas\s+(card|key)\b"
    r"|\bput\s+(\w+\s+){0,3}on\s+(the\s+|my\s+)?(key|card|meter)\b"
    r"|\bnothing\s+(is\s+)?coming\s+out\b|\bno\s+gas\s+coming\b"
    # "none of the rings will light... it's just like nothing's coming through at all"
    r"|\bnothing('s|\s+is)?\s+coming\s+through\b"
    # "I check the meter, the handle is on": the valve open, and still nothing.
    r"|\bmeter\b[^.]{0,30}\b(handle|lever|valve|tap)\s+(is\s+|'s\s+)?(on|open)\b",
    _FLAGS,
)


GAS_CUT_OFF = _GAS_OFF.pattern  # also names a clause's fault (bot.nlu.faults)


def gas_cut_off(text: str) -> bool:
    """The gas turned off, capped or not getting through ("the engineer capped the meter", "the
    gas is not arriving to the flat"): a supply to restore, not a gas leak by itself."""
    return bool(
        text and (_GAS_OFF.search(text) or (_COOKER_UNLIT.search(text) and _GAS_PAID.search(text)))
    )


# A flue (or "the pipe from the boiler to outside") covered, blocked or wrapped: the flue's repair
# (one day, with the carbon monoxide question), though the boiler has stopped because of it.
_FLUE_OR_ITS_PIPE = (
    r"(flue|flew|(pipe|vent)\s+(\w+\s+){0,2}(from|on|of|out\s+of)\s+(the\s+)?boiler\s+(\w+\s+){0,3}"
    r"(to|going|through|from)\s+(the\s+)?(outside|wall)|boiler\s+(pipe|vent)\s+(\w+\s+){0,2}outside"
    # "the chimney for the gas fire"
    r"|chimney\s+(for|of|from|above|behind)\s+(the\s+|my\s+|our\s+)?(gas\s+fire|fire|boiler)"
    # "the pipe on the outside wall from the boiler"
    r"|(pipe|vent)\s+(\w+\s+){0,3}(outside|external)\s+wall\s+(\w+\s+){0,2}(from|of|for)\s+(the\s+)?boiler"
    r"|gas\s+fire'?s?\s+chimney)"
)
_COVERED = (
    r"(block\w*|covered|closed|wrapped|sealed|bagged|stuffed|taped|bricked|nest\w*|clogged"
    r"|plastic|sheeting)"
)
_DENIAL_WORD = re.compile(r"\b(not|no|never|\w+n'?t)\b", _FLAGS)
_FLUE_BLOCKED = re.compile(
    rf"\b{_FLUE_OR_ITS_PIPE}\b[^.]{{0,60}}\b{_COVERED}\b"
    rf"|\b{_COVERED}\b[^.]{{0,50}}\b(the\s+|my\s+|our\s+)?(boiler\s+)?{_FLUE_OR_ITS_PIPE}\b",
    _FLAGS,
)


FLUE_BLOCKED = _FLUE_BLOCKED.pattern  # also names a clause's fault (bot.nlu.faults)


def flue_blocked(text: str) -> bool:
    """The boiler's flue (however named) is covered or blocked, and not said not to be ("the
    flue doesn't look blocked")."""
    return any(
        not _DENIAL_WORD.search(match.group(0)) for match in _FLUE_BLOCKED.finditer(text or "")
    )


# A soil stack or sewage pipe: the drain's repair (one day), though brown water runs down a wall.
SOIL_STACK = (
    r"\bsoil\s+(stack|pipe|vent)s?\b"
    r"|\bpipe\b[^.]{0,60}\b(toilets?|loos?)\s+(go|goes|drain|drains|empty|empties|flush\w*)\b"
)  # also names a clause's fault (bot.nlu.faults)
_FOUL_DRAIN = re.compile(
    SOIL_STACK + r"|\b(sewage|sewer|foul\s+water|foul\s+drain|waste\s+pipe)s?\b", _FLAGS
)


def foul_drain(text: str) -> bool:
    """A soil stack, sewage pipe or "the pipe the toilets go into" is named."""
    return bool(text and _FOUL_DRAIN.search(text))


# The worktop round a sink, not the sink's drain: "the sink top round the kitchen sink has rusted
# through", "the bit round the sink is cracked".
_SINK_TOP = re.compile(
    r"\bsink\s*tops?\b|\b(bit|top|surface|surround|unit\s+top)\s+(round|around)\s+(the\s+)?sink\b"
    # "The top of the kitchen where the sink is, it is coming up at the joint"
    r"|\btop\s+of\s+the\s+kitchen\b[^.]{0,30}\bsink\b",
    _FLAGS,
)
_NOT_DRAINING = re.compile(
    r"\b(block\w*|slow\w*|won'?t\s+drain|not\s+draining|doesn'?t\s+drain|backing\s+up|clogged)\b",
    _FLAGS,
)


def worktop_round_the_sink(text: str) -> bool:
    return bool(text and _SINK_TOP.search(text) and not _NOT_DRAINING.search(text))


# A basin, sink or bath whose water will not go down, with nothing said of the supply being lost:
# the waste is blocked ("The basin in bathroom, the water is not going down... only the hole is
# blocked"), not the water supply.
_WATER_NOT_GOING_DOWN = re.compile(
    r"\b(not|n'?t|never|won'?t|doesn'?t)\s+(going|go|goes)\s+down\b|\b(hole|plug\s*hole|waste)\s+(is\s+)?"
    r"block\w*|\bwon'?t\s+drain\b|\bnot\s+draining\b",
    _FLAGS,
)


def a_basin_not_draining(text: str) -> bool:
    return bool(
        text
        and _BASIN.search(text)
        and _WATER_NOT_GOING_DOWN.search(text)
        and not _SUPPLY_LOST.search(text)
    )


def a_worktop_not_the_plumbing(text: str) -> bool:
    """ "The top round the sink is coming up and the water goes under it": the worktop, with no
    pipe, tank or tap named."""
    return worktop_round_the_sink(text) and not re.search(
        r"\b(pipes?|pipework|tanks?|cistern|taps?|valve|joint\s+under|waste|trap|u[\s-]?bend)\b",
        text,
        _FLAGS,
    )


# A bulb to change, and nothing wrong with the fitting or the supply said: a small job (the
# handyperson's for a tenant who cannot do it safely, else the tenant's own).
_BULB_GONE = re.compile(
    r"\b(light\s*)?bulbs?\s+(\w+\s+){0,4}?(has\s+|have\s+|'?s\s+)?(gone|blown|went|needs?\s+(changing"
    r"|replacing)|dead|popped)\b"
    r"|\b(change|replace|changing|replacing|put\s+in|swap)\s+(a\s+|the\s+|my\s+)?(\w+\s+){0,2}bulbs?\b"
    # "I think it's the bulbs in the hall and the bathroom"
    r"|\b(it'?s|its|must\s+be|probably)\s+(just\s+)?the\s+(light\s*)?bulbs?\b",
    _FLAGS,
)
_FITTING_AT_FAULT = re.compile(
    r"\b(new|another|different|fresh)\s+(light\s*)?bulbs?\b|\bspark\w*|\bburn\w*|\bscorch\w*"
    r"|\bsmok\w*|\bflicker\w*|\btrip\w*|\bno\s+power\b|\b(all|every|both)\s+(the\s+)?lights\b",
    _FLAGS,
)


def bulb_to_change(text: str) -> bool:
    """ "the bulb in the hall has gone and I can't get up a ladder": a bulb, not the electrics
    (not when a new bulb didn't help, or anything burns, sparks or trips)."""
    return bool(text and _BULB_GONE.search(text) and not _FITTING_AT_FAULT.search(text))


# The gas reaching the home, said outright: "my gas hob lights fine". A boiler fault then is the
# heating's, not the supply's.
_GAS_WORKS = re.compile(
    # (Not "hob wont light".)
    r"\b(gas\s+)?(hob|cooker|oven|fire|rings?)\s+((?!(won'?t|wont|not|doesn'?t|don'?t|didn'?t|never"
    r"|no|can'?t|cant|wouldn'?t)\b)\w+\s+){0,2}(lights?|works?|working|is\s+fine"
    r"|are\s+fine|fine|ok)\b|\bgas\s+(supply\s+)?(is\s+)?(fine|ok|okay|working|on)\b",
    _FLAGS,
)


def gas_works(text: str) -> bool:
    return bool(text and _GAS_WORKS.search(text) and not gas_cut_off(text))


# A hot or cold tap (the tap itself stiff, dripping or broken), with nothing said of the boiler,
# the radiators or the hot water being lost.
_A_TAP = re.compile(
    r"\b(hot|cold)\s+(water\s+)?taps?\b|\btaps?\s+(for|of)\s+(the\s+)?(hot|cold)\b"
    # "it's the um bath tap the hot one it won't turn"
    r"|\btaps?\b[^.]{0,20}\bthe\s+(hot|cold)\s+one\b",
    _FLAGS,
)
_HEATING_ITSELF = re.compile(
    r"\b(boiler|bowler|radiators?|rads|heating|no\s+hot\s+water|hot\s+water\s+(has\s+|is\s+)?(gone"
    r"|off|stopped)|cylinder|immersion)\b",
    _FLAGS,
)


# An extractor fan with no power to it, nothing else named without power: the fan, not the supply.
_MORE_THAN_THE_FAN = re.compile(
    r"\b(lights?|sockets?|plugs?|fuse\s*box|consumer\s+unit|trip\w*|whole|everything|anywhere"
    r"|all\s+the|house|flat|home|cooker|oven|hob|kettle|fridge|shower|heating|boiler)\b",
    _FLAGS,
)


def a_fan_without_power(text: str) -> bool:
    return bool(text and _EXTRACTOR_FAN.search(text) and not _MORE_THAN_THE_FAN.search(text))


# The heating said to be fine: "the bathroom hot's fine, the boiler's fine".
_HEATING_FINE = re.compile(
    r"\b(boiler|heating|radiators?|rads)('s|\s+is|\s+are|\s+'s)?\s+(all\s+|still\s+)?(fine|ok|okay"
    r"|working(\s+fine)?|alright)\b",
    _FLAGS,
)


def a_tap_not_the_heating(text: str) -> bool:
    return bool(
        text and _A_TAP.search(text) and not _HEATING_ITSELF.search(_HEATING_FINE.sub(" ", text))
    )


# A tap that drips, seeps or won't stop, with nothing said of the supply being lost: the tap.
# ("The tap of the basin is turning and turning but it not stop the water"; "the water is coming
# from the base of the mixer tap itself".)
_TAP_DRIPS = re.compile(
    r"\btaps?\b[^.]{0,60}\b(drip\w*|drop\w*|not\s+stopping|won'?t\s+stop|keeps\s+running|leak\w*"
    r"|seep\w*|weep\w*|(not|n'?t|never)\s+stop\w*|(always|constantly|still)\s+running"
    # "the basin one, it's just stuck solid, it won't turn at all... we're using the bath tap"
    r"|stuck|seized|jammed|won'?t\s+turn|will\s+not\s+turn|can'?t\s+turn|doesn'?t\s+turn)"
    r"|\b(seep\w*|weep\w*|leak\w*|drip\w*|coming|comes)\s+(out\s+)?(from|round|around|at)\s+(the\s+)?"
    r"(base|bottom|neck|spout)\s+of\s+(the\s+)?(\w+\s+)?taps?\b",
    _FLAGS,
)
# The plumbing said to be dry or not leaking ("the pipe is not leaking, I check it"; "the pipes
# underneath are bone dry"): checked, not lost, and not at fault.
_PLUMBING_DRY = re.compile(
    r"\b(pipes?|pipework|joints?)\s+(\w+\s+){0,2}(is|are|'s|were|was)\s+(completely\s+|totally\s+)?"
    r"(bone\s+dry|dry|fine|ok|okay|not\s+leak\w*)\b"
    r"|\bno\s+leak\w*\s+(from|on|at|in)\s+(the\s+)?(pipes?|pipework)\b",
    _FLAGS,
)


def a_tap_dripping(text: str) -> bool:
    return bool(
        text and _TAP_DRIPS.search(text) and not _SUPPLY_LOST.search(_PLUMBING_DRY.sub(" ", text))
    )


# Plumbing other than the tap: "the pipe under the sink", "the cistern", "the tank in the loft".
_PLUMBING_NOT_A_TAP = re.compile(
    r"\b(pipes?|pipework|tanks?|cistern|cylinder|radiators?|boiler|valve|joint|waste|trap|u[\s-]?bend"
    r"|stop\s*cock|stop\s*tap|overflow)\b",
    _FLAGS,
)


def a_tap_leaking_not_the_plumbing(text: str) -> bool:
    """ "The mixer tap leaks from its base into the cupboard": the tap, with no pipe, tank or
    cistern named as leaking."""
    return a_tap_dripping(text) and not _PLUMBING_NOT_A_TAP.search(_PLUMBING_DRY.sub(" ", text))


# A pipe losing water, with no heating or hot water said to be lost: the pipe (one day), not
# the boiler (three days in summer).
_PIPE_LEAKING = re.compile(
    r"\bpipes?\b[^.]{0,50}\b(drip\w*|leak\w*|los(ing|es)\s+water|drop\s+by\s+drop|spray\w*"
    r"|spurt\w*|weep\w*)",
    _FLAGS,
)
_HEATING_LOST = re.compile(
    r"\bno\s+(heat\w*|hot\s+water)|\b(boiler|heating)\s+(\w+\s+){0,2}(not\s+work\w*|broken|dead|off"
    r"|stopped|won'?t|isn'?t)|\b(cold|freezing)\b|\bradiators?\s+(\w+\s+)?(cold|not)",
    _FLAGS,
)


def a_pipe_leaking_not_the_heating(text: str) -> bool:
    return bool(text and _PIPE_LEAKING.search(text) and not _HEATING_LOST.search(text))


# Mould said to be there (not denied): the damp is the repair to prioritise, whatever let the
# water in (Awaab's Law puts damp and mould hazards on their own clock).
_MOULD = re.compile(r"\b(mou?ld\w*|black\s+(spots|points|dots|specks)|fungus|mildew)\b", _FLAGS)
_NO_MOULD = re.compile(r"\b(no|not\s+any|without|isn'?t\s+any)\s+(\w+\s+)?(mou?ld|damp)", _FLAGS)


def mould_stated(text: str) -> bool:
    return bool(text and _MOULD.search(text) and not _NO_MOULD.search(text))


def mould_denied(text: str) -> bool:
    """ "There is no mould anywhere", "no damp or anything": said not to be there."""
    return bool(text and _NO_MOULD.search(text))


def said_secure(text: str) -> bool:
    """The door or window is said outright to shut and lock, and nothing says it doesn't."""
    return bool(text and _STILL_SECURE.search(text) and not _SECURITY_BROKEN.search(text))


# The toilet, and no sink, bath, basin or shower: "our only toilet is blocked, water won't go
# down" is the toilet, not a blocked sink.
_TOILET = re.compile(r"\b(toilets?|loo|wc|lav|bog|pan)\b", _FLAGS)
_BASIN = re.compile(r"\b(sinks?|baths?|basins?|showers?|plug\s*holes?|drainer)\b", _FLAGS)


def names_only_the_toilet(text: str) -> bool:
    return bool(text and _TOILET.search(text) and not _BASIN.search(text))


# An overflow running to the outside: a cistern's or tank's valve to fix (one day), not a flood
# in the home, unless the water is said to be coming inside.
_OVERFLOW = re.compile(r"\boverflow(\s+pipe)?s?\b(?!\s+(into|onto|in)\s)", _FLAGS)
_INSIDE_THE_HOME = re.compile(
    r"\b(ceiling|through\s+the|into\s+the\s+(flat|house|room|kitchen|bathroom|bedroom|hall)"
    r"|carpets?|floor\s*boards?|on\s+the\s+floor|everywhere|inside|indoors|downstairs"
    r"|flat\s+below|electrics?|sockets?|lights?)\b",
    _FLAGS,
)


_NOT_INSIDE = re.compile(
    r"\b(not|isn'?t|nothing'?s?|none\s+of\s+it'?s?)\s+(coming|getting|going|leaking)\s+(in|inside|indoors"
    r"|into\s+the\s+(flat|house|home))\b",
    _FLAGS,
)


def overflow_running(text: str) -> bool:
    """ "the overflow pipe sticking out of the wall has been pouring all day": a pipe or tank's
    repair, not a flood, as long as no water is said to be coming into the home ("it's not
    coming inside" says it is not)."""
    return bool(
        text and _OVERFLOW.search(text) and not _INSIDE_THE_HOME.search(_NOT_INSIDE.sub(" ", text))
    )


# Water standing in a shower tray or bath that will not drain ("shower tray won't drain, stood in
# ankle deep water"): the blockage, not a flood, as long as nothing says it has got out of the
# tray ("it's over the top and through the ceiling below").
_STANDING_IN_THE_TRAY = re.compile(
    r"\b(shower|bath|tray)\b[^.]{0,60}\b(won'?t|wont|not|doesn'?t|isn'?t|never)\s+(drain\w*|go(es|ing)?"
    r"\s+down|empty\w*)\b[^.]{0,60}\b(ankle|inches|knee)\s+deep",
    _FLAGS,
)
_OUT_OF_THE_TRAY = re.compile(
    r"\b(ceiling|overflow\w*|over\s+the\s+(top|side|edge)|flat\s+below|downstairs|water\s+(is\s+)?everywhere"
    r"|carpets?"
    r"|floor\s*boards?|all\s+over\s+the\s+floor|pouring|gushing|electrics?|sockets?)\b",
    _FLAGS,
)


def standing_in_the_tray(text: str) -> bool:
    return bool(text and _STANDING_IN_THE_TRAY.search(text) and not _OUT_OF_THE_TRAY.search(text))


# A light hanging from its ceiling rose or flex: the fitting is unsafe, the ceiling is not falling.
_LIGHT_HANGING = re.compile(
    r"\b(light\s*fittings?|lights?|lamps?|light\s*shades?|lampshades?|pendants?|ceiling\s+rose"
    r"|bulb\s+holders?|spotlights?|downlights?|glass\s+cover|light\s+cover|diffuser)\b[^.]{0,60}?\b(dropp\w*|hang\w*|dangl\w*"
    r"|come\s+(down|loose|away)|came\s+(down|loose|away)|coming\s+(down|loose|away)|fallen|fell"
    r"|fall\s+(down|off)"
    r"|loose)\b",
    _FLAGS,
)
_CEILING_ITSELF = re.compile(
    # (Not the screws of the fitting "pulling out of the plaster".)
    r"\b((?<!out\sof\sthe\s)plaster|crack\w*|bulg\w*|sag\w*|collaps\w*|chunks?|pieces?|lumps?|caved|bow(ed|ing)"
    r"|part\s+of|bits?\s+of|section|hole"
    r"|joists?|beams?|water|leak\w*|wet)\b",
    _FLAGS,
)


# Tiles coming off a wall: the tiling, not the wall falling, unless the wall or ceiling itself
# is said to crack, bulge or come down.
_TILES_FALLING = re.compile(
    r"\btiles?\b[^.]{0,40}\b(falling|fallen|fell|fall|coming\s+off|came\s+off|dropping|loose)\b",
    _FLAGS,
)
_FABRIC_FAILING = re.compile(
    r"\b(plaster|crack\w*|bulg\w*|sag\w*|collaps\w*|ceiling|brick\w*|chunks?|lumps?|masonry|render)\b",
    _FLAGS,
)


def tiles_coming_off(text: str) -> bool:
    return bool(text and _TILES_FALLING.search(text) and not _FABRIC_FAILING.search(text))


LIGHT_HANGING = _LIGHT_HANGING.pattern  # also names a clause's fault (bot.nlu.faults)


def light_hanging(text: str) -> bool:
    """A light fitting hanging down or come loose, and nothing said of the ceiling itself."""
    return bool(text and _LIGHT_HANGING.search(text) and not _CEILING_ITSELF.search(text))


# A socket or switch marked, cracked or coming away: the fitting to make safe.
_DAMAGED_FITTING = re.compile(
    r"\b(scorch\w*|burn\s+marks?|burnt|burned|(black|brown)\s+marks?|cracked|broken|loose|melted"
    r"|hanging)\b[^.]{0,40}\b(sockets?|sockit|switch(es)?|plugs?|face\s*plates?|lamp\s*holders?"
    r"|bulb\s*holders?|light\s*fittings?)\b"
    r"|\b(sockets?|sockit|switch(es)?|plugs?|face\s*plates?|lamp\s*holders?|bulb\s*holders?"
    r"|light\s*fittings?)\b[^.]{0,30}\b(scorch\w*|cracked"
    r"|broken|loose|lose|hanging|coming\s+(out|away|off)|melted|marks?)\b",
    _FLAGS,
)


_NOT_DAMAGED = re.compile(
    r"\b(no|not|nothing|isn'?t|aren'?t|without)\s+(\w+\s+)?(scorch\w*|burn\w*|marks?|melted"
    r"|cracked|broken|loose)\b",
    _FLAGS,
)


def damaged_fitting(text: str) -> bool:
    """A fitting marked, cracked or coming away: "brown scorch marks round one of the sockets",
    "the switch is cracked and loose" (not "nothing scorched")."""
    return bool(text and _DAMAGED_FITTING.search(_NOT_DAMAGED.sub(" ", text)))


# Anything electrical named at all: an electrical reading of a message that names none is the
# classifier's guess ("The WC in the en-suite is blocked" read as an unsafe fitting). An
# extractor fan is its own repair, so it is not named here.
_ELECTRICAL_WORDS = re.compile(
    r"\b(sockets?|sockit|plugs?|switch\w*|lights?|lighting|lamps?|bulbs?|fuse\w*|trip\w*|electric\w*"
    r"|lecky|leccy|power|wires?|wiring|cables?|consumer\s+unit|meter|spark\w*|shock\w*|volt\w*"
    r"|circuit\w*|rcd|mcb|fittings?|spotlights?|downlights?|pull\s+cord|cooker|oven|hob|shower"
    r"|immersion|heater|alarm|charger|appliance\w*|kettle|fridge|freezer|washing"
    r"|dryer|tv|telly|flex|lead|scorch\w*|burn\w*|smok\w*|melt\w*)\b",
    _FLAGS,
)


# The plug of a bath or sink: "a noise like glug glug when I pull the plug".
_PLUG_OF_A_BASIN = re.compile(
    r"\b(pull\w*|put\w*|take|took|taking)\s+(out\s+)?(the\s+|a\s+)?plug\b|\bplug\s*holes?\b"
    r"|\b(bath|sink|basin|shower)\s+plugs?\b",
    _FLAGS,
)


def names_nothing_electrical(text: str) -> bool:
    basin = re.search(r"\b(bath|sink|basin|shower)\b", text or "", _FLAGS)
    return bool(text) and not _ELECTRICAL_WORDS.search(
        _PLUG_OF_A_BASIN.sub(" ", text) if basin else text
    )


# Electrics named only as where the fault is, or to say they are fine: "the plaster's crumbling
# by the light switch, not the switch itself". The fabric is at fault, not the fitting.
_BY_THE_ELECTRICS = re.compile(
    r"\b(near|by|round|around|next\s+to|beside|behind|above|below|under|underneath|over|from)\s+"
    r"(the\s+|my\s+|a\s+|our\s+)?(\w+\s+)?(light\s+)?(switch(es)?|sockets?|plugs?)\b"
    r"|\bnot\s+(the\s+)?(light\s+)?(switch|socket|plug)(\s+itself)?\b"
    # "a small crack, a line only, from the light to the wall"
    r"|\b(from|to)\s+(the\s+)?(ceiling\s+)?(light|lamp|light\s+fitting)\s+(to|across|towards|from)\b",
    _FLAGS,
)
_FABRIC = re.compile(
    r"\b(plaster\w*|walls?|tiles?|skirting\w*|render|crumbl\w*|cracks?|cracked|paint\w*)\b", _FLAGS
)


# Pests in the home with nothing of the building named as the way in: the pest control service's,
# not a repair. ("Rats" is not the speech recogniser's "rads": none with heating words.)
_PESTS = re.compile(
    r"\b(mice|mouse|rats|rat|bed\s*bugs?|cockroach\w*|roaches|fleas|ants|silverfish|moths"
    r"|vermin|pest\s+control)\b",
    _FLAGS,
)
_WAY_IN = re.compile(
    r"\b(gap|gaps|hole|holes|air\s*bricks?|getting\s+in|coming\s+in|get\s+in|come\s+in"
    r"|through\s+the|under\s+the\s+door|pipe|pipes|drain\w*|heat\w*|warm|radiators?)\b",
    _FLAGS,
)


# A shared part of the block (a lift, communal lights, a stairwell) said to be broken: a communal
# repair, logged for the estates team who look after it (fences: `fence_to_repair`). A question
# about whose job it is (`_WHOSE_JOB`, for fences too) is answered, not logged.
# A lift ("lift" the noun, not "lift it up") or a rubbish chute, however the recogniser spells it:
# "the bin chute on the seventeenth floor", "the rubbish shoot", "the hopper's jammed open".
_LIFT_OR_CHUTE_WORDS = (
    r"\b(lifts?|elevators?)\b(?!\s+(up|it|him|her|me|them|the|my|our)\b)"
    r"|\b(rubbish|bin|refuse|garbage)\s+(chute|shoot)s?\b|\bchutes?\b|\bhoppers?\b"
)
_COMMUNAL_THING = re.compile(
    _LIFT_OR_CHUTE_WORDS
    + r"|\bcommunal\s+\w+|\b(stair\s*wells?|lobby|walk\s*ways?|bin\s+stores?)\b"
    r"|\b(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top)"
    r"[\s-]floor\s+landing\b",
    _FLAGS,
)
_COMMUNAL_FAULT = re.compile(
    r"\b(broken|broke|out\s+of\s+(order|action|service|use)|not\s+working|isn'?t\s+working"
    r"|stopped\s+working|(are|is|been|gone|went|were|'s|'re)\s+out|blown\s+(down|over|out)"
    r"|blew\s+(down|over|out)|fallen|fell|stuck|smashed|pitch\s+black|rotten|leaning|collapsed"
    r"|down\s+again|keeps\s+breaking|blocked|jammed|overflowing|maggots|stinks?|not\s+coming\s+on"
    # "both lifts out again in our block"
    r"|out\s+again|(lifts?|elevators?)\s+(both\s+|are\s+|r\s+)?out"
    r"|(doesn'?t|doesnt|does\s+not|won'?t)\s+go\s+anywhere|(are|is|'re|'s)\s+(just\s+)?off)\b",
    _FLAGS,
)
_WHOSE_JOB = re.compile(
    r"\bwhose\s+(job|responsibility)|\bwho\s+(fixes|repairs|deals\s+with|mends|is\s+responsible\s+for"
    r"|should\s+(fix|repair))\b|\bdo\s+you\s+(do|fix|repair|mend)\s+(fences?|lifts?|that|these|them|it)\b"
    r"|\b(is|are)\s+(it|this|that|fences?|the\s+fence)\s+(my|our|the\s+tenant'?s|your|the\s+council'?s)\s+"
    r"(job|responsibility)\b|\b(my|our)\s+responsibility\s+or\s+(yours|the\s+council'?s)\b"
    r"|\byours\s+or\s+mine\b|\bmine\s+or\s+yours\b",
    _FLAGS,
)


# A rail or key safe asked for new ("she recommended two grab rails", "a second rail on the
# right-hand wall", "a key safe by the back door"), with no rail said to be loose or broken: a
# handyperson job, not a handrail repair (nor the toilet it is to go beside).
_NEW_RAIL = re.compile(
    r"\b(put|putting|fit|fitted|fitting|install\w*|need|needs|want|wants|get|add|recommend\w*"
    r"|suggest\w*|asked\s+for|like)\b[^.]{0,50}\b(grab\s*rails?|rails?|hand\s*rails?|key\s*safes?"
    # A door chain or spy hole for someone frightened at night: a small job too.
    r"|door\s+chains?|a\s+chain|spy\s*holes?|peep\s*holes?|door\s+viewers?"
    # A gate at the top of the stairs for a toddler or a disabled child.
    r"|stair\s*gates?|safety\s+gates?|baby\s+gates?)\b"
    r"|\b(second|extra|another|new|additional|two|2)\s+(grab\s*|hand\s*|stair\s*)?rails?\b"
    r"|\b(second|extra|additional)\s+(door\s+)?locks?\b"
    r"|\b(grab\s*rails?|key\s*safes?)\b[^.]{0,40}\b(fitted|put\s+up|installed)\b",
    _FLAGS,
)
_RAIL_BROKEN = re.compile(
    r"\b(loose|wobbl\w*|broke\w*|come\s+away|came\s+away|coming\s+away|pulled\s+out|came\s+off"
    r"|come\s+off|fallen|snapped|rotten|moving)\b",
    _FLAGS,
)
_NOTHING_BROKEN = re.compile(
    r"\b(nothing|not|isn'?t|no|never)\s+((is|was|'s|at\s+all|been)\s+)?(\w+\s+)?(loose|broken|wobbly)"
    r"(\s*(,|or|and|nor)\s+(loose|broken|wobbly))*"
    r"|\bnothing\s+(is\s+|'s\s+)?broken\b",
    _FLAGS,
)


# The same, as one clause's words (bot.nlu.faults): a new rail asked for, nothing said broken.
NEW_RAIL_ONLY = r"^(?!.*" + _RAIL_BROKEN.pattern + r")(?=.*(" + _NEW_RAIL.pattern + r"))"


def new_rail_wanted(text: str) -> bool:
    return bool(
        text and _NEW_RAIL.search(text) and not _RAIL_BROKEN.search(_NOTHING_BROKEN.sub(" ", text))
    )


# The block's lights out: "the lights on our communal landing and the stairwell have been out",
# "the lights in corridor of our floor not working", "lamp posts in the car park don't come on".
# (Not the home's own landing or stairs: "landing" and "stairs" count only with the block named.)
_SHARED_SPACE = (
    # (Not a corridor alone: in a house it is the hall.)
    r"(communal|stair\s*wells?|lobby|walk\s*ways?|car\s*parks?|entrance\s+to\s+(the\s+)?block"
    r"|(the|our)\s+(block|building)|our\s+floor|on\s+my\s+floor|estate)"
)
_LIGHTS_OUT = (
    r"(out|off|gone|broken|dark|pitch\s+black|flicker\w*|(not|n'?t|never)\s+(been\s+)?(work\w*"
    r"|com\w*\s+on|on)|stopped\s+working|have\s+not\s+worked|haven'?t\s+worked|no\s+lights?)"
)
# (Not "the communal lights are fine, it's my kitchen light that's out".)
_UNLESS_FINE = r"(?:(?!\b(fine|ok|okay|working\s+fine|all\s+right)\b)[^.])"
_COMMUNAL_LIGHTS_OUT = re.compile(
    rf"\b(lights?|lighting|lamps?|lamp\s*posts?|bulbs?)\b[^.]{{0,60}}\b{_SHARED_SPACE}\b"
    rf"{_UNLESS_FINE}{{0,80}}\b{_LIGHTS_OUT}\b"
    rf"|\b{_SHARED_SPACE}\s+(\w+\s+){{0,4}}(lights?|lighting|lamps?)\b{_UNLESS_FINE}{{0,80}}"
    rf"\b{_LIGHTS_OUT}\b",
    _FLAGS,
)


def communal_lights_out(text: str) -> bool:
    """The block's or estate's lights said to be out (no whose-job question)."""
    return bool(text and _COMMUNAL_LIGHTS_OUT.search(text) and not _WHOSE_JOB.search(text))


def communal_fault(text: str) -> bool:
    """A lift or a communal light, stairwell or landing said to be broken, with no question about
    whose job it is."""
    return bool(
        text
        and _COMMUNAL_THING.search(text)
        and _COMMUNAL_FAULT.search(text)
        and not _WHOSE_JOB.search(text)
    )


# The shared places of a block named as where a fault is: "the stair well between floor four and
# five", "the lift doors", "on our floor": not the home's stairs, floor or doors.
_COMMUNAL_PLACES = re.compile(
    r"(\b(the|our|my)\s+)*(\b(stair\s*wells?|walk\s*ways?|lobby|bin\s+stores?)\b"
    r"|\b(lift|elevator|chute|shoot|hopper|bin\s+store)('s)?\s+(doors?|gates?)\b"
    r"|\b(doors?|gates?)\s+(of|on|to)\s+the\s+(lift|elevator|chute|shoot|hopper|bin\s+store)\b('s)?"
    r"|\b(on|in|to|along|of)\s+(our|my|this|each|every|the\s+same)\s+floor\b|\bbetween\s+floors?\b"
    r"|\b(floor|flr)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"|\b(in|on)\s+(the\s+)?\d+\s+floor\b|\bflr\s*\d+"
    r"|\b(\d+(st|nd|rd|th)|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\w+teenth|twentieth)[\s-]floor\b)",
    _FLAGS,
)
# A lift or a rubbish chute has no likeness in the home: whatever else it was read as, one said to
# be broken is the block's.
_LIFT_OR_CHUTE = re.compile(_LIFT_OR_CHUTE_WORDS, _FLAGS)


def names_a_lift_or_chute(text: str) -> bool:
    """A lift or chute said, in its own sentence, to be broken ("the lift has been out since
    Tuesday"), not only named ("residents use the stairs when the lift is busy")."""
    return any(
        _LIFT_OR_CHUTE.search(sentence) and _COMMUNAL_FAULT.search(sentence)
        for sentence in SENTENCE_BREAK.split(text or "")
    )


_COMMUNAL_DOOR = re.compile(
    r"(\b(the\s+)?(glass|window|panel|lock)\s+(in|of|on)\s+)?(the\s+)?\b(communal\s+(entrance\s+)?doors?"
    r"|(main|entrance|front)\s+doors?\s+(of|to)\s+the\s+(block|building|flats)"
    r"|doors?\s+(of|to)\s+the\s+(block|building))\b",
    _FLAGS,
)


def without_communal_doors(text: str) -> str:
    """The text with the block's doors (and what was done to them) taken out: what is left says
    whether the home's own door was touched."""
    return _COMMUNAL_DOOR.sub(" ", text or "")


def without_communal_places(text: str) -> str:
    """The text with the block's shared places (stairwells, lift doors, "our floor") named only
    as "communal", which names nothing of the home."""
    return _COMMUNAL_PLACES.sub(" communal ", text or "")


def communal_repair(text: str) -> str | None:
    """The shared thing a communal repair is about, "lift" or "communal" (lights, stairwells), or
    "fence" for a garden fence reported down (`fence_to_repair`); None when it is neither."""
    if communal_fault(text):
        match = _COMMUNAL_THING.search(text)
        word = match.group(0).lower() if match else ""
        return "lift" if word.startswith(("lift", "elevator")) else "communal"
    return "fence" if fence_to_repair(text) else None


# A cracked or leaking cistern (onto the floor, not into the pan) is the cistern's leak, one day,
# not a toilet that will not flush (also names a clause's fault: bot.nlu.faults).
CISTERN_LEAKING = (
    r"\b(cistern|toilet\s+tank)\b[^.]{0,60}(?<!not\s)(?<!n't\s)(?<!no\s)\b(crack\w*|leak\w*|drip\w*"
    r"|seep\w*)\b"
    r"(?![^.]{0,30}\binto\s+the\s+(pan|bowl|toilet))"
)


def cistern_leaking(text: str) -> bool:
    return bool(text and re.search(CISTERN_LEAKING, text, _FLAGS))


def pests_only(text: str) -> bool:
    """Pests in the home, with no way in through the building named ("mice in the kitchen",
    "bed bugs in the mattresses")."""
    return bool(text and _PESTS.search(text) and not _WAY_IN.search(text))


# Sockets with no power ("the sockets in the back bedroom and on the landing have stopped
# working", "plugs dead in the kitchen"): the supply to them, not a fitting that is unsafe.
_SOCKETS_WITHOUT_POWER = re.compile(
    r"\b(sockets?|plugs?)\b[^.]{0,60}\b(stopped\s+working|not\s+working|don'?t\s+work"
    r"|doesn'?t\s+work|dead|no\s+power|gone\s+off)\b",
    _FLAGS,
)


def sockets_without_power(text: str) -> bool:
    """Sockets said to have no power, with nothing said of damage to them."""
    return bool(text and _SOCKETS_WITHOUT_POWER.search(text) and not damaged_fitting(text))


def electrics_only_a_place(text: str) -> bool:
    """The electrics are named only as the place of a fault in the walls or plaster."""
    if not text or not _BY_THE_ELECTRICS.search(text):
        return False
    rest = _BY_THE_ELECTRICS.sub(" ", text)
    return names_nothing_electrical(rest) and bool(_FABRIC.search(rest))


# Damage the tenant or their household says they did: the tenant's to put right (the landlord
# will do it for a charge). Partners are left out: a partner who kicked a door in may be abuse.
_HOUSEHOLD = (
    r"(i|we|i'?ve|we'?ve|my\s+((er|erm|um)\s+)?(teenage\s+|eldest\s+|youngest\s+|little\s+"
    # "my fifteen year old son", "my 15-year-old"
    r"|(\w+[\s-]){1,2}year[\s-]old\s+)?(\d+[\s-]year[\s-]old|son|daughter|kids?|friend|mate|guest|visitor|lodger"
    r"|children|boy|girl|grandson|granddaughter|grandkids|nephew|niece|dog|toddler|little\s+one"
    r"|eldest|youngest|teenager|brother|sister|brother[\s-]in[\s-]law)|the\s+kids)"
)
_DAMAGE_DONE = (
    r"(drilled|dropped|broke|break|smashed|snapped|cracked|kicked|punched|knocked|burnt|burned|kick"
    r"|punch|smash"
    r"|scratched|ripped|tore|put\s+(his|her|my|their|a)\s+(foot|fist|elbow|knee|hand|head|shoulder)"
    # "he put the ball through the kitchen window"
    r"|put\s+(the|a|his|her|their)\s+(ball|football|bike|chair|fist|foot)\s+through)"
)
_TENANT_CAUSED = re.compile(
    # Owned up to: "It is our fault, I know this", "I know this is our damage", "I snapped my key
    # in the front door".
    r"\b(is|was|'s)\s+(all\s+)?(our|my)\s+(own\s+)?(fault|damage|doing)\b"
    # "I know this one's on us", "this is damage we caused"
    r"|\b(this|that|it)(\s+one)?('s|\s+is|\s+was)\s+(all\s+)?on\s+(us|me)\b"
    r"|\bdamage\s+(that\s+)?(we|i|my\s+\w+)\s+(have\s+|'ve\s+)?(caused|did|done)\b"
    # "...holes in the tiles now, our fault obviously" (not "not our fault")
    r"|(?<!not\s)(?<!n't\s)(?<!nt\s)\b(our|my)\s+(own\s+)?fault\s+(obviously|really|i\s+know|i\s+admit|to\s+be"
    r"\s+fair)\b|[,.]\s*(our|my)\s+fault\s*[.!]?\s*$"
    r"|\b(i'?ve\s+|i\s+have\s+|i\s+|we\s+)?((er|um|just|accidentally)\s+)?snapped\s+(my|our)\s+key"
    # ("my mate er sort of kicked the bathroom door in as a joke")
    rf"|\b{_HOUSEHOLD}('s\s+|\s+have\s+|\s+has\s+|\s+had\s+|\s+)((accident(al)?ly|just|stupidly|er|erm"
    r"|um|sort\s+of|kind\s+of|kinda)\s+){0,3}"
    # ("my son slammed his bedroom door so hard the frame split", but not "the wind caught the
    # door as I opened it and slammed it back")
    rf"({_DAMAGE_DONE}|slammed)\b"
    # "My son, who is 15, lost his temper and kicked his bedroom door", "my son play football in
    # the house and he break the glass".
    # ("my son he um he's punched a hole in his bedroom door")
    rf"|\b{_HOUSEHOLD}\b[^.]{{0,80}}?\b(and\s+(then\s+)?|he\s+|she\s+|they\s+|he'?s\s+|she'?s\s+"
    rf"|they'?ve\s+|(he|she)\s+has\s+){_DAMAGE_DONE}\b"
    # Texted with no "I": "kicked my bedroom door in an argument n split the frame my fault".
    rf"|^\W*{_DAMAGE_DONE}\s+(my|our)\b[^.]{{0,80}}(?<!not\s)(?<!n't\s)\b(my|our)\s+fault\b",
    _FLAGS,
)
# Keys lost or locked in ("dropped my keys down the drain cant get in flat"), not denied ("it's
# not that i've lost my keys, i've got my keys, it's the lock").
_KEYS_LOST = re.compile(
    r"\b(lost|lose|loses|dropped|left|misplaced)\s+(my|our|his|her|their|the)\s+(door\s+|house\s+"
    r"|flat\s+|front\s+door\s+)?keys?\b|\blocked\s+(myself|ourselves|himself|herself|themselves)\s+out\b",
    _FLAGS,
)
_KEYS_NOT_LOST = re.compile(
    r"\b(not|n'?t|never)\s+(that\s+)?((i|we|he|she|they)('ve|\s+have)?\s+)?(lost|lose|dropped|misplaced)\b"
    r"|\b(got|have|found)\s+(my|our|his|her|their|the)\s+keys?\b",
    _FLAGS,
)


# The thing was failing before anyone damaged it: "one of them's gone all soft and spongy... my
# son put his foot through the edge of it".
_ALREADY_FAILING = re.compile(
    r"\b(rott\w*|soft|spongy|crumbl\w*|worn\s+out|perished|woodworm|riddled)\b", _FLAGS
)


def already_failing(text: str) -> bool:
    return bool(text and _ALREADY_FAILING.search(text))


def keys_lost(text: str) -> bool:
    """ "I've lost my keys, I'm stood outside my flat": the tenant's to pay for (a lock change or
    a locksmith), not a fault and not a neighbour."""
    return bool(text and _KEYS_LOST.search(text) and not _KEYS_NOT_LOST.search(text))


def tenant_caused(text: str) -> bool:
    """Damage the household says it did: "I drilled into the wall and the plaster cracked",
    "my son put his foot through the door"; or the keys they lost."""
    return bool(
        text
        and (
            _TENANT_CAUSED.search(text)
            or (_KEYS_LOST.search(text) and not _KEYS_NOT_LOST.search(text))
        )
    )


# An appliance the tenant says is their own ("my own cooker", "the dishwasher I bought myself",
# "it is not from council"): theirs to repair, as the tenancy says.
_APPLIANCE = (
    r"(cooker|oven|hob|microwave|fridge|freezer|fridge\s+freezer|washing\s+machine|washer|dryer"
    r"|tumble\s+dryer|dishwasher|tv|telly|kettle|toaster|fan\s+heater|heater|alarm|appliance)"
)
_OWN_APPLIANCE = re.compile(
    rf"\b(my|our|her|his|their)\s+own\s+(\w+\s+)?{_APPLIANCE}\b"
    r"|\b(it'?s|it\s+is|its)\s+(my|our|her|his)\s+own\b"
    rf"|\b{_APPLIANCE}\b[^.]{{0,40}}\b(i|we|she|he)\s+(bought|buy|purchased)\b"
    rf"|\b(i|we)\s+(bought|buy|purchased)\s+(a|an|the|my|our|this|that)\s+(\w+\s+){{0,3}}{_APPLIANCE}\b"
    r"|\b(i|we)\s+(bought|buy|purchased)\s+(it|them)\s+(myself|ourselves|from|off|second)"
    r"|\bnot\s+(from|fitted\s+by|supplied\s+by)\s+(the\s+)?council\b",
    _FLAGS,
)


def own_appliance(text: str) -> bool:
    """The tenant says the appliance at fault is their own."""
    return bool(text and _OWN_APPLIANCE.search(text))


_AN_APPLIANCE = re.compile(rf"\b{_APPLIANCE}s?\b", _FLAGS)


def names_an_appliance(text: str) -> bool:
    """The words name an appliance (a cooker, a washing machine, an alarm)."""
    return bool(text and _AN_APPLIANCE.search(text))


_FENCE = re.compile(r"\bfenc\w*|\bgates?\b|\bfence\s+posts?\b", _FLAGS)
_FENCE_DOWN = re.compile(
    r"\b(blew|blown|blowing|fallen|fell|falling|fall|down|broken|broke|bust|snapped|rotten|rotted"
    r"|knackered|collapsed|leaning|flying|flew|damaged|hanging|smashed|came\s+off|come\s+off)\b",
    _FLAGS,
)


def fence_to_repair(text: str) -> bool:
    """A fence or gate reported down or broken ("fence panel blew down in the wind"): a repair
    for the team to log and decide on. Asking whose job a fence is stays a question."""
    return bool(
        text and _FENCE.search(text) and _FENCE_DOWN.search(text) and not _WHOSE_JOB.search(text)
    )


_PEOPLE = re.compile(
    r"\b(neighbou?rs?|next\s+door|kids|children|youths?|teenagers|lads|gangs?|ppl|people\s+keep)\b"
    # "the flat upstairs playing music til 4am", "upstairs blasting music again"
    r"|\b(flat|people|family|couple|them)\s+(above|below|upstairs|downstairs)\b"
    r"|\b(upstairs|downstairs)\s+(flat|neighbou?rs?|people|family|blast\w*|play\w*)\b"
    # "the family at number 12", "the man in flat 3"
    r"|\b(family|people|man|woman|lady|bloke|guy|couple|tenants?|residents?|lads|household)\s+"
    r"(at|in|from)\s+(number|no\.?|flat|house)\s*\d+"
    # "the man in the ground-floor flat at number 3", "the man in that flat"
    r"|\b(family|people|man|woman|lady|bloke|guy|couple|tenants?|household)\s+(in|at|from)\s+"
    r"(the|that|this)\s+([\w-]+\s+)?flat\b",
    _FLAGS,
)
# What people do to a household, over and over or on purpose.
_NUISANCE = re.compile(
    r"\b(keeps?|kept|always|constantly)\s+((um|er|erm|uh|like)\s+)?(on\s+)?(banging|shouting|drilling|kicking|knocking"
    r"|throwing|partying|screaming|swearing|slamming|hammering|playing|ringing|stamping"
    r"|setting\s+off|letting\s+off|pressing|smashing|spitting|urinating|weeing|dumping|littering"
    r"|loitering|fighting)\b"
    # "kids smoking weed in the stairwell every nite til 2am"
    r"|\b(smoking\s+(weed|drugs|cannabis|crack)|dealing(\s+drugs)?\s+(in|on|from|outside)|drug\s+deal\w*)\b"
    # A neighbour's dog: "lets his dog mess all over the communal garden", "barks all day".
    r"|\bdogs?\b[^.]{0,40}\b(mess\w*|poo\w*|foul\w*|bark\w*|howl\w*|make\s+toilet|wee\w*|pee\w*)\b"
    # "My neighbour is leaving his rubbish bags in front of my door all the time"
    r"|\b(leav\w*|dump\w*)\s+(his|her|their)\s+(rubbish|bags|bin\s+bags|bins?|stuff|junk)\b"
    r"|\b(banging|shouting|drilling|hammering|music|parties|partying|noise)\b[^.]{0,60}"
    r"\b(on\s+purpose|deliberately|every\s+(night|day|weekend)|all\s+hours|at\s+midnight"
    r"|all\s+night|(till?|until)\s+(about\s+|around\s+|gone\s+)?(\d|one|two|three|four|five|six"
    r"|midnight)|all\s+(weekend|day)|every\s+weekend|(most|every)\s+nights?"
    r"|(really|so|very|too)\s+loud|constant\w*|late\s+at\s+night)"
    # A neighbour's trade in the car park: "running what looks like a car repair business from the
    # car park... he revs engines until 10 or 11 at night".
    r"|\brev(s|ving|ved)?\s+(his\s+|their\s+|the\s+|up\s+)?(engines?|cars?|motor\s*bikes?|bikes?)\b"
    r"|\b(running|runs|run)\s+(what\s+looks\s+like\s+)?(a|an)\s+(\w+\s+){0,2}business\s+(from|out\s+of"
    r"|in)\b"
    # The tenant names the team: "please can someone from the ASB team get in touch".
    r"|\b(asb|anti[\s-]?social(\s+behaviou?r)?)\s+(team|officer|unit)\b",
    _FLAGS,
)
_NOTHING_TO_REPAIR = re.compile(
    r"\bnothing\s+(\w+\s+)?(needs|to)\s+(repair|fix)\w*|\bnothing\s+(is\s+|has\s+been\s+)?"
    r"(broken|damaged)\b|\bnot\s+(a|about\s+a)\s+repair\b|\bno\s+damage\b",
    _FLAGS,
)


# People behaving badly, however mildly put: "a group of young men gather on the landing",
# "dealing drugs", "they just stare", "intimidating".
_BEHAVIOUR = re.compile(
    r"\b(gather\w*|hang(ing)?\s+(around|about|out)|loiter\w*|deal(ing|ers?)|drugs?|cannabis|weed"
    r"|intimidat\w*|harass\w*|stare|staring|threat\w*|knife|abus\w*|shout\w*|fight\w*|graffiti"
    r"|vandal\w*|group\s+of|gang\w*|youths|bully\w*|scared\s+(of|for)|afraid\s+of)\b",
    _FLAGS,
)


def names_behaviour(text: str) -> bool:
    """Whether the message tells of people behaving badly (a group gathering, dealing, threats)."""
    return bool(text and _BEHAVIOUR.search(text))


def nuisance_not_repair(text: str) -> bool:
    """Neighbours or kids doing something to the household over and over or on purpose, or with
    nothing to repair said outright ("next door keep drilling on our wall at midnight";
    "kids keep kicking footballs against my window"): the anti-social behaviour team's, where
    the message names no fault (the caller checks that)."""
    return bool(
        text
        and _PEOPLE.search(text)
        and (_NOTHING_TO_REPAIR.search(text) or _NUISANCE.search(text))
    )


# --- The thing itself named ---------------------------------------------------------------------

_EXTRACTOR_FAN = re.compile(r"\b(extractor|fan)\b", _FLAGS)
_TOILET_FAULT = re.compile(
    r"\b(flush\w*|block\w*|cistern|overflow\w*|leak\w*|seat|pan|bowl|won'?t\s+fill|u-?bend)\b",
    _FLAGS,
)
_ELECTRICS = (
    r"(lights?|sockets?|plugs?|electrics?|electricity|switch\w*|fuse\s*box|consumer\s+unit"
    r"|wires?|wiring|fittings?|power)"
)
_ELECTRICS_NOT_NEAR = re.compile(
    rf"(\b(not|nowhere|isn'?t|aren'?t)\s+(\w+\s+)?(near|close\s+to)|\baway\s+from)\s+"
    rf"(any\s+|the\s+|a\s+)?{_ELECTRICS}",
    _FLAGS,
)
_ELECTRICS_WORD = re.compile(rf"\b{_ELECTRICS}\b", _FLAGS)


def fan_not_toilet(text: str) -> bool:
    """An extractor fan in the toilet or bathroom, with nothing wrong with the toilet itself."""
    return bool(text and _EXTRACTOR_FAN.search(text) and not _TOILET_FAULT.search(text))


def electrics_only_denied(text: str) -> bool:
    """Electrics named only to say they are not involved: "a damp patch, nowhere near a socket"."""
    if not text or not _ELECTRICS_NOT_NEAR.search(text):
        return False
    return not _ELECTRICS_WORD.search(_ELECTRICS_NOT_NEAR.sub(" ", text))


# --- A repair already done -------------------------------------------------------------------

# "my friend fixed the leak", "the leak's fixed but that's not the point", "the repair itself
# has held": a fault named only as the history of a complaint.
_REPAIRED = re.compile(
    r"(?<!not\s)(?<!never\s)(?<!n't\s)(?<!said\s)(?<!supposedly\s)(?<!be\s)(?<!get\s)(?<!it\s)"
    r"(?<!to\s)(?<!them\s)(?<!this\s)\b(fixed|repaired|mended|sorted"
    r"|resolved|replaced|cleared|unblocked)\b(?!\s+(yet|properly))"
    # (Not "fixed" as fastened: "they had fixed a scaffold board and a sheet of plastic across".)
    r"(?!\s+(a|an|some|the)\s+([\w-]+\s+){0,2}(boards?|sheets?|plastic|signs?|notices?|brackets?"
    r"|covers?|tarpaulins?|scaffold\w*|poles?|netting)\b)"
    # "Now the intercom is repair by other company, it work."
    r"|\b(is|was|are|were)\s+repair\s+by\b"
    r"|\b(fixing|mending|sorting)\s+(it|the\s+\w+)\s+(himself|herself|myself|themselves|ourselves)\b"
    r"|\bnothing\s+(left\s+)?to\s+(repair|fix)\b"
    # "had to get a private plumber in": the tenant had it put right
    r"|\b(get|got|pay|paid)\s+(a\s+)?(private|my\s+own|our\s+own)\s+(plumber|electrician|builder"
    r"|joiner|engineer|someone)\b"
    r"|\b(repair|job|fix)\s+(itself\s+)?(has\s+)?held\b"
    # "The repair itself is fine now"
    r"|\b(repair|job|work)\s+(itself\s+)?(is|was|'s|has\s+been)\s+(fine|done|ok|okay|sorted|finished"
    r"|complete|completed)\b",
    _FLAGS,
)
# ... unless it has failed since, or was never done ("fixed in May, leaking again", "left my
# radiator leaking after he fixed it").
_FAILED_BEFORE = (
    r"\b(again|still|not(?!\s+the\s+(point|issue|problem))|never|isn'?t|wasn'?t|hasn'?t|didn'?t"
    r"|won'?t|supposed|said|claimed|thought|meant)\b"
)
# (And not yet done: "we mustn't light the fire until it's been sorted".)
_FAILED_BEFORE_IT = re.compile(_FAILED_BEFORE + r"|\b(left|until|till|unless)\b", _FLAGS)
# Nor asked for: "I need the heating fixed now, please" (but "I want to be clear that the repair
# is done" is done).
_ASKED_FOR = re.compile(
    r"\b(need|needs|want|wants|like|get|getting)\s+(it|them|this|that|(the|my|our|his|her)\s+\w+"
    r"(\s+\w+)?)\s+$",
    _FLAGS,
)
_FAILED_AFTER_IT = re.compile(
    _FAILED_BEFORE
    + r"|\b(came\s+off|fell|broke\w*|stopped|(came|come|comes|is|it'?s|its)\s+back|leak\w*"
    r"|drip\w*|worse)\b",
    _FLAGS,
)


# What was put right ("fixed the leak"), and the fault said not to have come back ("it's not
# leaking now", "nothing has leaked since"): neither is news of it failing.
_WHAT_WAS_FIXED = re.compile(
    r"^\s+(it|them|(the|my|our)\s+\w+)\b"
    r"|\b(not|isn'?t|hasn'?t|no\s+longer|nothing\s+has|never)\s+(been\s+)?(leak\w*|drip\w*)"
    r"(\s+(since|now|anymore|any\s+more))?",
    _FLAGS,
)


def already_repaired(sentence: str) -> bool:
    """The sentence says its fault was put right, with nothing near it about failing since."""
    return any(
        # ("left the toilet not sealed (leaked for a week, sorted now)": put right now, after the
        # failure told before it)
        not _ASKED_FOR.search(sentence[: m.start()])
        and (
            _NOW.match(sentence, m.end())
            or not _FAILED_BEFORE_IT.search(sentence[max(0, m.start() - 40) : m.start()])
        )
        and not _FAILED_AFTER_IT.search(_WHAT_WAS_FIXED.sub(" ", sentence[m.end() : m.end() + 40]))
        for m in _REPAIRED.finditer(sentence or "")
    )


_NOW = re.compile(r"\s+now\b", _FLAGS)


# --- A complaint said in so many words ------------------------------------------------------

_COMPLAINT_STATED = re.compile(
    r"\b(want|wish|like|going|intend|need)\s+(to\s+)?(make\s+|raise\s+|file\s+|log\s+|lodge\s+"
    r"|put\s+in\s+|submit\s+)?(an?\s+){0,2}(formal\s+|official\s+)?complain(t)?\b"
    # "To the Complaints Team - Stage 1 complaint", "this is my official complaint"
    r"|\bstage\s+(1|one|2|two)\s+complaint|\b(formal|official)\s+complaint\b"
    r"|\bcomplaints?\s+(team|department|procedure|process)\b"
    r"|\b(treat|treated|log|logged|record|recorded|take|taken)\s+(this|it)?\s*as\s+a\s+"
    r"(formal\s+|official\s+)?complaint\b"
    r"|\b(this|that)\s+is\s+a\s+(formal\s+|official\s+)complaint\b"
    r"|\bi(\s+am\s+|'m\s+|m\s+|\s+)(writing\s+to\s+)?complain(ing)?\s+(about|that)\b"
    r"|\b(writing|ringing|calling|phoning)\s+to\s+complain\b"
    # ("I make complaint about repair man", as a second language says it)
    r"|\b(make|making|raise|raising|lodge|lodging)\s+(a\s+)?(formal\s+|official\s+)?complaint\b",
    _FLAGS,
)
_NOT_A_COMPLAINT = re.compile(
    # (Not "I never normally complain, but...", "I have never complained before": the complaint
    # follows.)
    r"(\b(not|no|dont|never)|\wn't)\s+(?!(normally|usually|ever|often)\s)(\w+\s+){0,5}(a\s+)?"
    r"complain(?!\w*\s+(before|in\s+\d+|in\s+(all\s+)?(my|the|these|those|\w+)\s+years))"
    # (Nor "I'm not complaining about the repair, but he was rude": a complaint about the rest.)
    r"(?!\w*\s+about\s+the\s+(repair|work|job|fix)(\s+itself)?\s*[,;-]?\s*(but|it'?s|its)\b)",
    _FLAGS,
)


# What a complaint about the service talks about: how it went, who came (or didn't), how long.
# A message with none of it ("the lights upstairs don't work, I changed the bulbs") is a repair,
# however the classifier reads it.
_COMPLAINT_WORDS = re.compile(
    r"\b(complain\w*|unhappy|not\s+happy|dissatisf\w*|disgust\w*|disgrace\w*|appall\w*|terrible"
    r"|awful|shocking|useless|rubbish|poor|compensat\w*|ombudsman|councillor|mp|manager"
    r"|escalat\w*|let\s+down|wait\w*|(for|over|since)\s+(\w+\s+)?(weeks|months)|(weeks|months)\s+(now|on\b|later)"
    r"|again|still|nobody|no\s*one|never|rude|late"
    r"|missed|cancel\w*|no-show|didn'?t\s+(turn|show|come)|left\s+(a\s+)?mess|damaged|ruined"
    r"|botched|bodged|cowboy\w*|unacceptable|ridiculous|fed\s+up|sick\s+of|disappoint\w*"
    r"|not\s+good\s+enough|standard|service|staff|contractor\w*|workm[ae]n|engineer|operative"
    r"|plumber|electrician|repairs?\s+team|call\s+centre|phone\s+line|on\s+hold|promised"
    r"|chas\w*|shoddy|stage\s+(two|2)|patronis\w*|condescend\w*|didn'?t\s+listen"
    r"|(?<!as\sa\s)surveyor"
    r"|tiler|builder|officer|failed|didn'?t\s+clean|closed\s+(my|the)\s+(job|repair|case)"
    r"|nothing\s+(was\s+|got\s+)?(fixed|done)|last\s+time)\b",
    _FLAGS,
)


def sounds_like_a_complaint(text: str) -> bool:
    """Whether a message says anything a complaint about the service would."""
    return bool(text and (_COMPLAINT_WORDS.search(text) or asks_to_complain(text)))


# The message says which part of it is the report: "The repair I need: since the water company
# did work...", "What I really want to report is that the man in that flat...".
_WHAT_I_REPORT = re.compile(
    r"\bthe\s+(repair|fault|problem|job)\s+(i\s+need|i\s+want\s+to\s+report|i'?m\s+reporting)\b"
    r"|\bthe\s+(repair|fault|job)\s+is\s*:"
    r"|\bwhat\s+i\s+(really\s+|actually\s+|mainly\s+)?(want|need|would\s+like|'d\s+like)\s+to\s+"
    r"(report|tell\s+you\s+about)\s+is\b",
    _FLAGS,
)


def says_not_a_complaint(text: str) -> bool:
    """ "I'm not complaining, I just need it fixed": a repair, however fed up the words sound;
    and a message that says which of its parts is the report ("The repair I need: ...")
    without asking, in so many words, to complain."""
    return bool(
        text
        and (_NOT_A_COMPLAINT.search(text) or _WHAT_I_REPORT.search(text))
        and not (_COMPLAINT_STATED.search(text) and not _NOT_A_COMPLAINT.search(text))
    )


# "I might want to complain later", "I may complain if...": not yet.
_COMPLAINT_LATER = re.compile(
    r"\b(might|may|could|perhaps|maybe)\s+(\w+\s+){0,2}complain\w*\b[^.]{0,30}\b(later|if|unless"
    r"|eventually)\b"
    # "If this isn't resolved I'll be asking for it to be treated as a complaint"
    r"|\b(if|unless)\s+(this|it|that)\s+(isn'?t|is\s+not|doesn'?t|does\s+not|is)\s+[^.]{0,30}\b(i'?ll|i\s+will)"
    r"\s+[^.]{0,40}\bcomplain\w*",
    _FLAGS,
)


def asks_to_complain(text: str) -> bool:
    """The tenant says, in so many words, that they want to complain ("I want to complain,
    nobody came"): a complaint, whatever repair it is about ("no, not a complaint" is not, nor
    "I might want to complain later")."""
    return bool(
        text
        and _COMPLAINT_STATED.search(text)
        and not _NOT_A_COMPLAINT.search(text)
        and not _COMPLAINT_LATER.search(text)
    )


# --- Identifiers ---------------------------------------------------------------------------

_REFERENCE = re.compile(r"\bHR\s*[-\s]?\s*(\d{6})\b", _FLAGS)
_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b", _FLAGS)
# A door as the tenant typed it: "12", "6A", "6 a", "flat 6", "Flat 2, 14", "2/14", "14 flat 2",
# "apt 3". Kept whole: the records API decides which home it means (backend/domain/doors.py).
_DOOR_LABEL = r"\b(?:flat|apartment|apt|unit|maisonette)"
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b"
)
_ONE_DOOR = (
    rf"(?:{_DOOR_LABEL}\b\.?\s*(?:(?:no|number)\b\.?\s*)?|{_DOOR_LABEL}(?=\d)|(?<!\w))"
    r"\d{1,4}(?:\s?[A-Z](?![\w']))?(?!\w)"
    rf"|{_DOOR_LABEL}\s+{_NUMBER_WORD}"  # "flat six", as a speech recogniser may write it
)
_DOOR_NUMBER = re.compile(
    rf"(?:{_ONE_DOOR})(?:\s*[,/]\s*|\s+)(?:{_ONE_DOOR})|(?:{_ONE_DOOR})", _FLAGS
)
# A UK number as people write it: 07700 900123, (07700) 900-123, +44 7700 900123, +44 (0)7700
# 900123, +44-7700-900123, 0044 7700 900123. The channel seals whatever this finds.
PHONE_PATTERN = re.compile(
    r"(?:(?:\+|\b00)\s?44\s?-?\s?(?:\(0\)\s?)?|\(?\b0)\s?\d(?:(?:[\s-]|\)\s?)?\d){8,9}\b"
)
# A number sealed by the channel (bot/phone_tokens.py): `tel` + hex of nonce, ciphertext and tag.
PHONE_TOKEN_PATTERN = re.compile(r"\btel([0-9a-f]{76,})\b")


def find_reference(text: str) -> str | None:
    """A repair reference such as HR-483920 ("hr 483920" and "HR483920" too)."""
    match = _REFERENCE.search(text or "")
    return f"HR-{match.group(1)}" if match else None


def find_postcode(text: str) -> str | None:
    """A UK postcode, upper case with one space: "rm37ab" -> "RM3 7AB"."""
    match = _POSTCODE.search(text or "")
    return f"{match.group(1).upper()} {match.group(2).upper()}" if match else None


def find_door_number(text: str) -> str | None:
    """The door in the text as typed, spacing tidied ("it's flat 6" -> "flat 6", "Flat 2, 14
    Gooshays Drive" -> "Flat 2, 14"), postcode digits excluded; None without a number."""
    without_postcode = _POSTCODE.sub(" ", text or "")
    match = _DOOR_NUMBER.search(without_postcode)
    return " ".join(match.group(0).split()) if match else None


def phone_digits(number: str) -> str:
    """ "07700 900-123" -> "07700900123"; "+44 (0)7700 900123", "0044 7700 900123" ->
    "+447700900123"."""
    digits = re.sub(r"[^\d+]", "", number)
    if digits.startswith("0044"):
        digits = "+" + digits[2:]
    return "+44" + digits[4:] if digits.startswith("+440") else digits


def find_phone(text: str) -> str | None:
    """The tenant's phone number: the channel's token for it, or a UK number in national or +44
    form as digits (with a leading +44 kept)."""
    token = PHONE_TOKEN_PATTERN.search(text or "")
    if token:
        return token.group(0)
    match = PHONE_PATTERN.search(text or "")
    return phone_digits(match.group(0)) if match else None


# --- What a reading of each repair must find in the words ---------------------------------------

# The classifier is sometimes confidently wrong on words unlike its examples ("banging from the
# flat above every night" read as a handrail). A reading of one of these repairs whose message
# names nothing of it is the classifier's alone; the next reading the words do support is taken
# instead. Broad on purpose (misspellings, what a tenant sees): a veto, not a classifier. The
# repairs with no entry (other repairs, small jobs, the tenant's own, complaints, neighbours)
# can be about anything.
_MENTIONS: dict[str, str] = {
    "heating_hot_water": r"heat\w*|boiler|bowler|radiat\w*|rads?|hot|warm|cold|freez\w*|thermostat"
    r"|combi|pilot|pressure|immersion|shower|water|baxi|worcester|vaillant|ideal|potterton"
    r"|glow\s*worm|valve|storage|fire|gas|pipe|tank|cylinder|timer|programmer|error|fault\s+code"
    r"|f\d+|e\d+|code|display|flame",
    "handrail": r"banister\w*|bannister\w*|rail\w*|stair\w*|steps?|grab|spindle\w*|newel|balust\w*",
    # (A light or a socket buzzing is no buzzer.)
    "door_entry_phone": r"intercom|entry|buzzer\w*|buzz\s+(me|us|them|people|visitors)\s+in"
    r"|fob|phone|release|panel|door|bell|access|gate"
    r"|entrance|main\s+door|keypad|camera",
    "extractor_fan": r"fan|extract\w*|vent\w*|steam|humid|cord|pull",
    "worktops": r"worktops?|work\s+tops?|counter\w*|sink\s*top|surface|kitchen\s+top|top|unit"
    r"|laminate|edge|chip\w*|swell\w*|board",
    "tap": r"taps?|faucet|mixer|drip\w*|spout|handle|washer|valve|water|leak\w*|turn\w*|running",
    "toilet": r"toilet|loo|wc|w\.c|flush\w*|cistern|lav\w*|pan|bog|seat|poo|wee|syphon|siphon",
    "blocked_sink_bath": r"sink|bath|basin|shower|plug|drain\w*|block\w*|water|trap|u\s*bend|waste",
    "drainage": r"drain\w*|manhole|sewage|sewer|gully|soil|smell\w*|gurgl\w*|back\w*|overflow\w*"
    r"|stack|pipe|toilet|flush|sink|bath|block\w*|waste|poo|water",
    "roof_leak": r"roof|gutter\w*|loft|tiles?|slates?|rain\w*|flashing|chimney|ceiling|leak\w*"
    r"|drip\w*|water|wet|damp|storm|fascia|soffit|felt|attic|stain",
    "rotten_floor_stairs": r"floor\w*|boards?|stair\w*|steps?|joists?|treads?|rot\w*|spongy|soft"
    r"|sag\w*|bounc\w*|hole|give\w*|creak\w*",
    "damp_mould": r"damp\w*|mou?ld\w*|condensation|black|wet|musty|spots?|fung\w*|mildew|moist\w*"
    r"|water|stain\w*|smell\w*|peel\w*|bubbl\w*|wall|ceiling|window|breath\w*|asthma|cough\w*",
    "water_supply": r"water|watr|wata|taps?|supply|pressure|trickle|dry|drop|flush|stopcock"
    r"|stop\s*tap|main\w*|shower|bath|sink|toilet|cistern|drink\w*|wash\w*",
    "electricity_supply": r"power|electri\w*|lights?|socket\w*|fuse\w*|trip\w*|meter|lecky|leccy"
    r"|dark|appliance\w*|plug\w*|switch\w*|circuit\w*|rcd|mcb|supply|dead|cooker|fridge|freezer"
    r"|kettle|tv|telly|key|card|credit|top\s*up|bulb\w*|lamp",
    "unsafe_electrical_fitting": r"socket\w*|sockit|switch\w*|lights?|fitting\w*|plug\w*|cords?"
    r"|wir\w*|cable\w*|fuse\w*|cooker|electri\w*|bulb\w*|lamp\w*|spot\w*|down\w*|shaver|alarm"
    r"|fan|pull|flex|box|cover|face\s*plate|extractor|heater|shower|immersion|meter|consumer",
    "gas_supply": r"gas|gaz|cooker|hob|oven|meter|boiler|fire|heat\w*|ignit\w*|pilot|light\w*"
    r"|cadent|sgn|national\s+grid|capped|card|credit|top\s*up|cook\w*|hot",
    "blocked_flue": r"flue|flew|flu|chimney|fire\w*|vent\w*|pipe|boiler|soot\w*|nest\w*|terminal"
    r"|smoke|fumes?|draught|scaffold\w*|bird\w*|outside|wall",
    "insecure_entry": r"doors?|windows?|locks?|key\w*|latch\w*|entry|break[\s-]?in|broken\s+into"
    r"|forced|kick\w*|secure|glass|frame|handle|bolt\w*|hinge\w*|shut|close|open|smash\w*|burgl\w*"
    r"|intruder|patio|balcony|letter\s*box|barrel|cylinder",
    "doors_windows_frames": r"doors?|windows?|frame\w*|hinge\w*|glass|pane\w*|handle\w*|latch\w*"
    r"|seal\w*|sill|draught\w*|lock\w*|catch\w*|glaz\w*|condensation|stick\w*|shut|close|open"
    r"|cupboard|wardrobe",
    "leaking_pipe_tank": r"pipe\w*|tank|cistern|cylinder|leak\w*|leek\w*|drip\w*|water|valve"
    r"|overflow\w*|radiat\w*|boiler|joint|wet|puddle|damp|stopcock|washing|plumb\w*|sink|bath"
    r"|toilet|tap",
}
_MENTION_PATTERNS = {
    category: re.compile(rf"\b({pattern})\b", _FLAGS) for category, pattern in _MENTIONS.items()
}


def names_something_of(category: str, text: str) -> bool:
    """The message names something a report of `category` would (for the repairs that have such
    words), outside any sentence about a fence or gate."""
    pattern = _MENTION_PATTERNS.get(category)
    rest = " ".join(s for s in SENTENCE_BREAK.split(text or "") if not _FENCE.search(s))
    return bool(pattern is not None and pattern.search(rest))


def names_nothing_of(category: str, text: str) -> bool:
    """The message names nothing a report of `category` would (for the repairs that must)."""
    pattern = _MENTION_PATTERNS.get(category)
    return bool(text and pattern is not None and not pattern.search(text))
