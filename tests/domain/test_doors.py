"""Door numbers as tenants say them and as the records hold them (issue 13: a tenant whose door
is "Flat 6" could never be matched: "flat 6" was reduced to "6" and compared with "Flat 6")."""

from __future__ import annotations

import pytest

from backend.domain.doors import (
    AmbiguousDoor,
    DoorKey,
    DoorNotUnderstood,
    NoSuchDoor,
    door_key,
    home_at_door,
)


@pytest.mark.parametrize(
    ("said", "key"),
    [
        ("6", DoorKey(building="6")),
        ("Flat 6", DoorKey(flat="6")),
        ("flat 6", DoorKey(flat="6")),
        ("flat6", DoorKey(flat="6")),
        ("FLAT  6.", DoorKey(flat="6")),
        ("flat no. 6", DoorKey(flat="6")),
        ("flat six", DoorKey(flat="6")),
        ("6A", DoorKey(building="6a")),
        ("6 a", DoorKey(building="6a")),
        ("6a", DoorKey(building="6a")),
        ("number 6a", DoorKey(building="6a")),
        ("flat 4b", DoorKey(flat="4b")),
        ("Flat 2, 14", DoorKey(flat="2", building="14")),
        ("2/14", DoorKey(flat="2", building="14")),
        ("flat 2 14", DoorKey(flat="2", building="14")),
        ("14 flat 2", DoorKey(flat="2", building="14")),
        ("14, Flat 2", DoorKey(flat="2", building="14")),
        ("Apartment 3", DoorKey(flat="3")),
        ("apt 3", DoorKey(flat="3")),
        ("Apt. 3", DoorKey(flat="3")),
        ("unit 3", DoorKey(flat="3")),
        ("Rose Cottage", DoorKey(name="rose cottage")),
    ],
)
def test_a_door_is_reduced_to_its_flat_and_building_numbers(said, key):
    assert door_key(said) == key


@pytest.mark.parametrize("said", ["", "   ", "1 2 3", "flat 2 flat 3", "flat", "?!"])
def test_a_door_with_no_number_or_too_many_is_not_understood(said):
    with pytest.raises(DoorNotUnderstood):
        door_key(said)


@pytest.mark.parametrize(
    ("said", "doors", "home"),
    [
        # One home at the postcode has this door, however it is written.
        ("Flat 6", {1: "Flat 6", 2: "12"}, 1),
        ("flat6", {1: "Flat 6", 2: "12"}, 1),
        ("6", {1: "Flat 6", 2: "12"}, 1),  # the only 6 at the postcode
        ("flat 6", {1: "6", 2: "12"}, 1),  # the record left the word "Flat" out
        ("6A", {1: "6a", 2: "6"}, 1),
        ("6 a", {1: "6A", 2: "6"}, 1),
        ("6", {1: "6A", 2: "6"}, 2),  # 6 is not 6A
        ("Flat 2, 14", {1: "Flat 2, 14", 2: "Flat 1, 14", 3: "Flat 2, 16"}, 1),
        ("2/14", {1: "Flat 2, 14", 2: "Flat 1, 14", 3: "Flat 2, 16"}, 1),
        ("flat 2 14", {1: "Flat 2, 14", 2: "Flat 1, 14"}, 1),
        ("14 flat 2", {1: "Flat 2, 14", 2: "Flat 1, 14"}, 1),
        ("apt 3", {1: "Apartment 3", 2: "3A"}, 1),
        # A labelled answer that is exactly one home's door picks that home.
        ("Flat 6", {1: "Flat 6", 2: "6"}, 1),
        ("rose cottage", {1: "Rose Cottage", 2: "1"}, 1),
    ],
)
def test_the_home_at_the_door_the_tenant_gave(said, doors, home):
    assert home_at_door(said, doors) == home


@pytest.mark.parametrize(
    ("said", "doors", "refusal"),
    [
        # Ambiguity never matches: a bare 6 fits a house 6 and a Flat 6 alike.
        ("6", {1: "Flat 6", 2: "6"}, AmbiguousDoor),
        ("6", {1: "Flat 6", 2: "Flat 6"}, AmbiguousDoor),
        ("flat 6", {1: "6", 2: "6"}, AmbiguousDoor),
        ("Flat 6", {1: "Flat 6, 10", 2: "Flat 6, 12"}, NoSuchDoor),  # which building?
        ("14", {1: "Flat 2, 14"}, NoSuchDoor),  # the building is not the flat
        ("2", {1: "Flat 2, 14"}, NoSuchDoor),
        ("Flat 2, 16", {1: "Flat 2, 14"}, NoSuchDoor),
        ("7", {1: "Flat 6", 2: "12"}, NoSuchDoor),
        ("6", {}, NoSuchDoor),
        ("flat", {1: "Flat 6"}, DoorNotUnderstood),
    ],
)
def test_a_door_that_fits_no_home_or_more_than_one_is_no_match(said, doors, refusal):
    with pytest.raises(refusal):
        home_at_door(said, doors)
