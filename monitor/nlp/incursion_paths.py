"""A path that leaves a place outside the list for one in it: "five drones flying a loop from
the Bashi Channel up Taiwan's east coast", "two frigates sailed from the Miyako Strait towards
Taiwan". The place outside is where the craft came from; they were counted where the path led,
so it takes no count out of the list (rule 5 is about craft counted there, not passing by)."""

from .incursion_island_zones import place_at
from .incursion_tokens import Token
from .incursion_zones import zone_at

_MODIFIER_REACH = 2  # "from the western Pacific", "from the Bashi Channel": "from" a few back
_PATH_REACH = 6  # "from the Bashi Channel up Taiwan's", "from the Pacific side into the ADIZ"
# The words that lead a path on to where it ends.
_HEADINGS = {"to", "toward", "towards", "up", "down", "along", "into", "past", "around"}


def leaves_for_the_list(words: list[Token], at: int) -> bool:
    """Whether the place outside the list at `at` is where a path starts ("from the Bashi
    Channel") that leads on, within a few words, to a place or a zone of the list."""
    opens = range(at - 1, max(-1, at - 2 - _MODIFIER_REACH), -1)
    if not any(words[j].low == "from" for j in opens):
        return False
    for j in range(at + 1, min(len(words) - 1, at + _PATH_REACH)):
        if words[j].low in _HEADINGS:
            k = j + 1 + (words[j + 1].low == "the")
            return k < len(words) and (place_at(words, k) is not None or _zone(words, k))
    return False


def _zone(words: list[Token], k: int) -> bool:
    zone = zone_at(words, k)
    return zone is not None and zone[0] is not None
