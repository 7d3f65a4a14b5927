"""A count of flights by craft named: "Chinese military aircraft made 23 flights around
Taiwan", "23 flights by PLA aircraft". A flight counts the aircraft that flew it, as a sortie
does; but "flights" alone are an airline's too ("400 flights were cancelled"), so they count
aircraft only when the sentence names the aircraft that flew them, next to the count
(incursion_claim_reader.py's `claim_at`).
"""

from dataclasses import replace

from .incursion_phrases import MODIFIER_REACH, Head, head_at
from .incursion_tokens import Token

_FLIGHTS = {"flights"}
# The verbs that make the craft before them the flyers of the flights after: "made 23 flights".
_FLOWN = {"made", "makes", "flew", "flies", "conducted", "conducts", "logged", "completed"}


def flights_flown(words: list[Token], first: int, after: int) -> Head | None:
    """The aircraft that flew the flights counted at `first` ("flights" at `after`), as the
    count's head ending at "flights" or at the flyers after it; None when no aircraft are
    named as flying them."""
    if after >= len(words) or words[after].low not in _FLIGHTS:
        return None
    if after + 1 < len(words) and words[after + 1].low in ("by", "of"):
        flyers = head_at(words, after + 2)  # "23 flights by PLA aircraft"
        return flyers if flyers is not None and flyers.craft == "air" else None
    verb = first - 1
    if verb < 1 or words[verb].low not in _FLOWN:
        return None
    # "Chinese military aircraft made 23 flights": the aircraft end right before the verb;
    # their phrase starts at most MODIFIER_REACH words before its noun.
    for start in range(verb - 1, max(-1, verb - 2 - MODIFIER_REACH), -1):
        flyers = head_at(words, start)
        if flyers is not None and flyers.last == verb - 1:
            return replace(flyers, last=after) if flyers.craft == "air" else None
    return None
