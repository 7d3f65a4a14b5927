"""A period a sentence narrows at once to one day of it, whose count is that day's, not the
period's tally: "Earlier this week, on Tuesday, ...", "On Tuesday this week (Feb 3), ..."."""

from . import incursion_words as w
from .incursion_tokens import Token

_NARROWING_REACH = 4  # "this week, on Tuesday": the tokens from a period to the day after it
# "from Monday to Friday this week": a span's last day narrows nothing
_SPAN_ENDS = {"to", "through", "thru", "till", "until", "and", "-", "–"}


def narrowed_to_a_day(words: list[Token], i: int) -> bool:
    """Whether the period at i is narrowed at once to a day of it: after the day ("On Tuesday
    this week four CCG ships were again in the contiguous zone", as a monthly briefing dates
    the latest day) or before it ("Earlier this week, on Tuesday, the ministry counted 31
    aircraft")."""
    week = [t.low for t in words[i : i + 2]] in (["this", "week"], ["last", "week"])
    if week and i > 0 and words[i - 1].low in w.WEEKDAYS:
        return i == 1 or words[i - 2].low not in _SPAN_ENDS
    for j in range(i + 1, min(len(words), i + _NARROWING_REACH + 1)):
        if words[j].low == "," and j + 1 < len(words):
            nxt = j + 1 + (words[j + 1].low == "on")
            return nxt < len(words) and words[nxt].low in w.WEEKDAYS
    return False
