"""Counts whose verb and zone a second clause leaves out, as writers do when they go on to
another day: "three Chinese aircraft entered the ADIZ on Saturday, and two Y-8 anti-submarine
aircraft on Sunday" says the two Y-8s entered the ADIZ too, as "..., and 39 on Saturday" says
of a bare number (incursion_count_words.elided). Only a day may follow the count before its
clause ends: "and two ships were spotted on Sunday" has a verb of its own, and "28 aircraft
and seven ships on Monday" no clause before to share."""

from .incursion_claims import Claim
from .incursion_tokens import Token

_JOINS = {"and", ",", ";"}
_ENDS = {".", ";", ",", ")"}


def gapped_count(words: list[Token], claim: Claim, blocked: set[int]) -> bool:
    """Whether a count that names its craft stands after "and" or a comma with only its day
    after it ("on Sunday", "on Oct. 11"), to the clause's end. `blocked` holds the tokens
    of days written."""
    if claim.craft is None or claim.first == 0 or words[claim.first - 1].low not in _JOINS:
        return False
    after = claim.last + 1
    if after >= len(words) or words[after].low != "on" or after + 1 not in blocked:
        return False
    after += 1
    while after in blocked:
        after += 1
    return after >= len(words) or words[after].low in _ENDS
