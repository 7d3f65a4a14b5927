"""The place a zone's possessor names: "Taiwan's contiguous zone" is Taiwan's, and so is
"the island's contiguous zone" in a report about Taiwan.

"The island" alone may be Kinmen or Matsu as well as Taiwan; but the outlying islands'
only zone in the list is restricted waters, so an island owning a contiguous zone, territorial
waters or an ADIZ is Taiwan (rules 2 and 4 of docs/evaluation-sets.md).
"""

from .incursion_phrases import match
from .incursion_tokens import Token
from .incursion_words import OUTSIDE, PLACES
from .incursion_zones import ZONE_PHRASES, ZONES

_TAIWANS_OWN_ZONES = {"contiguous zone", "territorial waters", "ADIZ"}
# 島 "island" romanised after a name, closed up or hyphenated: "Kubajima", "Uotsuri-shima".
_ISLAND_SUFFIXES = ("-jima", "-shima", "jima", "shima")
REACH = 40  # words back an island outside the list may be named: asked at every "island's"


def place_at(words: list[Token], i: int) -> str | None:
    """The place the word at i names: a place's name, or "the island's" before a zone
    only Taiwan has."""
    if words[i].low in PLACES:
        return PLACES[words[i].low]
    if (island := _island_named(words[i].low)) is not None:
        return island
    if not (words[i].low == "island" and words[i].possessive and i > 0):
        return None
    # "toward the Pratas Islands but turned back before the island's air defense zone": an
    # island outside the list named before makes "the island" that one.
    if words[i - 1].low != "the" or any(t.low in OUTSIDE for t in words[max(0, i - REACH) : i]):
        return None
    length = match(words, i + 1, ZONES)
    zone = ZONE_PHRASES.get(tuple(t.low for t in words[i + 1 : i + 1 + length]))
    return "Taiwan" if length and zone in _TAIWANS_OWN_ZONES else None


def may_name_a_place(low: str) -> bool:
    """Whether place_at may read a place at a word written so: a place's name, an island's
    name with its romanised suffix, or "island"."""
    return low in PLACES or low == "island" or low.endswith(_ISLAND_SUFFIXES)


def _island_named(low: str) -> str | None:
    """The place of an island written with its romanised suffix ("kubajima" is Kuba, one of
    the Senkaku Islands), if its name is a place's."""
    if not low.endswith(_ISLAND_SUFFIXES):  # asked at every word
        return None
    for suffix in _ISLAND_SUFFIXES:
        if low.endswith(suffix) and (name := low[: -len(suffix)]) in PLACES:
            return PLACES[name]
    return None
