"""The full name must match, not only the surname (issue 11: "Bob Jones" was greeted as Sarah)."""

from __future__ import annotations

import pytest

from backend.domain.disclosure import is_confidential
from backend.domain.identity import names_match


@pytest.mark.parametrize(
    ("given", "matches"),
    [
        ("Sarah Jones", True),
        ("sarah jones", True),
        ("  SARAH   JONES ", True),
        ("Mrs Sarah Jones", True),
        ("Sarah Anne Jones", True),  # a middle name
        ("Sarah Jones.", True),
        ("Bob Jones", False),  # the finding: the first name was ignored
        ("Jones", False),
        ("S Jones", False),  # an initial is not the first name
        ("Sarah", False),
        ("Sarah Smith", False),
        ("Jones Sarah", False),
        ("", False),
    ],
)
def test_the_whole_name_must_be_the_tenants(given, matches):
    assert names_match(given, "Sarah", "Jones") is matches


@pytest.mark.parametrize(
    ("given", "first", "last", "matches"),
    [
        ("Siobhan O'Neill", "Siobhán", "O'Neill", True),  # accents and apostrophes
        ("siobhan oneill", "Siobhán", "O'Neill", True),
        ("Ana Smith-Jones", "Ana", "Smith-Jones", True),
        ("Ana Smith Jones", "Ana", "Smith-Jones", True),
        ("Ana Jones", "Ana", "Smith-Jones", False),
        ("Mary Ann van der Berg", "Mary Ann", "van der Berg", True),
        ("Mary van der Berg", "Mary Ann", "van der Berg", False),
    ],
)
def test_names_are_compared_without_punctuation_or_accents(given, first, last, matches):
    assert names_match(given, first, last) is matches


@pytest.mark.parametrize(
    ("tier", "confidential"),
    [("asb", True), ("complaint", True), ("routine", False), ("emergency", False), (None, False)],
)
def test_asb_and_complaints_are_never_told_in_a_conversation(tier, confidential):
    assert is_confidential(tier) is confidential
