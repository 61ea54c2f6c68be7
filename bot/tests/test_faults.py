"""Every problem in a message: the clauses and the category each is about."""

from __future__ import annotations

import pytest

from bot.nlu.faults import (
    a_basin_not_the_toilet,
    complaint_to_offer,
    dissatisfaction,
    faults_in,
    other_faults,
    ruled_out_categories,
    settled_categories,
)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("kitchen tap is leaking and also the front door wont lock", ["tap", "insecure_entry"]),
        ("heatings been off since monday and the bathroom tap drips", ["heating_hot_water", "tap"]),
        (
            "the loft tank is leaking onto the joists, and the banister is loose",
            ["leaking_pipe_tank", "handrail"],
        ),
        ("rain comes into the loft by the chimney", []),  # names no fault word: the classifier's
        ("eggy smell by the drain but it's not gas, the grid is overflowing", ["drainage"]),
        ("I can smell gas and the front door won't lock", ["gas_smell", "insecure_entry"]),
        ("the hot water tank in the cupboard has started leaking", ["leaking_pipe_tank"]),
        ("all the sockets in the kitchen have gone dead", ["electricity_supply"]),
        ("the socket by the bed is hanging off the wall", ["unsafe_electrical_fitting"]),
    ],
)
def test_each_fault_in_a_message_is_named_in_the_order_told(text, categories):
    assert [fault.category for fault in faults_in(text)] == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("the fan thing in the toilet is broke, it just hums", ["extractor_fan"]),
        ("the bathroom floor round the toilet is rotten and moves", ["rotten_floor_stairs"]),
        ("mould behind the radiator and the boiler is broken", ["damp_mould", "heating_hot_water"]),
        ("a damp patch, it's nowhere near a socket, just mouldy", ["damp_mould"]),
        # Nothing else named: the place is the fault's.
        ("water leaking round the toilet", ["leaking_pipe_tank"]),
        # Water by electrics stays the electrics'.
        ("leak above the light switch in the kitchen", ["unsafe_electrical_fitting"]),
    ],
)
def test_a_thing_named_only_as_the_place_of_a_fault_is_not_the_fault(text, categories):
    assert [fault.category for fault in faults_in(text)] == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("the plaster sounds hollow when you tap it, and bits are coming off", []),
        (
            "the sink is blocked, I tried pouring hot water down it but it's not working",
            ["blocked_sink_bath"],
        ),
        ("top floor flat, there's a drip coming through the ceiling", []),
        ("the fan has stopped spinning, no water near it, it's just dead", ["extractor_fan"]),
        ("brown stain on the ceiling, no water coming through, it's dry", []),
        ("the door has come off its hinge and is dragging on the floor", ["doors_windows_frames"]),
        ("the intercom is broken and the stairwell lights are out", ["door_entry_phone"]),
        # Still faults when they are said to be.
        ("the kitchen tap won't turn off", ["tap"]),
        ("no water in the house since this morning", ["water_supply"]),
        ("no hot water at all", ["heating_hot_water"]),
        ("no heatin since yday", ["heating_hot_water"]),
        # A filler does not join two faults into one; "no water is coming in all the house" is
        # the supply lost, not a leak denied.
        ("the toilets blocked and its our only one and er the bath tap drips", ["toilet", "tap"]),
        ("no water is coming in all the house", ["water_supply"]),
        ("the pipe under the boiler is losing water, drop by drop", ["leaking_pipe_tank"]),
        ("the cold tap on the basin will no longer turn off", ["tap"]),
        ("and now the whole house has gone dark", ["electricity_supply"]),
        (
            "no power anywhere in the flat + bath plughole blocked",
            ["electricity_supply", "blocked_sink_bath"],
        ),
        ("the door frame has split and the door no longer closes flush", ["doors_windows_frames"]),
        ("the pipe from the boiler out through the wall is covered in plastic", ["blocked_flue"]),
        # The soil stack, however named, is the drain, not the toilets that drain into it.
        ("the big pipe on the wall that the toilets go into has cracked", ["drainage"]),
        # The tap for hot water is a tap; hot water tried down a sink is the tenant's remedy.
        ("the tap for hot water in the kitchen is very stiff", ["tap"]),
        ("sink is blocked, I try with hot water and soda", ["blocked_sink_bath"]),
        # A fault denied, or not yet come, is no fault; water denied in a room is no supply lost.
        ("There's no leak that we know of above it, it's just old", []),
        ("touch wood there's no mould yet. I'd rather fix it before we end up with mould", []),
        ("The ceiling in bedroom is dry, no water come in the room.", []),
        ("ceilings downstairs still dry no water coming thru yet", []),
        ("The rooms downstairs are okay, no water in the ceiling.", []),
        ("no water thru the ceiling into the rooms yet", []),
        ("The ceiling of the bedroom is dry, no water is coming to the room.", []),
        ("No water is coming in my house, kitchen and bathroom both", ["water_supply"]),
        # "No water now" by a soft floor, "no water's come through" a roof: no supply lost.
        (
            "the floor near the sink is soft, I think the wood is rotten. No water now.",
            ["rotten_floor_stairs"],
        ),
        ("No water's come through the ceilings in the house, they're dry", []),
        ("there's no water anywhere, it's been dry for weeks", []),
        ("we have no water at all since this morning", ["water_supply"]),
        ("water just stopped completely no water anywhere in the house", ["water_supply"]),
        # A person tripping is no trip switch.
        ("paving slabs all lifted n rocking, my husband tripped twice", []),
        ("the lights keep tripping", ["electricity_supply"]),
        ("the toilet won't flush and the basin isn't blocked", ["toilet"]),
    ],
)
def test_words_that_name_a_thing_without_a_fault_in_it_are_not_a_fault(text, categories):
    assert [fault.category for fault in faults_in(text)] == categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the table top is broken near the cooker, a piece has come off", "worktops"),
        ("the sink top is cracked near the tap", "worktops"),
        ("the flor by the toilet is soft and rotten", "rotten_floor_stairs"),
    ],
)
def test_a_fault_known_only_by_its_place_is_never_offered_as_another(text, category):
    assert [f.placed for f in faults_in(text)] == [True]
    assert other_faults(text, category) == []


@pytest.mark.parametrize(
    ("text", "category", "others"),
    [
        # A toilet and a basin are two fixtures: the other is offered (and ranked).
        ("the basin's blocked and the downstairs loo won't flush", "toilet", ["blocked_sink_bath"]),
        # A thing said to be fine, however it is put, is not another fault.
        ("bath n sink both blocked, toilet fine", "blocked_sink_bath", []),
        ("the bath won't drain, the toilet's fine though", "blocked_sink_bath", []),
        # The tenant's own appliance is the report; a fault of the home beside it is not.
        (
            "My cooker is not working, the oven is not heating. It is my own cooker",
            "tenant_responsibility",
            [],
        ),
        (
            "My own washing machine is broken and the boiler is not working either",
            "tenant_responsibility",
            ["heating_hot_water"],
        ),
    ],
)
def test_other_faults_are_the_fixtures_the_tenant_says_are_wrong(text, category, others):
    assert [f.category for f in other_faults(text, category)] == others


def test_the_same_repair_told_twice_is_not_offered_again():
    text = "the boiler is broken and there's no hot water, also the window is stuck"
    assert [f.category for f in other_faults(text, "heating_hot_water")] == ["doors_windows_frames"]


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "Three visits booked and NOBODY turned up. Tap still drips.",
            "Three visits booked and NOBODY turned up.",
        ),
        (
            "I am fed up, this is the third time I've reported the leak",
            "I am fed up, this is the third time I've reported the leak",
        ),
        ("the engineer didnt come yesterday", "the engineer didnt come yesterday"),
        (
            "we've been waiting for months for the damp to be looked at",
            "we've been waiting for months for the damp to be looked at",
        ),
        ("the boiler never came on this morning", None),
        ("my tap is dripping", None),
        ("heating not working since monday", None),
    ],
)
def test_unhappiness_with_how_a_repair_has_gone_is_found_in_its_sentence(text, sentence):
    assert dissatisfaction(text) == sentence


@pytest.mark.parametrize(
    ("category", "offered"), [("tap", True), ("complaint", False), ("asb", False)]
)
def test_a_complaint_is_offered_unless_the_report_is_one_or_about_a_neighbour(category, offered):
    assert (complaint_to_offer("nobody came, I'm not happy", category) is not None) is offered


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("the kitchen tap leaks and the electrics keep tripping", ["tap", "electricity_supply"]),
        ("the slab by my door sticks up, I tripped on it", []),
        ("the paving is loose and I'm worried about tripping", []),
    ],
)
def test_a_trip_switch_tripping_is_a_fault_and_a_trip_over_a_slab_is_not(text, categories):
    assert [f.category for f in faults_in(text) if f.category != "doors_windows_frames"] == (
        categories
    )


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        (
            "the bedroom window frame is draughty and the bottom stair tread has rotted through",
            ["doors_windows_frames", "rotten_floor_stairs"],
        ),
        (
            "Bath tap's gone stiff. Also the pipe coming out the bottom of the boiler is dripping",
            ["tap", "leaking_pipe_tank"],
        ),
        (
            "The entry phone has stopped ringing. Worse, there is no water supply to any tap.",
            ["door_entry_phone", "water_supply"],
        ),
        (
            "floor next to the toilet is soft n spongy, think its rotten. toilet seat's loose too",
            ["rotten_floor_stairs", "other_repair"],
        ),
    ],
)
def test_rot_draughts_leaking_pipes_and_loose_seats_are_faults_of_their_own(text, categories):
    assert [fault.category for fault in faults_in(text)] == categories


def test_damage_the_household_did_is_the_rechargeable_report_not_another_fault():
    text = "I dropped a heavy pan and cracked the kitchen floor tiles. Also the boiler is leaking"
    assert [f.category for f in other_faults(text, "tenant_responsibility")] == [
        "heating_hot_water"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "There is a leak in the roof. The ceilings are dry and no water is coming into the rooms",
        "the upstairs toilet does not flush: you push the handle and no water goes",
    ],
)
def test_a_leak_denied_or_a_dry_flush_is_not_a_lost_supply(text):
    assert "water_supply" not in [fault.category for fault in faults_in(text)]


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("no water in the entire flat. also the fan is noisy", ["water_supply", "extractor_fan"]),
        ("nothing coming out of any of the taps", ["water_supply"]),
        (
            "there's no water coming out of nothing not the kitchen tap not the bathroom",
            ["water_supply"],
        ),
        # A pull cord snapped off is a small job; a checked drain, a remedy tried and the stairs
        # as the way up are no faults.
        (
            "the bath wont drain. also the pull cord for the light in the bathroom snapped off",
            ["blocked_sink_bath", "other_repair"],
        ),
        (
            "The kitchen sink is not going down, I try the hot water and the soda. The drain "
            "outside is okay, no smell there and no water coming up.",
            ["blocked_sink_bath"],
        ),
        ("my husband can't do the stairs. the seat hinges have snapped", ["other_repair"]),
        # A socket that warms up is the fitting; a radiator warming up is no fault.
        (
            "the bedroom door handle fall off. And the socket in kitchen is getting warm when I "
            "use the kettle, no smell, no sparks.",
            ["doors_windows_frames", "unsafe_electrical_fitting"],
        ),
        ("the radiator is getting warm now but the tap drips", ["tap"]),
        # Remedies tried, and leaks and mould looked for and not found, are no faults.
        (
            "no hot water at all. I flicked the trip for it in the fuse box off and on in case it "
            "had tripped. The tank is stone cold.",
            ["heating_hot_water"],
        ),
        ("I've used a drain unblocker twice. It isn't leaking, there's no water downstairs", []),
        (
            "The fan in the bathroom has stopped working. I have not got any mould yet",
            ["extractor_fan"],
        ),
        ("I reset the trip switch but it keeps tripping", ["electricity_supply"]),
        (
            "black mould along the outside wall. The wall feels wet and cold even with the "
            "heating on.",
            ["damp_mould"],
        ),
        # The fixture ruled out, the drain outside named as the fault.
        (
            "not my sink thats blocked, sink drains fine. its the outside drain by the back door, "
            "backed right up",
            ["drainage"],
        ),
        # "Drain" the verb is the basin's, not the drains'; a bath said fine rules out no basin.
        (
            "the hand basin doesn't drain at all, I scoop the water out. The toilet and the bath "
            "are fine.",
            ["blocked_sink_bath"],
        ),
        # A thing named, the clause broken at "and my", and what is wrong told after.
        (
            "the radiators in the front room and my bedroom aren't coming on at all, the bathroom "
            "tap drips as well",
            ["heating_hot_water", "tap"],
        ),
        # What a rule for other words must not take: a wet wall by the floor is the damp, a new
        # grab rail is a handyperson job, a humidity fan is the fan, a dry tap is the supply.
        (
            "the mould in the corner is black and growing. Also the wall near floor is wet.",
            ["damp_mould"],
        ),
        (
            "can u put a grab rail next to the bath my husband just had a stroke n cant get out",
            ["handyperson"],
        ),
        (
            "not the light the fan in the shower room, humidity one, doesnt come on anymore",
            ["extractor_fan"],
        ),
        (
            "Just no water coming at all, every tap is dry. The neighbour has water",
            ["water_supply"],
        ),
        (
            "The light in the ceiling of the bathroom, the glass cover fall down and broke",
            ["unsafe_electrical_fitting"],
        ),
        (
            "The hot tap on the basin drips constantly, I think that's why the boiler fires up",
            ["tap"],
        ),
        # Only "and my" carries a thing on: "and the" starts a thing of its own.
        (
            "The sink isn't blocked and the taps are fine. The worktop around the sink has lifted "
            "and split",
            ["worktops"],
        ),
        # A leak denied in other words, and mould told by colour.
        ("a damp patch on the ceiling. No water has ever actually dripped through", ["damp_mould"]),
        (
            "The problem is the humidity. There is no leak, no water coming from anywhere",
            ["damp_mould"],
        ),
        (
            "the wall behind my bed has gone black in patches, green fuzzy spots under it",
            ["damp_mould"],
        ),
        # Said as a second language or a text says it.
        ("The ceiling plaster is on the floor. No water come.", []),
        ("heating packed up again n the mould is coming back", ["heating_hot_water", "damp_mould"]),
        ("too much humidity, black colour on the walls of every bedroom", ["damp_mould"]),
        (
            "water pressure rubbish since yest, just dribbling from the taps upstairs",
            ["water_supply"],
        ),
        # Things named only as a place, a time or a cause.
        ("grab rail by mums toilet pulled right out the wall", ["handrail"]),
        (
            "the floor near the toilet is soft, rotten from the water leak before",
            ["rotten_floor_stairs"],
        ),
        (
            "The toilet upstairs is not flushing. It is not leaking, no water on floor.",
            ["toilet"],
        ),
        (
            "The kitchen door is coming off the top hinge, it scratch the floor",
            ["doors_windows_frames"],
        ),
        (
            "the bedroom door doesn't shut anymore since the weather got damp",
            ["doors_windows_frames"],
        ),
        ("Floor tiles in the kitchen are cracked and some are loose", ["other_repair"]),
        # A leak told only as the cause of old damage is no leak now.
        (
            "the stairs have gone soft, the wood is dark as if it's rotted from a leak in the past",
            ["rotten_floor_stairs"],
        ),
        # The toilet named to say it works is no second fault.
        ("the cold tap in the kitchen nothing comes out, and the toilet fills up", ["tap"]),
        ("the water upstairs is really weak, kitchen is fine", ["water_supply"]),
        (
            "the basin is not draining, and the fan is broken",
            ["blocked_sink_bath", "extractor_fan"],
        ),
        ("curtains have black dots all over", ["damp_mould"]),
        ("the fan has stopped. There is no mould anywhere", ["extractor_fan"]),
    ],
)
def test_faults_told_in_plainer_words(text, categories):
    assert [fault.category for fault in faults_in(text)] == categories


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        # The leak the complaint is about was fixed: only its history.
        ("Nobody came three times. My friend fixed the leak. I want an answer.", []),
        ("I want to complain. The tap drips and nobody has come.", ["tap"]),
    ],
)
def test_a_repair_already_done_is_not_offered_again(text, offered):
    assert [fault.category for fault in other_faults(text, "complaint")] == offered


@pytest.mark.parametrize(
    ("text", "basin"),
    [
        ("Shower tray don't take the water down. Toilet is fine and flush OK.", True),
        ("bath and sink both blocked. toilet flushes fine", True),
        ("toilet blocked, nothing else", False),
        ("Only the hot water is gone. Heating is working fine.", False),
    ],
)
def test_a_basin_blocked_with_the_toilet_said_to_be_fine(text, basin):
    assert a_basin_not_the_toilet(text) is basin


def test_a_complaint_asked_for_is_offered_after_the_repair_that_came_first():
    text = "I want to make a formal complaint. The patio door will not lock at all now."
    offered = complaint_to_offer(text, "insecure_entry")
    assert offered is not None
    assert offered.text == "I want to make a formal complaint."


@pytest.mark.parametrize(
    ("text", "settled"),
    [
        (
            "when the old hot water tank leaked last year it was replaced, and that's long since "
            "fixed - nothing has leaked since. But the floorboards on the landing have gone soft",
            {"leaking_pipe_tank"},
        ),
        ("There's no leak that we know of. The stairs are rotten", {"leaking_pipe_tank"}),
        # Fixed once and failed since is still wrong.
        ("the pipe was fixed in May and it's leaking again", set()),
        ("the leak under the sink was fixed. The pipe in the loft is leaking now", set()),
        # All a repaired clause names was put right; a thing named as a place is not what is wrong.
        (
            "I had a slow leak from the toilet waste, which your plumber fixed in the spring. Now "
            "when you stand in front of the toilet the floor dips and feels spongy.",
            {"toilet", "leaking_pipe_tank"},
        ),
    ],
)
def test_a_fault_told_only_as_put_right_or_not_wrong_is_settled(text, settled):
    assert settled_categories(text) == settled


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        (
            "rads wont come on, and theres mould in the box room",
            ["heating_hot_water", "damp_mould"],
        ),
        (
            "Mould on the landing wall. Also the bath takes ages to empty now",
            ["damp_mould", "blocked_sink_bath"],
        ),
        ("the shower tray did not empty at all last night", ["blocked_sink_bath"]),
        ("the basin tap is not closing, it runs all the time", ["tap"]),
        ("the lounge door dropped off its hinge and drags on the floor", ["doors_windows_frames"]),
    ],
)
def test_faults_told_by_what_they_do(text, categories):
    assert [fault.category for fault in faults_in(text)] == categories


@pytest.mark.parametrize(
    ("text", "category", "offered"),
    [
        # The lights said to be fine do not clear the sockets of the same supply.
        (
            "no power to the bedroom sockets, the lights are fine, and the window is draughty",
            "doors_windows_frames",
            ["electricity_supply"],
        ),
        ("Not the toilet, the toilet is fine. The basin is blocked", "blocked_sink_bath", []),
    ],
)
def test_a_thing_said_to_be_fine_clears_only_faults_told_of_it(text, category, offered):
    assert [fault.category for fault in other_faults(text, category)] == offered


def test_a_smell_coming_up_through_the_floor_is_not_a_floor_to_repair():
    faults = faults_in("a strong smell of smoke comes up through my floor from the flat below")
    assert all(fault.placed for fault in faults)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # A thing said to be fine is left out of the clause that says so.
        (
            "extractor fan is fine its the socket next to the sink thats loose n cracked",
            ["unsafe_electrical_fitting"],
        ),
        ("bath n sink both blocked, toilet fine", ["blocked_sink_bath"]),
        # "The problem is the X," names the thing whose fault the next clause tells.
        (
            "The toilet is fine, it flush OK. The problem is the bathroom sink, the water not go "
            "down, it is blocked.",
            ["blocked_sink_bath"],
        ),
        # ... but a clause that only names things does not lend them to the next.
        (
            "Downstairs is fine - the kitchen taps and the downstairs toilet work - but since last "
            "night nothing at all comes out of the bath upstairs",
            [],
        ),
        (
            "bedroom door sticks n theres a rotten board by the window",
            ["doors_windows_frames", "rotten_floor_stairs"],
        ),
        ("the cooker switch on the wall is cracked n loose", ["unsafe_electrical_fitting"]),
        ("Her door-entry handset stopped ringing last week", ["door_entry_phone"]),
        ("the flue on the boiler is blockd with a nest", ["blocked_flue"]),
        ("the tank in the airing cupboard it's just not getting hot", ["heating_hot_water"]),
        ("the water in the bath is not going down, it stay there", ["blocked_sink_bath"]),
        (
            "kitchen sink wont drain, water just sits there, tried plunger n hot water",
            ["blocked_sink_bath"],
        ),
        # A fault not come yet, or a leak denied in a place, is no fault.
        ("the bathroom fan stopped and I want it fixed before the damp sets in", ["extractor_fan"]),
        ("The tap is fine and nothing under the sink is leaking, I've checked.", []),
    ],
)
def test_faults_told_around_what_is_fine_and_what_the_problem_is(text, categories):
    assert [f.category for f in faults_in(text)] == categories


@pytest.mark.parametrize(
    ("text", "ruled_out"),
    [
        # "The lights are fine" does not rule out the sockets with no power told in the same
        # breath.
        (
            "the plugs in the living room have all stopped working the telly's off um the lights "
            "are fine and also the bedroom door sticks",
            set(),
        ),
        ("the toilet is fine, the sink is blocked", {"toilet"}),
        # Texted without the apostrophe.
        ("er the bath wont drain its just sitting there um the toilets fine", {"toilet"}),
        (
            "it's not mould um it's not condensation there's a pipe in the wall dripping",
            {"damp_mould"},
        ),
        (
            "er the hot and cold is fine in the kitchen it's just the bathroom sink no water",
            {"heating_hot_water"},
        ),
        (
            "It's not the drain outside. It's the shower tray, it takes ages to go down",
            {"drainage"},
        ),
    ],
)
def test_what_the_tenant_rules_out(text, ruled_out):
    assert ruled_out_categories(text) == ruled_out


@pytest.mark.parametrize(
    ("text", "category", "others"),
    [
        # A leak the message denies is not offered, nor made the more urgent report.
        (
            "The side panel on my bath has cracked right across, so you can see all the pipes. "
            "The bath itself is fine and nothing is leaking.",
            "other_repair",
            [],
        ),
        (
            "From the ceiling in the rooms no water is coming. Only in the loft I see the wood is "
            "wet when it rain and some roof tiles are broken.",
            "roof_leak",
            [],
        ),
    ],
)
def test_a_leak_denied_is_never_another_fault(text, category, others):
    assert [f.category for f in other_faults(text, category)] == others


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # A speech transcript's repeated word: "not the tap, tap is fine".
        (
            "its not the tap tap is fine pipe under kitchen sink dripping non stop",
            ["leaking_pipe_tank"],
        ),
        # A place named with a possessive: "in front of my father's toilet".
        (
            "The floor in front of my father's toilet has gone spongy and soft",
            ["rotten_floor_stairs"],
        ),
    ],
)
def test_faults_told_in_speech_with_repeats_and_possessives(text, categories):
    assert [f.category for f in faults_in(text)] == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # One saying after another, unpunctuated: each is taken out before the clause is read.
        ("not the toilet loo is fine kitchen sink blocked", ["blocked_sink_bath"]),
        # Sewage coming up round a lifted cover is the drain, not the toilet paper in it.
        (
            "the manhole cover in the front garden it's lifted up a bit and there's sewage and "
            "toilet paper coming up around the edges",
            ["drainage"],
        ),
        ("Today the metal cover in the garden path is lifting", ["drainage"]),
        # A cracked cistern leaking onto the floor is the cistern, not a toilet that won't flush.
        (
            "The toilet tank (cistern) has a crack on the side and water come slowly onto the "
            "floor",
            ["leaking_pipe_tank"],
        ),
        # The working toilet named to say so is not a second toilet fault.
        (
            "the toilet won't flush the handle's loose and the bathroom sink is blocked as well "
            "we've got another toilet downstairs though",
            ["toilet", "blocked_sink_bath"],
        ),
        # A fan that won't switch off is the fan, not a switch.
        ("bathroom fan stays on all the time, just wont switch off", ["extractor_fan"]),
        # "No water" where a leak would be, or said of the rooms, is no lost supply.
        ("the bath panel has come off, there's no water under there it's all dry", []),
        (
            "Some tiles fell off the roof. In the rooms there is no water, the ceilings are dry",
            ["roof_leak"],
        ),
        # The weather and the heating as a time are not damp or a heating fault.
        (
            "Since the damp weather the kitchen door has swollen and warped",
            ["doors_windows_frames"],
        ),
        ("Since the heating came on in October some hairline cracks have appeared", []),
        # A buzzer panel smashed, the lock said to work: the door entry, not the way in.
        (
            "the front door to the block the lock's working fine it's the buzzer panel outside "
            "it's been smashed",
            ["door_entry_phone"],
        ),
        ("mushrooms growing in the corner of the bathroom ceiling, black colour", ["damp_mould"]),
        ("the kitchen tab um the hot one is really stiff", ["tap"]),
    ],
)
def test_faults_read_from_this_rounds_development_sets(text, categories):
    assert [f.category for f in faults_in(text)] == categories


@pytest.mark.parametrize(
    ("text", "category", "others"),
    [
        # A tap and a pipe told in clauses of their own are two repairs: the pipe is offered
        # (and, due sooner, becomes the report).
        (
            "Bath tap's gone stiff. Also the pipe coming out the bottom of the boiler is dripping",
            "tap",
            ["leaking_pipe_tank"],
        ),
        # One leak told once is one repair, whichever way it was read.
        ("the pipe under the kitchen sink is leaking", "tap", []),
    ],
)
def test_a_tap_and_a_pipe_told_apart_are_two_repairs(text, category, others):
    assert [f.category for f in other_faults(text, category)] == others


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("DAY 9 with no working toilet. its the only one we have", ["toilet"]),
        # A clause that only names the thing is the subject of the next.
        ("It's the hot water. Halfway through a shower it goes stone cold", ["heating_hot_water"]),
        ("the immersion heater is on but the cylinder stays stone cold", ["heating_hot_water"]),
        ("No pipes or cables are showing and nothing else is damaged", []),
    ],
)
def test_faults_told_in_dev26_to_dev28(text, categories):
    assert [f.category for f in faults_in(text)] == categories


def test_a_fault_said_to_go_on_after_the_job_was_closed_is_still_offered():
    text = (
        "I reported that the pipe from the top of my cylinder was dripping. On 19 November I was "
        "told the job had been 'completed'. It has not. The pipe is still dripping."
    )
    assert [f.category for f in other_faults(text, "complaint")] == ["leaking_pipe_tank"]


@pytest.mark.parametrize(
    ("text", "category", "others"),
    [
        # The tenant's own appliance's water is the appliance, not a drain to offer.
        (
            "My washing machine is broken, the water not drain and it show error. I bought it "
            "myself last year.",
            "tenant_responsibility",
            [],
        ),
        # A window said to lock, in the same sentence, is no way in left open.
        (
            "There is black mould on the wall. Also the window there not close tight, the wind "
            "whistle, but it lock.",
            "damp_mould",
            ["doors_windows_frames"],
        ),
        # A leak looked for and not found is no loss of supply.
        (
            "Not a leak, I checked, no water coming from the pipes or from the neighbour. But "
            "the walls are wet and cold, and black spots on the wall.",
            "damp_mould",
            [],
        ),
    ],
)
def test_other_faults_read_in_their_sentence(text, category, others):
    assert [f.category for f in other_faults(text, category)] == others
