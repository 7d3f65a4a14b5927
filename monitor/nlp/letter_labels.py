"""A list's letter label the entity finder took into a name: 'B. "Lai's stopovers were cut
short" — 6,050 posts' in a fact-checker's ranked claims, 'A. "Tokyo has ...' in a quiz's
options. A letter that opens a line with a full stop or a bracket, before a quotation mark,
labels the item: a person's initial stands before the name itself, never before a quotation
mark. The name is what follows the mark, without the possessive ending the finder took with
it ("Lai's")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

_LABEL = re.compile(r"[A-Z][.)]\Z")
_OPENING_MARKS = frozenset({'"', "“", "'", "‘"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def without_letter_label(span: Span) -> Span | None:
    """The span past a letter label and its quotation mark at its start; None when nothing
    follows them, the span itself when it opens with no such label."""
    from spacy.tokens import Span

    doc = span.doc
    first = span[0]
    opens_line = first.i == 0 or "\n" in doc[first.i - 1].text
    if not (opens_line and _LABEL.match(first.text) and len(span) > 1):
        return span
    if span[1].text not in _OPENING_MARKS:
        return span
    end = span.end - (span[-1].text in _POSSESSIVES)
    return Span(doc, span.start + 2, end, label=span.label_) if end > span.start + 2 else None
