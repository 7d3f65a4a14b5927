"""Whose a bare office is in a bulletin: a station reads its own government's offices without
naming the country ("the premier said the Cabinet will meet"), as a dateline's outlet does, so
the country of the outlet on its masthead decides "the premier" and "the president". Not in an
item about another country: "Honiara is firm on its switch, the prime minister says" in an
Australian bulletin is the Solomon Islands' prime minister.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .context import SAYING_OR_ACTING, ArticleContext, words
from .doc_entities import entities
from .doc_text import doc_text
from .entity_countries import country_of
from .kb import KnowledgeBase
from .resolve import resolve_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_SUBJECTS = "bulletin_offices.subjects"  # the key of an article's subjects in doc.user_data
_LINES = "bulletin_offices.lines"  # and of where its lines start
_MARKS = set(" \t*•-–—▶►:")  # what stands before an item's first word: bullets, marks, spaces
# A country after one of these is an object ("our ties with China is ..."), not the subject.
PREPOSITIONS = words("""
    of in to from with for on at by about against than into over between among toward towards
""")


def office_home(doc: Doc, span: Span, context: ArticleContext, kb: KnowledgeBase) -> str | None:
    """The country a bare office in `span` is taken to be of when nothing around it says: the
    article's home; else its masthead's country, unless the item (the line or paragraph) the
    office stands in has another country, or its capital, as a subject, when it is that
    country (one such) or undecided (two, or a place the knowledge base does not know)."""
    if context.home or context.masthead_country is None:
        return context.home
    subjects = doc.user_data.get(_SUBJECTS)
    if subjects is None:  # once an article: a bulletin of many offices reads its names once
        subjects = doc.user_data[_SUBJECTS] = _subject_countries(doc, kb)
    others = subjects.get(_item(doc, span).start, set()) - {context.masthead_country}
    if others:
        return others.pop() if len(others) == 1 else None
    return context.masthead_country


def _item(doc: Doc, span: Span) -> range:
    """The character offsets of the line the span stands in: a bulletin's item, a transcript's
    turn or a headline's bullet. The lines' starts are found once an article and bisected:
    searching the text back and ahead for each name was quadratic in a feed of one long line."""
    starts, length = _line_starts(doc)
    start = starts[bisect_right(starts, span.start_char) - 1]
    after = bisect_right(starts, span.end_char)
    return range(start, starts[after] - 1 if after < len(starts) else length)


def _line_starts(doc: Doc) -> tuple[list[int], int]:
    if _LINES not in doc.user_data:
        text = doc_text(doc)
        doc.user_data[_LINES] = [0, *(match.end() for match in re.finditer("\n", text))], len(text)
    found: tuple[list[int], int] = doc.user_data[_LINES]
    return found


def _subject_countries(doc: Doc, kb: KnowledgeBase) -> dict[int, set[str]]:
    """By the start of each item, the countries that a country's name or its capital stands
    as the subject for in it: before a verb of saying or acting ("Honiara is firm", "Japan has
    pledged"), not after a preposition or as a possessive ("Beijing's remarks"); or opening the
    item, its topic ("* Fiji and Taiwan? No — ...")."""
    text = doc_text(doc)
    found: dict[int, set[str]] = {}
    openings: dict[int, int] = {}  # by item: where its first word opens, past bullets and marks
    for ent in entities(doc):
        if ent.end >= len(doc):
            continue
        item = _item(doc, ent)
        key = ent.kb_id_ or resolve_name(ent.text, kb) or ""
        entry = kb.entities.get(key)
        known = entry is not None and entry.kind in ("country", "capital")
        # A place the knowledge base does not know (a far capital) is no sign of home either.
        unknown = entry is None and ent.label_ == "GPE"
        before = doc[ent.start - 1].lower_ if ent.start else ""
        acts = doc[ent.end].lower_ in SAYING_OR_ACTING and before not in PREPOSITIONS
        if item.start not in openings:
            openings[item.start] = _opening(text, item.start)
        subject = acts or openings[item.start] >= ent.start_char
        if subject and (known or unknown):
            found.setdefault(item.start, set()).add(country_of(key, kb) or f"place:{ent.text}")
    return found


def _opening(text: str, start: int) -> int:
    """Where the first word of the item at `start` opens, past its bullets and marks."""
    at = start
    while at < len(text) and text[at] in _MARKS:
        at += 1
    return at
