"""Figures a report gave on an earlier day, recalled relative to the story (rule 8): "The latest
figures come a day after the ministry said 12 Chinese coastguard ships had joined the
manoeuvres" gives no fact, whatever the story reports later. What a dash adds after such a
figure comments on it ("— a number it did not repeat on Monday"): a day written there is the
comment's, not the figure's."""

from bisect import bisect_left

from . import incursion_words as w
from .incursion_tokens import Token

_TELLING_REACH = 12  # "a day after the defence ministry in Taipei said ... 12 ships"
_COMMENT_REACH = 30  # words from a recalled count to the dash that opens a comment on it


def recalls_a_report(words: list[Token], day_before: list[int], first: int) -> bool:
    """Whether the count at `first` is what someone told or sighted after the last "a day
    after" before it: a report of that earlier day, not an event the story dates by it."""
    before = bisect_left(day_before, first)
    if not before:
        return False
    told = range(max(day_before[before - 1], first - _TELLING_REACH), first)
    return any(words[j].low in w.TELLING_OR_SIGHTING for j in told)


def comment_starts(words: list[Token], first: int) -> int:
    """Where a dash after the count at `first` opens a comment on it, within a few words; the
    sentence's length if none does."""
    ahead = range(first, min(len(words), first + _COMMENT_REACH))
    return next((j for j in ahead if words[j].low in w.DASHES), len(words))
