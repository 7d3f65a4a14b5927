"""A peak day that opens a clause after the first: "Chinese navy ships were recorded around the
island on all 31 days, and the month's busiest day saw 59 aircraft", "...; the busiest day
brought 41". Its figure is a record recalled as surely as when the peak opens the sentence
(rule 8: a record or peak gives no fact of its day), and the clause before it keeps its own."""

from collections.abc import Callable, Collection

from .incursion_tokens import Token

# The words that open a clause after the first: ", and the month's busiest day saw 59".
_OPENERS = {";", "and", "but", "while", "whereas", "—", "–", "--"}
_RANK_REACH = 5  # words from the opener to the rank: "and on the month ('s) single busiest"
_CLAUSE_HEAD = 12  # the words of a clause that may tell it opens on a peak day


def peak_clause_start(
    tokens: list[Token], ranks: Collection[str], opens_on_a_peak: Callable[[list[Token]], bool]
) -> int | None:
    """Where the first clause after the sentence's first that `opens_on_a_peak` opens, if one
    does: a clause whose rank ("busiest", "peak") stands within a few words of its opener.
    Each opener is looked at once, from the rank after it, so a long sentence costs no more
    than its length."""
    looked = -1
    for k, token in enumerate(tokens):
        if token.low not in ranks:
            continue
        for start in range(max(looked + 1, k - _RANK_REACH, 1), k):
            if tokens[start - 1].low in _OPENERS and opens_on_a_peak(
                tokens[start : start + _CLAUSE_HEAD]
            ):
                return start
        looked = k - 1
    return None
