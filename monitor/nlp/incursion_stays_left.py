"""The end of a stay told after its entry: "two China Coast Guard vessels intruded into
Japanese territorial waters ... on Monday, February 15 ... The two vessels left the territorial
waters on Tuesday afternoon." Rule 9 gives ships that stay over days one fact, on the day they
entered; the sentence that tells them leaving points back to the same ships ("the two
vessels") and counts no new ones, so its day gives none. (The other order, leaving told before
entry, is incursion_story.Story._entry_of_a_stay's.)"""

import re
from datetime import timedelta

from . import incursion_words as w
from .incursion_story import Incursion

_WEEK = timedelta(days=7)  # rule 8: the entry told at most a week before
# "The two vessels left", "the four CCG ships departed", "Those two cutters sailed out of".
_LEFT = re.compile(
    r"\b(?:the|those|these|both)\s+(?P<count>[\w,]+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:vessels|ships|cutters|boats)\s+(?:had\s+|then\s+)?"
    r"(?:left|departed|exited|sailed out of)\b",
    re.I,
)


def without_stays_left(facts: list[tuple[bool, Incursion]]) -> list[tuple[bool, Incursion]]:
    """The facts, without those of definite ships told leaving a zone whose entry, with the
    same count, craft and zone, an earlier fact of the story holds within a week before."""
    kept: list[tuple[bool, Incursion]] = []
    for headline, fact in facts:
        if not _points_back_leaving(fact) or not any(
            _same_stay(earlier, fact) for _, earlier in kept
        ):
            kept.append((headline, fact))
    return kept


def _points_back_leaving(fact: Incursion) -> bool:
    found = _LEFT.search(fact.evidence)
    if found is None:
        return False
    written = found["count"].lower()
    count = int(written.replace(",", "")) if w.DIGITS.fullmatch(written) else None
    count = count or w.NUMBER_WORDS.get(written)
    return count == fact.count


def _same_stay(earlier: Incursion, fact: Incursion) -> bool:
    same = (earlier.count, earlier.what, earlier.zone, earlier.place) == (
        fact.count,
        fact.what,
        fact.zone,
        fact.place,
    )
    return same and timedelta(0) < fact.day - earlier.day <= _WEEK
