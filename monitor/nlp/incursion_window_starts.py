"""A report's window opened at a clock time on "the previous day": "detected 14 aircraft
around the island since 6am the previous day", "from 6 a.m. the day before". The day before
is where the window opens, not the day of the counts: the window closes on the day of the
telling, as "since 6 a.m. Monday" in Tuesday's report does (incursion_clocks.py).
"""

from .incursion_clocks import is_clock
from .incursion_tokens import Token

_OPENERS = {"since", "from"}
_CLOCK_WORDS = 4  # "6", "a.m", "." or "06:00": a clock time is a few words, never a run of them


def opens_the_window(words: list[Token], i: int) -> bool:
    """Whether the day-before phrase at word i follows "since" or "from" and a clock time."""
    j = i - 1
    # "6 a.m." is read as "6", "a.m" and the abbreviation's stop
    while j >= max(0, i - _CLOCK_WORDS) and (
        is_clock(words[j]) or words[j].text.isdigit() or words[j].low == "."
    ):
        j -= 1
    clocked = any(is_clock(word) for word in words[j + 1 : i])
    return clocked and j >= 0 and words[j].low in _OPENERS
