"""Whose a generic body is by where the sentence places it: "a Foreign Ministry spokesperson in
Beijing" speaks for China, and "has never been recognised by Beijing; a Foreign Ministry
spokesman there said" too. A government's ministries sit in its own capital, so a body (or its
spokesperson or official) placed in a capital or a country ("The Foreign Ministry spokesperson
in China, Mao Ning"), or "there" after a capital or a country, is that country's, whatever the
dateline. A city that is no capital places nothing: ministries keep offices in many cities.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import words
from .entity_countries import country_of
from .kb import KnowledgeBase
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .context import DocEntities

# The people a body's name may stand before: "a Foreign Ministry spokesman in Beijing".
STAFF = words("""
    spokesperson spokesman spokeswoman spokespeople official officials
    source sources
""")
# How far back "there" looks for the place it points to, in tokens: its own sentence and the
# clause before it ("... by Beijing; in 2020 a Foreign Ministry spokesman there said").
THERE_REACH = 30


def placed_country(span: Span, kb: KnowledgeBase, ents: DocEntities) -> str | None:
    """The country of the capital the body at `span` is placed in, or of the capital or
    country "there" points back to; else None."""
    doc = span.doc
    at = span.end + (span.end < len(doc) and doc[span.end].lower_ in STAFF)
    if at >= len(doc):
        return None
    if doc[at].lower_ == "there":
        return _pointed_back(span, kb, ents)
    if doc[at].lower_ != "in" or (place := ents.by_start.get(at + 1)) is None:
        return None
    entry = kb.entities.get(place.kb_id_ or kb.index.get(fold(place.text), ""))
    if entry is None or entry.kind not in ("capital", "country"):
        return None
    return country_of(entry.id, kb)


def _pointed_back(span: Span, kb: KnowledgeBase, ents: DocEntities) -> str | None:
    """The country of the nearest country or capital named before the body."""
    for end in range(span.start, max(span.start - THERE_REACH, 0), -1):
        if (place := ents.by_end.get(end)) is None:
            continue
        entry = kb.entities.get(place.kb_id_ or kb.index.get(fold(place.text), ""))
        if entry is not None and entry.kind in ("country", "capital"):
            return country_of(entry.id, kb)
    return None
