"""Whose report a sentence tells, by its teller: "Japan's defence ministry said it spotted three
Chinese warships", "Japan MOD, March 10: 1 Chinese military aircraft", "..., according to the
US Indo-Pacific Command". Taiwan's ministry reports the craft around Taiwan, so a count it
gives with no zone is one of them (incursion_story.py); another state's ministry reports what
it saw from its own shores, which is no count around Taiwan unless the sentence says so.
"""

from . import incursion_words as w
from .incursion_tokens import Token

# Words that name another state or one of its bodies, as a teller is written.
_ANOTHER_STATE = {
    "japan", "japanese", "tokyo", "jso", "sdf", "jsdf", "jmsdf", "jasdf", "jcg", "philippines",
    "philippine", "manila", "korea", "korean", "seoul", "american", "washington", "pentagon",
    "indopacom", "australia", "australian", "canberra", "pcg", "uscg",
}  # fmt: skip
# "pcg" and "uscg" are the Philippine and U.S. coast guards as outlets shorten them: a coast
# guard counts the ships in its own country's waters ("The PCG said it had tracked two China
# Coast Guard ships near the shoal"), as Taiwan's CGA counts those off Kinmen.
_US = {"US", "U.S"}  # as written: "told us it tracked" names no state
# "Japan's Joint Staff said", not "Taiwan's MND said": a teller naming Taiwan is its ministry.
_TAIWAN = w.TAIWAN_NAMES | {"mnd", "cga"}
# Where a teller's name may start: the sentence's start, or after these.
_OPENERS = {",", ";", ":", "—", "–", "(", "that", "and", "but", "while", "whereas"}
_REACH = 8  # a teller is a few words: "the U.S. Indo-Pacific Command's spokesman"


def told_by_another_state(words: list[Token]) -> bool:
    """Whether the sentence's tellers name a state other than Taiwan and none names Taiwan:
    the subject of a verb of telling or sighting, the name after "according to", or the
    source before the colon of a line of counts."""
    tellers = [
        _before(words, i) for i, word in enumerate(words) if word.low in w.TELLING_OR_SIGHTING
    ]
    tellers += [
        words[i + 2 : i + 2 + _REACH]
        for i in range(len(words) - 1)
        if words[i].low == "according" and words[i + 1].low == "to"
    ]
    # "A China Coast Guard vessel was seen by Philippine officials": a passive verb's teller
    # is its agent, after "by".
    tellers += [
        _after(words, i + 2)
        for i in range(len(words) - 1)
        if words[i].low in w.TELLING_OR_SIGHTING and words[i + 1].low == "by"
    ]
    colon = next((i for i, word in enumerate(words) if word.low == ":"), None)
    if colon is not None and colon <= _REACH:  # "Japan MOD, March 10: 1 aircraft"
        tellers.append(words[:colon])
    named = {word.low for teller in tellers for word in teller}
    us = any(word.text in _US for teller in tellers for word in teller)
    return (us or bool(named & _ANOTHER_STATE)) and not named & _TAIWAN


def _after(words: list[Token], start: int) -> list[Token]:
    """The words of an agent from `start` to where its clause ends."""
    end = start
    while end < min(len(words), start + _REACH) and words[end].low not in _OPENERS | {"."}:
        end += 1
    return words[start:end]


def _before(words: list[Token], verb: int) -> list[Token]:
    """The words of the verb's subject: back from the verb to where a clause opens."""
    start = verb
    while start > max(0, verb - _REACH) and words[start - 1].low not in _OPENERS:
        start -= 1
    return words[start:verb]


# ", according to the CGA, which has counted 19 incursions around Kinmen since January": a
# relative clause on the teller that gives its own running tally of events, not of craft.
_RELATIVES = {"which", "who"}
_PERFECT = {"has", "have", "had"}
_TALLY_VERBS = {"counted", "logged", "recorded", "tracked", "reported", "tallied"}
_TALLY_REACH = 12  # "which has counted 19 incursions around Kinmen since"


def in_a_tellers_tally(words: list[Token], i: int) -> bool:
    """Whether the period at i closes such a clause, with no craft counted in it: its span is
    the teller's tally, not that of the counts before the clause."""
    for j in range(i - 1, max(0, i - _TALLY_REACH) - 1, -1):
        if words[j].low in (",", ";", ".") or w.CRAFT_NOUNS.get(words[j].low):
            return False
        if words[j].low in _RELATIVES and j + 2 < i and words[j - 1].low == ",":
            return words[j + 1].low in _PERFECT and words[j + 2].low in _TALLY_VERBS
    return False
