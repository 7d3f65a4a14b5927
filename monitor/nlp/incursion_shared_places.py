"""Craft placed both outside the list and off Taiwan's own coast: "Drones: 3, operating
southwest of Pratas and off the east coast". The place outside the list is where some of them
flew; "and off the east coast" puts the count around Taiwan as well, so it stays the report's
(rule 5 drops only counts wholly outside)."""

from .incursion_tokens import Token
from .incursion_words import COMPASS_WORDS

_REACH = 8  # from "Pratas" to "coast": "Pratas Island and off the island's east coast"
_ENDS = {".", ";", ":", ",", "but"}
_TAIWANS = {"taiwan", "island"}  # "off Taiwan's east coast", "off the island's east coast"


def also_off_taiwans_coast(words: list[Token], at: int) -> bool:
    """Whether the place outside the list at `at` is joined by "and" to Taiwan's coast after
    it, within its phrase: "southwest of Pratas and off the east coast"."""
    joined = False
    for j in range(at + 1, min(len(words), at + _REACH)):
        low = words[j].low
        if low in _ENDS:
            return False
        joined = joined or low == "and"
        if joined and low in ("coast", "coasts") and words[j - 1].low in COMPASS_WORDS:
            owner = words[j - 2].low if j > 1 else ""
            return owner == "the" or owner in _TAIWANS
    return False
