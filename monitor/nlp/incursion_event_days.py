"""A day named only by an event: "on the day of the accident the Ministry of National Defense
had reported 31 PLA aircraft", "On the day of the transit Taiwan's Ministry of National Defense
reported 50 PLA aircraft". When the sentence writes no weekday or date for it, its figures are
only recalled relative to the story and give no fact (rule 8), as "a day after the ministry
reported 45 aircraft" gives none. A day written beside the event ("On Sunday, the day of the
cut, it had counted 28 aircraft", "On the day of the occurrence (Monday, 12 May)") is that
day's, and the sentence is dated as any other."""

from . import incursion_time_words as tw
from .incursion_tokens import Token, WrittenDate

_ARTICLES = {"the", "a", "an", "that", "this"}
_SPANS = {"week", "month", "year"}  # "the day of the week" names no event


def recalls_an_events_day(tokens: list[Token], dates: list[WrittenDate]) -> bool:
    """Whether the sentence names a day by an event ("the day of the accident") and writes
    no day of its own."""
    return not dates and any(_names_an_events_day(tokens, i) for i in range(len(tokens)))


def _names_an_events_day(tokens: list[Token], i: int) -> bool:
    """Whether "the day of <an event>" opens at "day", i."""
    if tokens[i].low != "day" or i == 0 or tokens[i - 1].low not in ("the", "that"):
        return False
    if i + 3 >= len(tokens) or tokens[i + 1].low != "of" or tokens[i + 2].low not in _ARTICLES:
        return False
    event = tokens[i + 3].low
    return event.isalpha() and event not in tw.MONTHS and event not in _SPANS
