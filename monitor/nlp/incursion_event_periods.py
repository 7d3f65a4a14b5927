"""A period written as an event's: "a quieter day after last week's drills" says when the
drills were, not that the counts before it are a sum over last week (rule 5 of
docs/evaluation-sets.md is about counts over a period). So does a period that owns one craft:
"what it learned from last year's spy balloon" dates an incident, not a tally the counts of
the sentence belong to, and "this week's question" dates an issue of a programme. A period's
own noun ("last month's total", "last year's balloons") is still a tally."""

from . import incursion_time_words as tw
from . import incursion_words as w
from .incursion_phrases import match
from .incursion_tokens import Token

# One craft named in the singular: "balloon", "drone", "carrier"; not "aircraft", which is
# also the plural, and so may be a tally ("last year's aircraft").
_ONE_CRAFT = {noun for noun in w.CRAFT_NOUNS if f"{noun}s" in w.CRAFT_NOUNS} - {"aircraft"}
# The parts of a programme's or a paper's issue: "this week's question", "this week's guest".
_ISSUE_PARTS = {"question", "questions", "episode", "guest", "guests", "caller", "callers",
                "show", "column", "edition", "issue", "newsletter", "letter", "letters",
                "topic", "interview", "podcast", "programme", "program", "lede"}  # fmt: skip
_MODIFIER_REACH = 2  # "last year's Chinese spy balloon": the words that may stand before it


def dates_an_event(words: list[Token], i: int) -> bool:
    """Whether the period at i is possessive and owns an event or one craft: "last week's
    drills", "this month's exercises", "last year's spy balloon"."""
    length = match(words, i, tw.CUMULATIVE)
    end = i + length - 1
    if not length or not words[end].possessive or end + 1 >= len(words):
        return False
    if words[end + 1].low in w.EVENTS:
        return True
    # "This week's question came from Monday's report: 19 aircraft ...": the period dates an
    # issue of a programme or a paper, whose parts count nothing; only the present one, as
    # "last week's episode" may retell a figure as old.
    if words[i].low == "this" and words[end + 1].low in _ISSUE_PARTS:
        return True
    for token in words[end + 1 : end + 2 + _MODIFIER_REACH]:
        if token.low not in w.MODIFIERS and token.low not in w.OPERATORS:
            return token.low in _ONE_CRAFT
    return False
