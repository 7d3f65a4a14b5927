"""A count that numbers the members of a collection a body keeps, not craft sent anywhere: "the
coast guard keeps a watch list of about 50 ships", "a register of 300 vessels", "a fleet of 40
cutters", "a database of 1,200 aircraft". English sizes a list, a register or a fleet by "of"
and a count, and the count tells how many entries it holds, whatever day the story reports;
only where its sentence says the members were sighted or went somewhere ("a fleet of 40 cutters
entered the contiguous zone", "a flotilla of six ships was spotted") do they count craft."""

from .incursion_claims import Claim
from .incursion_tokens import Token

# Nouns of a kept collection, sized by "of" and a count. "formation", "flotilla", "squadron"
# and "group" name craft sailing or flying together, which a report counts: not here.
_COLLECTIONS = {
    "list", "lists", "watchlist", "watchlists", "blacklist", "blacklists", "register",
    "registers", "registry", "database", "databases", "roster", "rosters", "inventory",
    "inventories", "catalogue", "catalog", "fleet", "fleets",
}  # fmt: skip


def numbers_a_collection(words: list[Token], claim: Claim) -> bool:
    """Whether the claim's count, right after "<collection> of", sizes the collection and its
    sentence sights its members nowhere: no verb of sighting governs it, and no zone, not even
    "the zone" pointed back, is its own."""
    first = claim.first
    if first < 2 or words[first - 1].low != "of":  # most counts: asked of every claim
        return False
    return words[first - 2].low in _COLLECTIONS and not (claim.detected or claim.zones)
