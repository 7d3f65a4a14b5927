"""A period a relative clause opens on: "closing a weekend in which two more balloons drifted
across", "a week during which 120 aircraft flew", "a month when 41 ships sailed". The counts
of the clause are the period's, a sum of its days (rule 5), whatever day the sentence's report
is of; the counts before the period's noun keep theirs, and so does a count whose clause writes
its own day ("in a week when two ships that entered the territorial sea on Monday left on
Wednesday": Monday's, the week only the scene)."""

from collections.abc import Collection

from . import incursion_time_words as tw
from .incursion_claims import Claim
from .incursion_tokens import Token

_PERIODS = tw.SPAN_UNITS | {"fortnight"}
_RELATIVES = (("in", "which"), ("during", "which"), ("over", "which"), ("when",))
_REACH = 4  # from the count back to the period's noun: "weekend in which two more balloons"
_CLAUSE_ENDS = {",", ";", ".", ":"}


def mark_counts_of_periods_clauses(
    words: list[Token], claims: list[Claim], days: Collection[int]
) -> None:
    """Mark as period sums the counts that open a relative clause on a period's noun and write
    no day of their own in it; `days` are the positions of the days written."""
    for claim in claims:
        if _writes_its_day(words, claim.last, days):
            continue
        for j in range(claim.first - 1, max(-1, claim.first - _REACH - 1), -1):
            if _opens_a_periods_clause(words, j):
                claim.cumulative = True
                break


def _writes_its_day(words: list[Token], last: int, days: Collection[int]) -> bool:
    """Whether a day is written after the count at `last` before its clause ends."""
    for j in range(last + 1, len(words)):
        if words[j].low in _CLAUSE_ENDS:
            return False
        if j in days:
            return True
    return False


def _opens_a_periods_clause(words: list[Token], i: int) -> bool:
    """Whether the word at i is a period's noun with a relative clause after it ("weekend in
    which")."""
    if words[i].low not in _PERIODS:
        return False
    following = tuple(token.low for token in words[i + 1 : i + 3])
    return any(following[: len(relative)] == relative for relative in _RELATIVES)
