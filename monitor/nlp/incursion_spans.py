"""Spans longer than a report's day, whose counts are a period's, not one day's: "over the
three days", "in the past week", "on 11 days"."""

from . import incursion_time_words as tw
from .incursion_phrases import match, next_is, number_at
from .incursion_tokens import Token


def span_at(words: list[Token], i: int) -> bool:
    """A span longer than the report's day: "over the three days", "in the past week", "during
    the last two months". "In the previous 24 hours" is the day itself."""
    if _counts_days_at(words, i) or _between_two_days(words, i):
        return True
    if words[i].low not in tw.SPAN_PREPOSITIONS:
        return False
    j = i + 1 + next_is(words, i, "the")
    j += j < len(words) and words[j].low in tw.SPAN_RECENT
    length = number_at(words, j) if j < len(words) else None
    if length is not None:
        j = length[1] + 1
    if j >= len(words) or words[j].low not in tw.SPAN_UNITS or match(words, j + 1, tw.STREAKS):
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


_DAYS_TO = {"and", "to", "through", "until", "till"}


def _between_two_days(words: list[Token], i: int) -> bool:
    """Whether "between" or "from" at i joins two weekdays written with no clock time, with a
    day or more between them ("149 aircraft were reported between Friday and Monday", "from
    Monday to Thursday"): the days from one to the other, more than a report's day. "between
    6 a.m. Saturday and 6 a.m. Sunday" is one report's window, and so may be "between Saturday
    and Sunday"; "from Friday" alone opens no span."""
    if words[i].low not in tw.WINDOW_OPENERS or i + 3 >= len(words):
        return False
    first, join, last = words[i + 1].low, words[i + 2].low, words[i + 3].low
    if first not in tw.WEEKDAYS or join not in _DAYS_TO or last not in tw.WEEKDAYS:
        return False
    return (tw.WEEKDAYS[last] - tw.WEEKDAYS[first]) % 7 >= 2
