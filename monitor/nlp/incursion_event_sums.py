"""Craft summed over several events the sentence counts: "four intrusions into Japanese
territorial waters involving a total of eight ships", "three incursions by 11 ships in all",
"four intrusions into Japanese territorial waters, involving 10 ships" (the comma sets off the
participle that counts the events' ships, no clause of its own).
The ships are those of all the events, on their several days: a sum, no figure of one day
(rule 5); one event ("an intrusion by four ships") is that day's count."""

from .incursion_claims import Claim
from .incursion_phrases import number_at
from .incursion_tokens import Token

_EVENTS = {"intrusions", "incursions", "entries", "incidents", "episodes"}
_REACH = 10  # "four intrusions into Japanese territorial waters involving a total of": to the count
_CLAUSE_ENDS = {",", ";", ".", ":"}
_COUNTING_PARTICIPLES = {"involving", "totalling", "totaling", "comprising"}


def summed_over_events(words: list[Token], claim: Claim) -> bool:
    """Whether the count follows, in its clause, a number of two or more events."""
    for j in range(claim.first - 1, max(0, claim.first - _REACH) - 1, -1):
        if words[j].low in _CLAUSE_ENDS and not _sets_off_the_ships(words, j):
            return False
        if words[j].low in _EVENTS and j > 0 and (events := number_at(words, j - 1)):
            return events[0] >= 2
    return False


def _sets_off_the_ships(words: list[Token], comma: int) -> bool:
    """Whether the comma at `comma` sets off a participle counting the events' ships."""
    return words[comma].low == "," and words[comma + 1].low in _COUNTING_PARTICIPLES
