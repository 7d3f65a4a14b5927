"""Craft counted as escorts of another state's ship, or in an encounter with one, are no count
of the day's activity.

"A PLA Navy frigate followed the Kiwi ship at about four nautical miles" tells how one foreign
warship's transit was watched: the frigate is the escort of that ship, not a figure of the
craft a defence ministry counted around Taiwan that day (rule 2 counts a report's totals), and
its one ship would stand in for the report's own count of ships ("eight ships around the
island") as the day's figure. So is a craft in an incident with another ship: "a PLAN
destroyer cut across the US ship's bow", "a bulk carrier was hailed by a Chinese coast guard
cutter west of Penghu" tell what one ship did to another, not what a report counted.
"""

from .incursion_claims import Reading
from .incursion_tokens import Token
from .incursion_words import AUXILIARIES

# The verbs of watching a ship or group underway from close by, and of confronting one.
_ESCORTING = {"followed", "shadowed", "tailed", "trailed", "escorted", "accompanied"}
_CONFRONTING = {"hailed", "harassed", "buzzed", "intercepted", "confronted", "challenged",
                "blocked", "rammed", "chased"}  # fmt: skip
# "cut across the US ship's bow", "cut in front of the destroyer", "cut ahead of it"
_CUTTING_PATHS = {"across", "in", "ahead"}
# "was hailed by a Chinese coast guard cutter": an encounter's agent. "Followed by" and
# "accompanied by" also list what came next in a report ("26 aircraft, followed by 4 ships").
_PASSIVE_ENCOUNTERS = _CONFRONTING | {"shadowed", "tailed", "trailed", "escorted"}
# What opens the object escorted: "the Kiwi ship", "a Canadian frigate", "HMAS Brisbane".
_AUXILIARY_REACH = 3
_OBJECT_OPENERS = {"the", "a", "an", "its", "their", "both", "each"}


def without_escorts(tokens: list[Token], reading: Reading) -> None:
    """Drops the counts, and their craft counted, whose verb escorts an object ("two
    destroyers shadowed the carrier"): the verb's passive ("followed by") keeps them, and so
    does a zone of their own ("two ships followed a fishing boat into territorial waters")."""
    if all(claim.zones for claim in reading.claims):
        return  # every count has a zone of its own: no sentence to read again
    words = [tokens[i] for i in reading.visible]
    escorts = [
        c
        for c in reading.claims
        if not c.zones and (_escorts(words, c.last + 1) or _agent_of_an_encounter(words, c.first))
    ]
    if not escorts:
        return
    firsts = {claim.first for claim in escorts}
    reading.claims = [claim for claim in reading.claims if claim.first not in firsts]
    reading.mentions = [m for m in reading.mentions if m.position not in firsts]


def _escorts(words: list[Token], i: int) -> bool:
    verb_by = i + _AUXILIARY_REACH  # "had been followed": a few auxiliaries, never a run
    while i < min(len(words), verb_by) and words[i].low in AUXILIARIES:
        i += 1
    if i + 1 < len(words) and words[i].low == "cut" and words[i + 1].low in _CUTTING_PATHS:
        return True
    if i + 1 >= len(words) or words[i].low not in _ESCORTING | _CONFRONTING:
        return False
    after = words[i + 1]
    return after.low in _OBJECT_OPENERS or (after.text[:1].isupper() and after.low != "by")


def _agent_of_an_encounter(words: list[Token], first: int) -> bool:
    """Whether the count at `first` is the agent of a passive encounter: "was hailed by a
    Chinese coast guard cutter", "had been shadowed by two frigates"."""
    return (
        first > 1 and words[first - 1].low == "by" and words[first - 2].low in _PASSIVE_ENCOUNTERS
    )
