"""A count told as more of the craft counted before: "the coast guard saw 40 vessels last
month, and on Friday its patrols logged another 12, of which 3 entered the contiguous zone".
The writer leaves the craft's noun out because the sentence has just named it; the count is of
those craft, on an occasion of its own (incursion_claim_reader.py's `claim` rule)."""

from datetime import date

from .incursion_claims import Claim
from .incursion_tokens import Token

# The words that put a bare number on top of the count before: "a further 31", "another 12".
_MORE = ("further", "another")
# What may follow the bare number and close its noun phrase: a comma, the clause's end, a
# partitive ("..., of which 16 crossed") or "and".
_CLOSERS = (",", ".", ";", "and")


def further_count(
    words: list[Token], first: int, count: int, end: int, listing: bool
) -> Claim | None:
    """The claim of a bare number after "a further" or "another", where a count of craft comes
    before it in the sentence (`listing`): the craft named before, counted again. A number that
    a noun follows is no such count ("another 3 hours"), and neither is one with no count
    before it to take the craft from."""
    if not listing or first < 1 or words[first - 1].low not in _MORE:
        return None
    if end + 1 < len(words) and words[end + 1].low not in _CLOSERS:
        return None
    return Claim(first, end, count, None)


def on_a_day_of_their_own(claims: list[Claim], days: dict[int, date], seen: list[int]) -> None:
    """A further count after a period's tally, with a day written between them ("150 aircraft
    in the first week, and on Monday a further 31", "two ships entered the waters over the
    weekend ..., as of noon Monday, while two others sailed ..."), is that day's count of the
    same craft, not more of the tally in another sector of its zone: it takes the craft named
    before and is no part of the tally's sum. After a day's count ("two ships entered ... this
    morning and a further three entered ...") it is still more of that count. A verb of
    sighting in its own clause (`seen`: where the sentence has one) makes it a sighting, as
    "the ministry recorded 31 aircraft" is."""
    for before, claim in zip(claims, claims[1:], strict=False):
        tallied = before.cumulative and before.craft is not None
        if not (claim.additive and claim.craft is None and tallied):
            continue  # only then are the days between looked for: a sentence may hold many
        if any(before.last < at < claim.first for at in days):
            claim.craft, claim.ships, claim.unmanned = before.craft, before.ships, before.unmanned
            claim.additive = False
            claim.detected = claim.detected or any(before.last < at < claim.first for at in seen)
