"""An air defence zone its owner names is that owner's: "entered Japan's air defense
identification zone", "South Korea's military said the bombers entered its air defence
identification zone". Only Taiwan's ADIZ is on the list (rule 5: Japan's airspace and other
places outside it give no fact), so a zone another state owns is a place outside the list.
"""

from .incursion_tokens import Token

# States whose own ADIZ a story about Chinese flights names, as an owner is written.
_OTHER_OWNERS = {"japan", "korea", "philippines", "philippine", "us", "u.s", "america"}
_REACH = 12  # "South Korea's military said the aircraft entered its": the owner named before
_CLAUSE_OPENERS = {";", ":"}


def another_states_zone(words: list[Token], i: int) -> bool:
    """Whether the zone at i is owned by a state other than Taiwan: written as that state's
    possessive, or as "its" whose nearest possessive owner before it, within the clause, is."""
    if i == 0:
        return False
    before = words[i - 1]
    if before.possessive:
        return before.low in _OTHER_OWNERS
    if before.low != "its":
        return False
    for j in range(i - 2, max(-1, i - 2 - _REACH), -1):
        if words[j].low in _CLAUSE_OPENERS:
            return False
        if words[j].possessive:
            return words[j].low in _OTHER_OWNERS
    return False
