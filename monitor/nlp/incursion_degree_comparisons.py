"""A figure a count is measured against by degree: "26 aircraft in the 24 hours to 6 a.m.
Tuesday, below this year's peak of 41 on Jan. 2", "..., well short of last year's record",
"..., the same as this year's average". What the comparison's word opens is the other figure's:
its period and its record are no period of the count before it (rule 5), as after "down from"
(incursion_scopes.py's comparisons), and the count stays the day's.
"""

from . import incursion_words as w
from .incursion_tokens import Token

_DEGREES = {"below", "under", "beneath", "above"}
# The words that compare with the word after them: "short of", "fewer than", "the same as".
_DEGREES_WITH = {
    "short": "of", "fewer": "than", "less": "than", "more": "than", "higher": "than",
    "lower": "than", "same": "as", "similar": "to", "close": "to",
}  # fmt: skip
_HEDGES = {"well", "far", "just", "still", "slightly", "much", "way", "the", "roughly", "about"}


def degree_compared_from(words: list[Token], periods: list[int], start: int, end: int) -> int:
    """Where a comparison by degree after a comma opens between start and end, unless a period
    after the comparison's own words is the count's ("..., more than in all of 2024, so far this
    year"); end if none. `periods` are where the sentence's periods open, in order."""
    for k in range(start, end - 1):
        if words[k].low != ",":
            continue
        j = k + 1
        while j < end and words[j].low in _HEDGES:
            j += 1
        low = words[j].low if j < end else ""
        following = words[j + 1].low if j + 1 < len(words) else ""
        if low in _DEGREES or (low in _DEGREES_WITH and following == _DEGREES_WITH[low]):
            closed = next((c for c in range(j, end) if words[c].low in _CLOSES), end)
            own = [at for at in periods if closed <= at < end and not _a_peak(words, at)]
            return end if own else k
    return end


_CLOSES = {",", ";", "."}
_PEAKS = w.RECORDS | {"busiest", "highest", "most", "largest", "biggest"}
_PEAK_REACH = 4  # "this year's single-day peak"


def _a_peak(words: list[Token], at: int) -> bool:
    """Whether the period at `at` names a peak ("..., below the 41 of Jan. 2, this year's
    peak"): the compared figure's, in apposition, not a period of the count's own."""
    return any(token.low in _PEAKS for token in words[at : at + _PEAK_REACH])
