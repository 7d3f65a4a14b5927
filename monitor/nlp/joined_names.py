"""Names the recogniser ran together across "and", "or", a list's comma or a slash: "Threads and
Facebook", "Douyin and Facebook", "Facebook and YouTube" are two platforms, not one name, and a
two-city dateline's "AMSTERDAM/TOKYO" two cities, as datelines join them.

When one of the joined parts is, whole, a knowledge-base entity's name, the span is a list of
names; the knowledge base's name stands and each other part is a name of its own. A part may
close on a possessive ("the ferry between Shuitou and Lieyu's Jiugong pier"). A town "on" the
island the knowledge base knows is two places too ("calls at Hirara on Miyakojima"). A name that
has "and" inside it ("Fire and Disaster Management Agency") joins no whole entity's name, and a
generic body's name in it ("Ministry of Foreign Affairs and Trade") says no list: those stay one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

JOINS = frozenset({"and", "or", ",", "/"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def list_cut(
    span: Span, entity_names: set[tuple[int, int]], places: set[tuple[int, int]]
) -> list[Span]:
    """The model's `span` cut into the parts a join separates, when one part is the whole of
    a knowledge-base entity's name (`entity_names`, token bounds), or of a place's (`places`)
    after "on"; else the span itself. The entity's own part is left out: the knowledge base's
    span for it stands."""
    from spacy.tokens import Span

    joins = [t.i for t in span[1:-1] if t.lower_ in JOINS or _on_a_place(t.i, span, places)]
    if not joins:
        return [span]
    bounds = list(zip([span.start, *(i + 1 for i in joins)], [*joins, span.end], strict=True))
    doc = span.doc
    bounds = [
        (start, end - 1) if end - start > 1 and doc[end - 1].text in POSSESSIVES else (start, end)
        for start, end in bounds
    ]
    if not any(part in entity_names for part in bounds):
        return [span]
    return [
        Span(doc, start, end, label=span.label_)
        for start, end in bounds
        if (start, end) not in entity_names and end > start and doc[start].text[:1].isupper()
    ]


# Bodies named for what they work on: "the Committee on Okinawa", "a Task Force on Taiwan".
BODIES_ON = frozenset({
    "committee", "commission", "conference", "council", "forum", "institute", "center", "centre",
    "force", "group", "dialogue", "office", "caucus", "panel", "subcommittee", "initiative",
})  # fmt: skip


def _on_a_place(index: int, span: Span, places: set[tuple[int, int]]) -> bool:
    """Is the token at `index` the "on" of one town's name before the island the knowledge
    base names, closing the span: "Hirara on Miyakojima"? Not a body's "on": "the Committee
    on Okinawa"."""
    doc = span.doc
    town = index - 1 == span.start and doc[span.start].lower_ not in BODIES_ON
    return (
        town
        and doc[index].lower_ == "on"
        and any(start == index + 1 and end in (span.end, span.end - 1) for start, end in places)
    )
