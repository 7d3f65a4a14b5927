"""Whether a period belongs to what a comma adds after a count's own day: "four ships were in
the contiguous zone on Monday, part of a presence that has been continuous for years", "...
on Thursday morning, and that government ships had been seen there on 330 days this year".
The count has told its day before the comma; the period dates the aside or the clause after
it, which counts no craft, so the count stays the day's (rule 8) and is no sum (rule 5)."""

from . import incursion_time_words as tw
from .incursion_phrases import craft_of, number_at
from .incursion_tokens import Token

_ASIDE_REACH = 16  # from the comma to the period: ", part of a presence that has been ..."
_PARTS_OF_THE_DAY = {"morning", "afternoon", "evening", "night"}
# How far before its day a count may stand: bounded, as this is asked at every period word.
_COUNT_REACH = 30
# What a number after the comma may count without being a count of craft: "on 330 days".
_NOT_CRAFT = tw.SPAN_UNITS | {"day", "times", "occasions"}


def follows_a_dated_count(words: list[Token], i: int) -> bool:
    """Whether the period at i comes after a comma that closes a count's own day."""
    for j in range(i - 1, max(-1, i - _ASIDE_REACH), -1):
        if words[j].low == ",":
            return _closes_a_dated_count(words, j)
        counted = number_at(words, j)
        if counted is not None and _counts_craft(words, counted[1] + 1):
            return False  # "..., and 118 ships in December": that count's own period
    return False


def _closes_a_dated_count(words: list[Token], comma: int) -> bool:
    """Whether the words before the comma end a count with its day: "on Monday", "on
    Thursday morning"; a day that opens the sentence ("On Monday, ...") closes no count."""
    day = comma - 1 - (comma > 1 and words[comma - 1].low in _PARTS_OF_THE_DAY)
    if day < 1 or words[day].low not in tw.WEEKDAYS or words[day - 1].low != "on":
        return False
    return any(
        (counted := number_at(words, j)) is not None and _counts_craft(words, counted[1] + 1)
        for j in range(max(0, day - _COUNT_REACH), day - 1)
    )


def _counts_craft(words: list[Token], after: int) -> bool:
    """Whether a craft is named within the few words after a number ("four China Coast Guard
    ships"), not a span of days ("330 days")."""
    for token in words[after : after + 5]:
        if token.low in _NOT_CRAFT or token.low == ",":
            return False
        if craft_of(token):
            return True
    return False
