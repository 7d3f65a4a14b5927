"""A clause after the counts in which a teller reports something else: "15 of Friday's aircraft
crossed the median line ..., and the Japanese Joint Staff separately reported the carrier group
passing between Yonaguni and Iriomote". The places that clause names are its report's, not
where the craft counted before were."""

from .incursion_phrases import number_at
from .incursion_tokens import Token
from .incursion_words import REPORT_VERBS

_TELLER_REACH = 5  # "the Japanese Joint Staff separately": the teller's words, an adverb too


def opens_another_tellers_report(words: list[Token], i: int) -> bool:
    """Whether ", and" at i opens a teller of a few words, an adverb perhaps, and a verb of
    telling, with no count or punctuation between."""
    if words[i].low != "and" or i == 0 or words[i - 1].low != ",":
        return False
    for j in range(i + 1, min(len(words), i + _TELLER_REACH + 2)):
        if words[j].low in REPORT_VERBS:
            return j > i + 1
        if not words[j].text.isalpha() or number_at(words, j) is not None:
            return False
    return False
