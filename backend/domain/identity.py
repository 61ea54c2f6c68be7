"""Whether the name a person gives is the tenant's name on record (issue 11: the full name
must match, not just the surname).

Tolerance: case, spacing, accents and punctuation (apostrophes, full stops) are ignored, a
hyphen counts as a space, and a title (Mr, Mrs, Ms, Miss, Mx, Dr) is dropped. Middle names
between the first name and the surname are allowed. An initial is not a first name ("S Jones"
does not match Sarah Jones), and neither is a different first name ("Bob Jones")."""

from __future__ import annotations

import re
import unicodedata

TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "sir", "dame"})


def name_words(text: str) -> list[str]:
    """ "Mrs Siobhán O'Neill-Smith" -> ["siobhan", "oneill", "smith"] (title dropped)."""
    folded = unicodedata.normalize("NFKD", text or "")
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    folded = re.sub(r"['’`.]", "", folded)  # O'Neill is ONeill; a hyphen parts words
    words = re.findall(r"[a-z]+", folded)
    while words and words[0] in TITLES:
        words = words[1:]
    return words


def names_match(given: str, first_name: str, last_name: str) -> bool:
    """The given full name is the tenant's: first name(s) first, surname last."""
    words = name_words(given)
    first, last = name_words(first_name), name_words(last_name)
    if not first or not last or len(words) < len(first) + len(last):
        return False
    return words[: len(first)] == first and words[len(words) - len(last) :] == last
