"""A clause opened by a measure of time and "after" or "before", set off by a comma: "26
aircraft and nine navy vessels around the island as of 6 a.m. Tuesday, a day after Beijing
declared its three-day exercise over", "..., hours before the president landed". Like ", after
drills last month", it tells another event, so its period ("three-day") and its zones are no
scope of the counts before it."""

from . import incursion_words as w
from .incursion_phrases import number_at
from .incursion_tokens import Token

_UNITS = {"day", "days", "hour", "hours", "week", "weeks", "minutes", "month", "months"}
# What may stand between the comma and the unit: ", a day after", ", just hours before",
# ", only two days after", ", the day after".
_MEASURES = {"a", "an", "the", "one", "just", "only", "some", "barely", "mere"}
_MEASURE_REACH = 3


def opens_a_measured_clause(words: list[Token], i: int) -> bool:
    """Whether the subordinator at i ("after", "before") follows a comma and a measure of time
    alone: ", a day after", ", two days before", ", hours after"."""
    if words[i].low not in w.SUBORDINATORS or i == 0 or words[i - 1].low not in _UNITS:
        return False
    for j in range(i - 2, max(-1, i - 2 - _MEASURE_REACH), -1):
        if words[j].low == ",":
            return True
        if words[j].low not in _MEASURES and number_at(words, j) is None:
            return False
    return False
