"""Whose a bare ministry is when it protests to a foreign embassy: "The Foreign Ministry
protested to the Chinese Embassy in Tokyo", "The Ministry of Foreign Affairs lodged a protest
with the Chinese Embassy in Tokyo on 14 Oct". A government protests to the embassies in its own
capital, so the embassy's host decides, in a digest of two outlets' items or a coast guard's
release whose head names no country as plainly as that. A protest lodged "through the embassy
in Beijing" goes by the ministry's own embassy abroad, so that capital is the other side's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .entity_countries import country_of
from .kb import KnowledgeBase
from .resolve import resolve_name
from .sentence_bounds import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Span

PROTESTING = frozenset({"protest", "protested", "protests", "summoned", "summons"})
# How far past the ministry its protest and the embassy may stand, in tokens: "lodged a strong
# protest through diplomatic channels with the Chinese Embassy in Tokyo".
REACH = 16


def protest_host(span: Span, kb: KnowledgeBase) -> str | None:
    """The country of the capital whose foreign embassy the body at `span` protests to, when
    its own sentence says so right after it; else None."""
    doc = span.doc
    end = min(sentence_of(doc, span.start).end, span.end + REACH)
    after = doc[span.end : end]
    protest = next((t.i for t in after if t.lower_ in PROTESTING), None)
    if protest is None:
        return None
    for token in doc[protest + 1 : end - 2]:
        if token.lower_ != "embassy":
            continue
        if "through" in {t.lower_ for t in doc[token.i - 3 : token.i]}:
            return None  # "through the embassy in Beijing", "through its embassy": its own
        if token.nbor().lower_ == "in":
            capital = kb.entities.get(resolve_name(token.nbor(2).text, kb) or "")
            if capital is not None and capital.kind == "capital":
                return country_of(capital.id, kb)
    return None
