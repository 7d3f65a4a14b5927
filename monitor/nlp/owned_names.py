"""A body named by its country's possessive and the rest of its own name: "Japan's Meteorological
Agency" is the Japan Meteorological Agency, "Taiwan's Food and Drug Administration" the Taiwan
Food and Drug Administration. English moves the country word that opens a body's name into a
possessive before it; the model marks the rest, which is no name of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .kb import KnowledgeBase
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Span


def body_named_with_owner(span: Span, country: str | None, kb: KnowledgeBase) -> str | None:
    """The body of `country` whose name is the country's name, or its demonym, followed by the
    span's words (a leading "the" left out): "Meteorological Agency" of Japan."""
    owner = kb.entities.get(country or "")
    if owner is None:
        return None
    rest = fold(span.text).removeprefix("the ")
    for form in (owner.name, *owner.aliases, *owner.demonyms):
        found = kb.lookup(f"{fold(form)} {rest}")
        body = kb.entities.get(found or "")
        if body is not None and body.type == "ORG" and body.country == owner.id:
            return body.id
    return None
