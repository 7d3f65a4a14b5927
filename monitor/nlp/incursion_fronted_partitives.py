"""A fronted partitive, "Of the aircraft, 18 crossed ...": the count after it is a share of the
craft it names, whatever words follow the count. Its own noun says which craft the share is
("Of the vessels, nine crossed the median line" counts ships, even after aircraft were named
last), as "nine of the vessels" does; "Of those, 18 ..." names none, and the share is of the
craft named before (incursion_antecedents.py).
"""

from . import incursion_words as w
from .incursion_phrases import MODIFIER_REACH, Head, head_at, starts_clause
from .incursion_tokens import Token


def after_partitive(words: list[Token], i: int) -> bool:
    """Whether a fronted partitive ends just before i."""
    return _fronted(words, i)[0]


def fronted_head(words: list[Token], i: int) -> Head | None:
    """The craft noun of the fronted partitive that ends just before i, if it names one."""
    return _fronted(words, i)[1]


def _fronted(words: list[Token], i: int) -> tuple[bool, Head | None]:
    # Asked at bare counts only: a fronted partitive ends in a comma right before the count.
    if i < 3 or words[i - 1].low != ",":
        return False, None
    j = i - 2
    if words[j].low in w.PARTITIVE_OBJECTS - {"the"}:  # "Of those, 18 ..."
        return words[j - 1].low == "of" and starts_clause(words, j - 1), None
    while j > 0 and words[j - 1].low != "of" and i - j <= MODIFIER_REACH + 2:
        j -= 1
    head = head_at(words, j + 1) if j > 0 and words[j].low == "the" else None
    if head is None or head.last != i - 2 or not starts_clause(words, j - 1):
        return False, None
    return True, head
