"""A dash after craft announces their parts ("The vessels -- a frigate and two destroyers",
"among them J-16s") unless it closes an aside that a dash opened: "On Wednesday the count was
lower — 9 aircraft, 6 ships and 2 official ships — with 4 aircraft in the southwestern ADIZ"
counts four aircraft in the ADIZ, no part of the ships before the dash. "a balloon — or, as
the ministry put it, two balloons" only rewords the count."""

from . import incursion_words as w
from .incursion_phrases import craft_of, next_is
from .incursion_tokens import Token

_STOPS = {".", "!", "?"}


def announces_parts(words: list[Token], i: int) -> bool:
    """Whether the dash at `i`, after a craft noun, opens a list of their parts."""
    if words[i].low not in w.DASHES or i < 2 or not craft_of(words[i - 1]):
        return False
    return not next_is(words, i, "or") and not _closes_an_aside(words, i)


def _closes_an_aside(words: list[Token], i: int) -> bool:
    """Whether an odd number of dashes stands before `i` in its sentence: this one closes."""
    opened = 0
    for token in reversed(words[:i]):
        if token.low in _STOPS:
            break
        opened += token.low in w.DASHES
    return opened % 2 == 1
