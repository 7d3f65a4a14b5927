"""The last item of a list that a relative clause after it belongs to alone: in "eight
aircraft, six navy vessels and one balloon, which crossed the median line" only the balloon
crossed. Taiwan's defence ministry reports balloons (and single drones or ships) so, the one
craft that did something named last with its own ", which" clause; a single item's
non-restrictive clause cannot be the whole list's, whose plural craft would take "which" no
differently but would be told before the singular one, not after it."""

from .incursion_claims import Claim
from .incursion_tokens import Token


def owns_its_relative_clause(words: list[Token], claim: Claim, before: Claim) -> bool:
    """Whether `claim`, a count of one joined to a list of other craft, is followed by a comma
    and "which" or "that": the clause is the item's, so the list before does not share it."""
    following = [token.low for token in words[claim.last + 1 : claim.last + 3]]
    return (
        claim.count == 1
        and before.craft != claim.craft
        and following in ([",", "which"], [",", "that"])
    )


def keep_in_the_total(words: list[Token], claims: list[Claim]) -> None:
    """The item with a clause of its own is still one of the list's totals: when the list
    before it is what a report detected, with no zone or around the island ("nine navy ships
    and four aircraft around the island ..., as well as one balloon, which crossed the median
    line"), so is the item, beside its zone."""
    for before, claim in zip(claims, claims[1:], strict=False):
        totals = set(before.zones) <= {"around Taiwan"}
        total = before.detected and totals and "around Taiwan" not in claim.zones
        if total and claim.zones and owns_its_relative_clause(words, claim, before):
            claim.zones.insert(0, "around Taiwan")
