"""Whether a generic body's Chinese namesake is ruled out by the counts the article states
(craft_reports.py), asked only where the answer can change whose body it is.

Reading the counts runs the incursion reader over the body's paragraph, the dearest of the
linking rules; most bodies that reach it are decided without it: China has no body of that
name left, or the story's home has one and is chosen before the counts are looked at.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .craft_reports import (
    CHINA,
    TAIWAN,
    TAIWAN_MND,
    counted_as_the_other_side,
    counts_craft_around_taiwan,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def china_counted_out(
    doc: Doc,
    span: Span,
    form: str,
    candidates: tuple[str, ...],
    published: date | None,
    home: str | None,
    countries: set[str | None],
    own: str | None,
) -> bool:
    """Whether China's body among `countries` (the candidates' countries still open) is ruled
    out, the copy counting China's craft as the other side's. Two readings come first whatever
    the counts say, so they are not read then: a home other than China among the countries, and
    the body `own` the name spells in full when the home is none of them."""
    if CHINA not in countries or (home is not None and home != CHINA and home in countries):
        return False
    if home != CHINA and home not in countries and own is not None:
        return False
    return counted_as_the_other_side(doc, span, form, candidates, published, home)


def taiwan_counted_in(
    doc: Doc, span: Span, candidates: tuple[str, ...], published: date | None, home: str | None
) -> bool:
    """Whether a defence ministry is Taiwan's though the story is at home in another country:
    "SEOUL/TAIPEI — ... a day after the Defense Ministry reported 61 Chinese aircraft around
    Taiwan". Only Taiwan's ministry counts China's craft around Taiwan (craft_reports.py), so
    the counts its paragraph states say whose it is more plainly than where the story was
    filed; asked only of a home that has a ministry of the name, which would win otherwise."""
    if home in (None, TAIWAN) or TAIWAN_MND not in candidates:
        return False
    return counts_craft_around_taiwan(doc, span, published)
