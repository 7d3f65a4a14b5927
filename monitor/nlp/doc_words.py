"""Each token's text and lower-case form as plain lists, read once a Doc.

`doc[k].lower_` builds a Token object and looks its string up on every call, and the linking
rules ask the words around every name they read: the capitals', the bodies', the titles'. The
lists are made from the Doc's distinct words (distinct_words.py), which the knowledge-base
merge has read already, so a rule reads a word for the cost of indexing a list. The tokens never
change once the tokenizer made them. Imports nothing of the package but distinct_words, so any
rule may ask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .distinct_words import distinct_words
from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TEXT = "monitor.doc_words.text"
_LOWER = "monitor.doc_words.lower"
_BOUNDS = "monitor.doc_words.bounds"


def token_texts(doc: Doc) -> list[str]:
    """Each token's text, as `doc[k].text` reads it."""
    found: list[str] | None = doc.user_data.get(_TEXT)
    if found is None:
        inverse, words = distinct_words(doc)
        found = doc.user_data[_TEXT] = [words[k] for k in inverse.tolist()]
    return found


def lower_words(doc: Doc) -> list[str]:
    """Each token's lower-case form, as `doc[k].lower_` reads it: spaCy sets a word's LOWER
    attribute to its `str.lower()` (spacy.lang.lex_attrs.lower)."""
    found: list[str] | None = doc.user_data.get(_LOWER)
    if found is None:
        inverse, words = distinct_words(doc)
        lowers = [word.lower() for word in words]
        found = doc.user_data[_LOWER] = [lowers[k] for k in inverse.tolist()]
    return found


def token_starts(doc: Doc) -> list[int]:
    """Where each token starts in the Doc's text, as `doc[k].idx` reads it."""
    return _char_bounds(doc)[0]


def words_text(doc: Doc, start: int, end: int) -> str:
    """The text of the tokens from `start` to `end` (0 <= start, end <= len(doc)), as
    `doc[start:end].text` reads it, cut from the Doc's text by its tokens' offsets: the slice
    builds a Span and a Token object for each of its words, and joins them again."""
    if start >= end:
        return ""
    starts, ends = _char_bounds(doc)
    return doc_text(doc)[starts[start] : ends[end - 1]]


def _char_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Where each token starts and ends in the Doc's text."""
    found: tuple[list[int], list[int]] | None = doc.user_data.get(_BOUNDS)
    if found is None:
        from spacy.attrs import IDX, LENGTH

        starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist()
        ends = [start + length for start, length in zip(starts, lengths, strict=True)]
        found = doc.user_data[_BOUNDS] = (starts, ends)
    return found
