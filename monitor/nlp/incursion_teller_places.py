"""Taiwan named only as who told of restricted waters entered ("..., according to Taiwan's Coast
Guard Administration", "..., Taiwan's coast guard said") is no place of the ships in them: only
Kinmen and Matsu have restricted waters (rule 6), so "two China Coast Guard ships entered the
restricted waters off the island's Liaoluo Bay" in a story about Kinmen are Kinmen's, as they
are when nobody's teller is named. Taiwan named otherwise ("restricted waters around Taiwan's
outlying islands") still says the waters are no one island's, and so do islands in the plural
("Seven ships entered restricted waters around two Taiwanese-controlled island groups, Taiwan's
Ocean Affairs Council said"): the story's island is not theirs alone."""

from . import incursion_words as w
from .incursion_claims import Reading
from .incursion_phrases import number_at
from .incursion_tokens import Token

_TELLER_REACH = 5  # "Taiwan's Coast Guard Administration said": a teller is a few words
_ACCORDING = (["according", "to"], ["according", "to", "the"])
_SEVERAL_ISLANDS = {"islands", "isles", "groups"}  # "around two ... island groups"


def without_tellers_taiwan(tokens: list[Token], reading: Reading) -> None:
    """Take Taiwan from the places of the sentence's counts in restricted waters when each
    time the sentence names Taiwan it names a teller, and it names no islands in the plural."""
    restricted = [
        claim
        for claim in reading.claims
        if "restricted waters" in claim.zones and "Taiwan" in claim.places
    ]
    if not restricted:  # most sentences count no ships in restricted waters
        return
    words = [tokens[i] for i in reading.visible]  # the positions of places index these
    if any(word.low in _SEVERAL_ISLANDS for word in words):
        return
    if all(_names_a_teller(words, at) for at, place in reading.places if place == "Taiwan"):
        for claim in restricted:
            claim.places = [place for place in claim.places if place != "Taiwan"]


def _names_a_teller(words: list[Token], at: int) -> bool:
    """Whether Taiwan at `at` opens the name of who told: after "according to", or as the
    subject of a verb of telling a few words on, with no count or punctuation between."""
    if any(
        [word.low for word in words[max(0, at - len(lead)) : at]] == lead for lead in _ACCORDING
    ):
        return True
    for j in range(at + 1, min(len(words), at + 1 + _TELLER_REACH)):
        if words[j].low in w.REPORT_VERBS:
            return True
        if not words[j].text.isalpha() or number_at(words, j) is not None:
            return False
    return False
