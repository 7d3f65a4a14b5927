"""A count told as what "it was" on another day restates the measure of the count before:
"On Monday a Y-8 and two J-16s entered the south-western corner of the ADIZ; on Tuesday it was
four J-10s", "How many aircraft entered the ADIZ on Tuesday? Two Y-8s. On Thursday it was three
aircraft". "It" is the measure (aircraft in the ADIZ), so the count goes where the count before
went: the zones of the count before, the report's area as well, or else the zone last named.
incursion_story.py resolves them."""

from .incursion_claims import Claim
from .incursion_tokens import Token

_RESTATING = (("it", "was"), ("it", "is"), ("it", "had", "been"))


def restate_measures(words: list[Token], claims: list[Claim]) -> None:
    """Marks as restated the counts, with the rest of their group, that follow "it was"."""
    restated: set[int] = set()
    for claim in claims:
        if claim.group in restated or _after_it_was(words, claim.first):
            restated.add(claim.group)
            claim.restated = True


def _after_it_was(words: list[Token], first: int) -> bool:
    lows = [token.low for token in words[max(0, first - 3) : first]]
    return any(tuple(lows[-len(opening) :]) == opening for opening in _RESTATING)
