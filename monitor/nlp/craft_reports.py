"""Whose defence ministry counts China's craft around Taiwan? Taiwan's.

Editorials, letters, headlines and record layouts carry no dateline, yet their bare "Ministry of
National Defense" or "MND" is plain to a reader: the body that releases counts of PLA aircraft
and ships around Taiwan is Taiwan's. Japan's reports count craft near Japan and the Senkakus,
and China's ministry counts none of its own, so the signal is the incursion facts the
ministry's paragraph states: every one of them around Taiwan. A paragraph that ends in a colon
announces the list or table under it; a headline announces the whole story.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from .english import doc_text, headline_end
from .incursions import find_incursions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
TAIWAN = "taiwan"  # the id of its country entity
TAIWAN_MND = "taiwan-mnd"  # the body whose reports these are


def counts_craft_around_taiwan(doc: Doc, span: Span, published: date | None) -> bool:
    """Whether the span's paragraph (with what it announces) states facts, all around Taiwan."""
    text = doc_text(doc)
    start, end = _block(text, span.start_char, span.start_char <= headline_end(doc))
    sentences = [
        text[sent.start_char : sent.end_char]
        for sent in doc.sents
        if start <= sent.start_char < end
    ]
    day = datetime.combine(published, time(), UTC) if published else datetime.now(UTC)
    facts = find_incursions(sentences, day)
    return bool(facts) and all(fact.place == "Taiwan" for fact in facts)


def _block(text: str, offset: int, headline: bool) -> tuple[int, int]:
    """The character range of the paragraph holding `offset`, and of the paragraph after it
    when it ends in a colon ("... read as follows:"); the whole text for a headline."""
    if headline:
        return 0, len(text)
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text)]
    start = max((after for before, after in breaks if after <= offset), default=0)
    ends = [before for before, _ in breaks if before >= offset]
    end = ends[0] if ends else len(text)
    if text[start:end].rstrip().endswith(":") and len(ends) > 1:
        end = ends[1]
    elif text[start:end].rstrip().endswith(":"):
        end = len(text)
    return start, end
