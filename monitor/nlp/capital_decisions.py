"""A capital where a decision is made is the government that makes it: "a political decision in
Beijing", "a decision made in Beijing", "whatever is decided in Tokyo". A city hosts talks and
people, but only a government decides, so "in" here seats the decision-maker, not a place
("talks in Beijing" and "officials in Seoul" stay the cities).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

DECISIONS = words("decision decisions")
# "a decision made in Beijing", "decisions taken in Tokyo", "the decision reached in Washington"
DECIDING = words("made taken reached")
# "whatever is decided in Tokyo": the passive; "the court decided in Tokyo" leaves the city
BEING = words("is are was were be been being gets got")


def decided_in(doc: Doc, span: Span) -> bool:
    """Is the capital the place "in" which a decision is made?"""
    k = span.start - 1
    if k < 1 or doc[k].lower_ != "in":
        return False
    k -= 1
    if doc[k].lower_ == "decided":
        return k > 0 and doc[k - 1].lower_ in BEING  # at the text's start no word is before it
    if doc[k].lower_ in DECIDING and k > 0:
        k -= 1  # past the participle to the decision it makes
    return doc[k].lower_ in DECISIONS
