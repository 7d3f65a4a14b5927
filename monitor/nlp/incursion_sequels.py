"""A count told as coming after another day's: "19 aircraft entered the zone on Saturday, after
18 on Friday". The bare number after the comma is a count of the same craft, in the same zone,
on the day it writes (rule 8), as "up from 18 on Friday" is."""

from . import incursion_time_words as tw
from .incursion_phrases import number_at
from .incursion_tokens import Token

_SEQUELS = {"after", "following"}


def follows_a_days_count(words: list[Token], i: int) -> bool:
    """Whether ", after" at i opens another day's bare count: a number, then "on" and a
    weekday or a month ("after 18 on Friday", "following 11 on March 3"). "after 2 p.m." or
    "after 30 aircraft flew ..." is no such count: the day must follow the number at once."""
    if words[i].low not in _SEQUELS or i == 0 or i + 1 >= len(words) or words[i - 1].low != ",":
        return False
    number = number_at(words, i + 1)
    if number is None:
        return False
    on = number[1] + 1  # the token just after the number
    if on + 1 >= len(words) or words[on].low != "on":
        return False
    day = words[on + 1].low
    return day in tw.WEEKDAYS or day in tw.MONTHS
