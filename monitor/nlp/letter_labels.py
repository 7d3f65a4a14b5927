"""A list's letter label the entity finder took into a name: 'B. "Lai's stopovers were cut
short" — 6,050 posts' in a fact-checker's ranked claims, 'A. "Tokyo has ...' in a quiz's
options. A letter that opens a line with a full stop or a bracket, before a quotation mark,
labels the item: a person's initial stands before the name itself, never before a quotation
mark. The name is what follows the mark, without the possessive ending the finder took with
it ("Lai's")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .doc_entities import labelled
from .doc_words import token_texts

if TYPE_CHECKING:
    from spacy.tokens import Span

_LABEL = re.compile(r"[A-Z][.)]\Z")
_OPENING_MARKS = frozenset({'"', "“", "'", "‘"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def without_letter_label(span: Span) -> Span | None:
    """The span past a letter label and its quotation mark at its start; None when nothing
    follows them, the span itself when it opens with no such label. Asked of each of the
    model's spans, so the words are read from the article's list of them (doc_words.py)."""
    doc, start = span.doc, span.start
    texts = token_texts(doc)
    opens_line = start == 0 or "\n" in texts[start - 1]
    if not (opens_line and _LABEL.match(texts[start]) and len(span) > 1):
        return span
    if texts[start + 1] not in _OPENING_MARKS:
        return span
    end = span.end - (texts[span.end - 1] in _POSSESSIVES)
    return labelled(doc, span.start + 2, end, span.label_) if end > span.start + 2 else None
