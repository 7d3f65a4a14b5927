"""Names the recogniser ran together across "and", "or" or a list's comma: "Threads and
Facebook", "Douyin and Facebook", "Facebook and YouTube" are two platforms, not one name.

When one of the joined parts is, whole, a knowledge-base entity's name, the span is a list of
names; the knowledge base's name stands and each other part is a name of its own. A name that
has "and" inside it ("Fire and Disaster Management Agency") joins no whole entity's name, and a
generic body's name in it ("Ministry of Foreign Affairs and Trade") says no list: those stay one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

JOINS = frozenset({"and", "or", ","})


def list_cut(span: Span, entity_names: set[tuple[int, int]]) -> list[Span]:
    """The model's `span` cut into the parts a join separates, when one part is the whole of
    a knowledge-base entity's name (`entity_names`, token bounds); else the span itself. The
    entity's own part is left out: the knowledge base's span for it stands."""
    from spacy.tokens import Span

    joins = [t.i for t in span[1:-1] if t.lower_ in JOINS]
    if not joins:
        return [span]
    bounds = list(zip([span.start, *(i + 1 for i in joins)], [*joins, span.end], strict=True))
    if not any(part in entity_names for part in bounds):
        return [span]
    doc = span.doc
    return [
        Span(doc, start, end, label=span.label_)
        for start, end in bounds
        if (start, end) not in entity_names and end > start and doc[start].text[:1].isupper()
    ]
