"""Which of an article's names stand in a stretch of it, found by bisection, not by a loop.

The linking rules ask, for each generic body, which names its own sentence holds (a minister
titled there, a host receiving a visit). A loop over every name of the article each time made a
feed of thousands of "■ MND: 16 Chinese aircraft ..." lines quadratic to link. The names are
the Doc's entities, in order and never overlapping, so their bounds are read once an article and
bisected.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_KEY = "monitor.span_ranges"
_KINDS = "monitor.span_ranges.kinds"


def spans_starting_in(doc: Doc, spans: list[Span], start: int, end: int) -> range:
    """The indices of the spans whose first token is in [start, end)."""
    starts = _bounds(doc, spans)[0]
    return range(bisect_left(starts, start), bisect_left(starts, end))


def spans_touching(doc: Doc, spans: list[Span], start_char: int, end_char: int) -> range:
    """The indices of the spans with a character in [start_char, end_char): any mention made of
    a span, or of words inside it, that starts there is among them."""
    _, start_chars, end_chars = _bounds(doc, spans)
    return range(bisect_right(end_chars, start_char), bisect_left(start_chars, end_char))


def spans_of_kind(
    doc: Doc, spans: list[Span], kind: Callable[[Doc, Span], bool], within: range
) -> list[int]:
    """The indices in `within` (as `spans_starting_in` gives) of the spans of the kind, which
    is asked of each span once an article: a sentence of thousands of names, as a feed without
    full stops sends, would otherwise ask it of all of them for each body in it."""
    kinds = doc.user_data.setdefault(_KINDS, {})
    cached = kinds.get(kind)
    if cached is None or cached[0] is not spans:
        cached = kinds[kind] = (spans, [i for i, span in enumerate(spans) if kind(doc, span)])
    found: list[int] = cached[1]
    return found[bisect_left(found, within.start) : bisect_left(found, within.stop)]


def _bounds(doc: Doc, spans: list[Span]) -> tuple[list[int], list[int], list[int]]:
    cached = doc.user_data.get(_KEY)
    if cached is None or cached[0] is not spans:  # the spans of this linking, once
        starts, start_chars = [s.start for s in spans], [s.start_char for s in spans]
        cached = doc.user_data[_KEY] = (spans, starts, start_chars, [s.end_char for s in spans])
    return cached[1], cached[2], cached[3]
