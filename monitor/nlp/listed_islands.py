"""A prefecture's name that is also its main island's, read as the island among islands:
"hop from Amami to Okinawa, Miyako and Yonaguni", "passed between Okinawa and Miyako Island".
English lists things of one kind, so a name joined to islands is an island, as the writers
label it; alone, or among cities and prefectures, the name stays the prefecture.
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
# After a name, what carries a list on: "Amami, Okinawa and Miyako", "Amami, Okinawa, Miyako".
LIST_GOES_ON = re.compile(r"^\s*(?:,|and\b|or\b)")
# The words an island's own name ends in: "Miyako Island", "Amami Oshima", "Iriomotejima".
ISLAND_ENDINGS = ("island", "islands", "oshima", "jima", "shima")


def listed_islands(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with a place whose name "<name> Island" also names an island read as that
    island when the mention before or after it in the same list is an island. Asked only of
    places the knowledge base has such a twin for, so most articles cost one lookup a place."""
    twins = {i: twin for i, m in enumerate(mentions) if (twin := _island_twin(m, kb))}
    if not twins:
        return mentions
    found = list(mentions)
    for i, twin in twins.items():
        if _beside_an_island(text, mentions, i, kb):
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


def _beside_an_island(text: str, mentions: list[Mention], i: int, kb: KnowledgeBase) -> bool:
    """Is the mention joined, as a list or a pair joins, to an island right before or after?"""
    here = mentions[i]
    after = text[here.end : here.end + 6]
    if after.startswith(("'s", "’s")):
        return False  # "Okinawa's main island": the prefecture that owns it
    goes_on = LIST_GOES_ON.match(after) is not None
    for k in (i - 1, i + 1):
        other = mentions[k] if 0 <= k < len(mentions) else None
        if other is None or not _is_island(other, kb):
            continue
        first, second = (other, here) if other.end <= here.start else (here, other)
        between = text[first.end : second.start]
        if between.strip() == "," and first is other and not goes_on:
            continue  # "Miyako Island, Okinawa": the island and the prefecture it is in
        if JOINED.match(between):
            return True
    return False
