"""A family name alone in a sentence set in a past year: "What Mao wanted in August 1958 is
still argued about" names the Mao who held office in 1958, not the foreign-ministry spokeswoman
who bears the name today. History copy names the leaders of a year by family name, and the
year the sentence names picks, of the people who bear the name, the one in office then. Only
a year a generation back is history: "Lin said in 2016" may be any of the Lins the news quotes
today, and the knowledge base knows few of them (lone_family_names.py).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from .kb import KnowledgeBase
from .names import fold
from .sentence_bounds import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Span

YEAR = re.compile(r"(?:19|20)\d\d")  # "1958", "in August 1958", as a token of its own
HISTORY_YEARS = 20  # years before the article's that make a sentence history


def years_named(span: Span, published: date) -> set[int]:
    """The years a generation or more before `published` that the span's sentence names."""
    sentence = sentence_of(span.doc, span.start)
    by_sentence = span.doc.user_data.setdefault(_YEARS, {})
    if sentence.start not in by_sentence:  # once a sentence, not once a name in it
        by_sentence[sentence.start] = {int(t.text) for t in sentence if YEAR.fullmatch(t.text)}
    return {year for year in by_sentence[sentence.start] if year <= published.year - HISTORY_YEARS}


_YEARS = "dated_family_names.years"  # the key of the years of each sentence in doc.user_data


def bearer_in_office_then(
    span: Span, kb: KnowledgeBase, published: date, countries: set[str]
) -> str | None:
    """The one person of a country the article names who bears the lone name `span` as a
    family name and held an office the knowledge base dates in a year the sentence names."""
    years = years_named(span, published)
    if not years:
        return None
    held = {
        person
        for person in kb.family_names.get(fold(span.text), ())
        if kb.entities[person].type == "PERSON" and kb.entities[person].country in countries
        for office in kb.entities[person].offices
        if any(_held_in(office.start, office.end, year, published) for year in years)
    }
    return held.pop() if len(held) == 1 else None


def _held_in(start: date, end: date | None, year: int, published: date) -> bool:
    return start.year <= year <= (end or published).year
