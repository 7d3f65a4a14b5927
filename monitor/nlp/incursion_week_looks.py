"""A look back at the week ("The week in numbers", "Week in review") lists the days the week
before it went to press: "• Friday: 14 aircraft, eight ships." in a weekly stamped 17:00 UTC on
Thursday is the Friday before, though it is already Friday in Taipei, where a weekday alone is
read as the last one on or before the story's day (incursion_tokens.py). A weekday such a story
writes alone is of the past week: on the story's own day it is the one a week before. Only when
the story was stamped the day before its day in Taipei: a weekly review stamped on its Saturday
morning in Asia ("Week in review" at 03:00 UTC) reports that Saturday's figures too.
"""

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from .incursion_time_words import WEEKDAYS
from .incursion_tokens import Token, WrittenDate

_LOOK_BACK = re.compile(r"\bweek in (?:numbers|review|brief)\b|\bweek that was\b", re.I)
_WEEK = timedelta(days=7)


def looks_back_at_a_week(sentences: list[str], published: datetime, local: date) -> bool:
    """Whether the story looks back at a week it went to press on before its day in Taipei."""
    return local > published.date() and any(_LOOK_BACK.search(s) for s in sentences)


def weekdays_of_the_week_past(
    tokens: list[Token], dates: list[WrittenDate], local: date
) -> list[WrittenDate]:
    """The dates, a weekday written alone on the story's own day moved to the week before."""
    return [
        replace(written, day=written.day - _WEEK)
        if written.day == local
        and written.first == written.last
        and tokens[written.first].low in WEEKDAYS
        else written
        for written in dates
    ]
