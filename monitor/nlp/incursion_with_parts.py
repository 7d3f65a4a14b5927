"""A part of a total told after ", with": "14 coast guard vessels operated around Taiwan, with
four inside the restricted waters off Matsu", "30 aircraft flew around the island, with 12 in
the ADIZ". The bare number counts the craft of the total, as "four of them" would: a part with
a zone of its own, so the zone is the part's, not the total's (rule 3's breakdown, told where).
"""

from .incursion_tokens import Token

# Prepositions that put a part where it was: "in", "inside", "within" the zone.
_WHERE = {"in", "inside", "within", "into"}


def part_told_with(words: list[Token], first: int, end: int) -> bool:
    """Whether the bare count at words first..end follows ", with" and a preposition of place
    follows it: the craft of the count before, in a zone."""
    opened = first >= 2 and words[first - 1].low == "with" and words[first - 2].low == ","
    return opened and end + 1 < len(words) and words[end + 1].low in _WHERE
