"""A mention: a name found in an article, linked to a knowledge-base entity or kept with the
model's label (entities.py links them; cjk_entities.py finds them in Japanese and Chinese)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .doc_text import span_text
from .kb import KnowledgeBase

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass(frozen=True)
class Mention:
    text: str  # as written, with character references decoded (char_refs.py)
    label: str  # KB type for known entities, spaCy's label otherwise
    canonical: str  # KB name, or the surface name without titles
    entity_id: str  # KB id, or "<label>:<folded name>" for entities outside the KB
    start: int  # character offsets in the text given to analyse(), references and all
    end: int
    in_kb: bool
    kind: str = "name"  # name, demonym (a nationality word) or capital (a capital that acts)
    description: str | None = None  # the knowledge base's, for entities in it


def mention_of(span: Span, entity_id: str, kb: KnowledgeBase) -> Mention:
    entry = kb.entities[entity_id]
    return Mention(
        span_text(span), entry.type, entry.name, entity_id, span.start_char, span.end_char, True,
        description=entry.description,
    )  # fmt: skip


def relinked(mention: Mention, entity_id: str, kb: KnowledgeBase) -> Mention:
    """The mention, as written where written, linked to another knowledge-base entity: a rule
    that reads its context found what it names ("Miyako" the strait, a capital its government,
    a misspelt name its person)."""
    entry = kb.entities[entity_id]
    return replace(
        mention, label=entry.type, canonical=entry.name, entity_id=entity_id, in_kb=True,
        description=entry.description,
    )  # fmt: skip


def kb_mention_at(
    text: str, start: int, end: int, entity_id: str, kb: KnowledgeBase, kind: str = "name"
) -> Mention:
    """A mention of a knowledge-base entity for the characters `start`:`end` of `text`."""
    entry = kb.entities[entity_id]
    return Mention(
        text[start:end], entry.type, entry.name, entity_id, start, end, True, kind,
        entry.description,
    )  # fmt: skip


def laid_over(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """`mentions` with the knowledge-base mentions a rule `found` laid over them: each one
    replaces the model's readings outside the knowledge base it overlaps ("the Biden-Xi" taken
    for a facility, "North" for a place), and gives way where the knowledge base already links
    the text."""
    if not found:  # most rules find nothing in most articles: no offsets to gather then
        return list(mentions)
    linked = _offsets(m for m in mentions if m.in_kb)
    found = [f for f in found if linked.isdisjoint(range(f.start, f.end))]
    covered = _offsets(found)  # offsets, not pairs of mentions: a long text stays linear
    return [m for m in mentions if covered.isdisjoint(range(m.start, m.end))] + found


def _offsets(mentions: Iterable[Mention]) -> set[int]:
    return {offset for m in mentions for offset in range(m.start, m.end)}
