"""A bare body that speaks is the one of its name that spoke before: "Four China Coast Guard
ships were in the contiguous zone, the Japan Coast Guard said. ... the coast guard said."

When an article names two bodies of one generic name in full (China's and Japan's coast
guards), their name alone decides nothing. A report's attribution does: the body that speaks
again is the one that has been speaking, never the one whose ships are counted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .portfolio_names import SAYING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .mention import Mention


def body_that_spoke(
    doc: Doc,
    spans: list[Span],
    index: int,
    linked: dict[int, Mention | None],
    named: set[str],
) -> str | None:
    """Of the bodies in `named`, the one named in full before the bare body at `index` as the
    subject of a saying verb, the nearest first, when the bare body itself is one ("the coast
    guard said")."""
    if not _speaks(doc, spans[index]):
        return None
    for before in range(index - 1, -1, -1):
        mention = linked[before]
        if mention is not None and mention.entity_id in named and _speaks(doc, spans[before]):
            return mention.entity_id
    return None


def _speaks(doc: Doc, span: Span) -> bool:
    return span.end < len(doc) and doc[span.end].lower_ in SAYING
