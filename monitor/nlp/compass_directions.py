"""A compass word opens some names ("Western Pacific", "Southeast Asia"), and copy writes the
same word in lower case as a direction within a place: "the western Pacific", like "northern
Taiwan", is a part of the Pacific. The knowledge base matches its names whatever their case, so
such a name is read as its region and also as the place that follows the compass word, when
that is a name of its own: "the western Pacific" names the Western Pacific and the Pacific
Ocean, as writers label it either way (the Pacific about 98 times, the region 37).
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
    """The mentions, with the place after a compass word in lower case that opens a name added
    beside the name."""
    found = []
    for m in mentions:
        word, space, rest = m.text.partition(" ")
        named_so = m.in_kb and kb.entities[m.entity_id].name.lower().startswith(word + " ")
        entity_id = resolve_name(rest, kb) if named_so and word in COMPASS and rest else None
        if entity_id is not None and entity_id != m.entity_id:
            inner = replace(m, text=rest, start=m.start + len(word) + len(space))
            found.append(relinked(inner, entity_id, kb))
    return [*mentions, *found]  # whole_article_passes puts them in reading order
