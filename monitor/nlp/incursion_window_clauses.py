"""A report told in a clause of its own, with its own window, is no part of a period the main
clause names: "Chiu said the scale of activity this month was 'not normal', after the ministry
reported 28 aircraft in the 24 hours to 6 a.m. Wednesday" counts Wednesday's 28, and "this
month" is what Chiu judged. The clause opens at a comma and a subordinator ("after", "as",
"when"), as "while" and ";" cut a clause's period off already (incursion_scopes.py)."""

from .incursion_tokens import Token

_SUBORDINATORS = {"after", "as", "when", "following"}


def own_clause_start(words: list[Token], start: int, first: int) -> int:
    """Where the clause of the count at `first` opens, if ", after" or the like opens one
    between `start` and it; else `start`."""
    for at in range(first - 1, start, -1):
        if words[at].low in _SUBORDINATORS and words[at - 1].low == ",":
            return at
    return start
