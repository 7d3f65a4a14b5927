"""A generic body in a sentence framed by one country's laws is that country's: "Under Japan's
strict firearms rules, each team's guns must be cleared by the National Police Agency". A law
binds where its country governs, so the bodies that apply it in its sentence are its own, even
in a story filed from another country, whose dateline would otherwise claim them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .doc_text import doc_text
from .kb import KnowledgeBase
from .names import fold
from .sentence_bounds import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Span

# "Under Japan's strict firearms rules," "under Taiwan's law on relations with China": the
# country's name, its possessive, up to three words and the law's own noun.
_UNDER_A_LAW = re.compile(
    r"\b[Uu]nder (?P<country>[A-Z][\w.]*(?: [A-Z]\w*)?)['’]s (?:[\w-]+ ){0,3}"
    r"(?:rules?|laws?|regulations|system|act|constitution|code|statutes?|guidelines)\b"
)


def law_country(span: Span, kb: KnowledgeBase) -> str | None:
    """The country whose law frames the sentence before the body at `span`, if one does."""
    doc = span.doc
    sentence = sentence_of(doc, span.start)
    # The article's text joined once: `doc.text` joins every token again, once a body here.
    before = doc_text(doc)[sentence.start_char : span.start_char]
    found = None
    for match in _UNDER_A_LAW.finditer(before):
        entity_id = kb.index.get(fold(match.group("country")))
        entry = kb.entities.get(entity_id) if entity_id else None
        found = entry.id if entry is not None and entry.kind == "country" else None
    return found
