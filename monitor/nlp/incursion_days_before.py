"""Figures recalled as the day before's (rule 8): "The latest sorties came a day after the
ministry reported 45 aircraft", "The day before, there had been two more". They are background
once the story reports the same measure for a later day. A day's total around Taiwan holds every
zone's count of its craft, so it is the measure of a later day's count of the same craft in any
zone there: "two more" the day before four balloons crossed the median line are recalled, though
the ellipsis repeats no zone. Another zone's count is another measure where the recall names
it ("three days after two of them entered territorial waters" beside ships in the contiguous
zone), and so is another place ("three ships entered waters off Matsu on Monday, a day after two
others entered those off Kinmen"): facts of their own day."""

from collections.abc import Callable

from .incursion_story import Incursion


def without_days_before_recalled(
    facts: list[tuple[bool, Incursion]],
    recalled: Callable[[Incursion], bool],
    reported: Callable[[Incursion], bool],
    beside_an_event: Callable[[Incursion], bool],
) -> list[tuple[bool, Incursion]]:
    """The (headline, fact) pairs without the facts recalled as a day before a later day the
    story reports the same measure for, and without the figures an earlier report gave
    (`reported`) once the story reports any figure of its own for that day or a later one: "The
    latest figures come a day after the ministry said 12 coastguard ships had joined" recalls
    the 12 beside the latest figures, whatever craft those count. "Twelve J-16s entered the
    ADIZ on Tuesday, the ministry said on Wednesday, a day after it reported 45 aircraft"
    dates both by Tuesday, the day the sorties flew and the day before the telling; the 45 are
    still the earlier report's, recalled. A story whose only figure is the earlier
    report's keeps it where the recall gives the report's own window ("..., a day after the
    ministry reported 31 aircraft in the 24 hours to 6 a.m. Tuesday"): it is the latest the
    story has. One recalled beside another event or craft the story gives no figure for
    (`beside_an_event`: "The drill came a day after the ministry reported 32 aircraft",
    "Dozens of aircraft flew on Wednesday, a day after the ministry reported that more than
    30 had crossed the median line") is background whatever else the story counts (rule 8)."""
    ordered = sorted(facts, key=lambda pair: pair[1].day)
    latest = {(f.what, f.zone, f.place): f.day for _, f in ordered}
    latest_anywhere = {(f.what, f.place): f.day for _, f in ordered}
    last_day = ordered[-1][1].day if ordered else None
    own_days = [fact.day for _, fact in ordered if not reported(fact)]
    last_own_day = own_days[-1] if own_days else None

    def superseded(fact: Incursion) -> bool:
        if beside_an_event(fact):
            return True
        if reported(fact) and last_day is not None and last_day > fact.day:
            return True
        if reported(fact) and last_own_day is not None and last_own_day >= fact.day:
            return True
        if fact.zone == "around Taiwan":
            return latest_anywhere[(fact.what, fact.place)] > fact.day
        return latest[(fact.what, fact.zone, fact.place)] > fact.day

    return [
        (headline, fact) for headline, fact in facts if not (recalled(fact) and superseded(fact))
    ]
