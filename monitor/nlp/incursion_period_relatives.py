"""A period a relative clause opens on: "closing a weekend in which two more balloons drifted
across", "a week during which 120 aircraft flew", "a month when 41 ships sailed". The counts
of the clause are the period's, a sum of its days (rule 5), whatever day the sentence's report
is of; the counts before the period's noun keep theirs."""

from . import incursion_words as w
from .incursion_claims import Claim
from .incursion_tokens import Token

_PERIODS = w.SPAN_UNITS | {"fortnight"}
_RELATIVES = (("in", "which"), ("during", "which"), ("over", "which"), ("when",))
_REACH = 4  # from the count back to the period's noun: "weekend in which two more balloons"


def mark_counts_of_periods_clauses(words: list[Token], claims: list[Claim]) -> None:
    """Mark as period sums the counts that open a relative clause on a period's noun."""
    for claim in claims:
        for j in range(claim.first - 1, max(-1, claim.first - _REACH - 1), -1):
            if _opens_a_periods_clause(words, j):
                claim.cumulative = True
                break


def _opens_a_periods_clause(words: list[Token], i: int) -> bool:
    """Whether the word at i is a period's noun with a relative clause after it ("weekend in
    which")."""
    if words[i].low not in _PERIODS:
        return False
    following = tuple(token.low for token in words[i + 1 : i + 3])
    return any(following[: len(relative)] == relative for relative in _RELATIVES)
