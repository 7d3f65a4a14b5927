"""A person's name the entity finder ran on through "of" to a place: "Archbishop John Park of
Bern", "Bishop Kim of Seoul". A person's name never holds a place the knowledge base knows after
"of": that is the person's see or home town, a name of its own, and the person ends before "of".
A body's name keeps it ("University of Tokyo", "Bank of Japan"): the place there is part of the
name, and the labels leave the inner place of a longer name unlabelled.

The other way round, a place before a person's trade in lower case ("Hualien photographer Su
Chia-wei", "Keelung angler Lin") says where the person works: no name holds a lower-case trade,
so the person starts after it and the place is the knowledge base's own name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .doc_entities import labelled

if TYPE_CHECKING:
    from spacy.tokens import Span


def person_before_place(span: Span, places: set[tuple[int, int]]) -> Span:
    """The person's part before "of" when the model's person span ends in "of" and a place
    (`places`: the knowledge base's place names found, as token bounds); else the span."""
    if span.label_ != "PERSON":
        return span
    cut = next(
        (t.i for t in span[1:-1] if t.lower_ == "of" and (t.i + 1, span.end) in places), None
    )
    if cut is None:
        return span
    return labelled(span.doc, span.start, cut, "PERSON")


TRADE_WORDS = 3  # lower-case words of a trade: "photographer", "wedding photographer"


def people_after_places(spans: list[Span], places: set[tuple[int, int]]) -> list[Span]:
    """Each span as `_person_after_place` reads it. The longest place starting at each token is
    found once a document: looked for among all its places for each person, a feed of
    thousands of names beside places was quadratic to read."""
    farthest: dict[int, int] = {}
    for start, end in places:
        farthest[start] = max(end, farthest.get(start, end))
    return [_person_after_place(span, farthest) for span in spans]


def _person_after_place(span: Span, farthest: dict[int, int]) -> Span:
    """The person's part after a place and a lower-case trade opening the model's person span
    ("Hualien" "photographer" "Su Chia-wei"); else the span. `farthest` holds the end of the
    longest place starting at each token."""
    if span.label_ != "PERSON":
        return span
    place_end = farthest.get(span.start)
    if place_end is None:
        return span
    k = place_end
    while k < span.end and k - place_end < TRADE_WORDS and span.doc[k].is_lower:
        k += 1
    if k == place_end or k >= span.end or not span.doc[k].is_alpha:
        return span
    if not all(token.is_alpha for token in span.doc[place_end:k]):
        return span
    return labelled(span.doc, k, span.end, "PERSON")
