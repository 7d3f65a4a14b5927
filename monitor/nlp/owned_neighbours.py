"""A bare body a few words after another body its sentence gives a country: "China's Ministry of
Culture and Tourism followed the Foreign Ministry's advisory". English writes the owner once for
the bodies of one clause; a writer who turned to another country's ministry would name that
country, so the bare one is the same government's, whatever the dateline says. Not a body the
first one addresses ("China's Ministry of Commerce protested to the Foreign Ministry"), whose
owner is the other side as often as not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import DocEntities, words
from .kb import KnowledgeBase
from .qualifiers import qualifier

if TYPE_CHECKING:
    from spacy.tokens import Span

GAP_WITHIN = 3  # tokens between the two bodies: "followed the", "and the", "joined"
# Words by which one body addresses or opposes another, leaving the other's owner open.
_ADDRESSING = words("""
    to with from against toward towards at by told urged asked summoned warned accused
    criticised criticized protested rejected blamed thanked
""")


def owned_neighbour_country(span: Span, kb: KnowledgeBase, ents: DocEntities) -> str | None:
    """The country of the body at most GAP_WITHIN lower-case words before the capitalised
    generic body at `span`, when a country written right before it owns it."""
    doc = span.doc
    if span.text.islower():
        return None
    for end in range(span.start - 1, max(span.start - GAP_WITHIN - 1, 0), -1):
        gap = doc[end : span.start]
        if not all(t.is_alpha and t.is_lower and t.lower_ not in _ADDRESSING for t in gap):
            return None
        before = ents.by_end.get(end)
        if before is not None:
            return qualifier(doc, before, kb, ents) if before.label_ == "ORG" else None
    return None
