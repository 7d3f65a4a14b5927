"""A name the model ran on into the place or body it belongs to: "a farm on Ago Bay in Mie" is
the bay in the prefecture, "the 205th Arsenal of the Armaments Bureau" the arsenal of the
bureau. The longest match wins between names that compete for the same words ("Taiwan" inside
"Taiwan Foreign Correspondents Club"); these are not one name but two, a place "in" the larger
place and a body "of the" body over it, as "Hirara on Miyakojima" is (joined_names.py). So the
knowledge base's name closing the span stands, and the words before it are a name of their own.

Only a place in a place, and a body of two words or more of a body: "the Chinese Embassy in
Manila" and "the American Institute in Taiwan" are bodies named for where they sit, "the Bank
of the Ryukyus" one named for its islands, and "the Office of the U.S. Trade Representative"
the representative's own office, each one name. A firm "of" the city it is based in is two
names when the article writes the firm's name alone too: "Kyushu Eco Chemical of Fukuoka". A
sentence that opens on "People in Tokyo" names only the city, whatever the model made of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .doc_entities import labelled
from .doc_text import doc_text, span_text

if TYPE_CHECKING:
    from spacy.tokens import Span

PLACES = frozenset({"GPE", "LOC"})


def ending_at(
    names: list[Span], country_words: frozenset[str]
) -> dict[int, list[tuple[int, str, bool]]]:
    """The knowledge base's names by the token they end at, as (start, label, whether the name
    is a country's, one of `country_words`)."""
    found: dict[int, list[tuple[int, str, bool]]] = {}
    for name in names:
        country = span_text(name).lower() in country_words
        found.setdefault(name.end, []).append((name.start, name.label_, country))
    return found


def located_cut(span: Span, names_ending: dict[int, list[tuple[int, str, bool]]]) -> Span:
    """The model's `span` less the knowledge-base place or body that closes it after "in" or
    "of the" (`names_ending`: the knowledge base's names by the token they end at, as `ending_at`
    gives them); else the span itself. Read only for a span that ends where such a name does."""
    doc = span.doc
    start = span.start + (span[0].lower_ == "the")
    for begin, label, country in names_ending.get(span.end, ()):
        if label in PLACES and _opening_words_in(span, begin):
            return labelled(doc, begin, span.end, label)  # '"People in Tokyo sometimes think'
        if span.label_ in PLACES and label in PLACES and doc[begin - 1].lower_ == "in":
            end = begin - 1  # "Ago Bay in Mie"
        elif (
            span.label_ == "ORG"
            and label in PLACES
            and not country
            and _based_in(span, start, begin)
        ):
            end = begin - 1  # "Kyushu Eco Chemical of Fukuoka", "Kyushu Eco Chemical will"
        elif span.label_ == label == "ORG" and _of_the(span, begin) and begin - 2 - start > 1:
            # "205th Arsenal of the Armaments Bureau"; a head noun alone is no name of its own,
            # but the body's: "the Office of the U.S. Trade Representative"
            end = begin - 2
        else:
            continue
        if end > start and any(t.text[:1].isupper() for t in doc[start:end]):
            return labelled(doc, start, end, span.label_)
    return span


def _of_the(span: Span, begin: int) -> bool:
    doc = span.doc
    return (
        begin - 2 > span.start and doc[begin - 2].lower_ == "of" and doc[begin - 1].lower_ == "the"
    )


def _based_in(span: Span, start: int, begin: int) -> bool:
    """Is the place at `begin` where the organisation before its "of" is based: a name of two
    words or more that the article also writes without the place ("Kyushu Eco Chemical of
    Fukuoka" and "Kyushu Eco Chemical will supply the site")? A name with a place in it is
    written whole each time: "the Bank of the Ryukyus". A body "of" a country is named for the
    country it serves, however often the article shortens it: "the Wild Bird Society of Japan"
    and "the Wild Bird Society" (located_cut asks only of a place that is no country)."""
    doc = span.doc
    if begin - 1 - start < 2 or doc[begin - 1].lower_ != "of":
        return False
    name = doc[start : begin - 1].text
    text = doc_text(doc)
    return text.count(name) > text.count(f"{name} of ")


# What the model takes for a work's title when a sentence or a quotation opens on it: '"People
# in Tokyo sometimes think Taiwan is about to explode," said a buyer'. The capital of the first
# word is the sentence's, not a title's, so the place after "in" is the only name.
OPENINGS = frozenset({'"', "“", "'", "‘", "\n", "\n\n"})


def _opening_words_in(span: Span, begin: int) -> bool:
    """Is the model's `span` a work's title of lower-case words after its first, "in" and the
    place at `begin`, opening a sentence or a quotation?"""
    doc = span.doc
    if span.label_ != "WORK_OF_ART" or doc[begin - 1].lower_ != "in" or begin - 1 <= span.start:
        return False
    if not all(t.is_lower and t.is_alpha for t in doc[span.start + 1 : begin - 1]):
        return False
    opening = span.start == 0 or span[0].is_sent_start
    return opening or doc[span.start - 1].text.strip(" ") in OPENINGS
