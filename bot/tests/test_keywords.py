"""The safety net and fact extraction (pure functions), from tables."""

from __future__ import annotations

import pytest

from bot.nlu.faults import faults_in
from bot.nlu.keywords import (
    a_tap_leaking_not_the_plumbing,
    a_tap_not_the_heating,
    already_repaired,
    asks_to_complain,
    bulb_to_change,
    cistern_leaking,
    communal_fault,
    communal_lights_out,
    communal_repair,
    damaged_fitting,
    drain_backing_up,
    electrics_only_a_place,
    extract_facts,
    find_door_number,
    find_phone,
    find_postcode,
    find_reference,
    flue_blocked,
    foul_drain,
    gas_cut_off,
    gas_works,
    leaves_home_insecure,
    light_hanging,
    mould_denied,
    names_a_lift_or_chute,
    names_nothing_electrical,
    names_only_inside_doors,
    names_only_the_toilet,
    nothing_outstanding,
    nuisance_not_repair,
    only_a_leak_denied,
    overflow_running,
    own_appliance,
    pests_only,
    said_secure,
    says_not_a_complaint,
    sockets_without_power,
    sounds_like_a_complaint,
    tenant_caused,
    water_not_coming,
    water_through_the_roof,
    worktop_round_the_sink,
)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("no water at all", {"total_loss": True}),
        ("the whole flat has no power", {"total_loss": True}),
        ("only the kitchen tap has no water", {"total_loss": False}),
        ("all the sockets in the bedroom are dead, the lights still work", {"total_loss": False}),
        ("all the sockets have gone off", {"total_loss": True}),
        (
            "upstairs lights dont work but all the sockets do n downstairs lights r fine",
            {"total_loss": False},
        ),
        (
            "since Friday no water at all to the upstairs bathroom. Downstairs the kitchen tap and "
            "the downstairs toilet work normally.",
            {"total_loss": False},
        ),
        # Both said ("the kitchen tap's got water", "nothing coming out at all"): asked.
        ("the kitchen tap's got water but upstairs there's nothing coming out at all", {}),
        ("upstairs sockets dead, downstairs fine", {"total_loss": False}),
        ("it's our only toilet", {"other_working_toilet": False}),
        ("we can use the upstairs one", {"other_working_toilet": True}),
        ("I'm 81 and need shelves up", {"vulnerable": True}),
        ("my husband is disabled", {"vulnerable": True}),
        ("he threatened me with a knife", {"asb_high_risk": True}),
        # Told there is nobody vulnerable, however it is put.
        ("nobody here's disabled, I just don't own a drill", {"vulnerable": False}),
        ("neither of us has any disability or health problems", {"vulnerable": False}),
        ("none of us are disabled", {"vulnerable": False}),
        (
            "no no nobody's disabled or anything it's just me and my boyfriend",
            {"vulnerable": False},
        ),
        ("my son is disabled and nobody else can help", {"vulnerable": True}),
        # What the neighbours have says nothing of this home's supply.
        (
            "all the electrics have gone off in the flat and next door still have their lights on",
            {"total_loss": True},
        ),
        ("all my power's gone, the neighbours have power", {"total_loss": True}),
        ("all the electrics in the kitchen have gone off", {}),
        (
            "everything in the flat just went off, the flats either side have lights",
            {"total_loss": True},
        ),
        ("no hot watr", {}),
        # A floor or some taps still running is a partial loss, however it is said.
        (
            "nothing coming out the bathroom taps at all but the kitchen sink still runs ok",
            {"total_loss": False},
        ),
        (
            "We have water downstairs so we're not completely without, but nothing comes out "
            "upstairs at all",
            {"total_loss": False},
        ),
        (
            "the cold tap in the kitchen has given up, nothing comes out of it at all, though the "
            "bathroom taps, shower and toilet are all working as normal",
            {"total_loss": False},
        ),
        ("turned on the taps and nothing comes out", {"total_loss": True}),
        ("nothing comes out of any tap", {"total_loss": True}),
        (
            "a complete loss of electricity throughout the property: no lights or sockets work",
            {"total_loss": True},
        ),
        ("no lights work, but the sockets in the kitchen are fine", {"total_loss": False}),
        (
            "no water coming out of any tap in his flat at all. The other flats are fine.",
            {"total_loss": True},
        ),
    ],
)
def test_stated_facts_are_extracted(text, facts):
    assert extract_facts(text) == facts


def test_identifiers_are_found_and_normalised():
    assert find_reference("update on hr 483920 please") == "HR-483920"
    assert find_postcode("12 acacia avenue rm37ab") == "RM3 7AB"
    assert find_door_number("flat 4b, RM3 7AB") == "flat 4b"
    assert find_phone("ring 07700 900123") == "07700900123"
    assert find_phone("+44 7700 900123") == "+447700900123"
    assert find_phone("twelve") is None


@pytest.mark.parametrize(
    ("text", "insecure"),
    [
        ("the window catch has gone and it won't stay shut", True),
        ("back door won't lock since the storm", True),
        ("our front door was kicked in last night", True),
        ("the living room window won't close", True),
        ("the bedroom door sticks and won't shut", False),
        ("kitchen cupboard door is hanging off", False),
        ("the window is stuck and won't open", False),
        ("the window won't shut properly upstairs", False),
        ("the window hinges are broken", False),
        ("condensation between the window panes", False),
        ("And the door to the balcony, the lock is broken, I cannot close it", True),
        ("the kitchen cupboard door fell off. And the back door won't lock.", True),
        ("the kitchen cupboard door won't close", False),
        # Said outright to be secure, unless something else says it is not.
        ("the entry panel by the main door is smashed, the door still shuts and locks", False),
        ("back door handle is loose but it locks fine", False),
        ("the front door still shuts but won't lock", True),
        ("the front door is locked and secure but the window was smashed", True),
        ("the magnet isn't holding the main door of the block shut, anyone can push it open", True),
        ("the front door won't shut properly since the wind", True),
        ("the glass in the back door cracked and a bit fell out, cardboard over the hole", True),
        ("the inner pane of the bedroom window is cracked", False),
        ("the patio doors, the lock's gone and they slide open even when it's locked", True),
    ],
)
def test_a_window_or_outside_door_that_will_not_shut_or_lock_is_insecure(text, insecure):
    assert leaves_home_insecure(text) is insecure


@pytest.mark.parametrize(
    ("text", "other_toilet"),
    [
        ("One toilet is broken. We have second toilet upstairs which is working.", True),
        ("we only have one toilet and it's blocked", False),
        ("toilet won't flush, it's the only one", False),
        ("one toilet in the house and it is blocked", False),
        ("the toilet won't flush", None),
        (
            "we used to have two toilets but one was taken out, so the upstairs one, which "
            "won't flush, is the only one we have",
            False,
        ),
        ("we have two toilets and the downstairs one is blocked", True),
        # Both said: asked rather than guessed.
        ("the only toilet downstairs is blocked but the upstairs toilet is fine", None),
    ],
)
def test_a_second_toilet_is_read_only_when_the_message_says_so(text, other_toilet):
    assert extract_facts(text).get("other_working_toilet") is other_toilet


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("nobody came to three appointments, I want to complain", True),
        ("I'm not happy and want this treated as a complaint", True),
        ("I would like to make a formal complaint about the repairs service", True),
        ("I am writing to complain about the state of my kitchen after your visit", True),
        ("no not a complaint!! my front door wont lock", False),
        ("I never normally complain but I want to make a complaint about the plumber", True),
        # Said as a second language says it, or with "I'm"; a complaint about the visit, not
        # the repair, is still one.
        ("I make complaint about repair man. He was rude, he smoke in my flat.", True),
        ("I'm writing to complain about the operative who came on Tuesday", True),
        (
            "He was two hours late and rude. The fan works now, I'm not complaining about the "
            "repair, but I want to complain about how he spoke to me",
            True,
        ),
        ("I'm not complaining, I just need the tap fixed", False),
        ("I don't like to complain, but the wallpaper is peeling", False),
        ("I don't want to complain, just get the boiler fixed", False),
        ("the boiler is broken again", False),
    ],
)
def test_a_complaint_said_in_so_many_words_is_recognised(text, complaint):
    assert asks_to_complain(text) is complaint


@pytest.mark.parametrize(
    ("words", "text", "says"),
    [
        (water_not_coming, "no water come from the basin and the bath", True),
        (water_not_coming, "the water's been off since yesterday, there's none in the flat", True),
        (water_not_coming, "no water coming out upstairs and the ceiling is pouring", False),
        (water_not_coming, "water leaking from the bath", False),
        (overflow_running, "the overflow pipe outside has been pouring all day", True),
        (overflow_running, "the overflow on the loft tank is pouring out", True),
        (overflow_running, "the overflow is pouring through the ceiling", False),
        (overflow_running, "the bath is leaking", False),
        (light_hanging, "the light fitting is hanging from the ceiling rose by its flex", True),
        (light_hanging, "the lampshade came loose and dropped", True),
        (light_hanging, "the light came down with a big chunk of plaster", False),
        (light_hanging, "water dripping and the light is hanging down", False),
        (tenant_caused, "I drilled into the wall and cracked the plaster", True),
        (tenant_caused, "my son put his foot through the door", True),
        (tenant_caused, "the kids broke the window playing football", True),
        (tenant_caused, "I know this one's on us. He put the ball through the window", True),
        (tenant_caused, "this is damage we caused, one of them put his shoulder through", True),
        (tenant_caused, "my ex kicked the door in", False),
        (tenant_caused, "the door is broken", False),
        (tenant_caused, "my son lost his temper last weekend and kicked his bedroom door", True),
        (tenant_caused, "my daughter noticed the window broke", False),
        (own_appliance, "It is my fridge, I buy it myself", True),
        (own_appliance, "its my cooker the one i bought myself off facebook", True),
        (own_appliance, "I buy a carbon monoxide alarm in Argos, it is not from council", True),
        (own_appliance, "my washing machine broke", False),
        (
            sockets_without_power,
            "the sockets in the bedroom and on the landing stopped working",
            True,
        ),
        (pests_only, "bed bugs in the mattresses, the kids have bites", True),
        (pests_only, "mice coming in through the gap behind the units", False),
        (pests_only, "none of the rats are getting warm", False),
        (sockets_without_power, "the socket is cracked and loose and now not working", False),
        (damaged_fitting, "brown scorch marks round one of the plug sockets", True),
        (damaged_fitting, "plug sockit is lose and coming out the wal a bit", True),
        (damaged_fitting, "the sockets in the kitchen have no power", False),
        (only_a_leak_denied, "it's cracked right through. No water is leaking", True),
        (only_a_leak_denied, "no water is coming into the living areas", True),
        (only_a_leak_denied, "no water is leaking but no water comes out of the taps", False),
        (only_a_leak_denied, "the water is off", False),
        (
            only_a_leak_denied,
            "no leak and no water on the floor: nothing at all comes out of any tap",
            False,
        ),
        (damaged_fitting, "no sparks, nothing scorched, the kitchen sockets go off", False),
        (drain_backing_up, "when upstairs flush the toilet, dirty water comes up the bath", True),
        (drain_backing_up, "shower won't drain. toilet OK, nothing coming up outside", False),
        (drain_backing_up, "bath n sink both not drainin and outside manhole full of 💩", True),
        (drain_backing_up, "the manhole cover in the garden is broken", False),
        (bulb_to_change, "the bulb in the landing light has gone and I can't reach it", True),
        (bulb_to_change, "could someone replace the bulb in the kitchen, I'm 87", True),
        (
            bulb_to_change,
            "Some of the lights have gone. I think it's the bulbs, all the other lights work fine",
            True,
        ),
        (bulb_to_change, "I put a new bulb in and the light still doesn't work", False),
        (bulb_to_change, "the bulb blew with a bang and tripped the lights", False),
        (gas_cut_off, "Cadent turned the gas off at the meter after a leak in the street", True),
        (gas_cut_off, "the engineer capped the gas when he did the safety check", True),
        (gas_cut_off, "the gas isn't getting through to the cooker", True),
        (gas_cut_off, "the gas has gone off, nothing coming through to the cooker", True),
        (gas_cut_off, "I can smell gas by the meter", False),
        (gas_cut_off, "no gas smell, the hob just won't click", False),
        (foul_drain, "the soil stack on the landing is leaking", True),
        (foul_drain, "the black pipe on the back wall that the toilets drain into has split", True),
        (foul_drain, "the kitchen pipe is leaking", False),
        (names_only_the_toilet, "our only loo is blocked and won't go down", True),
        (names_only_the_toilet, "the toilet flushes but the bath won't drain", False),
        (worktop_round_the_sink, "the sink top has rusted through by the drainer", True),
        (worktop_round_the_sink, "the bit round the sink is cracked and lifting", True),
        (worktop_round_the_sink, "the sink top is fine but the sink is blocked", False),
        (flue_blocked, "there's a bird's nest in the boiler flue", True),
        (flue_blocked, "the pipe from the boiler to outside is covered in plastic", True),
        (flue_blocked, "the flue doesn't look blocked, the boiler just won't fire", False),
        (
            flue_blocked,
            "They've wrapped a plastic bag and tape round the end of my boiler flue",
            True,
        ),
        (
            electrics_only_a_place,
            "plaster crumbling by the light switch, not the switch itself",
            True,
        ),
        (electrics_only_a_place, "the tiles behind the socket are cracked", True),
        (electrics_only_a_place, "the light switch is cracked", False),
        (electrics_only_a_place, "crack in the wall by the socket and the socket sparks", False),
    ],
)
def test_words_that_tell_close_repairs_apart(words, text, says):
    assert words(text) is says


@pytest.mark.parametrize(
    ("text", "insecure"),
    [
        # "the door" after the message has named the front door is the front door.
        (
            "My front door was reported in May. Tonight the glass panel in the door smashed and "
            "fell out, there's a hole",
            True,
        ),
        ("The back door is fine. The bedroom door won't shut.", False),
        (
            "The door of the bathroom is cracked. Now the door will not close. It is not the "
            "front door.",
            False,
        ),
        # A block's main door whose lock will not hold.
        ("the main entrance door isn't locking, the magnetic lock doesn't hold", True),
        ("the main door's maglock does not hold any more", True),
        # Done since: nothing left open.
        ("they boarded the window up for a week. The window is now fitted.", False),
    ],
)
def test_a_door_left_open_read_across_sentences(text, insecure):
    assert leaves_home_insecure(text) is insecure


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("I want make official complaint about the plumber", True),
        ("i want to make a a complaint um about the visit", True),
        ("Complaints Team: stage 1 complaint about my kitchen", True),
        ("not happy and I might want to complain later", False),
        ("i dont want to make a formal complaint just fix it", False),
    ],
)
def test_a_complaint_asked_for_in_other_words(text, asked):
    assert asks_to_complain(text) is asked


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("my neighbour fixed the leak for me last week", True),
        ("the drips sorted now, thats not the point though", True),
        ("it was finally repaired on Friday", True),
        ("my son ended up fixing it himself", True),
        ("we had to get a private plumber in", True),
        ("they fixed it in June but it's dripping again", False),
        ("he left it leaking after he fixed it", False),
        ("hoping this can be sorted soon", False),
        ("it still isn't fixed", False),
        # Put right now, after the failure told before it.
        ("left the toilet not sealed (leaked for a week, sorted now) n told me to stop", True),
        ("they said it was fixed now but it still leaks", False),
        ("we mustn't light the fire until it's been sorted", False),
        ("I want to make a complaint, but more important I need the heating fixed now", False),
        ("I want to be clear that the repair is done, the boiler's fine now", True),
        ("the toilet was blocked. He cleared it, and a month later I got an invoice", True),
        ("Now the intercom is repair by other company, it work.", True),
        (
            "they had fixed a scaffold board and a sheet of plastic right across my boiler flue",
            False,
        ),
    ],
)
def test_a_repair_already_done(text, repaired):
    assert already_repaired(text) is repaired


@pytest.mark.parametrize(
    ("text", "outstanding"),
    [
        ("The new door is fine and I have no repair outstanding.", False),
        ("The boiler is working now, so this isn't a repair request.", False),
        ("The door was replaced after it would not lock. I have no repair outstanding.", False),
        ("the back door would not lock after the break-in", True),
    ],
)
def test_nothing_left_to_repair_said_outright_leaves_no_insecure_door(text, outstanding):
    assert nothing_outstanding(text) is not outstanding
    assert leaves_home_insecure(text) is outstanding


@pytest.mark.parametrize(
    ("text", "insecure"),
    [
        (
            "The back gate has come off its hinge so it won't shut, and the slabs on the path to "
            "the back door have lifted",
            False,
        ),
        ("the back gate won't shut and the back door won't lock either", True),
        # A ground-floor window that stays open, told over two sentences.
        (
            "The window in my bedroom, ground floor, is not closing, the handle is broken and the "
            "window stay open. Anybody can come inside.",
            True,
        ),
        ("The back door is fine. Anybody can come inside the garden through the gate.", False),
        # A window that won't stay open, or closes though not well, is no way in.
        ("bedroom window won't stay open, bit of damp in the bathroom", False),
        ("Window also is not closing good but it closes.", False),
        ("the window is not closing very well, the wind is coming in. I am on the 9th", False),
    ],
)
def test_a_way_in_left_open_is_the_home_s_but_a_garden_gate_is_not(text, insecure):
    assert leaves_home_insecure(text) is insecure


@pytest.mark.parametrize(
    ("text", "denied"),
    [("no mould anywhere yet", True), ("black mould round the window", False)],
)
def test_mould_said_not_to_be_there(text, denied):
    assert mould_denied(text) is denied


@pytest.mark.parametrize(
    ("text", "nuisance"),
    [
        ("flat upstairs playing music til 4am every night, asked them nicely", True),
        ("upstairs blasting music again every weekend", True),
        ("the upstairs radiator keeps banging every night", False),
    ],
)
def test_neighbours_above_named_by_where_they_live(text, nuisance):
    assert nuisance_not_repair(text) is nuisance


@pytest.mark.parametrize(
    ("text", "secure"),
    [
        ("the front door lock is very stiff but it is locking fine", True),
        ("the back door is not locking fine at all", False),
        ("window is shut n locked so its secure, just cant open it now", True),
        ("Last week he kicked the door but it was repaired, the door is OK now.", True),
        ("There is no spare. Nothing is wrong with the door or the lock itself.", True),
    ],
)
def test_a_stiff_lock_that_still_locks_is_secure(text, secure):
    assert said_secure(text) is secure


@pytest.mark.parametrize(
    "text",
    [
        "the door to the back bedroom has split and the latch won't catch, it swings open",
        "The door between the kitchen and the hall has dropped on its hinges and it won't shut.",
        "The door of the bin store for our block is broken, it does not close.",
        "The door of rubbish chute on our floor is broken, it don't close and the smell is coming.",
    ],
)
def test_a_door_to_or_between_rooms_is_an_inside_door(text):
    assert leaves_home_insecure(text) is False
    assert names_only_inside_doors(text)


@pytest.mark.parametrize(
    ("text", "insecure"),
    [
        ("the front door shuts but the lock won't engage, a push opens it", True),
        ("back door closes but the latch no longer catches", True),
        ("front door locks fine, it's just the draught strip", False),
    ],
)
def test_a_lock_that_will_not_engage_leaves_the_home_open(text, insecure):
    assert leaves_home_insecure(text) is insecure


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("The door of the bedroom won't close. Inside door, not the front door.", True),
        ("the kitchen door won't close and the front door won't lock", False),
    ],
)
def test_an_outside_door_named_only_to_say_it_is_not_the_one(text, inside):
    assert names_only_inside_doors(text) is inside


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("loud music next door every night, nobody has threatened us", {}),
        ("no threats, just the noise from upstairs", {}),
        ("he threatened to stab my son", {"asb_high_risk": True}),
        (
            "the kitchen cold tap has no water at all but the bathroom's fine",
            {},  # both said: asked, not guessed
        ),
    ],
)
def test_violence_denied_and_a_supply_lost_in_one_room(text, facts):
    assert extract_facts(text) == facts


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("I moved in two weeks ago and want a spy hole fitted", False),
        ("my brother works as a surveyor and says the crack is cosmetic", False),
        ("I have been waiting for months and nobody came", True),
    ],
)
def test_a_date_or_a_relative_s_job_is_no_complaint(text, complaint):
    assert sounds_like_a_complaint(text) is complaint


def test_parties_all_weekend_next_door_are_a_nuisance():
    assert nuisance_not_repair("the people next door have parties all weekend, music really loud")


@pytest.mark.parametrize(
    ("text", "tap"),
    [
        ("the mixer tap leaks from its base into the cupboard below", True),
        ("the pipe under the sink leaks where it meets the tap", False),
        ("the kitchen tap drips and the pipe going up to it leaks at the joint", False),
        ("bath tap dripping, no water from any of the other taps", False),
        # A tap running on, or seized, with the other taps in use: the tap, not the supply.
        ("The bath tap is always running water. I close it very hard but still it comes.", True),
        (
            "the basin tap is stuck solid it won't turn at all, we're using the bath tap instead",
            True,
        ),
        ("the kitchen tap is stuck and no water in the whole house", False),
        ("The tap in bathroom is dripping all the time. There is no water on the floor.", True),
    ],
)
def test_a_tap_leaking_with_no_other_plumbing_named_is_the_tap(text, tap):
    assert a_tap_leaking_not_the_plumbing(text) is tap


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("a plumber checked the pipes and there is no leak, the wall is just black", True),
        ("there is never any water on the floor, the patch just grows", True),
        ("no water coming out of the taps, and it's not leaking anywhere", False),
    ],
)
def test_a_leak_said_not_to_be_there(text, denied):
    assert only_a_leak_denied(text) is denied


@pytest.mark.parametrize(
    ("text", "nuisance"),
    [
        ("the family at number 12 play music till 3, please can the ASB team call me", True),
        ("the man in flat 3 keeps banging on my door", True),
        ("I live at number 12 and my boiler is broken", False),
        # A neighbour's trade run from the car park.
        (
            "the man in the ground-floor flat at number 3 runs a car repair business from the car "
            "park, he revs engines until 11 at night",
            True,
        ),
        ("the man in that flat is running a car repair business from the parking bays", True),
        ("the mechanic revved the engine and the car park barrier is broken", False),
        ("ppl keep dumping bags on the landing n kids smoking weed in the stairwell til 2am", True),
        (
            "My neighbour is leaving his rubbish bags in front of my door and his dog make toilet",
            True,
        ),
    ],
)
def test_neighbours_named_by_their_door_number(text, nuisance):
    assert nuisance_not_repair(text) is nuisance


@pytest.mark.parametrize(
    ("text", "not_a_complaint"),
    [
        ("I have never complained before, but I want this logged as a formal complaint", False),
        ("I'm not complaining, I just need it fixed", True),
        # Said which part is the report, and no complaint asked for.
        ("Also the recycling bin. The repair I need: the cold water has slowed to a trickle", True),
        ("What I really want to report is that the man in that flat runs a garage", True),
        ("I want to make a complaint. The repair I need is the boiler", False),
    ],
)
def test_never_having_complained_before_is_no_denial_of_one(text, not_a_complaint):
    assert says_not_a_complaint(text) is not_a_complaint


@pytest.mark.parametrize(
    ("text", "cut_off", "works"),
    [
        # A hob or cooker that won't light with the meter paid: no gas is reaching it.
        ("hob wont light at all no smell of gas nothing coming out meter has credit", True, False),
        ("cooker wont light meter got credit", True, False),
        (
            "none of the rings on the hob would light. I put twenty pounds on the key at the shop",
            True,
            False,
        ),
        # ... not a cooker that won't light with nothing said of the gas reaching it
        ("the oven won't light, the igniter clicks", False, False),
        ("the boiler keeps cutting out, the gas hob lights fine", False, True),
    ],
)
def test_a_cooker_that_wont_light_though_the_meter_is_paid_is_the_gas_supply(text, cut_off, works):
    assert (gas_cut_off(text), gas_works(text)) == (cut_off, works)


@pytest.mark.parametrize(
    ("text", "caused"),
    [
        ("dropped my keys down the drain cant get in flat", True),
        ("er i've lost my front door key somewhere on the bus", True),
        (
            "no it's not that i've lost my keys i've got my keys it's the lock on the front door",
            False,
        ),
        ("my er grandson's put his fist through the bedroom wall", True),
        (
            "someone's pulled the rail off the wall, holes in the tiles now our fault obviously",
            True,
        ),
        ("it's not our fault obviously, the rail was loose", False),
        ("My son lose the key of front door and now we are outside the house", True),
        # Damage owned up to through fillers, or texted with no "I".
        ("hi um my mate er sort of kicked the bathroom door in as a joke", True),
        ("um my son he um he's punched a hole in his bedroom door", True),
        ("kicked my bedroom door in an argument n split the frame my fault how much to fix", True),
        ("kicked my door in, not my fault, it was the police", False),
        ("my ex kicked the front door in last night", False),
    ],
)
def test_keys_the_household_lost_are_theirs_unless_denied(text, caused):
    assert tenant_caused(text) is caused


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "I'm 35 and don't have any health problems, I just don't own a drill",
            {"vulnerable": False},
        ),
        ("neither of us has any disability or health problems", {"vulnerable": False}),
        # Both said: asked, not guessed. An age under 65 alone says nothing of health, so the
        # household's eldest counts.
        ("I'm 30 and healthy and my mum is 80", {}),
        ("I'm 30 and my mum is 80", {"vulnerable": True}),
        ("I'm 26 and was diagnosed with MS last year", {"vulnerable": True}),
        ("I'm 22 and a single mum; my son has cerebral palsy", {"vulnerable": True}),
        ("I'm 29 and in good health", {"vulnerable": False}),
        ("I am 34, I don't have any illness or disability", {"vulnerable": False}),
        # One fixture's taps dead and "no water at all" from them, the rest fine: both said, asked.
        (
            "bathroom sink taps both dead, no water at all from them. kitchen n shower fine",
            {},
        ),
        # Pressure low everywhere is not a supply lost everywhere: asked.
        (
            "pressure really low, just a dribble from all the taps. hasnt gone off completely",
            {},
        ),
        ("I'm 5 minutes away", {}),
        # Street lights and the neighbours say nothing of this home's supply.
        ("The street lights are on and neighbours have electric.", {}),
    ],
)
def test_facts_said_about_age_health_and_the_street(text, facts):
    assert extract_facts(text) == facts


@pytest.mark.parametrize(
    ("text", "insecure"),
    [
        ("the back door glass cracked right thru and the pane is loose could push it out", True),
        (
            "the lock on the front door the barrel's snapped inside and the door just swings open",
            True,
        ),
        ("the lock works fine it's the front door it drags on the floor now", False),
    ],
)
def test_an_outside_door_left_open_by_its_glass_or_barrel(text, insecure):
    assert leaves_home_insecure(text) is insecure


@pytest.mark.parametrize(
    ("text", "tap"),
    [
        (
            "The pipe is not leaking, I check it, only the kitchen tap is dripping all the time.",
            True,
        ),
        (
            "water is coming from the base of the mixer tap itself. The pipes underneath are "
            "bone dry",
            True,
        ),
        ("kitchen tap leaks round the bottom when i turn it on pipes under sink are dry", True),
        ("the pipe under the sink is leaking and the tap drips", False),
    ],
)
def test_a_tap_leaking_with_the_pipes_said_dry_is_the_tap(text, tap):
    assert a_tap_leaking_not_the_plumbing(text) is tap


@pytest.mark.parametrize(
    ("text", "roof"),
    [
        (
            "Only in the loft I see the wood is wet when it rain and some roof tiles are broken.",
            True,
        ),
        ("said the felt is wet and water is dripping in around the chimney", True),
        ("the tank in the loft is leaking", False),
    ],
)
def test_rain_told_by_the_tiles_and_the_felt_is_the_roof(text, roof):
    assert water_through_the_roof(text) is roof


@pytest.mark.parametrize(
    ("text", "nothing"),
    [
        (
            "The water in the bath is not going down, there is a glug glug when I pull the plug.",
            True,
        ),
        ("the socket is loose when you pull the plug out", False),
    ],
)
def test_the_plug_of_a_bath_is_not_electrical(text, nothing):
    assert names_nothing_electrical(text) is nothing


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("At four o'clock the electricity went off completely and it has not come back", True),
        ("There are no lights anywhere, none of the sockets work", True),
        # A tenant registered partially sighted says nothing of a partial loss.
        ("Dad is 90 and registered partially sighted. The power went off completely.", True),
        ("the power is partially off, just the kitchen", False),
    ],
)
def test_a_supply_lost_completely_or_in_part(text, total):
    assert extract_facts(text).get("total_loss") is total


@pytest.mark.parametrize(
    ("text", "secure", "inside_only"),
    [
        (
            "The front door lock is okay, I can lock it no problem. But the door itself is "
            "dropping, it rubs on the floor",
            True,
            False,
        ),
        (
            "bathroom door wont shut, catch is broken. inside door obviously, front doors fine",
            False,
            True,
        ),
        (
            "The bedroom door is not closing. Is the inside door, the front door is okay, "
            "locking good",
            True,
            True,
        ),
    ],
)
def test_an_outside_door_said_to_lock_and_an_inside_door_said_to_be_the_one(
    text, secure, inside_only
):
    assert said_secure(text) is secure
    assert names_only_inside_doors(text) is inside_only


@pytest.mark.parametrize(
    ("text", "caused"),
    [
        ("the ball break the glass of the kitchen window. It is our fault, I know this.", True),
        ("I know this is our damage, how much it cost to repair?", True),
        ("It is not our fault, the window was rotten", False),
        ("snapped my key in the front door, tried to force it with the wrong key", True),
        ("my fifteen year old son slammed his bedroom door so hard the frame split", True),
        ("the key snapped in the lock, it's been stiff for months", False),
    ],
)
def test_damage_the_household_owns_up_to(text, caused):
    assert tenant_caused(text) is caused


@pytest.mark.parametrize(
    ("text", "cut_off"),
    [
        (
            "My gas cooker and also the gas fire is not working from this morning. No smell. "
            "I check the meter, the handle is on.",
            True,
        ),
        ("my gas cooker is not working, the oven door is broken", False),
        (
            "none of the rings will light, no gas smell, it's just like nothing's coming through",
            True,
        ),
        ("gas fire n hob both dead since the workmen were digging up the street. no smell", True),
        (
            "There is no gas smell. But the boiler not working, and the cooker also not working",
            True,
        ),
    ],
)
def test_two_gas_appliances_dead_with_the_meter_on_is_the_supply(text, cut_off):
    assert gas_cut_off(text) is cut_off


@pytest.mark.parametrize(
    ("text", "tap"),
    [
        ("it's the um bath tap the hot one it won't turn it's seized solid", True),
        # The boiler named only to say it is fine.
        ("the tap in the kitchen the hot one it won't turn, the boiler's fine", True),
        ("the hot tap won't turn and the boiler is making a banging noise", False),
    ],
)
def test_the_hot_one_of_a_bath_tap_is_a_tap_not_the_hot_water(text, tap):
    assert a_tap_not_the_heating(text) is tap


def test_kids_who_keep_ringing_the_buzzers_late_at_night_are_a_nuisance():
    assert nuisance_not_repair(
        "the kids in the block they keep um ringing all the buzzers and kicking footballs "
        "against the doors late at night"
    )


def test_a_window_that_dont_close_on_the_ground_floor_is_insecure():
    assert leaves_home_insecure(
        "handle of window is broken and it don't close, we are on ground floor"
    )


@pytest.mark.parametrize(
    ("text", "insecure"),
    [
        (
            "The patio door lock itself is fine, but the whole sliding panel can be lifted off "
            "its runner from the outside, even when it is locked. Anyone could get into the "
            "house from the garden.",
            True,
        ),
        ("the window there not close tight, the wind whistle, but it lock", False),
        (
            "the bedroom window won't shut properly, well it does shut and lock, it's up stairs",
            False,
        ),
        ("the cup bored door under the sink, the hinge is snapped and it's hanging off", False),
        ("the rear bedroom window frame is rotten at the sill and does not close flush", False),
        (
            "the window frame in the bedroom is rotten at the bottom but it still shuts and locks "
            "fine so its not like anyone can get in",
            False,
        ),
        (
            "the er frame's rotten and it's er hard to open um it does shut and lock though it's "
            "not like anyone can get in",
            False,
        ),
    ],
)
def test_a_way_in_left_open_or_said_to_lock(text, insecure):
    assert leaves_home_insecure(text) is insecure


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Both said: asked rather than guessed.
        ("In my kitchen all the sockets not working. Other rooms are fine, the light is fine.", {}),
        ("The water is coming very weak. All the taps same, but it is not stopped, only weak.", {}),
    ],
)
def test_a_supply_said_lost_everywhere_and_in_part_is_asked(text, facts):
    assert extract_facts(text) == facts


def test_a_block_with_no_gas_is_no_gas_supply_lost():
    assert not gas_cut_off(
        "storage heaters and an immersion heater for the hot water (no gas in the block)"
    )


def test_a_threatened_complaint_is_not_one_asked_for_yet():
    assert not asks_to_complain(
        "If this isn't resolved I'll be asking for it to be treated as a complaint."
    )


@pytest.mark.parametrize(
    ("text", "communal", "topic"),
    [
        ("the lift in our block's been out of action for three days", True, "lift"),
        ("communal lights on the 8th floor landing been out a week, pitch black", True, "communal"),
        # A fence reported down is logged too (`fence_to_repair`), as a fence.
        ("the storm blew down three fence panels between my garden and the alley", False, "fence"),
        # Whose job it is, asked: answered, not logged.
        ("is fixing my fence my responsibility or yours?", False, None),
        ("the lift is broken, who fixes the lift?", False, None),
        # "Lift" as a verb is no lift.
        ("the window is broken, I can't lift the handle", False, None),
        # The rubbish chute, however the recogniser spells it, and the walkway lights.
        ("rubbish chute blocked on flr 8 AGAIN, stinks of rotten food", True, "communal"),
        ("the rubbish shoot on the sixth floor the hopper things jammed open", True, "communal"),
        ("the lights outside on the walk way are out all along our landing", True, "communal"),
    ],
)
def test_a_communal_repair_is_a_shared_thing_said_to_be_broken(text, communal, topic):
    assert communal_fault(text) is communal
    assert communal_repair(text) == topic


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("The lights on our communal landing and on the stairwell have been out two weeks", True),
        ("The lights in corridor of our floor not working, it is very dark in the night.", True),
        ("the barrier to the car park's stuck up and the lights in the car park are out", True),
        ("In our building the hallway light on my floor is broken a long time, very dark", True),
        # The home's own landing or stairs: the home's lights.
        ("the landing light has stopped working", False),
        ("the light on the stairs is out", False),
        ("the communal lights are fine, its my kitchen light thats out", False),
        ("The lights in the bathroom and the corridor are not working, the kitchen is fine", False),
    ],
)
def test_the_blocks_lights_out(text, out):
    assert communal_lights_out(text) is out


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ("the lift has been out since tuesday and my bath tap drips", True),
        ("rubbish chute blocked on flr 8 AGAIN", True),
        ("both lifts out again in our block, 15th floor w a pram", True),
        ("the handrail has come away. Residents use those stairs when the lift is busy.", False),
    ],
)
def test_a_lift_or_chute_said_in_its_own_sentence_to_be_broken(text, broken):
    assert names_a_lift_or_chute(text) is broken


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("the lights on the the stair well between floor four and five have been out", []),
        ("the bin chute on our floor is blocked right up to the hatch", []),
        # The home's own faults told beside them still count.
        ("the lift doors are stuck and my bath tap drips all night", ["tap"]),
    ],
)
def test_the_block_s_shared_places_name_none_of_the_home_s_faults(text, categories):
    assert [fault.category for fault in faults_in(text)] == categories


@pytest.mark.parametrize(
    ("text", "leaking"),
    [
        (
            "The toilet tank (cistern) has a crack on the side and water come slowly onto the "
            "floor",
            True,
        ),
        ("the cistern keeps leaking into the pan and the toilet won't stop running", False),
        ("the handle's come off inside the cistern so it won't flush, it's not leaking", False),
        ("loo wont flush chain snapped in the cistern not leaking only toilet we have", False),
    ],
)
def test_a_cistern_leaking_onto_the_floor_is_the_cisterns_leak(text, leaking):
    assert cistern_leaking(text) is leaking


@pytest.mark.parametrize(
    ("text", "insecure", "caused"),
    [
        # A lock said to be fine says nothing of the door it is in.
        (
            "The back door lock is fine. The door has dropped so the bolt sits below the hole in "
            "the frame and does not go in. You can push the door open from outside even when it "
            "is 'locked'.",
            True,
            False,
        ),
        (
            "my front door the locks fine ive got my keys but the glass panel in the door has "
            "fallen out completely theres just a hole with cardboard taped over it",
            True,
            False,
        ),
        # The wind that slammed the door is nobody's doing.
        (
            "The wind caught the door as I opened it and slammed it back against the wall",
            False,
            False,
        ),
    ],
)
def test_a_lock_said_fine_in_a_door_that_will_not_secure(text, insecure, caused):
    assert leaves_home_insecure(text) is insecure
    assert tenant_caused(text) is caused
