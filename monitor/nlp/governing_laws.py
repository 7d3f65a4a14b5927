"""A generic body in a sentence framed by one country's laws is that country's: "Under Japan's
strict firearms rules, each team's guns must be cleared by the National Police Agency". A law
binds where its country governs, so the bodies that apply it in its sentence are its own, even
in a story filed from another country, whose dateline would otherwise claim them."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .doc_text import doc_text
from .kb import KnowledgeBase
from .names import fold
from .sentence_bounds import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# "Under Japan's strict firearms rules," "under Taiwan's law on relations with China": the
# country's name, its possessive, up to three words and the law's own noun.
_UNDER_A_LAW = re.compile(
    r"\b[Uu]nder (?P<country>[A-Z][\w.]*(?: [A-Z]\w*)?)['’]s (?:[\w-]+ ){0,3}"
    r"(?:rules?|laws?|regulations|system|act|constitution|code|statutes?|guidelines)\b"
)


def law_country(span: Span, kb: KnowledgeBase) -> str | None:
    """The country whose law frames the sentence before the body at `span`, if one does."""
    doc = span.doc
    sentence = sentence_of(doc, span.start)
    # The article's text joined once: `doc.text` joins every token again, once a body here.
    text = doc_text(doc)
    opening = _first_under(doc, text, sentence.start_char, span.start_char)
    if opening is None:
        return None
    found = None
    for match in _UNDER_A_LAW.finditer(text[opening : span.start_char]):
        entity_id = kb.index.get(fold(match.group("country")))
        entry = kb.entities.get(entity_id) if entity_id else None
        found = entry.id if entry is not None and entry.kind == "country" else None
    return found


def _first_under(doc: Doc, text: str, start: int, end: int) -> int | None:
    """Where the first "under" that can open a law's phrase stands in text[start:end], or None.
    Every match of _UNDER_A_LAW opens there, so reading from it finds what reading the whole
    stretch finds; its places are listed once a Doc, so a sentence of thousands of bodies, as a
    feed without full stops sends, is not read again from its start for each of them."""
    if text.startswith(_UNDER, start) or text.startswith(_UNDER.lower(), start):
        return start  # a word's edge at the stretch's start, whatever stands before it
    places: list[int] | None = doc.user_data.get(_PLACES)
    if places is None:
        places = doc.user_data[_PLACES] = [m.start() for m in _OPENING.finditer(text)]
    found = bisect_right(places, start)
    if found < len(places) and places[found] + len(_UNDER) <= end:
        return places[found]
    return None


_UNDER = "Under "
_OPENING = re.compile(r"\b[Uu]nder ")
_PLACES = "monitor.governing_laws.unders"
