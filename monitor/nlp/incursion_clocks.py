"""Clock times among a sentence's tokens, and the report windows told by where they open
("since 6 a.m. Monday", "in the 24 hours from 6 a.m. Monday"): kept apart from tokenizing and
reading dates (incursion_tokens.py), which asks them of each date it reads.
"""

from typing import TYPE_CHECKING

from .incursion_time_words import AM_PM, CLOCK

if TYPE_CHECKING:  # tokens are made in incursion_tokens.py, which reads its clocks here
    from .incursion_tokens import Token


def opens_a_window(tokens: list["Token"], index: int, last: int) -> bool:
    """Whether the date at `index` is where a report's window opens, told by "since" or "from"
    and a clock time and no end ("detected 12 aircraft since 6 a.m. on Monday", "in the 24
    hours from 6 a.m. Monday"): the window ends at the same time on the day after, the day it
    covers. "from 6 a.m. Monday to 6 a.m. Tuesday" writes its end, which dates it."""
    # "from 0900 today it had detected 24 aircraft" in a flash report: a window opened on the
    # story's own day is still open as it is told, so its counts are that day's so far.
    if tokens[index].low in ("today", "this"):
        return False
    before = tokens[max(0, index - 5) : index]
    while before and before[-1].low in ("on", ",", "."):
        before.pop()
    if _since_the_mornings_report(before, tokens, last):
        return True
    # The clock time right before the day, "6" of "6 a.m." included, and the word before it:
    # in "from 6 a.m. Monday to 6 a.m. Tuesday" Tuesday's clock has "to" before it.
    opener = len(before) - 1
    while opener >= 0 and (is_clock(before[opener]) or before[opener].text.isdigit()):
        opener -= 1
    if opener < 0 or not any(is_clock(token) for token in before[opener + 1 :]):
        return False  # "up from 25 on Tuesday": a count, no clock time
    after = tokens[last + 1].low if last + 1 < len(tokens) else ""
    return before[opener].low == "since" or (
        before[opener].low == "from" and after not in _WINDOW_ENDS_AFTER
    )


def _since_the_mornings_report(before: list["Token"], tokens: list["Token"], last: int) -> bool:
    """A window opened "since Wednesday morning", with no clock: the morning report's, opened
    at the day's report time and closed by the next morning's report (the 24 hours to 6 a.m.)."""
    after = tokens[last + 1].low if last + 1 < len(tokens) else ""
    return bool(before) and before[-1].low == "since" and after == "morning"


# The words that carry a window told from its opening on to its end: "from 6 a.m. Monday to".
_WINDOW_ENDS_AFTER = {"to", "until", "till", "through", "and", "-", "–", "—"}


def is_clock(token: "Token") -> bool:
    """A clock time ("6", "06:00", "0600") with its mark, or the mark itself ("a.m")."""
    written = CLOCK.fullmatch(token.low)
    return token.low in AM_PM or bool(written and written.group(1))
