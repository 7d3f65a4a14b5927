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

from typing import TYPE_CHECKING

from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Span

TITLE_CASE_SHORT_WORD = 3  # "as", "of", "the", "Up" may stay lower case in a headline
TITLE_CASE_MIN_WORDS = 4
HEADLINE_TOKENS = 60  # no headline is longer


def title_case_line(span: Span) -> bool:
    """Whether the span stands in a headline set in title case, where every longer word is
    capitalised ("Taiwan Seals US Tariff Deal With Chip Pledge as China Keeps Up Pressure")."""
    line = _short_sentence(span)
    if line is None:
        return False  # no headline runs so long; reading it all for each name was quadratic
    words = [t.text for t in line if t.is_alpha and len(t) > TITLE_CASE_SHORT_WORD]
    return len(words) >= TITLE_CASE_MIN_WORDS and all(w[:1].isupper() for w in words)


def names_in_prose(spans: list[Span]) -> frozenset[str]:
    """The folded names the model found outside title-case lines and outside words set in
    capitals ("TAIWAN & OFFSHORE ISLANDS", a catalogue's heading): capitals mark names only
    where the other words are in lower case."""
    return frozenset(
        fold(span.text) for span in spans if not span.text.isupper() and not title_case_line(span)
    )


def named_in_prose(span: Span, prose: frozenset[str]) -> Span:
    """A title-case line's span cut to the longest run of its opening words that the prose
    names: "Osprey Watch" of the model's "Osprey Watch Launches Gray Zone Monitor". Any other
    span, or one whose opening words the prose never names, is left as it is."""
    from spacy.tokens import Span

    if not title_case_line(span):
        return span
    for end in range(span.end, span.start + 1, -1):  # two words at least: one is no firm's name
        if fold(span.doc[span.start : end].text) in prose:
            return span if end == span.end else Span(span.doc, span.start, end, label=span.label_)
    return span


def _short_sentence(span: Span) -> Span | None:
    """The span's sentence when it is at most HEADLINE_TOKENS long, else None, found without
    walking a long sentence to its ends."""
    doc = span.doc
    start, end = span.start, span.end
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
        if end - start > HEADLINE_TOKENS:
            return None
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
        if end - start > HEADLINE_TOKENS:
            return None
    return doc[start:end]
