"""Beijing's words for the sea its ships patrol: "the ships were 'carrying out law-enforcement
patrols in China's territorial waters around Diaoyu Dao'". Said of ships counted before (or of
none), China's territorial waters are its claim, no zone the ships were seen entering: it gives
them no fact there. A count told with the waters ("a formation of four ships patrolled within
China's territorial waters of the Diaoyu Islands") is the sighting it reports, and stays."""

from .incursion_phrases import number_at
from .incursion_tokens import Token

_CHINAS = {"china", "chinese", "beijing", "prc"}


def waters_beijing_claims(words: list[Token], i: int) -> bool:
    """Whether the zone at i is territorial waters owned by China, in a sentence that counts
    nothing before it."""
    if words[i].low != "territorial" or i == 0:
        return False
    owner = words[i - 1]
    if owner.low not in _CHINAS or not owner.possessive:
        return False
    return all(number_at(words, j) is None for j in range(i))
