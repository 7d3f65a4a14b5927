"""An owner written in a noun phrase's article's place: "four of the service's ships", "two of
Beijing's vessels", "three of the agency's cutters". English makes a possessive the phrase's
determiner, as "its" is, so a share "of the service's ships" is a share of that owner's craft,
as "four of its ships" is, whatever noun the owner is (incursion_shares.py's partitive). An
owner that is another state's ("two of Japan's destroyers") keeps its craft no China's.
"""

from . import incursion_words as w
from .incursion_modifiers import craft_of
from .incursion_tokens import Token

_OWNER_REACH = 4  # "the China Coast Guard's": the owner's words up to its possessive


def after_an_owner(words: list[Token], i: int) -> int | None:
    """The position after a possessive owner that opens at i ("service's ships", "the
    agency's cutters", "Beijing's ships"), or None where no possessive ends within reach. The
    owner is words of a name or a noun: a number or a craft before the possessive ("two of
    four missiles China's Rocket Force fired") opens a phrase of its own."""
    for k in range(i, min(len(words), i + _OWNER_REACH)):
        token = words[k]
        if not token.text[:1].isalpha() or token.low in w.NUMBER_WORDS or craft_of(token):
            return None
        if token.possessive:
            return k + 1
    return None


def owned_abroad(words: list[Token], start: int, end: int) -> bool:
    """Whether the owner's words from start to end name another state, a civilian owner or the
    island itself ("two of the island's patrol vessels": Taiwan's, as "around the island" is
    around Taiwan)."""
    return any(token.low in w.FOREIGN or token.low == "island" for token in words[start:end])
