"""Counts of ships split between the islands' restricted waters: "Six ships entered restricted
waters, four of them near Kinmen and two off Matsu" charts the parts by place, not the total
(incursion_story.py reads them)."""

from .incursion_claims import Claim
from .incursion_words import SEA_PLACES


def split_by_place(claims: list[Claim]) -> set[int]:
    """The totals a sentence splits by place with the counts after it ("Six ships entered
    restricted waters, four of them near Kinmen and two off Matsu"): the parts, which add up
    to the total and name two places or more, are the facts of each place; the total is of none.
    """
    split = set()
    for index, total in enumerate(claims):
        if total.craft is None or not total.count:
            continue
        parts = []
        for part in claims[index + 1 :]:
            if part.craft is not None or not part.count or not set(part.places) & SEA_PLACES:
                break
            parts.append(part)
        places = {place for part in parts for place in part.places}
        if len(places) > 1 and sum(part.count or 0 for part in parts) == total.count:
            split.add(id(total))
    return split


def of_both_islands(claim: Claim) -> bool:
    """Whether a count of restricted waters is of Kinmen's and Matsu's together."""
    return "restricted waters" in claim.zones and {"Kinmen", "Matsu"} <= set(claim.places)
