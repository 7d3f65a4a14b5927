"""A clause whose subject is craft named anew, without a count, after ", and" or ", but": "the
defence ministry logged 15 Chinese aircraft and eight ships near Taiwan, and China Coast Guard
boats have patrolled near Kinmen repeatedly since a capsizing there last month". What that
clause tells (a period, a streak, a place) is of its own craft, not of the counts before it. So
is a clause of another country's craft: "four Chinese coast guard ships were in the contiguous
zone, and Japanese fighter jets were scrambled again this week" counts the ships of that day."""

from . import incursion_words as w
from .incursion_phrases import head_at, number_at
from .incursion_tokens import Token

# What a subject's verb may begin with: "have patrolled", "were also seen", "kept sailing".
_BEFORE_A_VERB = w.AUXILIARIES | {"still", "again", "continued", "kept", "also"}


def opens_a_clause_of_other_craft(words: list[Token], i: int) -> bool:
    """Whether ", and" or ", but" at i opens a clause whose subject is craft named without a
    count or an article ("and China Coast Guard boats have patrolled", "but Chinese drones
    kept flying", "and Japanese fighter jets were scrambled"): "and the ships" and "and two of
    them" point back at the counts instead."""
    if words[i].low not in ("and", "but") or i == 0 or words[i - 1].low != ",":
        return False
    start = i + 1
    if start >= len(words) or words[start].low in ("the", "a", "an", "its", "their"):
        return False
    if number_at(words, start) is not None:
        return False
    head = head_at(words, start)
    if head is None:  # a foreign craft's head has no craft of the list: its own clause too
        return False
    verb = head.last + 1
    return verb < len(words) and words[verb].low in _BEFORE_A_VERB | w.MOVEMENTS
