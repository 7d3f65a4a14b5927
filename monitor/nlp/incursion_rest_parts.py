"""A list of counts closed by "the rest": "The graphic lists 14 J-16s, 6 J-10s, a KJ-500 and two
BZK-005s, and the rest as 'other'". Naming what is left over says the list breaks a total
down, so its counts are parts of that total (rule 3), no figures of their own, however many
kinds it names. A count that reached a zone of its own stays one ("Four of the ships entered
territorial waters, and the rest stayed outside")."""

from .incursion_claims import Claim
from .incursion_tokens import Token

_LEFT_OVER = {"rest", "remainder"}
_JOINS = {",", "and", "with", "while"}


def mark_parts_before_the_rest(words: list[Token], claims: list[Claim]) -> None:
    """Mark as parts the counts with no zone listed before ", and the rest" in the sentence."""
    rest = next(
        (
            i
            for i in range(2, len(words))
            if words[i].low in _LEFT_OVER
            and words[i - 1].low == "the"
            and words[i - 2].low in _JOINS
        ),
        None,
    )
    if rest is None:
        return
    listed = [claim for claim in claims if claim.last < rest and not claim.reference]
    if len(listed) < 2 or any(claim.zones for claim in listed):
        return
    for claim in listed:
        claim.part = True
