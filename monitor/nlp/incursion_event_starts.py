"""The day an event began, told in a clause on the event's noun after a count: "fired nine
ballistic missiles into waters around Taiwan as part of the drills it launched on Monday" tells
when the drills began, not when the missiles flew; the count keeps the day the story told
before ("shortly after 1 p.m. on Wednesday"). English puts such a clause right after its noun,
with or without "that" ("the drills it launched", "the exercises that began"), and a verb of
beginning before the day."""

from .incursion_tokens import Token, WrittenDate
from .incursion_words import EVENTS

_BEGINNING = {
    "launched", "began", "started", "opened", "announced", "kicked", "declared", "staged",
}  # fmt: skip
_RELATIVE_REACH = 4  # "the drills (that) the Eastern Theater Command launched": noun to verb
_DAY_REACH = 3  # "launched on Monday", "began early on Monday": verb to day


def without_days_events_began(
    tokens: list[Token], firsts: list[int], dates: list[WrittenDate]
) -> list[WrittenDate]:
    """The days written without those an event's clause after the first count tells it began."""
    if not firsts:
        return dates
    counted = min(firsts)
    lows = [token.low for token in tokens]  # once a sentence, not once a date written in it
    return [written for written in dates if not _an_events_start(lows, counted, written)]


def _an_events_start(lows: list[str], counted: int, written: WrittenDate) -> bool:
    for verb in range(written.first - 1, max(counted, written.first - 1 - _DAY_REACH), -1):
        if lows[verb] in _BEGINNING:
            break
        if not lows[verb].isalpha():
            return False
    else:
        return False
    noun = range(verb - 1, max(counted, verb - 2 - _RELATIVE_REACH), -1)
    return any(lows[at] in EVENTS for at in noun if all(t.isalpha() for t in lows[at:verb]))
