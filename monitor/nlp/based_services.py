"""Whose a bare armed service is by where its base stands: "the Marine Corps' headquarters at
Zuoying in Kaohsiung" is Taiwan's corps, "the Navy's base in Yokosuka" the one that keeps it
there, whatever the story's dateline would make of the bare name. A service's headquarters,
bases and camps are on its own country's ground, or at a base the story names with its host.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import words
from .joined_names import POSSESSIVES
from .kb import KnowledgeBase
from .mention import Mention
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Span

# What a service keeps somewhere: "the Marine Corps' headquarters", "the Navy's main base".
BASES = words("""
    headquarters base bases camp camps garrison garrisons barracks academy academies airbase
    airbases
""")
BASE_WORDS = 2  # words before the base's noun: "main", "new training"
PLACING = words("at in on near outside")
PLACE_WITHIN = 4  # tokens from "at" to the place: "at Zuoying", "in southern Kaohsiung"


def based_service_country(
    spans: list[Span], index: int, linked: dict[int, Mention | None], kb: KnowledgeBase
) -> str | None:
    """The country of the place the bare service at `index` keeps its base at, when that
    country has such a service; None when no base of it is placed."""
    span = spans[index]
    doc = span.doc
    k = span.end
    if k >= len(doc) or doc[k].text not in POSSESSIVES:
        return None
    for k in range(span.end + 1, min(span.end + 2 + BASE_WORDS, len(doc))):
        if doc[k].lower_ in BASES:
            break
        if not (doc[k].is_lower and doc[k].is_alpha):
            return None
    else:
        return None
    if k + 1 >= len(doc) or doc[k + 1].lower_ not in PLACING:
        return None
    owners = {kb.entities[i].country for i in kb.generic.get(fold(span.text), ())}
    for after in range(index + 1, len(spans)):
        if spans[after].start > k + 1 + PLACE_WITHIN:
            break
        mention = linked.get(after)
        entry = kb.entities.get(mention.entity_id) if mention and mention.in_kb else None
        if entry is not None and entry.type in ("GPE", "LOC") and entry.country in owners:
            return entry.country
    return None
