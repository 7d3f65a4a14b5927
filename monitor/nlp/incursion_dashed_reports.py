"""A report told between dashes: "alongside the daily military flights — on Thursday the
Ministry of National Defense reported 26 aircraft and 7 ships around Taiwan — and the 'united
front' work ...". Paired dashes mostly set off an aside that carries no fact (a total's types,
a gloss), but one that holds a clause of its own, a teller's verb and the count it reports, is
the report itself: the sentence around it only frames it."""

from . import incursion_words as w
from .incursion_phrases import craft_of, number_at
from .incursion_tokens import Token

_VERBS = w.REPORT_VERBS | w.DETECTIONS
_COUNT_REACH = 2  # "reported that 26 aircraft", "tracked some 26 aircraft"
_NOUN_REACH = 4  # "26 Chinese military aircraft"


def reports_between_dashes(words: list[Token]) -> bool:
    """Whether the words between a pair of dashes tell a report: a subject's verb of telling
    or sighting, then a count of craft ("the ministry reported 26 aircraft ...")."""
    for i, token in enumerate(words[1:], start=1):
        if token.low not in _VERBS or not words[i - 1].text[:1].isalpha():
            continue
        for j in range(i + 1, min(len(words), i + 1 + _COUNT_REACH + 1)):
            found = number_at(words, j)
            if found is None:
                continue
            head = words[found[1] + 1 : found[1] + 1 + _NOUN_REACH]
            if any(craft_of(noun) for noun in head):
                return True
    return False
