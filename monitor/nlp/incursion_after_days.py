"""A day followed by "after" and a clause of its own: "Biotech shares fell on Tuesday morning
after the ministry said the PLA had fired seven missiles into waters around Taiwan on Monday".

The "after" closes the clause of the first day and opens one that tells what came before, with
its own day: the seven missiles are Monday's. With no comma before "after", the sentence read as
one clause and its counts took the latest day written, the day of the news they caused.
"""

from .incursion_tokens import Token, WrittenDate

_PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}


def clauses_after_days(tokens: list[Token], dates: list[WrittenDate]) -> list[int]:
    """Where a clause opens at an "after" right behind a written day ("on Tuesday after",
    "on Tuesday morning after"): the token after that "after"."""
    starts = []
    for written in dates:
        after = written.last + 1
        after += after < len(tokens) and tokens[after].low in _PARTS_OF_DAY
        if after + 1 < len(tokens) and tokens[after].low == "after":
            starts.append(after + 1)
    return starts
