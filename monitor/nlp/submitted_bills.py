"""A bare cabinet sends its bills to its own legislature: "The Cabinet must still send the text
to the Legislative Yuan for review", "the Cabinet in December before it is submitted to the
Diet". A government answers to its own parliament alone, so the chamber its sentence sends a
text to says whose cabinet it is, in a story with no dateline or with another country's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import DocEntities, words
from .entity_countries import country_of
from .kb import KnowledgeBase
from .names import fold
from .resolve import resolve_name
from .sentence_bounds import sentence_of
from .sole_bodies import CHAMBER_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span

SENDING = words("send sends sent submit submits submitted forward forwards forwarded")
REACH = 12  # tokens past the body: "must still send the text to the Legislative Yuan"
_LEGISLATIVE = CHAMBER_WORDS | {"legislative"}  # "Legislative Yuan"


def legislature_country(span: Span, kb: KnowledgeBase, ents: DocEntities) -> str | None:
    """The country of the legislature the capitalised body at `span` sends a text to, when its
    own sentence says so after it; else None."""
    doc = span.doc
    if span.text.islower():
        return None
    end = min(sentence_of(doc, span.start).end, span.end + REACH)
    sending = next((t.i for t in doc[span.end : end] if t.lower_ in SENDING), None)
    if sending is None:
        return None
    for token in doc[sending + 1 : end]:
        if token.lower_ != "to":
            continue
        chamber = ents.by_start.get(token.i + 1) or ents.by_start.get(token.i + 2)
        if chamber is None or not _LEGISLATIVE & set(fold(chamber.text).split()):
            return None
        entry = kb.entities.get(chamber.kb_id_ or resolve_name(chamber.text, kb) or "")
        return country_of(entry.id, kb) if entry is not None and entry.type == "ORG" else None
    return None
