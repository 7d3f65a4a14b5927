"""Spans longer than a report's day, whose counts are a period's, not one day's: "over the
three days", "in the past week", "on 11 days"."""

from . import incursion_words as w
from .incursion_phrases import match, next_is, number_at
from .incursion_tokens import Token


def span_at(words: list[Token], i: int) -> bool:
    """A span longer than the report's day: "over the three days", "in the past week", "during
    the last two months". "In the previous 24 hours" is the day itself."""
    if _counts_days_at(words, i):
        return True
    if words[i].low not in w.SPAN_PREPOSITIONS:
        return False
    j = i + 1 + next_is(words, i, "the")
    j += j < len(words) and words[j].low in w.SPAN_RECENT
    length = number_at(words, j) if j < len(words) else None
    if length is not None:
        j = length[1] + 1
    if j >= len(words) or words[j].low not in w.SPAN_UNITS or match(words, j + 1, w.STREAKS):
        return False
    return words[j].low not in ("day", "days") or length is None or length[0] > 1


def _counts_days_at(words: list[Token], i: int) -> bool:
    """Whether "on" at i counts days ("on 11 days at least ten ships were present"): how
    often over a period, no count of one day's."""
    if words[i].low != "on" or i + 1 >= len(words):
        return False
    length = number_at(words, i + 1)
    if length is None or length[0] < 2 or length[1] + 1 >= len(words):
        return False
    return words[length[1] + 1].low == "days"
