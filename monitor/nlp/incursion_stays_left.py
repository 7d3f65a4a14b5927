"""The end of a stay told after its entry: "two China Coast Guard vessels intruded into
Japanese territorial waters ... on Monday, February 15 ... The two vessels left the territorial
waters on Tuesday afternoon." Rule 9 gives ships that stay over days one fact, on the day they
entered; the sentence that tells them leaving points back to the same ships ("the two
vessels") and counts no new ones, so its day gives none. (The other order, leaving told before
entry, is incursion_story.Story._entry_of_a_stay's.) So does a part of ships counted as they
stand, told entering the same zone days before: "As of noon Saturday, four ships were sailing
in the contiguous zone. Two of them had entered the zone on Wednesday" counts Saturday's four,
and the entry of two of them is no fact of its own (rule 9). A leaving told with its clock and
the stay's length ("left at 21:35 on Wednesday ... after about 41 hours") dates the stay by
its entry, when no sentence counts it."""

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from . import incursion_words as w
from .incursion_story import Incursion

_WEEK = 7  # days; rule 8: the entry told at most a week before
# "The two vessels left", "the four CCG ships departed", "Those two cutters sailed out of".
_LEFT = re.compile(
    r"\b(?:the|those|these|both)\s+(?P<count>[\w,]+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:vessels|ships|cutters|boats)\s+(?:had\s+|then\s+)?"
    r"(?:left|departed|exited|sailed out of)\b",
    re.I,
)


def without_stays_left(facts: list[tuple[bool, Incursion]]) -> list[tuple[bool, Incursion]]:
    """The facts, without those of definite ships told leaving a zone whose entry, with the
    same count, craft and zone, an earlier fact of the story holds within a week before. Each
    sentence is searched once, and only for a fact whose stay an earlier fact opened."""
    kept: list[tuple[bool, Incursion]] = []
    entered: dict[tuple[int, str, str, str], set[date]] = {}
    # The most craft a kept fact counts on each day, by craft, zone and place: looked up by
    # day, since a walk over every fact kept made a feed of thousands of counts quadratic.
    standing: dict[tuple[str, str, str], dict[date, int]] = {}
    for headline, told in facts:
        fact = _dated_by_its_length(told)
        key = (fact.count, fact.what, fact.zone, fact.place)
        days = entered.setdefault(key, set())
        opened = any(fact.day - timedelta(days=back) in days for back in range(1, _WEEK + 1))
        if opened and _leaving_count(fact.evidence) == fact.count:
            continue
        counted = standing.setdefault((fact.what, fact.zone, fact.place), {})
        if _enters_before_it_stands(fact, counted):
            continue
        days.add(fact.day)
        counted[fact.day] = max(counted.get(fact.day, fact.count), fact.count)
        kept.append((headline, fact))
    return kept


# "The two ships left territorial waters at 21:35 on Wednesday, 15 October, after about 41
# hours": the leaving's clock less the stay's length is when they entered, and rule 9 counts a
# stay on the day it began. Only a clock beside the leaving tells which day that was.
_LEFT_AFTER = re.compile(
    r"\b(?:left|departed|exited|sailed out of)\b[^.;]*?\bat\s+(?P<hour>[01]?\d|2[0-3])[:.]?"
    r"(?P<minute>[0-5]\d)\b[^.;]*?\bafter\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?"
    r"(?P<hours>\d{1,3})\s+hours\b",
    re.I,
)


def _dated_by_its_length(fact: Incursion) -> Incursion:
    """The fact on the day its stay began, where the sentence tells it leaving at a clock after
    a number of hours; else the fact as it is."""
    found = _left_after(fact.evidence)
    if found is None:
        return fact
    clock, hours = found
    left = datetime.combine(fact.day, clock)
    return replace(fact, day=(left - timedelta(hours=hours)).date())


@lru_cache(maxsize=256)  # the facts of one sentence share its evidence: searched once
def _left_after(sentence: str) -> tuple[time, int] | None:
    """The clock the sentence tells ships leaving at and the hours they stayed, if it does."""
    found = _LEFT_AFTER.search(sentence)
    if found is None:
        return None
    return time(int(found["hour"]), int(found["minute"])), int(found["hours"])


@lru_cache(maxsize=256)  # the facts of one sentence share its evidence
def _leaving_count(sentence: str) -> int | None:
    """The count of definite ships the sentence tells leaving ("The two vessels left"), if any."""
    found = _LEFT.search(sentence)
    if found is None:
        return None
    written = found["count"].lower()
    count = int(written.replace(",", "")) if w.DIGITS.fullmatch(written) else None
    return count or w.NUMBER_WORDS.get(written)


# "Two of them, one apparently armed, had entered the zone on Wednesday": a part of the ships
# counted before, and when it entered.
_PART_ENTERED = re.compile(
    r"\b(?:of|among)\s+(?:them|those|these|the\s+\w+)\b"
    r"[^.;]*?\bhad\s+(?:entered|sailed\s+into|intruded\s+into|moved\s+into)\b",
    re.I,
)


def _enters_before_it_stands(fact: Incursion, counted: dict[date, int]) -> bool:
    """Whether the fact is the entry of a part of ships an earlier fact counts in the same zone
    and place on a later day within a week, as they stood then; `counted` holds the most ships
    the earlier facts of its craft, zone and place count on each day."""
    later = (fact.day + timedelta(days=ahead) for ahead in range(1, _WEEK + 1))
    standing = any(counted.get(day, -1) >= fact.count for day in later)
    return standing and _tells_a_part_entered(fact.evidence)


@lru_cache(maxsize=256)  # the facts of one sentence share its evidence: searched once
def _tells_a_part_entered(sentence: str) -> bool:
    return _PART_ENTERED.search(sentence) is not None
