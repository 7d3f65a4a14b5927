"""A share right after a sentence that recalls a peak: "26 aircraft in the 24 hours to 6 a.m.
Tuesday. The count was well below this year's peak of 41 on Jan. 2. Nine of the aircraft crossed
the median line." The nine are of the day's 26, not of the peak's day, which the sentence before
wrote last: a peak is recalled beside the report, and what the report goes on to break down is
its own total (rule 8). A share after any other day written ("On Sunday, the ministry had
reported 30 aircraft. Nine of them crossed ...") is still of that day, and so is a line further
on in a list under the peak's ("Busiest day: 20 June, 74 aircraft. ... Entries: 5").
"""

from .incursion_claims import Reading
from .incursion_tokens import Token
from .incursion_words import RECORDS, SUPERLATIVES

_PEAKS = (SUPERLATIVES - {"latest", "closest", "nearest", "furthest", "farthest", "most"}) | RECORDS


def names_a_peak(tokens: list[Token]) -> bool:
    """Whether the sentence names a peak or a record ("this year's peak", "the busiest day")."""
    return any(token.low in _PEAKS for token in tokens)


def shares_only(tokens: list[Token], reading: Reading) -> bool:
    """Whether every count of the sentence is a share of craft counted before ("Nine of the
    aircraft", "nine of them"), and the sentence names no peak of its own ("the peak remains
    the 153 aircraft of October 2024")."""
    words = [tokens[i] for i in reading.visible]
    return (
        bool(reading.claims)
        and all(claim.reference and _a_partitive(words, claim.first) for claim in reading.claims)
        and not names_a_peak(tokens)
    )


def _a_partitive(words: list[Token], first: int) -> bool:
    return first + 1 < len(words) and words[first + 1].low in ("of", "out")
