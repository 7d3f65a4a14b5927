"""A body owned by "its", referring back to the body before it: in "Japan's Ministry of Foreign
Affairs and its Ministry of Defense" the second ministry is Japan's, as the first is; and in
"Beijing sees it differently. Its foreign ministry said" the ministry is China's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .entity_countries import country_of
from .resolve import resolve_name

if TYPE_CHECKING:
    from spacy.tokens import Span

    from monitor.nlp.context import DocEntities
    from monitor.nlp.kb import KnowledgeBase


def body_before_its(span: Span, ents: DocEntities) -> Span | None:
    """The entity joined to `span` by "and its" (or ", its"), whose owner `span` shares."""
    doc, start = span.doc, span.start
    if start < 3 or doc[start - 1].lower_ != "its" or doc[start - 2].lower_ not in ("and", ","):
        return None
    return ents.by_end.get(start - 2)


ITS_WITHIN = 30  # tokens back from "its" to the owner it refers to, within the paragraph
OWNER_LABELS = frozenset({"GPE", "NORP", "ORG"})


def owner_of_its(span: Span, ents: DocEntities, kb: KnowledgeBase) -> str | None:
    """The country of a body owned by "its" that refers back to the nearest country, capital
    or body named before it: "Beijing sees it differently. Its foreign ministry said ...",
    "the islands are China's and that its coast guard had been patrolling". A feature names a
    body by its owner's pronoun once it has named the owner."""
    doc = span.doc
    start = span.start - 2 if span.start > 1 and doc[span.start - 1].lower_ == "own" else span.start
    if start < 2 or doc[start - 1].lower_ != "its":
        return None
    for end in range(start - 1, max(start - ITS_WITHIN, 0), -1):
        if "\n" in doc[end - 1].text + doc[end - 1].whitespace_:
            return None
        owner = ents.by_end.get(end)
        if owner is not None and owner.label_ in OWNER_LABELS:
            country = country_of(owner.kb_id_ or resolve_name(owner.text, kb), kb)
            if country is not None:
                return country
    return None
