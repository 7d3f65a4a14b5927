"""What a comma and "and" or "but" may open after counts: another speaker's statement ("...,
and fishermen said they see more every year") or a tally ("..., and the total since Friday
stands at nearly 150"), either a clause of its own whose period and zones are no scope of the
counts before it (incursion_grammar.py)."""

from . import incursion_time_words as tw
from . import incursion_words as w
from .incursion_phrases import number_at
from .incursion_tokens import Token

_SPEAKER_REACH = 4  # "local fishermen", "the coast guard", "Yonaguni fishermen"
# A tally's nouns, and a count or figure kept: after a determiner opening a clause, "count"
# and "figure" are nouns, and what they keep is a measure of its own ("..., and its count for
# October so far stands at 187").
_TALLIES = tw.TALLY_NOUNS | {"count", "counts", "figure", "figures"}


def opens_a_statement(words: list[Token], i: int) -> bool:
    """Whether a subject of a few words and a verb of telling open at i ("fishermen said",
    "the coast guard added"), with no count or punctuation between."""
    for j in range(i, min(len(words), i + _SPEAKER_REACH + 1)):
        if words[j].low in w.REPORT_VERBS:
            return True
        if not words[j].text.isalpha() or number_at(words, j) is not None:
            return False
    return False


def opens_a_tally(words: list[Token], i: int) -> bool:
    """Whether a tally's noun is the subject opening at i ("the total", "the weekly tally",
    "its count for October")."""
    if i >= len(words) or words[i].low not in ("the", "its", "their"):
        return False
    return any(token.low in _TALLIES for token in words[i + 1 : i + 3])
