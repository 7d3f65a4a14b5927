"""Ships of one kind are never a breakdown of ships of another: "9 navy vessels, 3 official
ships and, listed separately, 2 drones" lists the coast guard's ships beside the navy's, as a
defence ministry's report does. A breakdown by type (rule 3) names the types of its total's
kind ("eight ships, two destroyers and a frigate, sailed ..."); a count of another kind is
another total."""

from .incursion_claims import Claim


def of_another_kind(total: Claim, part: Claim) -> bool:
    """Whether `part` counts ships of another kind than `total`'s, both kinds being named."""
    return total.ships is not None and part.ships is not None and total.ships != part.ships
