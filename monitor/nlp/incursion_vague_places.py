"""A vague quantity of places is part of the place phrase, not another subject: "fired 11
ballistic missiles into several areas to the north, east and south of Taiwan" says where the 11
fell, as "into waters to the north ... of Taiwan" does. A vague quantity of craft ("Some aircraft
crossed the median line") starts another subject and ends the scope of the counts before it
(incursion_grammar.py), but "several areas" counts nothing that could fly or sail."""

from .incursion_tokens import Token

_PLACE_NOUNS = {"areas", "zones", "waters", "locations", "places", "spots", "parts", "sites"}


def quantifies_places(words: list[Token], i: int) -> bool:
    """Whether the vague quantity at i ("several", "many") is of the places named after it."""
    return i + 1 < len(words) and words[i + 1].low in _PLACE_NOUNS
