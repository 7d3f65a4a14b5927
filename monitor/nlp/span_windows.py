"""The words before each of an article's names, cut from its text.

Slicing the Doc (`doc[start - 4 : start].text`) builds a Token object for every word of the
slice and joins them again; the text the Doc was made from holds the same characters, so the
window is cut from it by the tokens' offsets, read once an article (doc_words.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .doc_text import span_text
from .doc_words import words_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def with_words_before(doc: Doc, spans: list[Span], width: int) -> list[str]:
    """For each span, the text of the `width` tokens before it, a space and its own text: what
    `doc[max(span.start - width, 0) : span.start].text + " " + span.text` reads."""
    return [
        words_text(doc, max(span.start - width, 0), span.start) + " " + span_text(span)
        for span in spans
    ]
