"""Whose craft a count is when Taiwan, or another state, sends its own: "Taiwan scrambled six
jets and deployed three navy ships in response", "the island's Han Kuang drills involved 40
warships". Beside a daily report such counts are the responder's forces, not craft around
Taiwan. incursion_actors.py reads a state written just before the verb; this reads the subject
of a verb of deploying (sending, scrambling, involving) back through the clause, past the
predicates coordinated before it and a teller's "said it", to the first actor named."""

from . import incursion_words as w
from .incursion_tokens import Token

# Verbs whose object is the subject's own assets: put to use, held, or acquired.
_DEPLOYING = {
    "deployed", "deploys", "deploy", "deploying", "dispatched", "dispatches", "dispatch",
    "dispatching", "sent", "sends", "send", "sending", "scrambled", "scrambles", "scramble",
    "scrambling", "mobilized", "mobilised", "mobilizing", "mobilising", "fielded", "involved",
    "involving", "involve", "used", "using", "assigned", "stationed", "positioned", "commissioned",
    "bought", "buy", "buying", "ordered", "purchased", "purchase", "acquired", "acquire", "built",
    "build", "building",
}  # fmt: skip
# Verbs of holding, which are auxiliaries too ("had entered"): only just before the count.
_HOLDING = {"has", "have", "had", "owns", "operates", "possesses"}
# Actors other than Taiwan as a subject is written ("Japan", "the Pentagon").
_OTHER_STATES = {
    "japan", "japanese", "tokyo", "philippines", "philippine", "manila", "korea", "korean",
    "seoul", "american", "washington", "pentagon", "australia", "australian", "canberra",
    "russia", "russian", "india", "indian", "britain", "british", "france", "french",
}  # fmt: skip
# Taiwan's and Japan's coast guards by their acronyms: "The CGA has deployed 14 cutters ... to
# escort fishing boats" sends Taiwan's own, as "Taiwan deployed" would.
_OWN_COAST_GUARDS = {"cga", "jcg"}
# Taiwan's coast guard by its full name, its acronym's brackets read as an aside before this
# ("The Coast Guard Administration (CGA) deployed 14 cutters"); China's is the China Coast
# Guard, whose "China" is read first, and no other body bears this name.
_OWN_COAST_GUARD_NAME = ("coast", "guard", "administration")
_CHINESE = w.CHINESE_NAMES | {"theater", "theatre", "liberation"}  # "Eastern Theater"
# A place after these is where craft went ("around Taiwan", "into Taiwan's ADIZ"), no subject.
_PLACE_BEFORE = {"around", "near", "off", "toward", "towards", "to", "of", "in", "into", "at",
                 "surrounding", "encircling", "approaching", "from", "by"}  # fmt: skip
# Words between a verb and its count that leave the count its object: a count coordinated
# before ("22,000 reservists and 40 warships"), a possessive ("its three frigates").
_NOT_BETWEEN = _PLACE_BEFORE | w.DEFINITES | {"with", "for", "on", "while", "as", "after",
                                              "when", "that", "which", "who", ";", ":"}  # fmt: skip
_OBJECT_REACH = 8  # "scrambled three coast guard vessels and two"
_SUBJECT_REACH = 14
_CLAUSE_ENDS = {";", ":", "—", "–", "(", ")", "while", "whereas", "but"}


def sent_by_its_own_state(words: list[Token], first: int, last: int) -> bool:
    """Whether the count at first..last is the object of a verb of deploying whose subject is
    Taiwan or another state, not China: "Taiwan scrambled jets and dispatched three warships"."""
    if any(t.low in _CHINESE for t in words[first : last + 1]):
        return False
    verb = _governing_verb(words, first)
    return verb is not None and _subject_is_a_state(words, verb)


def _governing_verb(words: list[Token], first: int) -> int | None:
    """The verb of deploying the count is the object of, if any: back over a count coordinated
    before it, but not past a verb's auxiliary or a possessive ("had entered Kinmen's waters
    and two others"), which open a clause of their own."""
    if first > 0 and words[first - 1].low in _HOLDING:
        return first - 1
    for i in range(first - 1, max(-1, first - 1 - _OBJECT_REACH), -1):
        low = words[i].low
        if low in _DEPLOYING:
            return i
        if low in w.TELLING_OR_SIGHTING | _NOT_BETWEEN | w.AUXILIARIES or words[i].possessive:
            return None
    return None


def _subject_is_a_state(words: list[Token], verb: int) -> bool:
    """The first actor named back from the verb: Taiwan or another state, or China. A teller is
    the actor only when it tells of itself ("Taiwan said it sent", "said its coast guard had
    sent"): "..., Taiwan's ministry
    said, sending 32 aircraft" and "the ministry said the PLA had fired" tell another's acts."""
    for i in range(verb - 1, max(-1, verb - 1 - _SUBJECT_REACH), -1):
        low = words[i].low
        if low in _CLAUSE_ENDS:
            return False
        # "Taiwan ... said its Coast Guard Administration had dispatched two cutters": the
        # teller's own body, as "said it" is the teller
        if low in w.REPORT_VERBS and words[i + 1].low not in ("it", "they", "its", "their"):
            return False
        if low in _CHINESE:
            return False
        if tuple(t.low for t in words[max(0, i - 2) : i + 1]) == _OWN_COAST_GUARD_NAME:
            return True
        if low in w.TAIWAN_NAMES | _OTHER_STATES | _OWN_COAST_GUARDS:
            if i > 0 and words[i - 1].low in _PLACE_BEFORE:
                continue  # "around Taiwan": where craft were, not who acted
            return True
    return False
