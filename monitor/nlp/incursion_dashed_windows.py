"""A report's window written as a range of two clock times and days, with a dash or "to" and no
"from" or "between" before it: "(6 a.m. Nov. 24 – 6 a.m. Nov. 25)", "0600 Jan. 7 - 0600 Jan. 8".
The first day begins the window and the second ends it, so the counts are the second's, as in
"from 6 a.m. Nov. 24 to 6 a.m. Nov. 25"."""

from datetime import date

from .incursion_tokens import Token, is_clock
from .incursion_words import DASHES

_RANGE_MARKS = DASHES | {"to", "until", "till", "through"}
_CLOCK_REACH = 3  # "6 a.m .": the tokens of a clock time before the day it is on


def begins_a_ranged_window(words: list[Token], days: dict[int, date], position: int) -> bool:
    """Whether the date written from position is followed by a dash (or "to") and a clock
    time of a later date: the range's first end, which begins the window."""
    end = position
    while end + 1 in days:
        end += 1
    mark = end + 1
    if mark >= len(words) or words[mark].low not in _RANGE_MARKS:
        return False
    clocked = any(is_clock(t) for t in words[mark + 1 : mark + 1 + _CLOCK_REACH])
    later = next((p for p in sorted(days) if p > mark), None)
    return clocked and later is not None and later <= mark + 1 + _CLOCK_REACH + 1
