"""The writer's comment on the figures just given, set off by a dash: "12 aircraft and 7 ships
had operated around Taiwan, eight of the aircraft crossing the median line - figures that
would have led bulletins a year ago". The comment's "would" and "a year ago" are of how the
figures are seen, not of when or whether the craft flew: a clause of its own.
"""

from . import incursion_words as w
from .incursion_tokens import Token

# "- figures that", "— numbers which", "— a figure that", "— totals not seen since 2022"
_SUMMING_NOUNS = {"figure", "figures", "number", "numbers", "count", "counts", "totals"}
_ARTICLES = {"a", "the", "both", "all"}


def comments_on_the_figures(words: list[Token], i: int) -> bool:
    """Whether a dash at `i` opens an appositive that names the figures before it."""
    if words[i].low not in w.DASHES:
        return False
    at = i + 1 + (i + 1 < len(words) and words[i + 1].low in _ARTICLES)
    return at < len(words) and words[at].low in _SUMMING_NOUNS
