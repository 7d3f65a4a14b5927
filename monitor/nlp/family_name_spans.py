"""A family name the model tags as a place or a body is the person the article named in full:
in "said Kenji Arakaki, who runs a dive shop ... Arakaki's bookings are full" the second
"Arakaki" is the diver, whatever label the model gave it (an Okinawan family name is often a
place name too). Only a single word outside the knowledge base that is the first or last word
of a person's name written in full earlier in the article: a known place keeps its link."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .doc_entities import entities
from .names import fold
from .people import full_name_words

if TYPE_CHECKING:
    from spacy.tokens import Span

NOT_PEOPLE = ("GPE", "LOC", "ORG", "FAC")


def person_named_in_full(span: Span) -> Span | None:
    """The full name, written before, whose family name the one-word span outside the
    knowledge base is; None for any other span."""
    if len(span) != 1 or span.label_ not in NOT_PEOPLE or not span.text[:1].isupper():
        return None
    word = fold(span.text)
    if word not in full_name_words(span.doc):  # a set read once a Doc: most spans stop here
        return None
    for ent in entities(span.doc):
        if ent.start >= span.start:
            return None
        if (
            ent.label_ == "PERSON"
            and len(ent) > 1
            and word in (fold(ent[0].text), fold(ent[-1].text))
        ):
            return ent
    return None
