"""A name the model ran on into the place or body it belongs to: "a farm on Ago Bay in Mie" is
the bay in the prefecture, "the 205th Arsenal of the Armaments Bureau" the arsenal of the
bureau. The longest match wins between names that compete for the same words ("Taiwan" inside
"Taiwan Foreign Correspondents Club"); these are not one name but two, a place "in" the larger
place and a body "of the" body over it, as "Hirara on Miyakojima" is (joined_names.py). So the
knowledge base's name closing the span stands, and the words before it are a name of their own.

Only a place in a place, and a body of two words or more of a body: "the Chinese Embassy in
Manila" and "the American Institute in Taiwan" are bodies named for where they sit, "the Bank
of the Ryukyus" one named for its islands, and "the Office of the U.S. Trade Representative"
the representative's own office, each one name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

PLACES = frozenset({"GPE", "LOC"})


def ending_at(names: list[Span]) -> dict[int, list[tuple[int, str]]]:
    """The knowledge base's names by the token they end at, as (start, label)."""
    found: dict[int, list[tuple[int, str]]] = {}
    for name in names:
        found.setdefault(name.end, []).append((name.start, name.label_))
    return found


def located_cut(span: Span, names_ending: dict[int, list[tuple[int, str]]]) -> Span:
    """The model's `span` less the knowledge-base place or body that closes it after "in" or
    "of the" (`names_ending`: the knowledge base's names by the token they end at, as (start,
    label)); else the span itself. Read only for a span that ends where such a name does."""
    from spacy.tokens import Span

    doc = span.doc
    start = span.start + (span[0].lower_ == "the")
    for begin, label in names_ending.get(span.end, ()):
        if span.label_ in PLACES and label in PLACES and doc[begin - 1].lower_ == "in":
            end = begin - 1  # "Ago Bay in Mie"
        elif span.label_ == label == "ORG" and _of_the(span, begin) and begin - 2 - start > 1:
            # "205th Arsenal of the Armaments Bureau"; a head noun alone is no name of its own,
            # but the body's: "the Office of the U.S. Trade Representative"
            end = begin - 2
        else:
            continue
        if end > start and any(t.text[:1].isupper() for t in doc[start:end]):
            return Span(doc, start, end, label=span.label_)
    return span


def _of_the(span: Span, begin: int) -> bool:
    doc = span.doc
    return (
        begin - 2 > span.start and doc[begin - 2].lower_ == "of" and doc[begin - 1].lower_ == "the"
    )
