"""The country an entity of the knowledge base is, belongs to, or stands for."""

from __future__ import annotations

from .kb import KnowledgeBase
from .kb_matcher import DEMONYM


def country_of(entity_id: str | None, kb: KnowledgeBase) -> str | None:
    """The country an entity is, belongs to, or stands for (a capital). Brussels stands for
    the European Union, which is no country but has bodies of its own that a story from
    Brussels names bare ("the Parliament", "the Commission"), as a Taipei story names Taiwan's:
    for the bodies' `generic` names the union is the country."""
    if not entity_id:
        return None
    if entity_id.startswith(DEMONYM):
        return entity_id.removeprefix(DEMONYM)
    entry = kb.entities.get(entity_id)
    if entry is None:
        return None
    if entry.kind == "country":
        return entry.id
    return entry.capital_of or entry.country
