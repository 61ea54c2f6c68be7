"""Danger in a tenant's words: the safety net, denials, the one safety question, fire and
violence (pure functions, from tables)."""

from __future__ import annotations

import pytest

from bot.nlu.hazards import (
    co_alarm_expiring,
    danger_to_ask,
    denied_dangers,
    emergency_category,
    emergency_in_doubt,
    next_danger_to_ask,
    smoke_alarm_fault,
    smoke_alarm_sounding,
    threat_of_violence,
    told_in_doubt,
    violence_at_home,
)

CO = "carbon_monoxide"
ELECTRIC = "electrical_danger"
FLOOD = "flooding"
STRUCTURAL = "structural_danger"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("can smell gas in the kitchen", "gas_smell"),
        ("smel of gass by the meter", "gas_smell"),
        ("i think theres a gas leek", "gas_smell"),
        ("carbon monoxide alarm beeping", "carbon_monoxide"),
        ("the co detector is going off", "carbon_monoxide"),
        ("sparks coming from the socket", "electrical_danger"),
        ("smoke coming out of the fuse box", "electrical_danger"),
        ("burning smell from the light switch", "electrical_danger"),
        ("the socket behind the telly is crackling", "electrical_danger"),
        ("light switch in the hall keeps arcing", "electrical_danger"),
        ("water dripping into the light fitting", "electrical_danger"),
        ("water pouring through the ceiling from upstairs", "flooding"),
        ("burst pipe in the kitchen", "flooding"),
        ("kitchen is flooded", "flooding"),
        ("the ceiling has collapsed in the bedroom", "structural_danger"),
        ("plaster fell from the ceiling onto the bed", "structural_danger"),
        ("wall is bulging and might collapse", "structural_danger"),
        ("the balcony slab is crumbling", "structural_danger"),
    ],
)
def test_danger_words_raise_to_the_emergency_category(text, category):
    assert emergency_category(text) == category


@pytest.mark.parametrize(
    "text",
    [
        "no gas supply, the cooker will not light",
        "roof is leaking into the loft when it rains",
        "the worktop is burnt and cracked",
        "smoke alarm keeps beeping",
        "the cooker igniter won't spark",
        "i can't smell gas any more",
        "rotten floorboard giving way",
        "the balcony door is stiff",
        "the light in the hall is not working",
        "the socket in the kitchen is loose",
        "the kitchen floor tiles are crumbling at the edge",
        "toilet won't stop running",
        "kitchen tap won't turn off",
        "we need a sparky for the lights",
    ],
)
def test_ordinary_faults_are_not_emergencies(text):
    assert emergency_category(text) is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Symptoms instead of names.
        ("rotten egg smell behind the cooker", "gas_smell"),
        ("theres an eggy smell in the hall", "gas_smell"),
        ("beeping, red light, screen says CO", "carbon_monoxide"),
        ("the alarm on the wall is showing co and beeping", "carbon_monoxide"),
        ("the boiler is giving everyone headaches and the kids feel sick", "carbon_monoxide"),
        ("the gas fire flame has gone orange and theres soot on the wall", "carbon_monoxide"),
        ("water run into the light switch and now it crackles", "electrical_danger"),
        ("water leaking into the bathroom extractor fan", "electrical_danger"),
        ("the kitchen light fitting is full of water", "electrical_danger"),
        ("the plug socket is hot to touch and buzzing", "electrical_danger"),
        ("leak from the bathroom into the kitchen light", "electrical_danger"),
        ("the kitchen is full of smoke", "electrical_danger"),
        ("also bit of a gassy smell by the cooker since this morn not sure", "gas_smell"),
        ("I not smell any gas, but the yellow alarm for CO is ringing again", "carbon_monoxide"),
        ("the ceiling in the hall make crack sound and there is new crack", "structural_danger"),
        ("the ceiling in the hall has a new crack, it is bending down", "structural_danger"),
        ("Water is coming through his living room ceiling from the flat above", "flooding"),
        ("the wall had a crack she could fit her fingers into", "structural_danger"),
        ("a crack by the back door and the door frame has pulled away", "structural_danger"),
        ("she is frightened that the back of the house is moving", "structural_danger"),
        ("wires are coming out from the wall where the light switch was", "electrical_danger"),
        ("it is not sparking but the wires are open and my child can touch", "electrical_danger"),
        # Told by what the tenant can do and hear, or fears will happen next.
        (
            "the crack in the wall is so wide that I can push a 10p coin into it",
            "structural_danger",
        ),
        (
            "since Saturday I have heard crunching and creaking noises from that wall",
            "structural_danger",
        ),
        (
            "pieces of concrete and render on my balcony have come from the outside",
            "structural_danger",
        ),
        (
            "the bedroom ceiling has started to dip in the middle over the last week",
            "structural_danger",
        ),
        ("celing cracked right across n saggin down in the middle", "structural_danger"),
        (
            "The ceiling in my kitchen have a big bubble. It is dry. I think it will fall down",
            "structural_danger",
        ),
        (
            "the garden wall that holds the bank up has fallen over onto next doors side",
            "structural_danger",
        ),
        ("the pipe under the sink is broken, the water come very strong", "flooding"),
        ("the water is going everywhere in the kitchen", "flooding"),
        ("water is coming from under bath, where is main tap I cannot find", "flooding"),
        ("I close the small tap but it still come, I don't know where is the main one", "flooding"),
        ("The gas fire in the living room make black colour on the wall above", "carbon_monoxide"),
        ("boiler got black marks round the top", "carbon_monoxide"),
        (
            "it's the other one the er white one that says c o on it it's been going off",
            "carbon_monoxide",
        ),
        ("I close the small tap but the water is still coming fast on the floor", "flooding"),
        ("the bedroom ceiling has a big bulge in it, like a balloon", "structural_danger"),
        (
            "the wire from the ceiling lamp is hanging with no cover, the copper you can see",
            "electrical_danger",
        ),
        ("The fire in the boiler is orange colour now, not blue", "carbon_monoxide"),
        (
            "the flame of the boiler is orange not blue and there is black marks above it",
            "carbon_monoxide",
        ),
        (
            "the kitchen smells funny like eggs, he left the cooker knob on but it wasn't lit",
            "gas_smell",
        ),
        ("a funny smell like when you leave the hob on without lightin it", "gas_smell"),
        # Soot down an open fire's blocked flue is the flue, asked about.
        ("the flew for my open fire is blocked up there's soot and bits falling back down", None),
        ("me n the kids get bad heads n feel sick only when heating is on", "carbon_monoxide"),
        (
            "a bit of a whiff in the kitchen, a bit like when you leave the ring turned on and "
            "don't light it",
            "gas_smell",
        ),
        (
            "a smell in my kitchen sort of like er when you turn the cooker on and it don't catch",
            "gas_smell",
        ),
        (
            "a funny smell in the kitchen, a bit like when you turn the hob on and it takes a "
            "second to light",
            "gas_smell",
        ),
        # ... but water that goes everywhere only while the shower runs is the screen.
        ("water goes everywhere when I shower because the screen is loose", None),
        ("the handrail of the stairs inside the house is moving, one screw is missing", None),
        (
            "The glass in my front door is cracked, somebody can put the hand inside and open it",
            None,
        ),
        # Speech-recogniser homophones and misspellings.
        ("um a big piece of the sealing has fallen down in the bedroom", "structural_danger"),
        ("water coming through the cieling in the bathroom", "flooding"),
        ("watter comin thru the celing everywhere", "flooding"),
        ("watr in the light fitting", "electrical_danger"),
        ("the ceiling is sagging after the leak", "structural_danger"),
        ("crack in the wall getting bigger every day", "structural_danger"),
        ("the alarm by the boiler has a red light and it says see oh on it", "carbon_monoxide"),
        ("cover came off the switch and you can see the bare copper wires", "electrical_danger"),
        ("exposed wiring where the light used to be", "electrical_danger"),
        (
            "a cable in the garden with its coating split and the copper showing",
            "electrical_danger",
        ),
        ("the flex on the lamp has its insulation split", "electrical_danger"),
        # A denial ends where the sentence turns.
        ("no there is a smell of gas", "gas_smell"),
        ("no, i can smell gas", "gas_smell"),
        ("no heating and sparks from the socket", "electrical_danger"),
        ("the socket won't stop sparking", "electrical_danger"),
        ("no sparks but the socket is scorched", "electrical_danger"),
        # Urdu and Hindi written in English letters.
        ("meter wale box mein se chingaariyan aa rahi hain", "electrical_danger"),
        ("kitchen mein gas ki boo aa rahi hai", "gas_smell"),
        ("chhat se paani gir raha hai", "flooding"),
        (
            "bits of plaster on the bed and more keeps dropping from a big crack",
            "structural_danger",
        ),
        ("water streaming down the windows and mould on the sills", None),
        ("the entrance door to the block is broken", None),
        ("the copper pipe is showing under the sink", None),
        # A wall crack that is moving, told by what moves with it.
        ("a crack thats opened up overnight in the lounge wall", "structural_danger"),
        (
            "the wall has a crack like stairs, and the door is not closing because the frame is "
            "moving",
            "structural_danger",
        ),
        (
            "the crack in the stair well wall its got way bigger since last week",
            "structural_danger",
        ),
        ("theres bricks bulging out of the wall by the stairs", "structural_danger"),
        ("the police forced the door and the frame is twisted", None),
        # Water dripping onto a socket, told past a denial of sparks; a fitting buzzing hot.
        (
            "the socket's not sparking but there's water dripping onto it from the waste pipe",
            "electrical_danger",
        ),
        ("the switch is buzzing and it smells hot", "electrical_danger"),
        (
            "The ceiling of the bathroom is fall down, one part, the plaster is on the floor",
            "structural_danger",
        ),
        # A crack said to be still is no sign of movement; what fell off a roof is not the roof.
        (
            "a long diagonal crack in the render. It is not getting any bigger, I measured it",
            None,
        ),
        ("diagonal cracks above the doors, it is not getting any smaller", "structural_danger"),
        ("some tiles from the roof fell in our garden, a wet patch on the ceiling", None),
        ("part of the roof has fallen in", "structural_danger"),
        ("The light in the ceiling of the hall, the glass cover fall down and broke", None),
        # "Faint" the colour is no faint; a list of symptoms after "no" is all denied.
        (
            "the cooker switch gets very warm when the oven is on, the plastic has a faint brown "
            "tinge. No smoke, no sparks",
            None,
        ),
        ("every time the gas fire is on I feel faint and dizzy", "carbon_monoxide"),
        ("the light has come loose, there has been no flickering, sparking or smell", None),
        ("no heating, and sparking from the socket", "electrical_danger"),
        # A wall moving told over sentences; a roof dropped on a split beam; "nae" is no.
        (
            "the brick wall between our garden and the pavement. It's leaning much more, it rocks "
            "if you lean on it and I'm worried it's going to go over",
            "structural_danger",
        ),
        ("the fence might go over in the wind", None),
        (
            "one of the timber beams holding the porch roof has split right through, the roof "
            "has dropped",
            "structural_danger",
        ),
        ("the socket's front is cracked and loose, nae sparks nae burnin smell", None),
        # Smoke taken back as steam; a CO alarm at the end of its life with nobody unwell.
        ("smoke coming out the bathroom vent!! oh wait no its steam just from my shower", None),
        ("smoke coming out of the socket, its not steam", "electrical_danger"),
        (
            "co alarm chirping once a min. screen says END. no headaches nobody feels ill",
            None,
        ),
        ("crack in the plaster by the door, and the door frame is rotten", None),
        ("the wall cupboard is coming away from the wall um it's tilting forward a bit", None),
        # What a carbon monoxide alarm shows, however it is said; a flame gone yellow; fumes
        # blown back in.
        ("The small white alarm near the boiler is screaming and the screen write CO.", CO),
        ("Boiler is making black smoke, the little alarm say CO and is beeping.", CO),
        ("alarm in hall showin CO 150 n beepin 4 times kids got headaches", CO),
        ("The alarm in the hall is making beep beep and show number 250. My baby is vomiting", CO),
        ("the little alarm thing keeps going off and it says carbon mon oxide", CO),
        ("the boiler's got black sooty marks round it and the flame's gone all yellow", CO),
        ("The fire in boiler is yellow, not blue.", CO),
        ("the boiler flew is blowing smoke back in through the kitchen window", CO),
        (
            "the kitchen's filled with a fumey smell, not smoke exactly, and the little alarm on "
            "the ceiling has been going off",
            CO,
        ),
        ("the co-op says the alarm is fine", None),
        # Gas by likeness and by sound; "faint" of a smell is no symptom.
        ("In my kitchen smell very strong like gas, I open the window.", "gas_smell"),
        ("there's been a faint smell a bit like gas in the kitchen", "gas_smell"),
        ("the whole flat stank of gas and I could hear a faint hiss from the cooker", "gas_smell"),
        ("a faint smell of gas by the boiler cupboard, only faint", "gas_smell"),
        # Electrics that smoke, flash or melt.
        ("when I turn on the cooker the switch on wall make smoke", ELECTRIC),
        ("when I plugged the hoover in there was a little flash and a pop", ELECTRIC),
        ("the socket behind the TV, the plastic round it has gone brown and melted", ELECTRIC),
        # The building failing, told as it is seen.
        ("the concrete is breaking and pieces fall down to the street", STRUCTURAL),
        ("one concrete step is broken and moving, the wall next to it has big crack", STRUCTURAL),
        ("the wall outside has bricks comin loose above it one landed by the pram", STRUCTURAL),
        ("the balcony railing is wobbling and the concrete is crumbling off in lumps", STRUCTURAL),
        ("big crack, every week more big, now some bricks fall down", STRUCTURAL),
        ("massive crack across lounge ceiling n its dropping in the middle", STRUCTURAL),
        ("the porch roof has come away from the wall, like it's going to drop", STRUCTURAL),
        ("crack in the living room wall, now i can put my finger in it", STRUCTURAL),
        ("the wall have big crack and it open more every day", STRUCTURAL),
        ("I see light from outside through it. I am afraid the wall fall.", STRUCTURAL),
        ("The balcony door is stiff and the bath panel has come loose", None),
        ("handrail on the balcony walkway 3rd flr come loose at one end", None),
        # Water that cannot be stopped, or comes up through the floor.
        ("tank split water pourin onto the landing stopcock wont turn", FLOOD),
        ("pipe in the loft burst water coming thru the landing ceiling stopcock wont budge", FLOOD),
        ("the water's coming up through the floor and it won't stop even when i turned it", FLOOD),
        ("Water's been bubbling up between the quarry tiles in the kitchen", FLOOD),
        (
            "Water is not coming from the ceiling, is coming from the pipe in the wall. I close "
            "the small tap but it not stop, still coming fast on the floor.",
            FLOOD,
        ),
        ("There's water coming through the kitchen and hallway ceiling from the flat above", FLOOD),
        ("On 3 May water came through my bathroom and hallway ceilings from the flat above", None),
    ],
)
def test_danger_is_recognised_by_symptom_and_through_speech_errors(text, category):
    """And words that only look like danger (condensation streaming down glass) do not raise."""
    assert emergency_category(text) == category


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("the socket is cracked and loose, no sparks or burning smell", {"electrical_danger"}),
        ("cooker has no gas supply and no smell of gas anywhere", {"gas_smell"}),
        ("there isn't any smoke or sparks from it", {"electrical_danger"}),
        ("no smell of gas, sparks or smoke", {"gas_smell", "electrical_danger"}),
        ("i can't smell gas any more", {"gas_smell"}),
        ("the cooker igniter won't spark", {"electrical_danger"}),
        ("sheeting over my boiler flue, the alarm's not going, we're fine", {"carbon_monoxide"}),
        ("lights in the hall are dead, nothing sparked and nothing smells", {"electrical_danger"}),
        ("thought i smelt gas but it turned out to be the drains", {"gas_smell"}),
        ("I smelled gas on the stairs, it was just the neighbour's bbq", {"gas_smell"}),
        ("a crack in the lounge ceiling, it isn't sagging or moving", {"structural_danger"}),
        ("eggy smell from the grid outside but it's not gas, it's the sewer", {"gas_smell"}),
        ("the fuse box cover is cracked, its not sparkin or owt", {"electrical_danger"}),
    ],
)
def test_danger_the_tenant_denies_does_not_raise(text, denied):
    assert emergency_category(text) is None
    assert denied_dangers(text) == denied


@pytest.mark.parametrize(
    ("text", "category", "asked"),
    [
        ("boiler not working no hot water", "heating_hot_water", "gas_smell"),
        ("the radiators are cold", "heating_hot_water", None),
        ("kitchen tap won't turn off", "tap", "flooding"),
        ("the bathroom tap drips", "tap", None),
        ("leak under the bath, by the light below", "leaking_pipe_tank", "electrical_danger"),
        ("pipe under the sink is leaking", "leaking_pipe_tank", "flooding"),
        ("cooker won't light, no smell of gas", "gas_supply", None),
        ("the cooker won't light", "gas_supply", "gas_smell"),
        ("socket hanging off the wall", "unsafe_electrical_fitting", "electrical_danger"),
        ("socket cracked, no sparks or burning", "unsafe_electrical_fitting", None),
        ("no power in the kitchen, the trip switch", "electricity_supply", "electrical_danger"),
        ("the bird's nest is blocking the flue", "blocked_flue", "carbon_monoxide"),
        ("crack across the bedroom ceiling", "other_repair", "structural_danger"),
        ("smell of gas in the kitchen", "gas_smell", None),
        ("the shelf fell off the wall", "handyperson", None),
        # Where the classifier could not place a message: what its words touch on is asked.
        ("my garden fence panel has fallen over", "other_repair", "structural_danger"),
        ("shob jaygay pani, pipe fete geche", "handyperson", "flooding"),
        ("the bulb in the hall has gone and I'm 80", "handyperson", None),
        ("the paving slabs are loose", "other_repair", None),
        ("my front door won't lock", "insecure_entry", None),
        # Whatever the category, what the message names is asked about.
        (
            "balcony glass panel is loose, it moved when i touched it, we're on the 6th floor",
            "insecure_entry",
            "structural_danger",
        ),
        ("the worktop by the sink is soaked, the pipe under it is leaking", "worktops", "flooding"),
        ("complaint: nobody came about the boiler, no smell of gas though", "complaint", None),
    ],
)
def test_one_safety_question_about_what_the_message_names(text, category, asked):
    assert danger_to_ask(text, category) == asked


@pytest.mark.parametrize(
    ("text", "sounding"),
    [
        ("my smoke alarm keeps going off", True),
        ("the fire alarm in the hall is beeping", True),
        ("smoke alarm and carbon monoxide alarm both going off", False),
        ("co alarm beeping", False),
    ],
)
def test_a_smoke_alarm_is_fire_not_carbon_monoxide(text, sounding):
    assert smoke_alarm_sounding(text) is sounding
    assert emergency_category(text) != "carbon_monoxide" or not sounding


@pytest.mark.parametrize(
    ("text", "violent"),
    [
        ("my ex kicked the front door in last night and i'm scared he'll come back", True),
        ("someone forced the back door and I'm frightened to stay here", True),
        ("my partner threatened to kill me", True),
        ("my husband has been hitting me and I need to get away", True),
        ("my boyfriend keeps punching me when he's drunk", True),
        ("my husband hits me when he drinks", True),
        ("my partner has been fixing the door for me", False),
        ("the front door lock is broken", False),
        ("the wind blew the back door open and broke the hinge", False),
        ("ex keeps turnin up at my door bangin n shoutin. got a non mol order", True),
        ("my ex fixed the fence. we have a court order about the kids", False),
        ("One step of the stairs is rotten and broken in the middle. My mother is afraid", False),
        ("the floor is soft. It is not broken through, nobody fell, but I am afraid", False),
    ],
)
def test_violence_at_home_is_recognised(text, violent):
    assert violence_at_home(text) is violent


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("my neighbour said he'll stab me if I park there again", True),
        ("the lads told my brother they're gonna do him in", True),
        ("kids throwing stones at the windows and shouting threats", True),
        ("he shouted he's going to get me", True),
        ("ex keeps bangin on the door, says hell smash the place up", True),
        ("what the hell, the boiler is going to smash itself up", False),
        ("the plumber said he'll get the part tomorrow", False),
        ("the engineer said it would burn out if we leave it", False),
        ("they said they'll get me a new one", False),
        # Someone hurt, or a hate crime, is the tenancy team's and the police's too.
        ("the man from the top floor attacked my son in the lift", True),
        ("someone sprayed racist graffiti on our front door", True),
        ("they shout at my kids to go back to their country", True),
        ("the kids hit my window with a football", False),
        ("he bangs on the door saying what he'll do to me if I don't let him in", True),
    ],
)
def test_a_threat_to_hurt_someone_is_recognised(text, threat):
    assert threat_of_violence(text) is threat


@pytest.mark.parametrize(
    "text",
    [
        "The carbon monoxide alarm isn't going off and there's no smell",
        "CO alarm is quiet and nobody feels unwell, but the boiler keeps cutting out",
        "The bathroom ceiling isn't sagging or cracked, it's just covered in black mould",
        "a drip coming through the bedroom ceiling into a bucket when it rains",
        # Texts and transcripts drop the verb: "co alarm quiet", "is green and quiet".
        "boiler keeps cutting out. CO alarm quiet",
        "no heat, carbon monoxide alarm all fine",
        "radiators cold, the co alarm in the hall is green and quiet",
        "boiler making a banging noise, co alarm ok, no gas smell",
        "no heat since last night, the co alarm is fine not beeping",
        "boiler not workin no hot water no gas smell n co alarm not goin off",
        "the carbon monoxide alarm is working fine and hasn't gone off, boiler won't fire",
        "The alarm of carbon monoxide is not ringing, the radiators are cold",
        # Asked and answered; a flood said not to be one; a flood warning on the news.
        "Sparks? no. Burning? no. The socket is just loose",
        "the pipe drips into a towel, it is not big flood",
        "saw the flood warnings on the news, our tap drips all night",
        # Tiles coming off a wall are the tiling, not the wall coming down.
        "the tiles on the bathroom wall are falling off, two on the floor already",
        "the worktop is cracked by the sink and the crack is getting longer",
        "the kitchen tap drips, turned it off tight but no change",
    ],
)
def test_danger_denied_after_or_inside_the_words_does_not_raise(text):
    assert emergency_category(text) is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i can't stop the water coming out of the pipe", "flooding"),
        ("the tap won't stop pouring water everywhere", "flooding"),
        ("the CO alarm is going off and won't stop", "carbon_monoxide"),
        # Calm once, sounding now; a question is not a reassurance.
        ("co alarm was fine this morning but now it's beeping", "carbon_monoxide"),
        ("carbon monoxide alarm ok?? it keeps beeping", "carbon_monoxide"),
        ("the CO alarm in the kitchen is going off", "carbon_monoxide"),
        # Water from the flat above down the inside walls; a crack that is moving.
        ("water pouring down the bedroom walls from the flat above", "flooding"),
        ("from upstairs water is running down my kitchen wall", "flooding"),
        ("the crack in the lounge wall is wider than it was on monday", "structural_danger"),
        ("a crack has opened up in the gable wall over the last few days", "structural_danger"),
        ("the smell is like that stuff they put in gas so you know there's a leak", "gas_smell"),
        ("water coming through my living room ceiling, buckets filling", "flooding"),
        (
            "rats have chewed the cable behind the fridge, you can see the copper",
            "electrical_danger",
        ),
        ("closed the stopcock but the water's still coming out by the skirting", "flooding"),
        ("water under the laminate, more and more every hour", "flooding"),
        ("new diagonal cracks above the doors and the doors suddenly stick", "structural_danger"),
        ("the crack in the stairwell wall has got longer since monday", "structural_danger"),
        ("black and brown colour on the wall over the boiler", "carbon_monoxide"),
        ("we have all had headaches since the heating came on", "carbon_monoxide"),
        ("the bricks above the bay window have slipped down", "structural_danger"),
    ],
)
def test_a_negation_that_is_itself_the_danger_still_raises(text, category):
    assert emergency_category(text) == category


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("smoke alarm going off full blast. No smoke, nothing burning", {"electrical_danger"}),
        ("no gas smell, the hob just won't click", {"gas_smell"}),
        ("the leak isn't spreading, it's in a bucket", {"flooding"}),
        ("no smoke but sparks from the plug", set()),
        ("the socket's hanging off the wall, no wires showing", {"electrical_danger"}),
        ("light switch cracked, the wires aren't exposed", {"electrical_danger"}),
        ("a hissing in the bathroom, not gas, it's the hot tap", {"gas_smell"}),
        ("the boiler shows an error. No smell, no alarm.", {"gas_smell", "carbon_monoxide"}),
    ],
)
def test_short_denials_are_read_too(text, denied):
    assert denied_dangers(text) == denied


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the boiler display shows a flame with a cross through it", None),
        ("no flame on the boiler and the pilot won't stay lit", None),
        ("flames coming out of the back of the tumble dryer socket", "electrical_danger"),
        ("the chip pan went up in flames", "electrical_danger"),
        ("i can smell gas, it's coming from the meter cupboard", "gas_smell"),
        ("ghar mein sade ande ki boo aa rahi hai boiler ke paas", "gas_smell"),
        ("water running down the wall, still coming and we can't find where from", "flooding"),
    ],
)
def test_a_flame_on_a_display_is_not_a_fire(text, category):
    assert emergency_category(text) == category


@pytest.mark.parametrize(
    ("text", "category", "asked"),
    [
        ("co alarm chirps once a minute, think it wants a new battery", None, "carbon_monoxide"),
        (
            "carbon monoxide detector display says END and beeps now and then",
            None,
            "carbon_monoxide",
        ),
        (
            "CO alarm chirping every minute and my head is pounding, headache",
            "carbon_monoxide",
            None,
        ),
        ("the CO alarm is going off", "carbon_monoxide", None),
    ],
)
def test_a_co_alarm_wanting_a_battery_is_asked_about_not_assumed(text, category, asked):
    assert emergency_category(text) == category
    assert danger_to_ask(text, "other_repair") == asked


@pytest.mark.parametrize(
    ("text", "in_doubt"),
    [
        # Every clause that states the danger also negates, doubts or reassures.
        (
            "Firstly, the carbon monoxide alarm by the boiler is NOT going off, it's showing a "
            "steady green light",
            True,
        ),
        ("no water at all. i think the stopcock is broken, it just spins round n round", True),
        # ... or in the clause straight after.
        (
            "We test the CO alarm every month, it is fine, no beeping. But the radiator is cold",
            True,
        ),
        (
            "the tap leaks round its base, I'm worried if it gets worse it will flood the cupboard",
            True,
        ),
        # One plain clause is enough; a negation that is the danger itself is no doubt.
        ("water pouring through the kitchen ceiling from upstairs", False),
        ("pipe burst, water everywhere and I can't stop it", False),
        ("I can smell gas in the hall", False),
        ("the ceiling has fallen in, nobody hurt, but the rest is hanging down", False),
        ("the ceiling has fallen in, nobody was hurt", False),
        ("the boiler is dead", False),
        # Not lit since is a reassurance, though "it don't catch" inside a gas smell is none.
        (
            "some bricks and soot fallen down inside the fireplace and the flue is blocked right "
            "up we haven't lit it",
            True,
        ),
        ("a smell like when you turn the cooker on and it don't catch", False),
    ],
)
def test_an_emergency_told_only_with_doubt_in_its_clause_is_in_doubt(text, in_doubt):
    assert told_in_doubt(text) is in_doubt


@pytest.mark.parametrize(
    ("text", "answered", "next_danger"),
    [
        ("water dripping from the ceiling light in the kitchen", {"flooding"}, "electrical_danger"),
        (
            "the cooker switch is cracked and the boiler is making a noise",
            {"gas_smell"},
            "electrical_danger",
        ),
        ("the fuse box is making a noise, no burning smell", {"electrical_danger"}, None),
        ("the garden gate has come off its hinges", {"structural_danger"}, None),
    ],
)
def test_the_next_danger_to_ask_is_the_next_one_the_message_names(text, answered, next_danger):
    assert next_danger_to_ask(text, answered) == next_danger


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        ("the smoke alarm chirps every minute, battery I think", "other_repair"),
        ("smoke alarm keeps going off for no reason", "unsafe_electrical_fitting"),
        ("wired smoke alarm chirps then goes off full blast", "unsafe_electrical_fitting"),
        ("the smoke detector's light is off and it doesn't test", "unsafe_electrical_fitting"),
    ],
)
def test_a_smoke_alarm_with_no_danger_words_is_its_battery_or_a_faulty_fitting(text, fault):
    assert smoke_alarm_fault(text) == fault


@pytest.mark.parametrize(
    ("text", "in_doubt"),
    [
        ("the electrician isolated that circuit and made it safe", True),
        ("Cadent came, fixed it and said everything is safe now", True),
        ("it came through the ceiling but it stopped the same day and has dried out", True),
        ("I turned the valve off so no more water is coming out", True),
        ("smelt burning and panicked but it was next door's barbecue", True),
        ("the CO alarm was tested yesterday and is fine", True),
        ("I thought I could smell gas but it's the drains", True),
        ("strong smell of gas in the kitchen", False),
        ("water pouring through the ceiling and it won't stop", False),
        ("the socket is sparking and smells of burning", False),
        ("the ceiling has fallen in", False),
    ],
)
def test_an_emergency_told_as_over_or_mistaken_is_in_doubt(text, in_doubt):
    assert emergency_in_doubt(text) is in_doubt


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("boiler broken, we don't have a carbon monoxide alarm", False),
        ("we haven't got a CO detector in the flat", False),
        ("no CO alarm going off, just the boiler is broken", True),
    ],
)
def test_having_no_alarm_is_not_denying_carbon_monoxide(text, denied):
    assert ("carbon_monoxide" in denied_dangers(text)) is denied


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # A light hanging from its rose is the fitting, not the ceiling falling.
        (
            "The light fitting has dropped and is hanging down from the ceiling rose by its flex",
            None,
        ),
        (
            "the ceiling has dropped and the light is hanging off it, plaster everywhere",
            "structural_danger",
        ),
        ("the light is hanging down and sparking", "electrical_danger"),
        # An overflow pouring outside is a valve to fix; into the home it is a flood.
        ("the overflow pipe sticking out of the wall has been pouring water non stop", None),
        ("the overflow is pouring water through the ceiling", "flooding"),
        # Water standing in a tray that will not drain is the blockage, until it gets out.
        ("shower tray wont drain, stood in ankle deep water. hair everywhere, just blocked", None),
        (
            "bath won't drain and the water is ankle deep and going over the top onto the floor",
            "flooding",
        ),
    ],
)
def test_a_hanging_light_and_an_overflow_outside_are_not_emergencies(text, category):
    assert emergency_category(text) == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The alarm by the boiler, or "not the smoke alarm", sounding: carbon monoxide.
        (
            "the alarm next to the boiler not the smoke alarm the other one is beeping really loud",
            "carbon_monoxide",
        ),
        ("the alarm by the boiler is beeping and flashing", "carbon_monoxide"),
        ("the alarm by the boiler is not beeping, it's fine", None),
        # A ceiling letting in a lot of water, or a bucket filling in minutes: a flood.
        ("hall ceiling leakin loads of water from upstairs flat", "flooding"),
        ("water coming in, bucket full every 5 mins", "flooding"),
        ("a slow drip, the bucket is full after a week", None),
    ],
)
def test_symptoms_of_carbon_monoxide_and_a_flood_in_other_words(text, category):
    assert emergency_category(text) == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Water on top of the electrics, not only into them.
        ("rain dripping on the top of the consumer unit and it hums", "electrical_danger"),
        ("water drips on my meter cupboard floor", None),
        # Pouring through a ceiling, however the recogniser spells it.
        ("its pouring through the landing sealing like a waterfall", "flooding"),
        ("a damp stain on the ceiling like a map", None),
        # A stopcock that turns and stops nothing.
        ("shut the stop cock but it spins and doesn't stop the water", "flooding"),
        ("the stopcock is stiff, can you swap it", None),
        # A ceiling sagging or bowing, or a plate-sized lump fallen from it.
        ("our lounge ceiling is bowing in the middle", "structural_danger"),
        ("a lump the size of a dinner plate fell off into the bath", "structural_danger"),
        ("the lump of plaster by the switch is only small", None),
    ],
)
def test_danger_told_by_where_the_water_goes_and_what_the_ceiling_does(text, category):
    assert emergency_category(text) == category


@pytest.mark.parametrize(
    ("text", "violent"),
    [
        # A court order against an ex who keeps coming: domestic abuse.
        ("my ex has an injunction against him but he keeps turning up", True),
        ("there is a court order and he was banging on the door at 2am", True),
        # Someone who was violent before and sends threats.
        ("my ex-husband, who was violent to me, says I will regret it", True),
        ("my partner helps me with the shopping", False),
        ("the court order about the rent arrears came today", False),
    ],
)
def test_abuse_read_from_a_court_order_or_a_violent_ex(text, violent):
    assert violence_at_home(text) is violent


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("he shouted he was going to get in one way or another", True),
        ("someone wrote words about my religion on the front door", True),
        ("nasty graffiti about our faith sprayed on the fence", True),
        ("he was screaming through the letterbox that he'd stab me", True),
        ("she said she would kill us all if we called the police", True),
        ("he said he'd fix the gate next week", False),
        ("loud parties next door, nobody has threatened us though", False),
        ("can you get in one way or another to read the meter", False),
        ("I wrote a letter about my kitchen", False),
    ],
)
def test_a_threat_to_get_in_and_hate_written_on_the_home(text, threat):
    assert threat_of_violence(text) is threat


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The rule recited is not the danger: "if you smell gas, ring us" is what they know.
        ("you always say if you smell gas to phone, there is no smell of gas", None),
        ("if you smell gas what do i do, i can smell gas now", "gas_smell"),
        # An alarm tested fine, or in its place and fine and never gone off.
        ("the carbon monoxide detector tests fine when I press it", None),
        ("our co alarm is in the hall and it's fine, it has never gone off", None),
        ("co alarm is fine, never gone off till now its beeping", "carbon_monoxide"),
        # Dust burning off a radiator, a drain's smell said not to be gas.
        ("a burning smell like hot dust when the heating first came on", None),
        ("smell like eggs from the drain cover. Not gas, only from the drain", None),
        # Nothing seen falling.
        ("never seen any dust or bits falling from the ceiling", None),
        ("bits of plaster falling from the ceiling", "structural_danger"),
    ],
)
def test_danger_words_said_as_a_rule_tested_or_taken_back_do_not_raise(text, category):
    assert emergency_category(text) == category


@pytest.mark.parametrize(
    ("text", "expiring"),
    [
        ("my co alarm makes a small beep every minute and shows a battery sign", True),
        ("co alarm chirps every minute, screen says End, nobody feels ill", True),
    ],
)
def test_a_carbon_monoxide_alarm_wanting_a_battery_is_not_sounding(text, expiring):
    assert co_alarm_expiring(text) is expiring
    assert emergency_category(text) is None


def test_someone_unwell_beside_a_chirping_alarm_is_still_carbon_monoxide():
    text = "co alarm chirps every minute and says End, my son feels ill"
    assert emergency_category(text) == "carbon_monoxide"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Made safe already, or a flood that is history: what is left is the ordinary repair.
        ("your electrician came for the sparks and he made it safe", None),
        ("sparks from the socket, can you make it safe", "electrical_danger"),
        ("After the flood last month, the pipe is fixed now", None),
        ("the pipe burst last week and now water is pouring through the ceiling", "flooding"),
        # The alarm the landlord fitted, said to be quiet.
        ("the CO alarm you fitted is quiet with its green light on", None),
    ],
)
def test_danger_made_safe_or_past_does_not_raise(text, category):
    assert emergency_category(text) == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # A carbon monoxide alarm told by its reading, not its name.
        ("the alarm in the bedroom keeps beeping and its display reads 120", "carbon_monoxide"),
        ("the thermostat screen says 21", None),
        # A consumer unit crackling, glowing, or smelling of hot plastic.
        ("the box with the trip switches by the door, there's a crackling from it", None),
        ("the fuse box under the stairs, something in it is crackling away", "electrical_danger"),
        ("there is an orange glow behind the cover", "electrical_danger"),
        ("the boiler has a red glowing light", None),
        ("a smell of melting plastic in the hall", "electrical_danger"),
        # Steps or a wall that could give way, or light seen through a wall.
        ("the steps to the door have separated from the house", "structural_danger"),
        ("the garden wall is leaning and I think it could give way", "structural_danger"),
        ("the handrail could give way", None),
        ("the handrail on the outside steps has come away from the wall", None),
        ("there's a gap in the wall, you can see light through it", "structural_danger"),
        ("can see light through the gap round the window", None),
    ],
)
def test_danger_told_by_a_reading_a_glow_or_a_gap(text, category):
    assert emergency_category(text) == category


@pytest.mark.parametrize(
    ("text", "threat"),
    [("he pushed me against the wall on the stairs", True), ("pushed the door shut", False)],
)
def test_being_pushed_is_an_assault(text, threat):
    assert threat_of_violence(text) is threat


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "every home now has a carbon monoxide alarm. If ours ever goes off, who do we ring?",
            None,
        ),
        ("we have a carbon monoxide alarm fitted in the hall", None),
        ("if the boiler ever leaked carbon monoxide, would the alarm wake us?", None),
        ("we have a co alarm, it doesnt stop beeping", "carbon_monoxide"),
        ("i have a new co alarm. it is going off now", "carbon_monoxide"),
    ],
)
def test_an_alarm_the_home_has_or_one_that_might_one_day_sound_is_no_danger(text, category):
    assert emergency_category(text) == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the wall between his kitchen and hall has started to lean", "structural_danger"),
        ("the cooker switch on the wall is black n smoking", "electrical_danger"),
        # A wall named only as where a fitting is: the fitting moving is not the wall.
        ("the cooker switch on the wall is loose, it is moving when I press it", None),
        ("the handrail came away from the wall at the top when I leaned on it", None),
    ],
)
def test_a_wall_moving_is_told_apart_from_a_fitting_moving_on_it(text, category):
    assert emergency_category(text) == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The small machine for CO make a very loud noise and show number 150", "carbon_monoxide"),
        (
            "the cable to the outside light is hanging down with bare copper at the end",
            "electrical_danger",
        ),
        (
            "a big leak from the boiler pipe underneath and I can't turn it off",
            "flooding",
        ),
        ("the water is running across the landing and down the stairs", "flooding"),
        # The floor giving way under a tenant's feet is not a door forced in.
        ("the wood under the floor is broken and go down when I walk, I am afraid", None),
    ],
)
def test_dangers_told_in_this_rounds_development_sets(text, category):
    assert emergency_category(text) == category


def test_a_floor_broken_and_going_down_is_no_forced_entry():
    assert not violence_at_home(
        "the wood under the plastic floor is broken and go down when I walk, I am afraid for my "
        "children"
    )


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "one of the large metal cladding panels beside my window has come loose at the bottom "
            "corner, it is flapping away from the building",
            "structural_danger",
        ),
        (
            "the concrete balcony of the flat above mine has big pieces breaking off the underside",
            "structural_danger",
        ),
        (
            "feel rough, dizzy n sick every time the heatings on, so does my partner",
            "carbon_monoxide",
        ),
        (
            "We had the gas fire serviced three weeks ago. Since then, whenever it has been on "
            "for an hour or so, my wife and I both feel sick and light-headed",
            "carbon_monoxide",
        ),
        # The paint of a ceiling falling is not the ceiling falling.
        (
            "the bathroom ceiling always become black and the paint is peeling and falling in "
            "the bath",
            None,
        ),
        # Hot water from an electric shower is the supply, not water in the electrics.
        ("We still have hot water from the electric shower", None),
        # A switch loose from the wall is the switch, not the wall moving.
        (
            "the light switch cover is cracked and it is loose from wall, it is moving when I "
            "press",
            None,
        ),
    ],
)
def test_dangers_told_in_dev26_to_dev28(text, category):
    assert emergency_category(text) == category


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("he shout and kick the door and say he will hurt me", True),
        ("He has called my family names because we are Muslim", True),
        ("last Saturday he pushed my 15-year-old son against the wall on the landing", True),
        ("my son pushed the door shut because the wind was blowing", False),
    ],
)
def test_threats_and_hate_told_plainly(text, threat):
    assert threat_of_violence(text) is threat


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "there has been a smell in the kitchen that my partner says is like when you leave the "
            "hob turned on without lighting it",
            "gas_smell",
        ),
        (
            "a lump of concrete about the size of a fist was on the doormat, and a bigger piece "
            "above the door has cracked away from the rusty metal bar inside it",
            "structural_danger",
        ),
        (
            "water is running down my kitchen wall and through the ceiling beside the cooker hood",
            "flooding",
        ),
        (
            "brown water coming through in three places, round the light and along a crack",
            "electrical_danger",
        ),
    ],
)
def test_dangers_blind19_missed_once_seen(text, category):
    assert emergency_category(text) == category
