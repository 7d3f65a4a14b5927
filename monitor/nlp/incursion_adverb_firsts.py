""" "first" as an adverb of time, not an ordinal: "six of them had first crossed the median line".

An ordinal ends the scope of the counts before it ("..., the first such incursion since May"),
so the zone after an adverbial "first" was lost, and with it the share's fact. "first" is an
adverb where it stands between an auxiliary and its verb ("had first crossed", "were first
spotted") or between a count's subject and a verb in the past ("six of them first entered");
after a determiner ("the first crossed", "its first flight") it is the ordinal.
"""

from .incursion_tokens import Token

_AUXILIARIES = {"had", "has", "have", "was", "were", "is", "are", "been"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "whose"}


def is_an_adverb_of_time(words: list[Token], i: int) -> bool:
    """Whether the "first" at i modifies the verb after it rather than ordering a noun."""
    if words[i].low != "first" or i == 0 or i + 1 >= len(words):
        return False
    before, after = words[i - 1].low, words[i + 1].low
    if before in _AUXILIARIES:
        return True
    return before not in _DETERMINERS and before.isalpha() and after.endswith("ed")
