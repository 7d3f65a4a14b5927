"""The craft, count and tally a claim points back to when it names no craft or no count of its
own ("19 of them", "the aircraft"): the last craft named or counted before it, as the story
(incursion_story.py) keeps them, one per craft, so the look-up costs the same in any article.
"""

from .incursion_claims import Claim, Mention
from .incursion_craft_zones import craft_fits


def antecedent(
    named: dict[str, tuple[int, Mention]],
    counted: dict[str, Mention],
    claim: Claim,
    zones: list[str],
) -> tuple[str | None, str | None, int | None, bool]:
    """(craft, ships, count, cumulative) of a claim, from the craft named before it when it
    names none (`named`: each craft's order and last mention; `counted`: its last count):
    "19 of them" takes the last craft that can be in its zone (aircraft for the ADIZ, ships
    for waters); "the aircraft" takes the count of the last aircraft."""
    if claim.craft is None:
        fitting = [last for craft, last in named.items() if craft_fits(craft, zones)]
        if not fitting:
            return None, None, None, False
        # "Balloons: 1 / Entered ADIZ (north, southwest): 4": a bulletin's zone line is
        # of its aircraft, wherever their line stands.
        air = [last for last in fitting if claim.labelled and last[1].craft == "air"]
        _, last = max(air or fitting, key=lambda ordered: ordered[0])
        # "Of those, 3,764 entered the ADIZ" is part of a year's tally, and as cumulative;
        # "two more had done so earlier in the day" is not, nor a part given its own day
        # ("71 aircraft over 48 hours: 33 in the 24 hours ending at 6 a.m. Saturday").
        beyond = claim.beyond or claim.day is not None
        # "412 aircraft in November. Of the aircraft, 276 crossed": the 412, cumulative
        total = counted.get(last.craft) if last.count is None else last
        cumulative = total is not None and total.cumulative and not beyond
        return last.craft, last.ships, claim.count, cumulative
    if claim.count is None:
        total = counted.get(claim.craft)
        if total is None:
            return None, None, None, False
        return claim.craft, claim.ships or total.ships, total.count, total.cumulative
    # "10 navy ships ... Two of the ships sailed inside ...": a share is of the ships before;
    # "412 aircraft in November. Of the aircraft, 276 crossed": a fronted share of the 412,
    # cumulative as a share of craft it does not name is.
    shared = counted.get(claim.craft) if claim.reference else None
    ships = claim.ships or (shared.ships if shared is not None else None)
    fronted = claim.fronted and not (claim.beyond or claim.day)
    return claim.craft, ships, claim.count, fronted and shared is not None and shared.cumulative
