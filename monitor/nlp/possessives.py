"""A body owned by "its", referring back to the body before it: in "Japan's Ministry of Foreign
Affairs and its Ministry of Defense" the second ministry is Japan's, as the first is."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from monitor.nlp.context import DocEntities


def body_before_its(span: Span, ents: DocEntities) -> Span | None:
    """The entity joined to `span` by "and its" (or ", its"), whose owner `span` shares."""
    doc, start = span.doc, span.start
    if start < 3 or doc[start - 1].lower_ != "its" or doc[start - 2].lower_ not in ("and", ","):
        return None
    return ents.by_end.get(start - 2)
