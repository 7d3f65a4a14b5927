"""A count of two written "both": "eight of the aircraft and both balloons crossed the median line",
"Both of the balloons drifted across the line", "Both crossed". English writes "both" for "the
two" when two craft were counted before, so it counts them again as "the two balloons" does: a
share or repeat of the count before, in the zone its clause names. The pair of "both aircraft
and ships were tracked" joins two nouns, counts nothing, and is left alone.

Being the craft counted before, the pair is a count of its own only where its verb carries it
into a zone the count before did not name: across a line or into a zone ("crossed", "entered",
"drifted across", "flew into"). The same pair leaving ("Both vessels leave territorial waters",
"drifted out of the zone"), returning ("Both cutters then returned to the contiguous zone"),
or sighted ("Both balloons were spotted") tells more of the craft counted, and no count; in a
zone ("both drones flew in the ADIZ", "both were still inside the waters") it is counted there."""

from . import incursion_words as w
from .incursion_phrases import head_at
from .incursion_tokens import Token

_JOINERS = {"and", "or"}
# Verbs that take the craft over a line or into a zone by themselves: "crossed the median line".
_ENTERING = {
    "crossed", "cross", "crosses", "crossing", "entered", "enter", "enters", "entering",
    "intruded", "intrude", "intrudes", "intruding", "breached", "violated",
}  # fmt: skip
# Verbs of motion that do so only along a path: "drifted across", not "flew in the corner".
_MOVING = {"flew", "fly", "flies", "flying", "drifted", "sailed", "moved", "passed", "went"}
_PATHS = {"into", "across", "through", "over", "in"}
# Being in a zone on the day told: "both were still inside the territorial waters" (rule 9).
_BEING = {"were", "are", "remained", "stayed"}
_INSIDE = {"in", "inside", "within"}
# Between the pair and its verb: "both balloons had crossed", "both of them then entered".
_BEFORE_THE_VERB = {"had", "have", "has", "then", "also", "later", "each", "still"}
_VERB_REACH = 6  # "both of the Y-8 planes": from "both" to its verb
PAIRS = {"both"}  # the word a pair opens with


def pair_at(words: list[Token], i: int) -> tuple[int, int] | None:
    """(2, i) when "both" at i counts two craft into a zone: before "of" ("both of them"), before a
    verb ("Both crossed"), or before one craft noun phrase that joins no other ("both
    balloons"), and whose verb enters a zone."""
    if words[i].low not in PAIRS or i + 1 >= len(words):
        return None
    after = words[i + 1].low
    # "a Y-8 and a Y-9, both of which flew in the ADIZ": a relative repeats the noun just
    # before it, counted where it stands, and counts nothing of its own
    if after == "of" and i + 2 < len(words) and words[i + 2].low in ("which", "whom"):
        return None
    if after != "of" and after not in w.BARE_FOLLOWERS:
        head = head_at(words, i + 1)
        if head is None or head.craft is None:
            return None
        if any(token.low in _JOINERS for token in words[i + 1 : head.last + 1]):
            return None
    return (2, i) if _enters(words, i + 1) else None


def _enters(words: list[Token], start: int) -> bool:
    """Whether the first verb from `start` on takes the pair into a zone."""
    for j in range(start, min(start + _VERB_REACH, len(words))):
        low = words[j].low
        if low in _BEFORE_THE_VERB:
            continue
        if low in _ENTERING:
            return True
        if low in _MOVING:
            return j + 1 < len(words) and words[j + 1].low in _PATHS
        if low in _BEING:
            rest = [t.low for t in words[j + 1 : j + 3] if t.low != "still"]
            return rest[:1] != [] and rest[0] in _INSIDE
        if low in w.BARE_FOLLOWERS or low in w.LEAVING:
            return False
    return False
