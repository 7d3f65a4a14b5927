"""A prefecture's name that is also its main island's, read as the island among islands:
"hop from Amami to Okinawa, Miyako and Yonaguni". English lists things of one kind, so a name
inside a list of islands is an island, as the writers label it; alone, beside one island, or
among cities and prefectures, the name stays the prefecture.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .names import fold

if TYPE_CHECKING:
    from .kb import KnowledgeBase
    from .mention import Mention

# What joins two names of one list or pair: "Okinawa, Miyako", "Okinawa and Miyako", "Amami to
# Okinawa" (a trip's stops), "Okinawa or Yonaguni".
JOINED = re.compile(r"^(?:\s*,)?\s*(?:and|or|to|,)?\s*$")
# The words an island's own name ends in: "Miyako Island", "Amami Oshima", "Iriomotejima".
ISLAND_ENDINGS = ("island", "islands", "oshima", "jima", "shima")


def listed_islands(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with a place whose name "<name> Island" also names an island read as that
    island when it stands inside a list of islands. Asked only of places the knowledge base
    has such a twin for, so most articles cost one lookup a place."""
    twins = {i: twin for i, m in enumerate(mentions) if (twin := _island_twin(m, kb))}
    if not twins:
        return mentions
    found = list(mentions)
    for i, twin in twins.items():
        if _among_islands(text, mentions, i, kb):
            found[i] = _linked_to(mentions[i], twin, kb)
    return found


def _linked_to(mention: Mention, entity_id: str, kb: KnowledgeBase) -> Mention:
    """The mention as written, linked to `entity_id`."""
    entry = kb.entities[entity_id]
    return replace(mention, label=entry.type, canonical=entry.name, entity_id=entry.id,
                   description=entry.description)  # fmt: skip


def _island_twin(mention: Mention, kb: KnowledgeBase) -> str | None:
    """The island named "<the mention's place> Island", when the mention is a place of the
    knowledge base that is not itself an island ("Okinawa" the prefecture)."""
    entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
    if entry is None or entry.type != "GPE" or mention.kind != "name":
        return None
    twin = kb.index.get(fold(f"{mention.text} Island"))
    return twin if twin is not None and twin != entry.id else None


def _is_island(mention: Mention, kb: KnowledgeBase) -> bool:
    entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
    if entry is None or entry.type != "LOC":
        return False
    return entry.name.lower().endswith(ISLAND_ENDINGS)


def _among_islands(text: str, mentions: list[Mention], i: int, kb: KnowledgeBase) -> bool:
    """Is the mention a member inside a list of islands, joined to an island right before it
    and one right after: "from Amami to Okinawa, Miyako and Yonaguni"? One island beside it is
    not enough: "between Okinawa and Miyako Island" is a strait's two sides, which the sets
    label both ways, and "Miyako Island, Okinawa" places the island in its prefecture."""
    here = mentions[i]
    if text[here.end : here.end + 2] in ("'s", "’s"):
        return False  # "Okinawa's main island": the prefecture that owns it
    if i == 0 or i + 1 >= len(mentions):
        return False
    before, after = mentions[i - 1], mentions[i + 1]
    if not (_is_island(before, kb) and _is_island(after, kb)):
        return False
    joined_before = JOINED.match(text[before.end : here.start]) is not None
    return joined_before and JOINED.match(text[here.end : after.start]) is not None
