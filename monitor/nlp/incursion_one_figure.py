"""Rule 4 and its kin: one figure per craft, zone, place and day, whichever sentences repeat,
round, break down or recall it (incursions.py hands over every fact it read, in order)."""

from datetime import date

from .incursion_papers import with_each_papers_figure
from .incursion_story import Incursion


def one_figure_each(
    facts: list[tuple[bool, Incursion]], bounded: set[int], articled: set[int]
) -> list[Incursion]:
    """One fact per craft, zone, place and day, as analysts chart them: the first figure the
    body states, else the headline's (headlines round and shorten). A report states the day's
    figure first; a later one for the same craft, zone and day is a breakdown of it ("the other
    two aircraft"), a recall, or a total over more days, whatever wording let it through.
    Except after a bound (`bounded`: ids of facts read from "more than 30", "about 12"): a lede
    rounds, so a later exact figure within a fifth of it is the day's ("More than 30 PLA
    aircraft again. The MND says 33 aircraft ..."); a far one is still a part or another sum.
    And after one craft read from "a" (`articled`): "re-tasked to shadow a PLA Navy frigate" in
    background is one of the day's ships at most, and the figure a report writes is the day's."""
    chosen: dict[tuple[str, str, str, date], tuple[bool, Incursion]] = {}
    for headline, fact in _without_both_kinds_summed(facts):
        key = (fact.what, fact.zone, fact.place, fact.day)
        if key not in chosen or (chosen[key][0] and not headline):
            chosen[key] = (headline, fact)
        elif id(chosen[key][1]) in bounded and _near(chosen[key][1].count, fact.count):
            chosen[key] = (headline, fact) if id(fact) not in bounded else chosen[key]
        elif id(chosen[key][1]) in articled and id(fact) not in articled:
            chosen[key] = (headline, fact)
    kept = {id(fact) for _, fact in chosen.values()}
    kept = with_each_papers_figure([fact for _, fact in facts], kept)  # papers that disagree
    return [fact for _, fact in facts if id(fact) in kept]


def _near(bound: int, exact: int) -> bool:
    """Whether an exact figure is one a bound or a round guess may stand for."""
    return abs(exact - bound) * 5 <= bound


def _without_both_kinds_summed(
    facts: list[tuple[bool, Incursion]],
) -> list[tuple[bool, Incursion]]:
    """The facts but a count of ships that is the sum of the navy's and the official ships of
    its day and zone: "Taiwan sees seven Chinese ships" over "five PLA Navy vessels and two
    official ships" names no kind, so it was read as the navy's, but it counts both (rule 3)."""
    told: dict[tuple[str, str, str, date], set[tuple[int, str]]] = {}
    for _, fact in facts:
        key = (fact.what, fact.zone, fact.place, fact.day)
        told.setdefault(key, set()).add((fact.count, fact.evidence))

    def summed(fact: Incursion) -> bool:
        if fact.what != "navy vessels":
            return False
        # both parts told in one sentence ("five PLA Navy vessels and two official ships")
        official = told.get(("official ships", fact.zone, fact.place, fact.day), set())
        navy = told.get((fact.what, fact.zone, fact.place, fact.day), set())
        return any(
            (fact.count - part, said) in navy for part, said in official if 0 < part < fact.count
        )

    return [(headline, fact) for headline, fact in facts if not summed(fact)]
