"""A period written as an event's: "a quieter day after last week's drills" says when the
drills were, not that the counts before it are a sum over last week (rule 5 of
docs/evaluation-sets.md is about counts over a period). A period's own noun ("last month's
total") is still a tally."""

from . import incursion_words as w
from .incursion_phrases import match
from .incursion_tokens import Token


def dates_an_event(words: list[Token], i: int) -> bool:
    """Whether the period at i is possessive and owns an event: "last week's drills",
    "this month's exercises"."""
    length = match(words, i, w.CUMULATIVE)
    end = i + length - 1
    if not length or not words[end].possessive or end + 1 >= len(words):
        return False
    return words[end + 1].low in w.EVENTS
