"""A count dated inside the week that holds it: "This week, after ... the ministry reported 20
Chinese military aircraft and 7 navy ships around the island on Thursday morning, ...", "Over
the past week, it tracked 45 aircraft on Monday". The span sets the scene; the day written right
after the count is the count's own, so the count is that day's figure (rule 8), no sum over the
week (rule 5). A span longer than rule 8's week ("this month ... on the 3rd") may hold a day the
story no longer reports, and "last week" is over before the story's days begin: both are left
to the period."""

from bisect import bisect_left

from .incursion_phrases import number_at
from .incursion_tokens import Token

_UNIT_REACH = 4  # from the period's first word to its unit: "over the past seven days"
_WEEK_DAYS = 7


def dates_a_day_of_its_week(words: list[Token], periods: list[int], start: int, end: int) -> bool:
    """Whether every period marked in [start, end) is a span of this week or of the days up to
    the story's ("this week", "the past week", "the last five days")."""
    inside = periods[bisect_left(periods, start) : bisect_left(periods, end)]
    return bool(inside) and all(_spans_this_week(words, at) for at in inside)


def _spans_this_week(words: list[Token], at: int) -> bool:
    if words[at].low == "last" and at + 1 < len(words) and words[at + 1].low == "week":
        return False
    for j in range(at, min(len(words), at + _UNIT_REACH + 1)):
        if words[j].low == "week":
            return True
        if words[j].low == "days":
            length = number_at(words, j - 1) if j else None
            return length is not None and length[0] <= _WEEK_DAYS
    return False
