"""A period a sentence narrows at once to one day of it, whose count is that day's, not the
period's tally: "Earlier this week, on Tuesday, ...", "On Tuesday this week (Feb 3), ...", or
one told day by day after a colon ("Activity around Taiwan this week, according to the
ministry: on Monday, 45 PLA aircraft ...; on Tuesday, 30")."""

from . import incursion_time_words as tw
from .incursion_days_of_spans import names_one_of_its_days
from .incursion_tokens import Token
from .incursion_week_scenes import week_set_by_its_day

_NARROWING_REACH = 4  # "this week, on Tuesday": the tokens from a period to the day after it
_HEADING_REACH = 8  # "this week, according to the ministry:": from a period to its colon
# "from Monday to Friday this week": a span's last day narrows nothing
_SPAN_ENDS = {"to", "through", "thru", "till", "until", "and", "-", "–"}


def narrowed_to_a_day(words: list[Token], i: int) -> bool:
    """Whether the period at i is narrowed at once to a day of it: after the day ("On Tuesday
    this week four CCG ships were again in the contiguous zone", as a monthly briefing dates
    the latest day) or before it ("Earlier this week, on Tuesday, the ministry counted 31
    aircraft")."""
    if week_set_by_its_day(words, i):  # "Also this week: two ships entered ... on Wednesday"
        return True
    if names_one_of_its_days(words, i):  # "On Monday, the last day of the three-day drills"
        return True
    week = [t.low for t in words[i : i + 2]] in (["this", "week"], ["last", "week"])
    if week and i > 0 and words[i - 1].low in tw.WEEKDAYS:
        return i == 1 or words[i - 2].low not in _SPAN_ENDS
    for j in range(i + 1, min(len(words), i + _NARROWING_REACH + 1)):
        if words[j].low == "," and j + 1 < len(words):
            nxt = j + 1 + (words[j + 1].low == "on")
            return (nxt < len(words) and words[nxt].low in tw.WEEKDAYS) or _heads_days(words, i)
    return _heads_days(words, i)


def _heads_days(words: list[Token], i: int) -> bool:
    """Whether the period at i heads a colon whose list opens with a day of it: the counts
    after are each day's own."""
    for j in range(i + 1, min(len(words) - 1, i + _HEADING_REACH + 1)):
        if words[j].low in (".", ";"):
            return False
        if words[j].low == ":":
            nxt = j + 1 + (j + 2 < len(words) and words[j + 1].low == "on")
            return words[nxt].low in tw.WEEKDAYS
    return False
