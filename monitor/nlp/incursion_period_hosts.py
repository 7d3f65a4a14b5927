"""Whether a period's words date something other than the counts around them: "the quietest
day this month" ranks the report's own day among the month's, and "reminds members this week
that the ministry reported ..." dates the reminding. The counts stay the report's day's own
(rule 8), where a period that held them would make them a sum (rule 5)."""

from . import incursion_time_words as tw
from .incursion_dated_counts import follows_a_dated_count
from .incursion_phrases import match
from .incursion_tokens import Token

_DAY_NOUNS = {"day", "morning", "night"}
_RANKS = {"first", "only"}  # "the first day this month with no ships"
_OCCASIONS = {"time", "times", "occasion"}


def dates_another_word(words: list[Token], i: int) -> bool:
    """Whether the period starting at i belongs to a ranked day before it or to the verb of
    the clause that a "that" after it opens, or to what a comma adds after a count's day."""
    if follows_a_dated_count(words, i):
        return True
    length = match(words, i, tw.CUMULATIVE)
    if not length:
        return False
    if i >= 2 and words[i - 1].low in _DAY_NOUNS and _ranks(words[i - 2]):
        return True
    # Only a period that holds the present: "said last week that 30 aircraft ..." may tell an
    # old figure, but what "this week that" reports is of the report's day or says its own.
    # "the 30th time this year that ... a drone flew" counts the period's occasions: a sum.
    present = words[i].low == "this" and not (i and words[i - 1].low in _OCCASIONS)
    return present and i + length < len(words) and words[i + length].low == "that"


def _ranks(word: Token) -> bool:
    """ "quietest", "busiest", "first": a word that picks one day out of the period."""
    return word.low in _RANKS or (word.low.endswith("est") and len(word.low) > 4)
