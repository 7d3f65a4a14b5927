"""The day an event began or ended, told in a clause on the event's noun
(incursion_event_bounds.py): "fired nine ballistic missiles into waters around Taiwan as part
of the drills it launched on Monday" tells when the drills began, not when the missiles flew;
the count keeps the day the story told before ("shortly after 1 p.m. on Wednesday").

Any event's clause tells that event's day, not the count's, when the sentence gives the count a
day of its own: "On Tuesday, the ministry reported 58 aircraft during a surge that began on
Sunday" counts Tuesday's, and so does "The ministry on Tuesday reported 58 aircraft, a week
after a deployment that ended on Sunday". Only the drills' own start moves a count off the one
day its sentence writes: a surge that ended on Sunday may well be what the count was of."""

from .incursion_event_bounds import BEGINNING, bounds_an_event
from .incursion_tokens import Token, WrittenDate
from .incursion_words import EVENTS


def without_days_events_began(
    tokens: list[Token], firsts: list[int], dates: list[WrittenDate]
) -> list[WrittenDate]:
    """The days written without those an event's clause tells it began or ended on: all of
    them when the sentence writes a day of its own besides, else those a clause after the
    first count tells the drills began on."""
    if not firsts:
        return dates
    lows = [token.low for token in tokens]  # once a sentence, not once a date written in it
    if own := [written for written in dates if not bounds_an_event(lows, 0, written.first)]:
        return own
    counted = min(firsts)
    return [
        written
        for written in dates
        if not bounds_an_event(lows, counted, written.first, EVENTS, BEGINNING)
    ]
