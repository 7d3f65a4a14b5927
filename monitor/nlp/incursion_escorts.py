"""Craft counted as escorts of another state's ship are no count of the day's activity.

"A PLA Navy frigate followed the Kiwi ship at about four nautical miles" tells how one foreign
warship's transit was watched: the frigate is the escort of that ship, not a figure of the
craft a defence ministry counted around Taiwan that day (rule 2 counts a report's totals), and
its one ship would stand in for the report's own count of ships ("eight ships around the
island") as the day's figure.
"""

from .incursion_asides import without_asides
from .incursion_claims import Reading
from .incursion_tokens import Token
from .incursion_words import AUXILIARIES

# The verbs of watching a ship or group underway from close by.
_ESCORTING = {"followed", "shadowed", "tailed", "trailed", "escorted", "accompanied"}
# What opens the object escorted: "the Kiwi ship", "a Canadian frigate", "HMAS Brisbane".
_AUXILIARY_REACH = 3
_OBJECT_OPENERS = {"the", "a", "an", "its", "their", "both", "each"}


def without_escorts(tokens: list[Token], reading: Reading) -> None:
    """Drops the counts, and their craft counted, whose verb escorts an object ("two
    destroyers shadowed the carrier"): the verb's passive ("followed by") keeps them, and so
    does a zone of their own ("two ships followed a fishing boat into territorial waters")."""
    if all(claim.zones for claim in reading.claims):
        return  # every count has a zone of its own: no sentence to read again
    words = [tokens[i] for i in without_asides(tokens)]
    escorts = [c for c in reading.claims if not c.zones and _escorts(words, c.last + 1)]
    if not escorts:
        return
    firsts = {claim.first for claim in escorts}
    reading.claims = [claim for claim in reading.claims if claim.first not in firsts]
    reading.mentions = [m for m in reading.mentions if m.position not in firsts]


def _escorts(words: list[Token], i: int) -> bool:
    verb_by = i + _AUXILIARY_REACH  # "had been followed": a few auxiliaries, never a run
    while i < min(len(words), verb_by) and words[i].low in AUXILIARIES:
        i += 1
    if i + 1 >= len(words) or words[i].low not in _ESCORTING:
        return False
    after = words[i + 1]
    return after.low in _OBJECT_OPENERS or (after.text[:1].isupper() and after.low != "by")
