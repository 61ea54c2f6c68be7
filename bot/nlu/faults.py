"""Every problem in a message (pure Python: no Rasa imports).

"The kitchen tap is leaking and also the front door won't lock" is two reports. The classifier
names one category for the whole message; `faults_in` splits the message into its clauses and
names the category each clause is about, so that the report form can triage every one, let the
most urgent decide what happens first, and offer to report the others, instead of dropping them.

The words here only have to tell faults apart within one message; the classifier (with the
safety nets) still decides what a message with one fault is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.nlu.hazards import CEILING, TRIPPING, denied_dangers, emergency_category
from bot.nlu.keywords import (
    CISTERN_LEAKING,
    FLUE_BLOCKED,
    GAS_CUT_OFF,
    LIGHT_HANGING,
    NEW_RAIL_ONLY,
    NO_WATER_LEAKING,
    SENTENCE_BREAK,
    SOIL_STACK,
    already_repaired,
    asks_to_complain,
    leaves_home_insecure,
    mould_denied,
    names_an_appliance,
    no_leak_at_all,
    nothing_outstanding,
    own_appliance,
    said_secure,
    tenant_caused,
    without_communal_places,
)

_FLAGS = re.IGNORECASE

# A clause ends at a sentence break or where a new thing is brought in ("and also", "plus").
_CLAUSE_BREAK = re.compile(
    r"[.;!?\n]+|\s[+&]\s|,\s*(?:and\s+)?(?:also\s+)?(?=(?:the|my|our|there|theres|there's|a|an)\b)"
    r"|\b(?:and\s+also|also|as\s+well\s+as|plus|on\s+top\s+of\s+that|another\s+thing|and\s+then"
    r"|but(?:\s+now)?"
    r"|oh\s+and|and\s+now|(?:and|n)\s+(?:(?:er|erm|um|uh|like)\s+)?(?=(?:the|my|our|there|theres|there's)\b))\b",
    _FLAGS,
)
# A socket, plug or switch that warms up (not a radiator: that is what it is for).
_FITTING_WARM = (
    r"\b(sockets?|plugs?|switch(es)?)\s+(\w+\s+){0,4}?(getting|gets|is|feels|goes|went|gone)\s+(very\s+"
    r"|really\s+|quite\s+|too\s+)?(warm|hot)\b"
)
# A clause about a fault says something is wrong, not only names a thing.
_SOMETHING_WRONG = re.compile(
    _FITTING_WARM
    + r"|\b(broke\w*|bust|won'?t|wont|will\s+not|no\s+longer|can'?t|cant|cannot|doesn'?t|doesnt|"
    r"not\s+working|packed\s+(?:up|in)|conked\s+out|gave\s+up|given\s+up|wet\s+(?:inside|in|on)\s+(?:the\s+)?walls?|"
    r"humidity(?![\s-]+(?:one|sens\w*|fan|control\w*|setting|detect\w*))|black\s+colou?r|dribbl\w*|"
    r"isn'?t\s+working|stopped|leak\w*|drip\w*|bloc?ke?d|block\w*\s+up|cracked|loose|damaged|"
    r"hanging|fallen|falling|came\s+off|come\s+off|snapped|stuck|sticks|sticking|covered|smell\w*|mou?ld|damp|rotten|"
    r"no\s+(hot|heat\w*|water|power|gas|electric\w*|lights?|working\s+\w+)|off|out|faulty|fault|dead|gone|"
    r"overflow\w*|flood\w*|sparks?|missing|lukewarm|luke\s+warm|tepid|falling\s+apart|tripping|trips|noisy|cold|rott\w*|"
    # "sewage coming up round the manhole", "the drain's backing up"
    r"sewage|(?:com(?:e|es|ing)|bubbl\w*)\s+up\b|back(?:ing|ed|s)\s+(?:right\s+)?up|lift(?:ed|ing)|smash\w*|vandali[sz]\w*|"
    r"swollen|warped|dropp(?:ed|ing)|cracks?|chipped|growing|"
    r"draught\w*|drafty|spongy|wobbl\w*|sagg\w*|collaps\w*|split|stiff|worn|losing\s+water|"
    r"not\s+(drain\w*|going\s+down|flushing|emptying)|don'?t\s+(take|go|drain|work|flush)|weak|trickl\w*|low\s+pressure"
    r"|(black|green)\s+(and\s+green\s+|and\s+black\s+)?(spots|points|dots|specks|patches)|musty|peel\w*"
    # "rads not coming on", "the tap is not closing, water run all the time", "the bath takes
    # over an hour to empty"
    r"|(not|\w*n'?t|never)\s+(com\w*\s+on|com(e|es|ing)\b(?!\s+(from|in|into|through|out\s+of|back|up))"
    r"|clos\w*|turn\w*\s+off|empty\w*"
    r"|go(es|ing)?\s+down(?!\s+(the\s+|my\s+|our\s+)?(stairs|steps|road|street|hill)))"
    r"|(runs?|running|run)\s+(\w+\s+)?(all\s+the\s+time|constantly|non[\s-]?stop|all\s+day|all\s+night)"
    r"|takes?\s+(\w+\s+){1,4}to\s+(empty|drain|go\s+down)"
    # "the radiator in the baby's bedroom isn't getting warm"
    r"|(isn'?t|is\s+not|aren'?t|are\s+not|not|won'?t|doesn'?t|don'?t)\s+(getting\s+|get\s+|gets\s+)?"
    r"(warm|hot|heating\s+up|warming\s+up))\b",
    _FLAGS,
)
# A thing named only to say where the fault is ("the fan in the toilet", "the floor round the
# toilet", "a damp patch nowhere near a socket") is not the thing at fault.
_THINGS = (
    r"toilet|loo|wc|sink|basin|bath|shower|boiler|radiators?|cooker|hob|taps?|windows?|doors?"
    r"|stairs?|floor"
)
# Water by electrics is the electrics' business: a switch under a leak stays in the clause.
_ELECTRICS = r"sockets?|switch(?:es)?|lights?|electrics?"
# (Or whose it is: "the grab rail by mums toilet", "next to my nan's bed".)
_DETERMINER = r"\s+(?:the|my|our|a|any|his|her|their|mums|dads|nans|\w+'s)\s+(?:[\w']+\s+)?"
_WHERE = re.compile(
    r"\b(?:in|inside|in\s+front\s+of|round|around|near|next\s+to|by|beside|behind|under|underneath|above|over"
    rf"|below|beneath|on|onto|along|across|against|through){_DETERMINER}(?:{_THINGS})\b",
    _FLAGS,
)
_NOT_NEAR = re.compile(
    rf"\b(?:(?:nowhere|not|nothing)\s+(?:\w+\s+)?near|away\s+from){_DETERMINER}"
    rf"(?:{_THINGS}|{_ELECTRICS})\b",
    _FLAGS,
)
# Words that name a thing without saying it is at fault: "tap" as a verb ("it sounds hollow when
# you tap it"), hot water as the tenant's remedy ("I tried pouring hot water down it"), the
# storey a flat is on ("top floor flat"), water denied where it would be a hazard ("no water
# near it", "no water coming through, just a stain"), and the lights of the stairs or the street,
# which are not the home's supply.
_NOT_THE_THING = re.compile(
    r"\b(?:you|i|we|to|if|when)\s+tap\b|(?<!hot\s)(?<!cold\s)(?<!the\s)(?<!bath\s)(?<!basin\s)(?<!sink\s)(?<!mixer\s)(?<!kitchen\s)"
    r"\btap(?:ped|ping)?\s+(?:it|them|on)\b"
    r"|\b(?:stair\s*well|stair\s*case|communal|corridor|street|security)\s+lights?\b"
    r"|\blights?\s+(?:\w+\s+){0,2}(?:on|in|along)\s+(?:the\s+)?(?:stair\s*well|stair\s*case|stairs"
    r"|communal\s+\w+|corridor|lobby|walkway|car\s+park)\b"
    r"|\b(?:tr(?:y|ied|ying)|pour(?:ed|ing)?|put|us(?:e|ed|ing))\s+(?:with\s+)?(?:some\s+|the\s+)?"
    r"(?:boiling\s+)?hot\s+water\b"
    # "tried plunger n hot water", "used the plunger and boiling water"
    r"|\b(?:plunger|plunge|bicarb\w*|soda|vinegar|unblocker|drain\s+cleaner|caustic\s+soda)"
    r"\s+(?:n|and|&|with|,)\s+(?:some\s+)?(?:boiling\s+)?hot\s+water\b"
    # A fitting named only to say it shows no danger: "no burning smell or anything from the
    # switch, it just doesn't heat".
    r"|\bno\s+(?:burning\s+)?(?:smell|sparks?)\b[^.]{0,30}\b(?:from|at|near|round|around)\s+(?:the\s+)?"
    r"(?:switch|socket|plug)\b"
    # A leak as the cause of old damage: "the wood looks dark and crumbly, as if it's rotted from
    # a leak at some point in the past".
    # (Only the cause is taken out, so "soft, rotten" still says what is wrong; a leak with no
    # word of it being over, "from a leak in the pipe", stays.)
    r"|\b(?:from|by|after)\s+(?:a|an|the|some)\s+(?:water\s+)?leak\b\s*(?:at\s+some\s+point|in\s+the\s+past"
    r"|years\s+ago|ages\s+ago|before|a\s+while\s+ago|last\s+\w+)\b"
    r"|\b(?:from|by|after)\s+(?:a|an|the|some)\s+(?:old|previous|past|earlier)\s+(?:water\s+)?leak\b"
    # A leak looked for and not found: "no water coming from the pipes or from the neighbour".
    r"|\bno\s+water\s+(?:is\s+)?coming\s+(?:from|out\s+of)\s+(?:the\s+)?(?:pipes?|neighbou?rs?|flat\s+above"
    r"|upstairs|roof|walls?|cracks?)\b"
    # A remedy tried: "I've used a drain unblocker twice".
    r"|\b(?:used|use|tried|using|poured|bought)\s+(?:a\s+|some\s+|the\s+)?(?:drain\s+)?(?:unblocker"
    r"|cleaner|plunger|rods?)\b(?:\s+(?:n|and|&|with|,)\s+(?:some\s+)?(?:boiling\s+)?hot\s+water\b)?"
    # "the plaster is on the floor. No water come.", "the wall behind is dry, no water is coming."
    r"|\bno\s+water\s+(?:is\s+)?(?:come|comes|came|coming)\b(?!\s+(?:out|from|to|at\s+all|anywhere"
    r"|through\s+(?:the\s+)?taps?"
    r"|(?:in|into|to)\s+(?:all\s+|the\s+whole\s+)?(?:the\s+|my\s+)?(?:house|flat|home|kitchen|bathroom"
    r"|property|taps?)))"
    # "No water has ever actually dripped through", "no leak, no water coming from anywhere"
    r"|\bno\s+water\s+(?:has\s+)?(?:ever\s+)?(?:actually\s+)?(?:dripped|leaked|got|gone|seeped|come)\s+"
    r"(?:through|in|into|down)\b"
    r"|\bno\s+water\s+(?:is\s+)?coming\s+from\s+anywhere\b(?![^.]{0,20}\btaps?\b)"
    # "It isn't leaking anywhere, there's no water downstairs"
    r"|\bno\s+water\s+(?:downstairs|below|underneath)\b"
    # The trip switch as a remedy tried: "I flicked the trip for it in the fuse box off and on in
    # case it had tripped" (not "I reset it but it keeps tripping").
    r"|\b(?:flick\w*|reset\w*|check\w*)\s+(?:the\s+)?(?:trip(?:\s+switch)?|fuse\s*box|breaker)"
    r"(?:\s+for\s+it)?(?:\s+in\s+the\s+fuse\s*box)?(?:\s+(?:off\s+and\s+on|on\s+and\s+off|back\s+on))?"
    r"|\bin\s+case\s+(?:it|they)\s+(?:had\s+|has\s+|'d\s+)?tripped\b"
    # A drain checked: "the drain outside is okay, no smell there and no water coming up".
    r"|\bno\s+water\s+(?:is\s+)?(?:coming|comes|came|backing)\s+(?:back\s+)?up\b"
    # The toilet or bath as what a rail is for: "he cannot stand up from the toilet without help".
    r"|\b(?:stand|standing|get|getting|sit|sitting)\s+(?:up\s+|down\s+)?(?:from|off|on|onto|in|into"
    r"|out\s+of)\s+(?:the\s+)?(?:toilet|loo|bath)\b"
    # A fixture named to say it works: "the bathroom taps are fine and the toilet fills up".
    r"|\b(?:toilet|loo|cistern)\s+(?:still\s+)?(?:fills|flushes|works)(?:\s+up|\s+fine|\s+ok|\s+okay)?\b"
    # The toilet that works, named to say so: "we've got another toilet downstairs though".
    r"|\b(?:another|other|second|spare)\s+(?:working\s+)?(?:toilet|loo|wc)\b"
    # The heating as a time: "since the heating came on in October, hairline cracks".
    r"|\b(?:since|when|after)\s+(?:the\s+)?heating\s+(?:came|went|was\s+(?:put|turned|switched))\s+on\b"
    # The heating as a condition: "the wall feels wet and cold even with the heating on".
    r"|\b(?:even\s+)?(?:with|when|while)\s+(?:the\s+)?heating\s+(?:is\s+|was\s+)?(?:on|up)\b"
    # "Since the damp weather it has swollen": the weather, not damp in the home.
    r"|\b(?:damp|wet|cold)\s+(?:weather|spell|winter|days)\b"
    r"|\bweather\s+(?:got|gets|is|turned|has\s+been|went)\s+(?:damp|wet|cold)\b"
    # Mould feared, not found: "I want it fixed before the damp sets in".
    r"|\b(?:before|in\s+case|so\s+(?:that\s+)?(?:we|i|she|he)\s+(?:don'?t|do\s+not)\s+get)\s+(?:the\s+|any\s+)?"
    r"(?:damp|mou?ld|condensation)\b"
    # A door that scrapes the floor is the door's fault, not the floor's.
    r"|\b(?:scrap\w*|scratch\w*|drag\w*|rub\w*|catch\w*|stick\w*|touch\w*)\s+(?:on\s+|along\s+|against\s+)?"
    r"(?:the\s+)?floor\b"
    r"|\b(?:top|ground|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|\w+teenth|twentieth|upper|lower|bottom|\d+(?:st|nd|rd|th))[\s-]+floor\b"
    # The stairs as the way up: "carrying all the shopping up the stairs", "he can't do the
    # stairs since his amputation".
    r"|\b(?:up|down)\s+(?:the\s+|all\s+the\s+)?stairs\b"
    r"|\b(?:do|manage|climb|use|get\s+up)\s+(?:the\s+)?stairs\b"
    r"|\bno\s+water\s+(?:(?:in|near|on|round|around|by|inside|behind)\s+(?:it|them)\b"
    r"|(?:anywhere\s+)?near\b|(?:is\s+)?coming\s+through\b)"
    # A leak denied ("no water is leaking", "no water is coming into the rooms"), or a flush
    # that fills with none ("no water goes"): not the supply.
    rf"|{NO_WATER_LEAKING}|\bno\s+water\s+(?:goes|go|went)\b"
    # Where a leak would be, or was: "no water under there, it's all dry", "in the rooms there is
    # no water", "there is no water now, the leak was before".
    r"|\bno\s+water\s+(?:under|underneath|beneath|behind|on\s+(?:the\s+)?floor|in\s+the\s+rooms?)\b"
    r"|\b(?:in|on|under)\s+(?:the\s+)?\w+\s+there\s+(?:is|was|'s)\s+no\s+water\b"
    r"|\bno\s+water\s+now\b(?=[^.]{0,40}\bleak)"
    # "From the ceiling in the rooms no water is coming": no leak, not a lost supply.
    rf"|\b(?:from|through|out\s+of)\s+(?:the\s+)?{CEILING}\b[^.]{{0,30}}\bno\s+water\s+(?:is\s+)?coming\b"
    rf"|\bno\s+water\s+(?:is\s+)?coming\s+(?:from|through|out\s+of)\s+(?:the\s+)?{CEILING}"
    # "ceilings downstairs still dry no water coming thru yet", "no water is coming to the room",
    # "no water in the ceiling": a leak kept out of the rooms, not a supply lost (but "no water
    # coming through the taps" is the supply).
    r"|\bno\s+water\s+(?:is\s+)?(?:coming|come|comes|came|getting|gets|got)\s+(?:thru|through)\b"
    r"(?!\s+(?:the\s+|my\s+|any\s+)?(?:\w+\s+)?taps?\b)"
    r"|\bno\s+water\s+(?:is\s+)?(?:(?:coming|come|comes|came|getting|gets|got)\s+)?(?:in|into|to|in\s+to"
    r"|on|thru|through)\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+)?(?:rooms?|bedroom|lounge|living\s+room"
    rf"|downstairs|walls?|{CEILING}s?)\b",
    _FLAGS,
)
_PIPE_LEAKS = (
    r"\bpipes?\b[^.]{0,50}\b(drip\w*|leak\w*|spray\w*|spurt\w*|los(ing|es)\s+water"
    r"|drop\s+by\s+drop)"
    r"|\b(drip\w*|leak\w*)\b[^.]{0,25}\bpipes?\b"
)
# Checked in order: the first that matches names the clause's category.
_CATEGORY_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern, _FLAGS))
    for category, pattern in (
        # A pipe that leaks is the pipe's, wherever it runs from ("the pipe under the boiler").
        ("leaking_pipe_tank", _PIPE_LEAKS),
        # A cracked or leaking cistern is the cistern's, not a toilet that will not flush (but a
        # cistern running into the pan is the toilet's).
        ("leaking_pipe_tank", CISTERN_LEAKING),
        # A covered flue is the flue's, though the boiler has stopped because of it.
        ("blocked_flue", FLUE_BLOCKED),
        # The gas gone off is the supply's, though the boiler and cooker are named with it.
        ("gas_supply", GAS_CUT_OFF),
        # Floor tiles cracked or loose are a small job, not a rotten floor (unless the floor under
        # them is said to be going).
        (
            "other_repair",
            r"\bfloor\s+tiles?\b(?![^.]{0,60}\b(rott\w*|soft|spongy|bounc\w*|give\s+way|gave\s+way"
            r"|giving\s+way|joists?|boards?))",
        ),
        # A loose seat is a small job, not a toilet that does not work.
        ("other_repair", r"\b(toilet|loo)\s+(seat|lid)s?\b|\bseat\s+hinges?\b"),
        # A light's pull cord snapped off is a small job; one whose switch box hangs or shows wires
        # is the fitting.
        (
            "other_repair",
            r"\bpull\s*cords?\b[^.]{0,50}\b(snapped|broken|broke|came\s+off|come\s+off|fell\s+off"
            r"|missing)\b(?![^.]{0,60}\b(box|hanging|wires?|sparks?|burn\w*|exposed))",
        ),
        # "the light in the bathroom, the fitting is hanging off the ceiling": the fitting.
        ("unsafe_electrical_fitting", LIGHT_HANGING),
        # "the cooker switch on the wall is cracked n loose": the switch, not the cooker.
        ("unsafe_electrical_fitting", r"\b(cooker|oven|shower|immersion)\s+switch(es)?\b"),
        # "the socket in kitchen is getting warm when I use the kettle, no smell, no sparks"
        ("unsafe_electrical_fitting", _FITTING_WARM),
        # A named tap dripping is the tap, though the boiler is blamed in the same breath ("the
        # hot tap drips constantly, I think it's why the boiler keeps firing up").
        ("tap", r"\b(hot|cold|bath|basin|sink|kitchen|mixer)\s+taps?\b[^.,]{0,40}\bdrip\w*"),
        (
            "heating_hot_water",
            # (Not "the tap for hot water", "the hot water tap": a tap.)
            r"\b((heating|heatin|heting|heatting|heeting)'?s?|(?<!for\s)(?<!of\s)hot\s+water(?!\s+(tank|cylinder|taps?))|boiler'?s?"
            r"|radiators?|rads"
            r"|storage\s+heaters?)\b"
            # "the tank in the airing cupboard ... it's just not getting hot"
            r"|\b(tank|cylinder|immersion)\b[^.]{0,60}\b(not|isn'?t|n'?t|never)\s+(getting\s+|get\s+)?(hot|warm)\b"
            r"|\b(tank|cylinder|immersion)\b[^.]{0,20}\b(stays?|is|'s|was|are|feels)\s+(stone\s+|ice\s+)?"
            r"cold\b",
        ),
        # No water at the taps is the supply's, not a tap's.
        (
            "water_supply",
            r"\bno\s+water\s+supply\b|\bno\s+water\b[^.,]{0,20}\b(any|all)\s+(the\s+)?taps\b"
            # "no water at all in the flat since 6am, not a drop from any tap or the loo"
            r"|\bno\s+water\s+(at\s+all\s+)?(in|at|to)\s+(the|my|our)\s+(flat|house|home|property|place)\b"
            r"|\bnot\s+a\s+drop\b|\b(every|each)\s+tap\s+(is\s+)?(dry|off|dead|empty)\b"
            # "there's no water coming out of nothing, not the kitchen tap, not the bathroom"
            r"|\bno\s+water\s+(coming\s+)?(out\s+)?(of|from)\s+(nothing|anything|anywhere|any\s+of\s+them)\b"
            r"|\b(low|weak|poor)\s+(water\s+)?pressure\b|\bwater\s+(pressure\s+)?(\w+\s+){0,2}(is\s+)?"
            r"(very\s+|really\s+|so\s+)?(weak|trickl\w*|dribbl\w*|rubbish|terrible|awful|useless)\b"
            r"|\b(just\s+)?(a\s+)?(dribbl\w*|trickl\w*)\s+(from|out\s+of)\s+(the\s+|all\s+the\s+)?taps?\b"
            r"|\bno\s+water\s+(in|at|to|anywhere\s+in)\s+(the\s+|my\s+|our\s+)?(whole|entire)\s+"
            r"(house|flat|home|place|property)\b|\bnot?h\w*\s+(coming\s+)?(out\s+)?(from|of)\s+"
            r"(any|all)\s+(of\s+)?(the\s+|my\s+)?taps?\b",
        ),
        # (A speech recogniser's "kitchen tab".)
        ("tap", r"\btaps?\b|\b(kitchen|bath|basin|sink|hot|cold|mixer)\s+tabs?\b"),
        # The soil stack, however named, before the toilets that drain into it.
        ("drainage", SOIL_STACK),
        # (Not a door that "closes flush" or a panel "flush with the wall", nor the door of the
        # toilet: "the inside door of the toilet room won't close".)
        (
            "toilet",
            r"(?<!door\sof\s)(?<!door\sof\sthe\s)(?<!door\sto\sthe\s)(?<!door\sfor\sthe\s)"
            r"\b(toilets?|loos?|wc)\b(?!\s+(room\s+)?doors?\b|\s+(paper|rolls?|tissue|brush)\b)|(?<!close\s)(?<!closes\s)(?<!sits\s)(?<!sit\s)\bflush\b"
            r"(?!\s+(with|to|against)\b)",
        ),
        (
            "blocked_sink_bath",
            r"\b(sink|bath|basin|shower)\b[^.]{0,30}\b(block\w*|drain\w*|take\s+the\s+water\s+down"
            r"|water\s+(won'?t|doesn'?t|don'?t|not)\s+go(es|ing)?\s+down)"
            r"|\b(sink|bath|basin|shower)\b[^.]{0,60}\b(to|not|n'?t|never)\s+(empty|go(es|ing)?\s+down)\b"
            # A wet room's floor drain is the shower's waste, not the drains outside.
            r"|\b(floor|shower|wet\s*room)\s+drain\b[^.]{0,60}\b(block\w*|drain\w*|slow\w*)",
        ),
        (
            "drainage",
            # (Not the verb: "now it doesn't drain at all".)
            r"(?<!n't\s)(?<!not\s)(?<!nt\s)(?<!to\s)(?<!will\s)(?<!does\s)(?<!did\s)"
            r"\b(drains?|manhole|sewage|sewer|gully|soil\s+stack)\b"
            # "the metal cover in the garden path is lifting and there's brown water"
            r"|\b(metal|drain|inspection|iron)\s+(cover|lid)s?\b",
        ),
        (
            "damp_mould",
            r"\bmushrooms?\s+(are\s+|is\s+)?growing|\bfung(us|i)\b"
            r"|\b(damp|mou?ld|mildew|musty|condensation|(black|green)\s+(and\s+green\s+|and\s+black\s+"
            r"|fuzzy\s+|furry\s+|powdery\s+)?(spots|points|dots|specks|patches))\b"
            # "the wall behind my bed has gone black in patches"
            r"|\b(walls?|ceiling|corners?)\b[^.]{0,40}\b(gone|going|turned|turning)\s+black\b"
            # As a second language says it: "too much humidity, black colour on the walls", "wet
            # inside the walls of all rooms".
            r"|\bhumidity\b(?![\s-]+(one|sens\w*|fan|control\w*|setting|detect\w*))|\bblack\s+colou?r\b"
            r"|\bwet\s+(inside|in|on)\s+(the\s+)?walls?\b",
        ),
        # A tank or cylinder in the loft is plumbing, not the roof.
        ("leaking_pipe_tank", r"\b(water\s+tank|tanks?|cylinder)\b"),
        ("roof_leak", r"\b(roof|gutters?|guttering|loft)\b"),
        ("extractor_fan", r"\b(extractor|fan|ventilator|ventilation)\b"),
        ("door_entry_phone", r"\b(intercom|entry\s*phone|door[\s-]*entry|buzzer)\b"),
        # A new rail asked for is a handyperson job, not a rail to repair ("can u put a grab rail
        # next to the bath, my husband cant get out on his own").
        ("handyperson", NEW_RAIL_ONLY),
        ("handrail", r"\b(banister|bannister|handrail|hand\s+rail|grab\s*rail)s?\b"),
        (
            "rotten_floor_stairs",
            r"\b(floorboards?|stair\s+treads?|floor|stairs?)\b"
            # "theres a rotten board by the window, my foot nearly went thru"
            r"|\b(rotten|rotting|soft|spongy)\s+boards?\b|\bboards?\s+(\w+\s+){0,2}(rotten|rotting|soft"
            r"|spongy|gave\s+way|giving\s+way)\b",
        ),
        ("worktops", r"\b(worktops?|work\s+tops?|counter\s*tops?)\b"),
        ("gas_supply", r"\b(cooker|hob|gas\s+supply|no\s+gas|gas\s+meter)\b"),
        # (Not water denied where it should not be: "No water now", "there's no water anywhere",
        # "no water's come through the ceilings", "no water running down the wall".)
        (
            "water_supply",
            r"\b(no\s+water(?!('s|\s+has|\s+is|\s+was)?\s+(now|anywhere(?!\s+in\s+(the|my|our)\s+(house"
            r"|flat|home|property|taps?|bungalow|maisonette))|on|in\s+the\s+(loft|ceiling"
            r"|walls?|floor)|(com\w*|came)\s+(into|through|thru|down)|leak\w*|running\s+down"
            r"|under\w*|near|around|round|damage|marks?"
            r"|stains?|dripping|getting\s+in)\b)|water\s+(is\s+)?off|water\s+pressure)\b",
        ),
        (
            "electricity_supply",
            rf"\b(no\s+power|no\s+electric\w*|power|{TRIPPING}|fuse\s*box|lights)\b"
            r"|\b(gone|went|going)\s+(all\s+)?dark\b(?!\s+and\s+(soft|spongy|rott\w*|damp|mouldy|wet))"
            # A socket with no power is the supply to it, not a fitting that is unsafe.
            r"|\b(sockets?|plugs?)\s+(\w+\s+){0,7}?(gone\s+dead|dead|stopped\s+working|not\s+working"
            r"|don'?t\s+work|doesn'?t\s+work)\b",
        ),
        (
            "unsafe_electrical_fitting",
            # (Not the verb: "the fan won't switch off".)
            r"\b(sockets?|sockit|sock\s+it|switch(es)?(?!\s+(it\s+|them\s+|itself\s+)?(off|on)\b)"
            r"|light\s+fittings?|pull\s+cord)\b",
        ),
        ("leaking_pipe_tank", r"\b(pipes?|tank|cistern|cylinder|leak\w*)\b"),
        ("doors_windows_frames", r"\b(doors?|windows?|frames?|hinges?)\b"),
    )
)
# Faults that are one repair whichever of them the classifier named.
_SAME_REPAIR = (
    frozenset({"heating_hot_water", "gas_supply", "leaking_pipe_tank"}),
    # A toilet and a basin are two fixtures (two repairs); either may be the drain's.
    frozenset({"toilet", "leaking_pipe_tank", "drainage"}),
    frozenset({"blocked_sink_bath", "leaking_pipe_tank", "drainage"}),
    frozenset({"insecure_entry", "doors_windows_frames"}),
    frozenset({"electricity_supply", "unsafe_electrical_fitting", "electrical_danger"}),
    frozenset({"roof_leak", "damp_mould", "leaking_pipe_tank", "flooding", "structural_danger"}),
    frozenset({"tap", "leaking_pipe_tank", "flooding", "water_supply"}),
    frozenset({"handrail", "rotten_floor_stairs"}),
    frozenset({"gas_smell", "gas_supply", "carbon_monoxide", "heating_hot_water", "blocked_flue"}),
)


@dataclass(frozen=True)
class Fault:
    category: str
    text: str
    # Named only by where the fault is ("the floor by the toilet is soft"): the classifier, which
    # reads the whole message, says what the fault is, so this is never offered as another one.
    placed: bool = False


# A fault word denied or not yet come ("no leak that we know of", "it's not leaking now",
# "nothing has leaked since", "before we end up with mould") says nothing is wrong. (A cue that is
# itself a negative, "won't flush", "no hot water", "not working", is the fault.)
_DENIED_BEFORE = re.compile(
    r"\b(no|not|never|nothing|nothing'?s|without|isn'?t|aren'?t|wasn'?t|hasn'?t|haven'?t)\s+"
    # ("nothing under the sink is leaking")
    r"((under|in|behind|round|around|near|from|by)\s+(the\s+|my\s+|our\s+)?\w+\s+)?"
    r"((has|have|is|are|was|been|got|any|a|an|the|sign|signs|of|more|really|yet|else)\s+){0,3}"
    # (and the rest of the list: "no mould or damp")
    r"([\w']+,?\s+(or|nor)\s+)?$",
    _FLAGS,
)
_NOT_YET = re.compile(
    r"\b(before\s+(it|we|they|there|this|that|the|any)|in\s+case|end\s+up\s+with|if\s+it\s+(gets|starts"
    r"|goes)|(will|might|could)\s+(get|start|become|end\s+up))\b[^.,]{0,30}$",
    _FLAGS,
)
_NEGATIVE_CUE = re.compile(r"(no|not|won|wont|will|can|cant|cannot|doesn|doesnt|isn|don)\b", _FLAGS)


def _says_something_wrong(clause: str) -> bool:
    for match in _SOMETHING_WRONG.finditer(clause):
        before = clause[: match.start()]
        if not _NEGATIVE_CUE.match(match.group(0)) and (
            _DENIED_BEFORE.search(before) or _NOT_YET.search(before)
        ):
            continue
        return True
    return False


def _clause_reading(
    clause: str, denied: frozenset[str], secure: bool = False
) -> tuple[str | None, bool]:
    """The category one clause is about, if it says something is wrong with something (a danger
    the whole message denies does not count), and whether it was known only from a place."""
    danger = emergency_category(clause)
    if danger and danger not in denied:
        return danger, False
    if not secure and leaves_home_insecure(clause):
        return "insecure_entry", False
    clause = _NOT_THE_THING.sub(" ", _NOT_NEAR.sub(" ", clause))
    if not _says_something_wrong(clause):
        return None, False
    named = next((c for c, pattern in _CATEGORY_WORDS if pattern.search(clause)), None)
    if named == "damp_mould" and mould_denied(clause):
        return None, False  # "There is no mould anywhere and I keep the windows open"
    unplaced = _WHERE.sub(" ", clause)
    if unplaced == clause:
        return named, False
    # The thing at fault, once the places are left out; the place itself only when nothing else
    # is named, and then marked as a place ("the flor by the toilet is rotten").
    thing = next((c for c, pattern in _CATEGORY_WORDS if pattern.search(unplaced)), None)
    return (thing, False) if thing else (named, named is not None)


# A thing the tenant says is not the problem: "Not the toilet! It's the basin", "the toilet
# itself is fine", "nothing wrong with the boiler".
_CLEARED = re.compile(
    r"(?:^|[.!?,]\s*|\b(?:it'?s|its|it\s+is)\s+)not\s+(?:the|my|our)\s+(?P<named>\w+(?:\s+\w+)?)"
    # ("not my sink thats blocked, sink drains fine")
    r"(?:\s+(?:that'?s|thats|that\s+is|which\s+is)\s+\w+)?"
    # ("its not the tap tap is fine pipe under kitchen sink dripping")
    r"\s*(?:[.!?,]|$|\bit'?s\b|\bbut\b|(?=\s+\w+\s+(?:is|'s|are)\s+(?:fine|ok|okay)\b))"
    r"|\bnothing\s+(?:is\s+)?wrong\s+with\s+(?:the|my|our)\s+(?P<fine>\w+(?:\s+\w+)?)"
    # ("um the toilets fine and the sinks fine", texted without the apostrophe)
    r"|\b(?:the|my|our)\s+(?P<ok>\w+?)(?:\s+itself)?(?:'s|s(?=\s+(?:fine|ok|okay)\b)"
    r"|\s+(?:is|'s|are|seems?))\s+(?:absolutely\s+"
    r"|totally\s+|perfectly\s+|all\s+)?(?:fine|ok|okay|alright|all\s+right|working\s+(?:fine|good|well"
    r"|ok|okay|normally|properly))\b"
    # Said outright, a noun and no determiner: "extractor fan is fine its the socket", "it's not
    # mould, it's not condensation, there's a pipe in the wall".
    r"|(?:^|[,;.!?]\s*)(?P<bare>\w+(?:\s+\w+)?)\s+(?:is|are|'s)\s+(?:fine|ok|okay|working(?:\s+fine)?)"
    r"\s*(?:[,;.!?]|$|\bit'?s\b|\bits\b|\bbut\b)"
    r"|\b(?:it'?s|its|it\s+is|that'?s|this\s+is)\s+not\s+(?:a\s+|the\s+)?(?P<notit>mou?ld|damp|condensation)\b"
    # Texted: "bath n sink both blocked, toilet fine".
    r"|(?:^|[,;.]\s*)(?P<texted>\w+)\s+(?:fine|ok|okay|working)\s*(?:[,;.!]|$)"
    # "Toilet is fine and flush OK", "toilet flushes fine"
    r"|(?:^|[,;.!?]\s*)(?P<plain>toilet|loo|wc)\s+(?:is|are)\s+(?:fine|ok|okay|working)\b"
    # "the hot and cold is fine in the kitchen, it's just the bathroom sink"
    r"|\b(?P<hot>hot)\s+and\s+cold(?:\s+water)?(?:\s+taps?)?\s+(?:is|are|'s)\s+(?:both\s+)?"
    r"(?:fine|ok|okay|working)\b"
    r"|\b(?P<flushes>toilet|loo|wc)\s+flush(?:es)?\s+(?:fine|ok|okay|normally|properly)\b"
    # "sink drains fine", "the bath empties ok"
    r"|\b(?P<drains>sink|basin|bath|shower)\s+(?:drains|empties|goes\s+down)\s+(?:fine|ok|okay|normally"
    r"|properly)\b",
    _FLAGS,
)


def _without_cleared(text: str) -> str:
    """The text with what it says is fine taken out, until nothing more is (unpunctuated, one
    saying follows another: "not the toilet loo is fine kitchen sink blocked")."""
    told = text
    for _ in range(3):
        shorter = _CLEARED.sub(" ", told).strip(" ,-")
        if shorter == told:
            break
        told = shorter
    return told


def _cleared_things(text: str) -> dict[str, set[str] | None]:
    """The things the tenant says are fine or not the problem, by their category: None where
    the whole category is ruled out ("not the pipes, they're dry": no leak of the plumbing)."""
    cleared: dict[str, set[str] | None] = {}
    for match in _CLEARED.finditer(text or ""):
        # (Hot and cold said to work is the hot water, the one of the two with its own repair.)
        thing = "hot water" if match.group("hot") else next(g for g in match.groups() if g)
        # (A fixture ruled out by name, "not my sink thats blocked, sink drains fine", is the
        # fixture's fault: "sink blocked". Said fine in passing, "the bath is fine", it rules out
        # nothing of the basin beside it.)
        by_name = match.group("named") or match.group("drains")
        category = next(
            (
                c
                for c, pattern in _CATEGORY_WORDS
                if pattern.search(thing) or (by_name and pattern.search(f"{thing} blocked"))
            ),
            None,
        )
        if not category:
            continue
        if match.group("named") or match.group("notit") or cleared.get(category, set()) is None:
            cleared[category] = None
        else:
            cleared.setdefault(category, set()).add(thing.lower())  # type: ignore[union-attr]
    return cleared


def cleared_categories(text: str) -> frozenset[str]:
    """The categories of the things the tenant says are fine or not the problem."""
    return frozenset(_cleared_things(text))


def _cleared(fault: Fault, cleared: dict[str, set[str] | None]) -> bool:
    """The fault is about a thing said to be fine: "the lights are fine" clears a fault told of
    the lights, not the sockets of the same supply ("sockets keep tripping, no power to them")."""
    if fault.category not in cleared:
        return False
    things = cleared[fault.category]
    if things is None:
        return True
    # (Where the clause runs on into "the lights are fine", the saying so is not the fault.)
    told = _without_cleared(fault.text)
    return any(re.search(rf"\b{re.escape(thing)}\b", told, _FLAGS) for thing in things)


def ruled_out_categories(text: str) -> frozenset[str]:
    """The categories the tenant rules out: the whole category ("not the pipes"), or every
    thing of it the message tells a fault of ("the toilet is fine, it's the basin"). "The
    lights are fine" does not rule out the sockets that have no power."""
    cleared = _cleared_things(text)
    found = faults_in(text)
    return frozenset(
        category
        for category, things in cleared.items()
        if things is None
        or not any(f.category == category and not _cleared(f, cleared) for f in found)
    )


def settled_categories(text: str) -> frozenset[str]:
    """The categories the message names only as put right or as not wrong ("the leak that caused
    it was fixed ages ago, it's not leaking now"; "there's no leak that we know of")."""
    settled: set[str] = set()
    wrong: set[str] = set()
    for clause in _CLAUSE_BREAK.split(text or ""):
        clause = _NOT_THE_THING.sub(" ", _NOT_NEAR.sub(" ", (clause or "").strip(" ,-")))
        named = next((c for c, pattern in _CATEGORY_WORDS if pattern.search(clause)), None)
        if not named or not _SOMETHING_WRONG.search(clause):
            continue
        if already_repaired(clause):
            # Everything the clause names was put right: "a slow leak from the toilet waste,
            # which your plumber fixed in the spring" settles the leak as well as the toilet.
            settled.update(c for c, pattern in _CATEGORY_WORDS if pattern.search(clause))
        elif not _says_something_wrong(clause):
            settled.add(named)
        else:
            # (What is wrong is not a thing named as its place: "when you stand in front of the
            # toilet the floor dips" is the floor.)
            unplaced = _WHERE.sub(" ", clause)
            wrong.add(next((c for c, p in _CATEGORY_WORDS if p.search(unplaced)), named))
    return frozenset(settled - wrong)


def a_basin_not_the_toilet(text: str) -> bool:
    """ "Shower tray don't take the water down. Toilet is fine and flush OK": a basin, bath or
    shower named as blocked and the toilet said to be fine."""
    return "toilet" in cleared_categories(text) and any(
        category == "blocked_sink_bath" for category in (f.category for f in faults_in(text))
    )


def same_repair(first: str, second: str) -> bool:
    return first == second or any({first, second} <= group for group in _SAME_REPAIR)


# "The problem is the bathroom sink,", "the issue is with my bath": the thing, its fault to come.
_THE_PROBLEM_IS = re.compile(
    r"\b(problem|issue|trouble|thing|fault)\s+(is|'s)\s+(with\s+)?(the|my|our)\s+"
    # "It's the hot water. Halfway through a shower it goes stone cold"
    r"|^(it'?s|its|it\s+is)\s+(just\s+|only\s+)?(the|my|our)\s+\w+(\s+\w+)?$",
    _FLAGS,
)


def faults_in(text: str) -> list[Fault]:
    """The faults a message reports, one per category, in the order they are mentioned."""
    faults: list[Fault] = []
    # A danger taken back in the next clause ("a rotten egg stink, but it's not gas") is denied
    # for the whole message, not stated by the clause that names it.
    denied = denied_dangers(text or "")
    # A clause that only names the thing ("The problem is the bathroom sink,") is the subject of
    # the next that says what is wrong ("the water not go down, it is blocked").
    subject = ""
    for clause in _CLAUSE_BREAK.split(text or ""):
        clause = (clause or "").strip(" ,-")
        # A thing said in the clause to be fine is not what the clause is about: "extractor fan
        # is fine its the socket next to the sink thats loose n cracked".
        # (Nor is a shared place of the block: "the lights on the stair well", "on our floor".)
        told = without_communal_places(_without_cleared(clause)).strip(" ,-")
        # (The saying so may be what was taken out: "the lock's working fine it's the buzzer panel
        # outside, it's been smashed".)
        secure = said_secure(clause) or said_secure(_sentence_of(clause, text or ""))
        category, placed = _clause_reading(told, denied, secure) if told else (None, False)
        if not category and subject and told and _says_something_wrong(told):
            category, placed = _clause_reading(f"{subject}, {told}", denied, secure)
            clause = f"{subject}, {clause}"
        if category and all(f.category != category for f in faults):
            faults.append(Fault(category, clause, placed))
        # (Or a thing named and nothing said of it yet, the clause broken at "and my": "the
        # radiators in the front room and my bedroom aren't coming on".)
        named_as_the_problem = _THE_PROBLEM_IS.search(told) or (
            _AND_MORE_PLACES.search(_clause_after(told, text)) is not None
            and any(pattern.search(told) for _, pattern in _CATEGORY_WORDS)
        )
        subject = (
            "" if category or _says_something_wrong(told) or not named_as_the_problem else told
        )
    return faults


# A clause that goes on naming places: "...in the front room | and my bedroom aren't...".
_AND_MORE_PLACES = re.compile(r"^\s*(and|n|&)\s+(my|our|his|her)\s+", _FLAGS)


def _clause_after(told: str, text: str) -> str:
    """The words of `text` straight after the clause `told` (empty if it is not found)."""
    at = text.find(told) if told else -1
    return text[at + len(told) :] if at >= 0 else ""


def _sentence_of(clause: str, text: str) -> str:
    """The sentence of `text` that holds `clause` (the clause itself if none does)."""
    return next((s for s in SENTENCE_BREAK.split(text or "") if clause in s), clause)


# Water escaping: what a leak denied rules out (also `bot.nlu.components.NamedThing`).
WATER_ESCAPING = frozenset({"leaking_pipe_tank", "water_supply"})


# The fault said to go on though the job was closed: "told the job had been 'completed'. It has
# not. The pipe is still dripping into the airing cupboard."
_STILL_WRONG = re.compile(
    r"\bstill\s+(\w+\s+){0,2}(drip\w*|leak\w*|broken|block\w*|not\s+(working|fixed|flushing)"
    r"|no\s+(hot|heat\w*|water|power|gas|working))\b"
    # "More urgently, since about 6pm on Friday we have had no electricity in the whole house"
    r"|\b(we|i|he|she|they)\s*(have|'ve|has|'s)\s+(had|got)\s+no\s+(hot|heat\w*|water|power"
    r"|electric\w*|gas|lights?)\b|\bmore\s+urgently\b",
    _FLAGS,
)


def other_faults(text: str, category: str) -> list[Fault]:
    """The faults a message reports besides `category` (and besides each other)."""
    others: list[Fault] = []
    if nothing_outstanding(text):
        return others  # "The boiler is working now... so this isn't a repair request"
    cleared = _cleared_things(text)
    found = faults_in(text)
    # A message about one fault that says it was put right ("It was finally fixed on Friday. I
    # would like to make a formal complaint") is telling its history, in whichever sentence.
    one_fault_repaired = (
        len(found) == 1
        and any(already_repaired(sentence) for sentence in SENTENCE_BREAK.split(text or ""))
        and not _STILL_WRONG.search(text or "")
    )
    told_apart = {f.category for f in found}
    for fault in found:
        # A tap and a pipe told in clauses of their own are two repairs ("Bath tap's gone stiff.
        # Also the pipe coming out the bottom of the boiler is dripping"), not one leak read two
        # ways.
        two_repairs = (
            {fault.category, category} == {"tap", "leaking_pipe_tank"}
            and category in told_apart
            and (fault.category == "tap" or re.search(_PIPE_LEAKS, fault.text, _FLAGS) is not None)
        )
        if (
            fault.placed
            or (same_repair(fault.category, category) and not two_repairs)
            or _cleared(fault, cleared)
        ):
            continue
        if category == "tenant_responsibility" and tenant_caused(fault.text):
            continue  # "I dropped a pan and cracked the floor tiles": the damage reported
        if (
            category == "tenant_responsibility"
            and own_appliance(text)
            and (
                names_an_appliance(fault.text)
                # "My washing machine is broken, the water not drain": the appliance's water.
                or (
                    names_an_appliance(_sentence_of(fault.text, text))
                    and re.match(r"(the\s+)?(water|it)\b", fault.text, _FLAGS) is not None
                )
            )
        ):
            continue  # "the oven is not heating. It is my own cooker": the appliance reported
        if one_fault_repaired or already_repaired(_sentence_of(fault.text, text)):
            continue  # "my friend fixed the leak, but I want somebody to answer me"
        if fault.category in WATER_ESCAPING and no_leak_at_all(text):
            continue  # "you can see all the pipes ... nothing is leaking": no leak to offer

        if any(same_repair(fault.category, o.category) for o in others):
            continue
        others.append(fault)
    return others


# Unhappy with how a repair has gone: "nobody turned up", "fed up, third time I've reported it",
# "still not fixed after months". The Housing Ombudsman's code counts any expression of
# dissatisfaction as a possible complaint, so one is offered once the repair is recorded (a
# complaint asked for in so many words is one already: `bot.nlu.keywords.asks_to_complain`).
_DISSATISFIED = re.compile(
    r"\b(not|never)\s+(been\s+)?(happy|satisfied|pleased)\b|\bunhappy\b|\bdissatisfied\b"
    r"|\bfed\s+up\b|\bsick\s+(and\s+tired\s+)?of\b|\bdisgust\w*|\bdisgrace\w*|\bappall\w*"
    r"|\bshocking\b|\bridiculous\b|\bunacceptable\b|\blet\s+(me\s+|us\s+)?down\b"
    r"|\b(no\s*one|nobody|no-one)\s+(has\s+|ever\s+)*(came|come|turned\s+up|showed\s+up"
    r"|shown\s+up|bothered|called|rang|got\s+back)\b"
    r"|\b(never|didn'?t|did\s+not|hasn'?t|have\s+not|haven'?t)\s+(turn(ed)?\s+up|show(ed|n)?\s+up"
    r"|c[ao]me)\b(?!\s+(on|back|out|through|in|off|with|from))"
    r"|\b(third|3rd|fourth|4th|fifth|5th|several|many|so\s+many|umpteen)\s+times?\b"
    r"|\b(still|yet)\s+(not|hasn'?t\s+been|isn'?t|not\s+been)\s+(been\s+)?(fixed|sorted|done"
    r"|repaired)\b"
    r"|\bwaiting\s+(for\s+)?(\w+\s+)?(weeks|months|ages|years)\b"
    r"|\bkeep\s+(cancel\w*|missing|fobbing)|\bkept\s+(cancel\w*|missing)"
    r"|\b(poor|terrible|awful|rubbish|useless|bad)\s+(service|job|work|workmanship|repair)\b"
    r"|\bbotched\b|\bcowboys?\b",
    _FLAGS,
)


def dissatisfaction(text: str) -> str | None:
    """The sentence in which the tenant says they are unhappy with how a repair has gone."""
    for sentence in SENTENCE_BREAK.split(text or ""):
        if _DISSATISFIED.search(sentence):
            return sentence.strip()
    return None


def complaint_to_offer(text: str, category: str) -> Fault | None:
    """A complaint to offer once this report is recorded, when the tenant is unhappy with how
    a repair has gone or asked to complain and a repair came first ("I want to make a complaint.
    The patio door won't lock": the door today, the complaint not dropped). None when the report
    is a complaint or about a neighbour already."""
    if category in ("complaint", "asb"):
        return None
    asked = (s.strip() for s in SENTENCE_BREAK.split(text or "") if asks_to_complain(s))
    sentence = dissatisfaction(text) or next(asked, None)
    return Fault("complaint", sentence) if sentence else None
