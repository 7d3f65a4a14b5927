"""A day named only by an event: "on the day of the accident the Ministry of National Defense
had reported 31 PLA aircraft", "On the day of the transit Taiwan's Ministry of National Defense
reported 50 PLA aircraft". The text writes no weekday or date for it, so its figures are only
recalled relative to the story and give no fact (rule 8), as "a day after the ministry
reported 45 aircraft" gives none."""

from . import incursion_words as w
from .incursion_tokens import Token

_ARTICLES = {"the", "a", "an", "that", "this"}


def names_an_events_day(words: list[Token], i: int) -> bool:
    """Whether "day" at i opens "the day of <an event>": "the day of the accident", not "the
    day of March 4" (a date, which the tokens read as one) nor "the day of the week"."""
    if words[i].low != "day" or i == 0 or words[i - 1].low not in ("the", "that"):
        return False
    if i + 2 >= len(words) or words[i + 1].low != "of" or words[i + 2].low not in _ARTICLES:
        return False
    event = words[i + 3].low if i + 3 < len(words) else ""
    return event.isalpha() and event not in w.MONTHS and event not in ("week", "month", "year")
