"""A capital where a decision is made is the government that makes it: "a political decision in
Beijing", "a decision made in Beijing", "whatever is decided in Tokyo". A city hosts talks and
people, but only a government decides, so "in" here seats the decision-maker, not a place
("talks in Beijing" and "officials in Seoul" stay the cities).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .capital_nouns_after import CLOSING_WORDS
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


# Idioms of a political reaction, whose seat is the government that feels it: "the communique
# touched a nerve in Beijing", "raised eyebrows in Washington", "set off alarm bells in Tokyo",
# "raised hackles in Seoul". A city's people have nerves too, but English keeps these for the
# powers a statement or a move provokes, as "anger from Beijing" is its government's.
STIRRED = words("nerve nerves eyebrows hackles")
ALARM_BELLS = ("alarm", "bells")


def stirred_in(doc: Doc, span: Span) -> bool:
    """Is the capital where a move touched a nerve, raised eyebrows or rang alarm bells, the
    capital closing its phrase ("lost their nerve in Tokyo traffic" is stuck in the city)?"""
    k = span.start - 1
    if k < 2 or doc[k].lower_ != "in":
        return False
    following = doc[span.end] if span.end < len(doc) else None
    if (
        following is not None
        and following.is_alpha
        and following.is_lower
        and following.lower_ not in CLOSING_WORDS
    ):
        return False  # "in Beijing this week" closes the phrase; "in Tokyo traffic" does not
    stirred = doc[k - 1].lower_
    if stirred in ("nerve", "nerves"):
        return doc[k - 2].lower_ in ("a", "raw")  # "touched a nerve", "struck a raw nerve"
    return stirred in STIRRED or (doc[k - 2].lower_, stirred) == ALARM_BELLS
