"""A company named without the last word of its name ("Kawasaki Heavy" for Kawasaki Heavy
Industries, "Hitachi Zosen" for Hitachi Zosen Corporation): a second mention, or a market
report's shorthand, that the model keeps as a name of its own.
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .mention import Mention, relinked
from .names import fold

LAST_WORDS = ("industries", "corporation", "group")


def clipped_companies(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Each unlinked name of two words or more that is a known company's name but its last
    word: that company. One word is too little ("Kawasaki" is also the city)."""
    found = []
    for m in mentions:
        key = fold(m.text)
        if m.in_kb or m.label != "ORG" or " " not in key:
            found.append(m)
            continue
        ids = {entity for word in LAST_WORDS if (entity := kb.lookup(f"{key} {word}"))}
        found.append(relinked(m, ids.pop(), kb) if len(ids) == 1 else m)
    return found
