"""Lines set in title case, where capitals say nothing of names: a headline ("Taiwan Seals US
Tariff Deal With Chip Pledge") or a release's heading ("About Pacific Meridian Logistics").

There the model's span gives way to the knowledge-base names inside it (kb_matcher.py), since
"Taiwan Seals US Tariff Deal" is no name. Unless the article's prose, where capitals do mark
names, gives the span's words as one name: a wire release heads its story with the firm's name
("Pacific Meridian Logistics Says U.S.-Bound Bookings Unaffected", "Osprey Watch Launches Gray
Zone Monitor") and names it again below ("Pacific Meridian Logistics, Inc. (NASDAQ: PMLX)"),
and that name is the firm's, not the ocean's or the aircraft's whose name opens it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from .distinct_words import distinct_words
from .doc_entities import labelled
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

TITLE_CASE_SHORT_WORD = 3  # "as", "of", "the", "Up" may stay lower case in a headline
TITLE_CASE_MIN_WORDS = 4
HEADLINE_TOKENS = 60  # no headline is longer


@dataclass(frozen=True)
class Lines:
    """What the title-case test reads of a Doc's tokens, taken once an article: asked three
    times for each of the model's names, walking the Doc token by token to the sentence's ends
    built a Token object for every word on the way, a tenth of the knowledge-base merge."""

    sentence_starts: list[bool]
    # Per token: where its sentence starts (the last start at or before it, else 0); per token
    # and one past the end: the first start at or after it, else the Doc's length.
    starts_before: list[int]
    starts_after: list[int]
    # Per token: a word longer than TITLE_CASE_SHORT_WORD, all letters; and capitalised.
    long_words: list[bool]
    capitalised: list[bool]
    answers: dict[tuple[int, int], bool] = field(default_factory=dict)  # by line

    @classmethod
    def of(cls, doc: Doc) -> Lines:
        from spacy.attrs import IS_ALPHA, LENGTH, SENT_START

        # From the Doc's arrays, a column at a time, and each distinct word's capital once:
        # reading the Token objects cost more than all the tests they answer, and so did
        # testing the arrays' rows one by one in Python.
        array = doc.to_array([SENT_START, IS_ALPHA, LENGTH])
        inverse, words = distinct_words(doc)
        capitals = np.array([word[:1].isupper() for word in words], dtype=bool)
        starts = array[:, 0] == 1
        long_words = (array[:, 1] != 0) & (array[:, 2] > TITLE_CASE_SHORT_WORD)
        return cls(
            starts.tolist(), *_sentence_bounds(starts), long_words.tolist(),
            capitals[inverse].tolist(),
        )  # fmt: skip


def title_case_line(span: Span, lines: Lines) -> bool:
    """Whether the span stands in a headline set in title case, where every longer word is
    capitalised ("Taiwan Seals US Tariff Deal With Chip Pledge as China Keeps Up Pressure")."""
    line = _short_sentence(span, lines)
    if line is None:
        return False  # no headline runs so long; reading it all for each name was quadratic
    if line not in lines.answers:
        start, end = line
        words = [i for i in range(start, end) if lines.long_words[i]]
        lines.answers[line] = len(words) >= TITLE_CASE_MIN_WORDS and all(
            lines.capitalised[i] for i in words
        )
    return lines.answers[line]


def names_in_prose(spans: list[Span], lines: Lines) -> frozenset[str]:
    """The folded names the model found outside title-case lines and outside words set in
    capitals ("TAIWAN & OFFSHORE ISLANDS", a catalogue's heading): capitals mark names only
    where the other words are in lower case. Only a title-case line's names are looked up in
    them, so an article with none has no need of them, and they are not read: folding every
    name's text was most of what the title-case test cost."""
    if not any(title_case_line(span, lines) for span in spans):
        return frozenset()
    return frozenset(
        fold(span.text)
        for span in spans
        if not span.text.isupper() and not title_case_line(span, lines)
    )


def named_in_prose(span: Span, prose: frozenset[str], lines: Lines) -> Span:
    """A title-case line's span cut to the longest run of its opening words that the prose
    names: "Osprey Watch" of the model's "Osprey Watch Launches Gray Zone Monitor". Any other
    span, or one whose opening words the prose never names, is left as it is."""
    if not title_case_line(span, lines):
        return span
    for end in range(span.end, span.start + 1, -1):  # two words at least: one is no firm's name
        if fold(span.doc[span.start : end].text) in prose:
            return span if end == span.end else labelled(span.doc, span.start, end, span.label_)
    return span


def _short_sentence(span: Span, lines: Lines) -> tuple[int, int] | None:
    """The token range of the span's sentence when it is at most HEADLINE_TOKENS long, else
    None, looked up in the article's table of sentence bounds: walked to its ends for each of
    the three questions a name asks, a headline's sentence was read token by token again.
    A span longer than a headline that fills its sentence is its own line."""
    start, end = lines.starts_before[span.start], lines.starts_after[span.end]
    if end - start > HEADLINE_TOKENS and (start, end) != (span.start, span.end):
        return None
    return start, end


def _sentence_bounds(starts: np.ndarray) -> tuple[list[int], list[int]]:
    """For each token the start of its sentence, and for each token and the Doc's end the
    first sentence start at or after it, for the whole Doc at once."""
    at = np.arange(len(starts))
    before = np.maximum.accumulate(np.where(starts, at, 0))
    after = np.minimum.accumulate(np.where(starts, at, len(starts))[::-1])[::-1]
    return before.tolist(), [*after.tolist(), len(starts)]
