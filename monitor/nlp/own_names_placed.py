"""A body written by one government's own name in a sentence about that government: a Taipei
story's "Furuya said he would raise the idea with the Ministry of Defense", beside "Japan's
Ground Self-Defense Force", is Japan's ministry. Copy from Taipei often calls Taiwan's ministry
"the Ministry of Defense", so the dateline's country keeps a body so written unless its own
sentence names the other government's people or bodies, and none of the dateline's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .kb import KnowledgeBase
from .mention import Mention
from .sentence_bounds import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Who or what in a sentence stands for a government: its people and its bodies.
GOVERNMENTS_OWN = frozenset({"PERSON", "ORG"})


def own_name_placed(
    doc: Doc,
    spans: list[Span],
    index: int,
    linked: dict[int, Mention | None],
    kb: KnowledgeBase,
    own: str,
    countries: set[str | None],
) -> bool:
    """Does the body's sentence name a person or body of `own`'s country, the country whose
    body's own name the span spells, and none of the other `countries` by any name?"""
    country = kb.entities[own].country
    sentence = sentence_of(doc, spans[index].start)
    present: set[str | None] = set()
    named: set[str | None] = set()
    for i, mention in linked.items():
        entry = kb.entities.get(mention.entity_id) if mention and mention.in_kb else None
        if entry is None or i == index or not sentence.start <= spans[i].start < sentence.end:
            continue
        present.add(entry.id if entry.kind == "country" else entry.country)
        if entry.type in GOVERNMENTS_OWN:
            named.add(entry.country)
    return country in named and not present & (countries - {country})
