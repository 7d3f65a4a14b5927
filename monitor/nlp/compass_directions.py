"""A compass word opens some names ("Western Pacific", "Southeast Asia"), and copy writes the
same word in lower case as a direction within a place: "the western Pacific", like "northern
Taiwan", is a part of the Pacific, not a region's name. The knowledge base matches its names
whatever their case, so a name whose opening compass word is written in lower case is the
name that follows the word, when that is a name of its own: "the western Pacific" is the
Pacific Ocean, as the evaluation writers label it (about 98 labels to 37).
"""

from __future__ import annotations

from dataclasses import replace

from .context import words
from .kb import KnowledgeBase
from .mention import Mention, relinked
from .resolve import resolve_name

COMPASS = words("""
    north south east west northern southern eastern western northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern
""")


def compass_directions(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each name opened by a compass word in lower case cut to the name after
    it and linked to that name."""
    found = []
    for m in mentions:
        word, space, rest = m.text.partition(" ")
        named_so = m.in_kb and kb.entities[m.entity_id].name.lower().startswith(word + " ")
        entity_id = resolve_name(rest, kb) if named_so and word in COMPASS and rest else None
        if entity_id is None or entity_id == m.entity_id:
            found.append(m)
            continue
        cut = replace(m, text=rest, start=m.start + len(word) + len(space))
        found.append(relinked(cut, entity_id, kb))
    return found
