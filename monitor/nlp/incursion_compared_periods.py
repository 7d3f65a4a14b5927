"""A period a count is compared with, not the count's own: "23 aircraft and 15 navy ships
around Taiwan, fewer than during the two days of drills", "more than in October", "down from
last week". The period is the measure the day's counts are held against; it gives them no
period of their own (rule 5). A comparison that states the period's figure ("down from last
week's 40") still recalls that figure, which stays no fact (rule 8)."""

from . import incursion_time_words as tw
from . import incursion_words as w
from .incursion_phrases import number_at
from .incursion_tokens import Token

# The words that open what a count is compared with: "fewer than", "up from", "compared with"
_COMPARED_BY = {"than"}
_COMPARED_FROM = {"up", "down", "rose", "fell", "risen", "fallen"}
_COMPARED_WITH = {"compared", "comparison"}
_REACH = 3  # "fewer than during", "down from in", "compared with during": a word or two between


def compared_with(words: list[Token], i: int) -> bool:
    """Whether the period at i is what the counts before it are compared with, and the
    comparison states no figure of its own before the sentence, or its part, ends."""
    return _opens_a_comparison(words, i) and not _states_a_figure(words, i)


def _opens_a_comparison(words: list[Token], i: int) -> bool:
    for j in range(i - 1, max(-1, i - 1 - _REACH), -1):
        low = words[j].low
        if low in _COMPARED_BY:
            return True
        if low == "from" and j > 0 and words[j - 1].low in _COMPARED_FROM:
            return True
        if low in ("with", "to") and j > 0 and words[j - 1].low in _COMPARED_WITH:
            return True
        if low in w.CLAUSE_ENDS or low in (",", ".") or number_at(words, j):
            return False
    return False


def _states_a_figure(words: list[Token], i: int) -> bool:
    for j in range(i, len(words)):
        if words[j].low in (".", ";"):  # ", when it counted 40" still tells the period's figure
            return False
        counted = number_at(words, j)
        # "the two days of drills" measures the period; "last week's 40" counts craft in it
        if counted and not (counted[1] + 1 < len(words) and _measures(words[counted[1] + 1])):
            return True
    return False


def _measures(word: Token) -> bool:
    return word.low in tw.SPAN_UNITS or word.low in ("day", "hours", "hour")
