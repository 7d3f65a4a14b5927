"""A local office's title the entity finder took into one span with its qualifier and holder:
"Yonaguni Mayor Kenichi Itokazu" is the town and the mayor, "Kuomingtang Legislator" the
party. The title itself names nothing; the words on each side are names of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

# Titles written after the place or party whose office they are. Titles of national offices
# ("President", "Minister") are left out: "Foreign Minister" and "Vice President" join words
# that are no names of their own. So are the heads of a service or agency written after its
# name: "Japan Coast Guard Commandant Yoshio Seguchi" is the coast guard and its commandant.
QUALIFIED_TITLES = frozenset({
    "mayor", "legislator", "lawmaker", "senator", "governor", "commandant", "commissioner",
})  # fmt: skip


def title_cut(span: Span) -> list[Span]:
    """The span's parts on each side of a capitalised local title inside it, the holder's
    part labelled a person; the span itself when it holds no such title."""
    from spacy.tokens import Span

    title = next(
        (t.i for t in span[1:] if t.lower_ in QUALIFIED_TITLES and t.text[:1].isupper()), None
    )
    if title is None:
        return [span]
    parts = [Span(span.doc, span.start, title, label=span.label_)]
    if title + 1 < span.end:
        parts.append(Span(span.doc, title + 1, span.end, label="PERSON"))
    return parts
