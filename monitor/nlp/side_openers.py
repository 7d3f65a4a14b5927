"""Whose a generic body is by the side its sentence speaks for: "On the Japanese side, the
National Police Agency will issue guidance", "On Taiwan's side, the Ministry of Transportation
will ...". A story of two governments' arrangement tells each side's part in turn, and the
phrase names the side whose bodies follow, whatever the dateline's country is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .kb import KnowledgeBase
from .names import fold
from .sentence_bounds import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Span

POSSESSIVE = frozenset({"'s", "’s"})


def side_country(span: Span, kb: KnowledgeBase) -> str | None:
    """The country of the last "on the Japanese side" or "on Japan's side" before the body in
    its sentence; else None."""
    doc = span.doc
    found = None
    for k in range(sentence_start(doc, span.start), span.start - 2):
        if doc[k].lower_ != "on":
            continue
        words = [t.text for t in doc[k + 1 : k + 4]]
        if len(words) == 3 and words[0].lower() == "the" and words[2].lower() == "side":
            found = kb.demonyms.get(fold(words[1])) or found  # "on the Japanese side"
        elif len(words) == 3 and words[1] in POSSESSIVE and words[2].lower() == "side":
            entry = kb.entities.get(kb.lookup(fold(words[0])) or "")
            found = entry.id if entry is not None and entry.kind == "country" else found
    return found
