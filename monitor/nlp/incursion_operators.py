"""Whose ships a craft phrase names: "China Coast Guard vessels" are official ships, "PLA Navy
ships" navy vessels, whether the operator stands before the noun or after it ("nine vessels of
the China Coast Guard")."""

from . import incursion_words as w
from .incursion_tokens import Token

_OPERATOR_REACH = 6  # "of the People's Liberation Army Navy"


def operator_after(words: list[Token], last: int) -> tuple[int, set[str]]:
    """The end of an operator phrase after the craft noun at last ("vessels of the China Coast
    Guard", "ships from the PLA Navy") and the words it says; (last, nothing) when none. The
    phrase is part of the noun's: a zone or a joined count after it is read after it, not
    inside it."""
    j = last + 1
    if j >= len(words) or words[j].low not in ("of", "from"):
        return last, set()
    j += 1 + (j + 1 < len(words) and words[j + 1].low == "the")
    said: set[str] = set()
    reach = j + _OPERATOR_REACH
    while j < min(len(words), reach) and words[j].low in w.OPERATORS:
        said.add(words[j].low)
        j += 1
    return (j - 1, said) if said else (last, set())


def whose_ships(said: set[str], head: str) -> str | None:
    """ "official ships", "navy vessels", or None when the words say neither."""
    if said & w.OFFICIAL_WORDS or head in w.OFFICIAL_NOUNS:
        return "official ships"
    if said & w.NAVY_WORDS or head in w.NAVY_NOUNS:
        return "navy vessels"
    return None
