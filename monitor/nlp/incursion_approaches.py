"""A zone only approached: "two cutters sailed close to the prohibited zone off Matsu", "a
drone flew near the median line". The words put the craft by the zone, not in it, so the zone
is not one they entered (rule 2: only zones the text says were entered or crossed).

Only determiners and owners may stand between the words of nearness and the zone: in "ships
near Kinmen entered restricted waters" the nearness is to the island, and the verb after it
enters the zone. A dashed aside is gone before this is read, so "close to — but not inside —
the zone" reads as "close to the zone", which says the same.
"""

from .incursion_tokens import Token

# "close to", "closer to", "near", "nearer", "nearing", "neared": by the zone, not in it.
_NEAR = {"near", "nearer", "nearing", "neared"}
_CLOSE = {"close", "closer"}
# Words that name the zone's owner or point at it, between nearness and the zone's name.
_DETERMINERS = {"the", "a", "an", "its", "their", "this", "that"}
_OWNER_REACH = 3  # "near the island's", "close to Japan's": a few words, never the sentence


def only_approached(words: list[Token], i: int) -> bool:
    """Whether the zone read at word i is written as one the craft came near, not into."""
    j = i - 1
    while j >= max(0, i - _OWNER_REACH) and (words[j].low in _DETERMINERS or words[j].possessive):
        j -= 1
    if j < 0:
        return False
    if words[j].low in _NEAR:
        return True
    return words[j].low == "to" and j > 0 and words[j - 1].low in _CLOSE


# The last words of a zone's name, for a zone the grammar does not read as one ("the
# prohibited zone", "the centre line's edge"): reading one here would make a fact of it.
_ZONE_NOUNS = {"zone", "zones", "waters", "line", "area", "areas", "adiz", "sea"}
_NAME_REACH = 3  # words of a zone's name after nearness: "the prohibited zone", "territorial sea"


def comes_only_near(words: list[Token], start: int, end: int) -> bool:
    """Whether a count's scope, words start to end, puts its craft near a zone and no closer:
    "while two more sailed close to the prohibited zone off Matsu" entered none, so the zone
    of the count before is not theirs either."""
    for k in range(start, end):
        name = words[k : min(end, k + _NAME_REACH)]
        if only_approached(words, k) and any(word.low in _ZONE_NOUNS for word in name):
            return True
    return False
