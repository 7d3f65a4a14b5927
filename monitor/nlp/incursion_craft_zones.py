"""Which zones a count's craft can be in, and the name an analyst charts the craft by: the two
checks incursion_story.py makes of every claim it resolves."""

from .incursion_claims import Claim
from .incursion_words import AIR_ZONES


def zones_for(claim: Claim, zones: list[str], own: bool = False) -> list[str]:
    """The zones the claim's craft can be in, once each: ships are never in an air defence
    zone, nor counted across the median line by a clause before or a share ("34 aircraft, 9
    ships; 22 cross median line" are aircraft); only ships that are themselves the subject of
    the crossing ("64 aircraft and 11 warships crossed the median line", `own`) are."""
    if claim.craft is None:
        return list(dict.fromkeys(zones))
    crossed = own and claim.craft == "ships" and claim.count is not None
    return list(
        dict.fromkeys(
            zone
            for zone in zones
            if craft_fits(claim.craft, [zone]) or (crossed and zone == "median line")
        )
    )


def craft_fits(craft: str, zones: list[str]) -> bool:
    if "ADIZ" in zones or "median line" in zones:  # what a defence report has cross the line
        return craft in ("air", "drones", "balloons")
    if any(zone not in AIR_ZONES for zone in zones):
        return craft == "ships"
    return True


def charted_as(craft: str, ships: str | None, unmanned: bool, zone: str) -> str:
    if craft == "air":
        return "drones" if unmanned else "aircraft"
    if craft == "ships":  # unqualified: navy ships in a defence report, else government ships
        return ships or ("navy vessels" if zone in AIR_ZONES else "official ships")
    return craft
