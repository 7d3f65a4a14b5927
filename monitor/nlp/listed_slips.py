"""A place misspelt in a list of places the article spells right: "vets on Yonaguni and
Ishigkai", "parcels arriving at Taoyuan, Kaohsuing, Narita and Kansai". The entity finder takes
no name from a word it does not know, and the article may never write the place right, as
slipped_places.py needs; but a word that stands in a list beside the knowledge base's places
and is one of its places with two neighbouring letters swapped, a typing slip, is that place.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at, laid_over
from .names import fold
from .respellings import neighbours_swapped
from .slipped_places import PLACE_TYPES

# A capitalised word of six letters or more: a shorter one swapped is too often another word.
WORD = re.compile(r"\b[A-Z][a-z]{5,}\b")
# What joins two members of a list: "Yonaguni and Ishigkai", "Taoyuan, Kaohsuing".
LIST_JOIN = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
JOIN_WIDTH = 7  # ", and " with a space to spare
_PLACES: dict[str, dict[tuple[str, int], list[str]]] = {}  # knowledge-base digest -> names


def listed_slips(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions with each unlinked word listed beside a place linked to the one place of
    the knowledge base it is a swap of."""
    places = [m for m in mentions if m.in_kb and kb.entities[m.entity_id].type in PLACE_TYPES]
    if not places:
        return mentions
    ends, starts = {m.end for m in places}, {m.start for m in places}
    linked = {offset for m in mentions if m.in_kb for offset in range(m.start, m.end)}
    found = []
    for match in WORD.finditer(text):
        if match.start() in linked or not _listed_beside(text, match, ends, starts):
            continue
        entity_id = _swap_of(fold(match.group()), kb)
        if entity_id is not None:
            found.append(kb_mention_at(text, match.start(), match.end(), entity_id, kb))
    return laid_over(mentions, found) if found else mentions


def _listed_beside(text: str, match: re.Match[str], ends: set[int], starts: set[int]) -> bool:
    """Is the word joined as a list member to a linked place right before or after it?"""
    for width in range(1, JOIN_WIDTH + 1):
        before, after = match.start() - width, match.end() + width
        if before in ends and LIST_JOIN.match(text[before : match.start()]):
            return True
        if after in starts and LIST_JOIN.match(text[match.end() : after]):
            return True
    return False


def _swap_of(word: str, kb: KnowledgeBase) -> str | None:
    """The one one-word place of the knowledge base `word` is with two letters swapped."""
    if kb.lookup(word) is not None or word in kb.demonyms:
        return None
    names = _places_by_shape(kb).get((word[:1], len(word)), [])
    ids = {kb.index[name] for name in names if neighbours_swapped(name, word)}
    return ids.pop() if len(ids) == 1 else None


def _places_by_shape(kb: KnowledgeBase) -> dict[tuple[str, int], list[str]]:
    """The knowledge base's one-word place names by first letter and length, read once."""
    if kb.digest not in _PLACES:
        grouped: dict[tuple[str, int], list[str]] = {}
        for name, entity_id in kb.index.items():
            if " " not in name and kb.entities[entity_id].type in PLACE_TYPES:
                grouped.setdefault((name[:1], len(name)), []).append(name)
        _PLACES[kb.digest] = grouped
    return _PLACES[kb.digest]
