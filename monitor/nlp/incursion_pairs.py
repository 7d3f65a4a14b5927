"""A count of two written "both": "eight of the aircraft and both balloons crossed the median line",
"Both of the balloons drifted across the line", "Both crossed". English writes "both" for "the
two" when two craft were counted before, so it counts them again as "the two balloons" does: a
share or repeat of the count before, in the zone its clause names. The pair of "both aircraft
and ships were tracked" joins two nouns, counts nothing, and is left alone."""

from . import incursion_words as w
from .incursion_phrases import head_at
from .incursion_tokens import Token

_JOINERS = {"and", "or"}


def pair_at(words: list[Token], i: int) -> tuple[int, int] | None:
    """(2, i) when "both" at i counts two craft: before "of" ("both of them"), before a verb
    ("Both crossed"), or before one craft noun phrase that joins no other ("both balloons")."""
    if words[i].low != "both" or i + 1 >= len(words):
        return None
    after = words[i + 1].low
    if after == "of" or after in w.BARE_FOLLOWERS:
        return 2, i
    head = head_at(words, i + 1)
    if head is None or head.craft is None:
        return None
    joined = any(token.low in _JOINERS for token in words[i + 1 : head.last + 1])
    return None if joined else (2, i)
