"""Counts told in a clause about an event a day owns: "activity fell back after Monday's
large-scale drills, during which the defence ministry counted a record 153 aircraft" counts
Monday's aircraft, whatever day the sentence reports ("on Wednesday"); the clause ends at the
sentence's semicolon or stop. A possessive day is no date the sentence writes (it names the
drills), so only the counts of the clause about them take it."""

from datetime import date

from .incursion_claims import Reading
from .incursion_time_words import WEEKDAYS
from .incursion_tokens import Token, tokenize, written_dates
from .incursion_words import EVENTS

# "during which", "in which", "when": the words that open a clause about the event itself.
_RELATIVES = (("during", "which"), ("in", "which"), ("when",))
_EVENT_REACH = 3  # words between the day and the event: "Monday's large-scale live-fire drills"


def date_counts_of_a_days_event(tokens: list[Token], reading: Reading, local: date) -> None:
    """Gives each count in a clause about a day's event, that writes no day of its own, the
    day that owns the event."""
    if not reading.claims:
        return  # most sentences count nothing: no clause to read for them
    for i, token in enumerate(tokens):
        if not (token.possessive and token.low in WEEKDAYS):
            continue
        opened = _clause_opened(tokens, i + 1)
        owned = written_dates(tokenize(token.text), local)
        if opened is None or not owned:
            continue
        end = next((k for k in range(opened, len(tokens)) if tokens[k].low in (";", ".")), None)
        for claim in reading.claims:
            if claim.day is None and opened <= claim.first < (end or len(tokens)):
                claim.day = owned[0].day


def _clause_opened(tokens: list[Token], start: int) -> int | None:
    """Where the clause about the event named from `start` opens, after its comma, if one
    does: "large-scale drills, during which"."""
    named = tokens[start : start + _EVENT_REACH + 1]
    k = next((start + n for n, t in enumerate(named) if t.low in EVENTS), None)
    if k is None or any(t.low in (",", ";", ".") for t in tokens[start:k]):
        return None
    k += 1
    if k < len(tokens) and tokens[k].low == ",":
        k += 1
    for relative in _RELATIVES:
        if [t.low for t in tokens[k : k + len(relative)]] == list(relative):
            return k + len(relative)
    return None
