"""Whose craft a count is, by the clause's actor: "Russia launched 90 drones at Ukraine" counts
Russia's drones, whatever story about Taiwan quotes it (blind-40's wire copy republished
abroad). A count is another country's when a state other than China is the subject of the verb
that governs it, the verb is not one of sighting or telling ("Japan spotted three ships", "the
US said 20 aircraft" count what the teller saw), and the count's own phrase names no Chinese
operator ("Japan tracked three PLA ships" stays China's)."""

from . import incursion_words as w
from .incursion_airline_carriers import names_a_places_carriers
from .incursion_deals import counts_craft_in_a_deal
from .incursion_fleets import counts_a_fleet
from .incursion_foreign_types import counts_a_foreign_type_named_before, names_a_foreign_type
from .incursion_own_forces import sent_by_its_own_state
from .incursion_tokens import Token

# States that act in copy beside Taiwan's reports, as their subject is written. Taiwan is left
# out: as a subject it is the ministry that counts ("Taiwan saw 12 aircraft"), not the actor.
_STATES = {
    ("russia",), ("ukraine",), ("japan",), ("us",), ("u.s",), ("america",), ("india",),
    ("united", "states"), ("north", "korea"), ("south", "korea"), ("philippines",),
    ("australia",), ("britain",), ("france",), ("germany",), ("iran",), ("israel",),
    ("vietnam",), ("canada",),
}  # fmt: skip
# A verb whose subject tells or sees the count rather than doing what it counts.
_TELLING = w.DETECTIONS | {"said", "says", "saw", "sees", "noted", "estimated", "counted",
                           "identified", "found", "put", "cited", "confirmed", "added"}  # fmt: skip
# Where a clause's subject may start: the sentence's start, a comma, a conjunction.
_CLAUSE_OPENERS = {",", ";", "that", "and", "but", "as", "when", "after", "while", "(", "—"}


def acted_by_another_state(words: list[Token], first: int, last: int) -> bool:
    """Whether the count at first..last is the object of a verb whose subject is a state other
    than China: "Russia launched 90 drones", "North Korea had fired two missiles"."""
    if any(t.low in w.CHINESE_NAMES for t in words[first : last + 1]):
        return False
    verb = first - 1
    if verb < 1 or words[verb].low in _TELLING or not words[verb].low.isalpha():
        return False
    subject_end = verb - 1
    while subject_end > 0 and words[subject_end].low in w.AUXILIARIES:
        subject_end -= 1
    for state in _STATES:
        start = subject_end - len(state) + 1
        if start >= 0 and tuple(t.low for t in words[start : subject_end + 1]) == state:
            start -= start > 0 and words[start - 1].low == "the"
            return start == 0 or words[start - 1].low in _CLAUSE_OPENERS
    return False


def not_chinas(words: list[Token], first: int, last: int) -> bool:
    """Whether the count at first..last is of craft China did not send: another state's acts
    ("Russia launched 90 drones"), Taiwan's or another state's own forces ("Taiwan scrambled six
    jets", incursion_own_forces.py), craft a deal is about ("the sale of 400 missiles",
    incursion_deals.py), craft of a type no Chinese force flies ("two USAF KC-46As",
    incursion_foreign_types.py), or the craft China's fleet holds ("it has three carriers",
    incursion_fleets.py)."""
    return (
        acted_by_another_state(words, first, last)
        or sent_by_its_own_state(words, first, last)
        or counts_craft_in_a_deal(words, first)
        or names_a_foreign_type(words, first, last)
        or counts_a_foreign_type_named_before(words, first, last)  # "the F-16Vs ...: four jets"
        or counts_a_fleet(words, first, last)
        or names_a_places_carriers(words, first, last)  # "two Taipei carriers": airlines
    )
