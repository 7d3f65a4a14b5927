"""The words before each of an article's names, cut from its text once.

Slicing the Doc (`doc[start - 4 : start].text`) builds a Token object for every word of the
slice and joins them again; the text the Doc was made from holds the same characters, so the
window is cut from it by the tokens' offsets, read from the Doc's arrays once an article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def with_words_before(doc: Doc, spans: list[Span], width: int) -> list[str]:
    """For each span, the text of the `width` tokens before it, a space and its own text: what
    `doc[max(span.start - width, 0) : span.start].text + " " + span.text` reads."""
    from spacy.attrs import IDX, LENGTH

    text, bounds = doc_text(doc), doc.to_array([IDX, LENGTH]).tolist()
    windows = []
    for span in spans:
        first, last = max(span.start - width, 0), span.start - 1
        before = text[bounds[first][0] : sum(bounds[last])] if first <= last else ""
        windows.append(before + " " + text[span.start_char : span.end_char])
    return windows
