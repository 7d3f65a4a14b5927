"""A definite count the sentence reports there and then: "the 32 aircraft and 11 navy ships it
detected around Taiwan in the 24 hours to 6 a.m.". The article points forward, to the clause
that tells who detected the craft, not back to craft counted before; the count is the report's
own figure, no reference. So is a clause whose reporter says who detected them: "the 32
aircraft the ministry said it tracked", "the ships Taiwan says were detected" read as "it
tracked"."""

from . import incursion_words as w
from .incursion_phrases import number_at
from .incursion_tokens import Token

# Who detects in such a clause: "it detected", "the ministry tracked", "MND reported"
_DETECTORS = {"it", "they", "ministry", "mnd", "military", "taiwan", "japan", "coast", "guard"}
_SAYING = {"said", "says", "say"}
_LIST_REACH = 8  # "the 32 aircraft and 11 navy ships it detected": a list of counts to cross


def reported_in_its_clause(words: list[Token], last: int) -> bool:
    """Whether the craft noun at `last`, and the counts listed after it, are followed by a
    clause whose verb reports them ("it detected", "that the ministry tracked")."""
    j = last + 1
    limit = min(len(words), last + 1 + _LIST_REACH)
    while j < limit and (words[j].low in ("and", ",") or number_at(words, j) or _crafty(words[j])):
        j += 1
    if j < len(words) and words[j].low in ("that", "which"):
        j += 1
    return _detected_by(words, j, saying=True)


def _detected_by(words: list[Token], j: int, saying: bool) -> bool:
    """Whether a detector and a verb of detection begin at j ("it detected", "the ministry
    tracked"), or, when `saying`, a detector that says so before them ("the ministry said it
    tracked", "Taiwan says were detected")."""
    start = j
    if j < len(words) and words[j].low == "the":
        j += 1
    while j < len(words) and words[j].low in _DETECTORS:
        j += 1
    subject = j > start and words[j - 1].low in _DETECTORS
    if not subject:
        return False
    if saying and j < len(words) and words[j].low in _SAYING:
        told = j + 1 + (j + 1 < len(words) and words[j + 1].low == "that")
        return _detected_by(words, told, saying=False) or _passive_detection(words, told)
    if j < len(words) and words[j].low in ("had", "has", "have"):  # "that it had counted"
        j += 1
    return j < len(words) and words[j].low in w.DETECTIONS


def _passive_detection(words: list[Token], j: int) -> bool:
    """Whether a passive verb of detection begins at j: "were detected", "had been tracked"."""
    while j < len(words) and words[j].low in ("was", "were", "had", "have", "been"):
        j += 1
    return j < len(words) and words[j].low in w.DETECTIONS


def _crafty(word: Token) -> bool:
    """A word of a craft's name in a list: "navy ships", "PLAN vessels", "official ships"."""
    return (
        word.low in w.CRAFT_NOUNS
        or word.low in w.NAVY_WORDS
        or word.low in w.OFFICIAL_WORDS
        or word.low in ("chinese", "pla")
    )
