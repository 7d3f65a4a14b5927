"""Each token's sentence, read once per document.

spaCy's `Span.sent` walks from the span out to its sentence's ends each time it is asked. The
linking rules ask it for pairs of mentions (a bare "Navy" and every body named before it), so an
article of one long sentence, as a feed without full stops sends, made linking cubic in its
length: 5,000 characters of "Minister Koo said the Navy and the Air Force, Taipei said," took
16 s. The bounds are read here once, after the pipeline has set them, and kept on the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_KEY = "monitor.sentence_bounds"


def _bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """For every token, the index of its sentence's first token and of the token after its last."""
    bounds = doc.user_data.get(_KEY)
    if bounds is None:
        starts, ends = [0] * len(doc), [0] * len(doc)
        for sentence in doc.sents:  # each sentence's tokens set at once, not one by one
            start, end = sentence.start, sentence.end
            starts[start:end], ends[start:end] = [start] * (end - start), [end] * (end - start)
        bounds = doc.user_data[_KEY] = (starts, ends)
    return bounds


def sentence_start(doc: Doc, token: int) -> int:
    """The index of the first token of the sentence the token at `token` stands in."""
    return _bounds(doc)[0][token]


def sentence_of(doc: Doc, token: int) -> Span:
    """The sentence the token at `token` stands in (as `doc[token].sent`, read once)."""
    starts, ends = _bounds(doc)
    return doc[starts[token] : ends[token]]


def sentence_before(doc: Doc, start: int) -> int:
    """The index of the first token of the written sentence before the one that opens at
    `start` (`start` itself at the text's start). A paragraph break is a sentence of blank
    lines of its own, which no reader reads back to: a paragraph's "The decision ..., the
    Ministry said" names the ministry the paragraph before closed on."""
    k = start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return sentence_start(doc, k) if k >= 0 else start
