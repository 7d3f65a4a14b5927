"""A clause that opens with its own day after a semicolon is that day's, whatever period the
clause before it names: "Chinese government ships have been in the zone almost continuously
since 2019; on Tuesday there were four" counts Tuesday's four, no tally since 2019; "counted
284 navy vessels during the month; 298 aircraft crossed the median line" writes no day, and
the month's tally goes on (incursion_scopes.py)."""

from datetime import date

from .incursion_tokens import Token

_OPENERS = {"on", "and", "but", "by"}  # "; on Tuesday", "; and on Tuesday", "; by Tuesday"


def day_clause_start(words: list[Token], days: dict[int, date], first: int) -> int:
    """Where the clause of the count at `first` opens, if a semicolon before it is followed by
    a day written; else 0."""
    for at in range(first - 1, -1, -1):
        if words[at].low != ";":
            continue
        opens = at + 1
        while opens < first and words[opens].low in _OPENERS:
            opens += 1
        return at + 1 if opens in days else 0
    return 0
