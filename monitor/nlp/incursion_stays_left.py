"""The end of a stay told after its entry: "two China Coast Guard vessels intruded into
Japanese territorial waters ... on Monday, February 15 ... The two vessels left the territorial
waters on Tuesday afternoon." Rule 9 gives ships that stay over days one fact, on the day they
entered; the sentence that tells them leaving points back to the same ships ("the two
vessels") and counts no new ones, so its day gives none. (The other order, leaving told before
entry, is incursion_story.Story._entry_of_a_stay's.)"""

import re
from datetime import date, timedelta
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
    for headline, fact in facts:
        key = (fact.count, fact.what, fact.zone, fact.place)
        days = entered.setdefault(key, set())
        opened = any(fact.day - timedelta(days=back) in days for back in range(1, _WEEK + 1))
        if opened and _leaving_count(fact.evidence) == fact.count:
            continue
        days.add(fact.day)
        kept.append((headline, fact))
    return kept


@lru_cache(maxsize=256)  # the facts of one sentence share its evidence
def _leaving_count(sentence: str) -> int | None:
    """The count of definite ships the sentence tells leaving ("The two vessels left"), if any."""
    found = _LEFT.search(sentence)
    if found is None:
        return None
    written = found["count"].lower()
    count = int(written.replace(",", "")) if w.DIGITS.fullmatch(written) else None
    return count or w.NUMBER_WORDS.get(written)
