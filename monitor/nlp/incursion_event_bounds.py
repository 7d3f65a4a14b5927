"""Days that bound a period or another event than the counts': "the total since Friday", "a
surge that began on Sunday", "the drills that ended on Friday". Such a day tells when the
period opened or the event began or ended, and so it is not the day the counts of its sentence
are of: English puts the event's clause right after its noun, with or without "that" ("the
drills it launched", "the exercises that began"), and a verb of beginning or ending before the
day."""

from typing import TYPE_CHECKING

from .incursion_words import EVENTS

if TYPE_CHECKING:
    from .incursion_tokens import Token  # incursion_tokens.py reads its days by this module

_PERIOD_BOUNDS = {"since", "from", "until", "till", "through"}
BEGINNING = {
    "launched", "began", "started", "opened", "announced", "kicked", "declared", "staged",
    "commenced", "resumed",
}  # fmt: skip
_ENDING = {"ended", "finished", "concluded", "wrapped"}
# Events the reader counts in no tally of their own, whose days a story tells beside a count:
# "during a surge that began on Sunday", "a week after a deployment that ended on Friday".
_OTHER_EVENTS = {
    "surge", "surges", "spike", "wave", "deployment", "deployments", "voyage", "voyages",
    "transit", "transits", "passage", "cruise", "mission", "missions", "operation",
    "campaign", "buildup", "standoff", "crisis",
}  # fmt: skip
_RELATIVE_REACH = 4  # "the drills (that) the Eastern Theater Command launched": noun to verb
_DAY_REACH = 3  # "launched on Monday", "began early on Monday": verb to day


def bounds_another_period(tokens: list["Token"], first: int) -> bool:
    """Whether the day written at `first` bounds a period ("the total since Friday", "since
    early Tuesday") or an event's clause tells it began or ended on it."""
    lows = [token.low for token in tokens]
    bounded = any(low in _PERIOD_BOUNDS for low in lows[max(0, first - 2) : first])
    return bounded or bounds_an_event(lows, 0, first)


def bounds_an_event(
    lows: list[str],
    reach: int,
    first: int,
    nouns: set[str] | None = None,
    verbs: set[str] | None = None,
) -> bool:
    """Whether the day written at `first` closes a clause on an event's noun (of `nouns`, else
    any) with a verb (of `verbs`, else of beginning or ending), all after the word at `reach`."""
    verbs = verbs or BEGINNING | _ENDING
    for verb in range(first - 1, max(reach, first - 1 - _DAY_REACH), -1):
        if lows[verb] in verbs:
            break
        if not lows[verb].isalpha():
            return False
    else:
        return False
    nouns = nouns or EVENTS | _OTHER_EVENTS
    noun = range(verb - 1, max(reach, verb - 2 - _RELATIVE_REACH), -1)
    return any(lows[at] in nouns for at in noun if all(t.isalpha() for t in lows[at:verb]))
