"""Whether a generic body's Chinese namesake is ruled out by the counts the article states
(craft_reports.py), asked only where the answer can change whose body it is.

Reading the counts runs the incursion reader over the body's paragraph, the dearest of the
linking rules; most bodies that reach it are decided without it: China has no body of that
name left, or the story's home has one and is chosen before the counts are looked at.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from .craft_reports import (
    CHINA,
    TAIWAN,
    TAIWAN_MND,
    counted_as_the_other_side,
    counts_craft_around_taiwan,
)
from .entity_countries import country_of
from .kb import KnowledgeBase
from .resolve import resolve_name

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
    doc: Doc,
    span: Span,
    candidates: tuple[str, ...],
    published: date | None,
    home: str | None,
    dateline: str,
    kb: KnowledgeBase,
) -> bool:
    """Whether a defence ministry is Taiwan's though a two-city dateline gives the story another
    home: "SEOUL/TAIPEI — ... a day after the Defense Ministry reported 61 Chinese aircraft
    around Taiwan". The story was filed from both cities, and only Taiwan's ministry counts
    China's craft around Taiwan (craft_reports.py), so the counts its paragraph states say
    which of the two ministries it is. A story filed from Tokyo alone keeps Japan's, which
    reports China's missiles around Taiwan that fell in Japan's own zone."""
    if home in (None, TAIWAN) or TAIWAN_MND not in candidates:
        return False
    places = _DATELINE_PLACES.match(dateline)
    names = places.group().split("/") if places else []
    if TAIWAN not in {country_of(resolve_name(name.strip(), kb), kb) for name in names[1:]}:
        return False
    return counts_craft_around_taiwan(doc, span, published)


# The cities of a slash dateline, before its credit, date or dash: "SEOUL/TAIPEI (".
_DATELINE_PLACES = re.compile(r"[^(,—–-]+")
