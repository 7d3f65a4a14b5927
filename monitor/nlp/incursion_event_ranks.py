"""A period that ranks an event in it: "in a first for 2025, two CCG ships entered the
restricted waters off Matsu", "the second of 2024". The ordinal says the event is the first
of its kind in the period; the counts beside it are still the day's, not the period's tally
(rule 5)."""

from . import incursion_words as w
from .incursion_tokens import Token

_RANKED_BY = {"for", "in", "of", "since"}  # "a first for 2025", "the first in 2025"


def ranks_an_event(words: list[Token], i: int) -> bool:
    """Whether the period preposition at i follows an ordinal: "first for 2025"."""
    return words[i].low in _RANKED_BY and i > 0 and bool(w.ORDINAL.fullmatch(words[i - 1].low))
