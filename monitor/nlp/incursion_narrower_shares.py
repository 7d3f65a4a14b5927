"""A count of craft that narrows a total of the same craft told before it in the sentence to a
zone: "reported twenty-two aircraft and seven vessels ..., with eleven aircraft crossing the
median line". The eleven are a share of the twenty-two, as "eleven of the aircraft" would be,
so what "it was" restates on another day ("On Tuesday it was eighteen aircraft and six
vessels") is the total's measure, around Taiwan, not the share's."""

from .incursion_claims import Claim

_AROUND = "around Taiwan"


def narrows_a_total(claim: Claim, zones: list[str], before: list[tuple[Claim, list[str]]]) -> bool:
    """Whether the claim, read into zones, is a share of an earlier total of its craft: fewer
    craft, in zones that leave out the area around Taiwan the total was counted in."""
    if claim.count is None or not zones or _AROUND in zones:
        return False
    return any(
        total.craft == claim.craft
        and total.count is not None
        and total.count > claim.count
        and _AROUND in total_zones
        for total, total_zones in before
    )
