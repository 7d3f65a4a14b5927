"""The waters around the island a story reports on, named without it: "10 J-16s entered the
southwestern part of its ADIZ, while six PLA Navy ships operated in surrounding waters", as
Taiwan's defence ministry words its daily report ("in the surrounding waters"). The waters are
Taiwan's only where the sentence names Taiwan and no other island a report may be of: in a
Senkaku or Kinmen story they are that island's."""

from .incursion_phrases import match
from .incursion_tokens import Token
from .incursion_words import PLACES, TAIWAN_NAMES, phrases

_SURROUNDING_WATERS = phrases("surrounding waters", "the surrounding waters")
_OF_A_PLACE = {"of", "off", "around", "near", "surrounding"}  # "surrounding waters off Kinmen"


def taiwans_surrounding_waters(words: list[Token], i: int) -> int:
    """The length of "surrounding waters" at i when they are Taiwan's, else 0."""
    length = match(words, i, _SURROUNDING_WATERS)
    if not length or (i + length < len(words) and words[i + length].low in _OF_A_PLACE):
        return 0
    named = {PLACES.get(token.low) for token in words}
    taiwan = any(token.low in TAIWAN_NAMES for token in words)
    return length if taiwan and named <= {"Taiwan", None} else 0
