"""A count of craft that narrows a total of the same craft told before it in the sentence to a
zone: "reported twenty-two aircraft and seven vessels ..., with eleven aircraft crossing the
median line". The eleven are a share of the twenty-two, as "eleven of the aircraft" would be,
so what "it was" restates on another day ("On Tuesday it was eighteen aircraft and six
vessels") is the total's measure, around Taiwan, not the share's."""

from .incursion_claims import Claim

_AROUND = "around Taiwan"


def narrows_a_total(claim: Claim, zones: list[str], around: dict[str | None, int]) -> bool:
    """Whether the claim, read into zones, is a share of an earlier total of its craft: fewer
    craft, in zones that leave out the area around Taiwan the total was counted in. `around`
    holds the most craft of each kind the sentence's earlier counts put around Taiwan
    (`counted_around`): looked up, not walked for each count, since a feed's endless sentence
    of counts made the walk quadratic."""
    if claim.count is None or not zones or _AROUND in zones:
        return False
    return around.get(claim.craft, -1) > claim.count


def counted_around(claim: Claim, zones: list[str], around: dict[str | None, int]) -> None:
    """Note the claim, read into zones, in the most craft of its kind counted around Taiwan."""
    if claim.count is not None and _AROUND in zones:
        around[claim.craft] = max(claim.count, around.get(claim.craft, claim.count))
