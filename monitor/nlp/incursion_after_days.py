"""A day followed by "after" and a clause of its own: "Biotech shares fell on Tuesday morning
after the ministry said the PLA had fired seven missiles into waters around Taiwan on Monday".

The "after" closes the clause of the first day and opens one that tells what came before, with
its own day: the seven missiles are Monday's. With no comma before "after", the sentence read as
one clause and its counts took the latest day written, the day of the news they caused.

So does "and" right behind a day when a clause of its own follows: "said one Y-8 entered the
zone on Friday and that two J-10s followed on Saturday" (a second thing said), "three ships
entered on Friday and two more on Saturday" (a count of its own); not "on Friday and Saturday",
nor "between 6 a.m. Friday and 6 a.m. Saturday", where "and" joins days.
"""

from .incursion_phrases import number_at
from .incursion_tokens import Token, WrittenDate

_PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}
_CLOCK_WORDS = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", ":", "o'clock", "hours", "hrs"}


def clauses_after_days(tokens: list[Token], dates: list[WrittenDate]) -> list[int]:
    """Where a clause opens at an "after" right behind a written day ("on Tuesday after",
    "on Tuesday morning after"), or at an "and" that opens one: the token after the word."""
    starts = []
    for written in dates:
        after = written.last + 1
        after += after < len(tokens) and tokens[after].low in _PARTS_OF_DAY
        if after + 1 < len(tokens) and _opens_a_clause(tokens, after):
            starts.append(after + 1)
    return starts


def _opens_a_clause(tokens: list[Token], i: int) -> bool:
    """Whether "after" at i opens a clause, or "and" followed by "that" (a second thing said)
    or by a count that is no clock ("two J-10s", not "6 a.m. Saturday")."""
    if tokens[i].low == "after":
        return True
    if tokens[i].low != "and":
        return False
    if tokens[i + 1].low == "that":
        return True
    clock = i + 2 < len(tokens) and tokens[i + 2].low in _CLOCK_WORDS
    return bool(number_at(tokens, i + 1)) and not clock
