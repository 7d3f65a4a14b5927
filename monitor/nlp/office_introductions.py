"""The offices the words before each of an article's names give it ("Foreign Minister Lin
Chia-lung", "Guatemalan Foreign Minister Carlos Martínez"), read once an article for every
office at once. A bare title asks which names the article introduces with its office; reading
each name's words again for each office asked, each of its forms in turn, cost more than the
rest of linking a bare title. Each name's folded words are looked up instead, at the words an
office's form can end with, in a table of the offices' forms built once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .kb_matcher import OFFICE, OFFICE_FORMS
from .names import fold, may_hold
from .span_windows import with_words_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Words before a name that can hold its title: "Foreign Minister" needs four ("Guatemalan
# Foreign Minister Carlos"), and the name itself follows them.
WORDS_BEFORE = 4


def _offices_by_form() -> dict[tuple[str, ...], list[str]]:
    """A form's words -> the offices written so: a folded window holds a form where its words
    run in this order, which is what the form, spaced, within the window's words, spaced, says."""
    offices: dict[tuple[str, ...], list[str]] = {}
    for title, forms in OFFICE_FORMS.items():
        for form in forms:
            offices.setdefault(tuple(form.split(" ")), []).append(title)
    return offices


_OFFICES_BY_FORM = _offices_by_form()
_LAST_WORDS = frozenset(form[-1] for form in _OFFICES_BY_FORM)
_FORM_LENGTHS = sorted({len(form) for form in _OFFICES_BY_FORM})

Introduced = tuple[int, bool, str]  # a span's index, whether the model marked a person, its key


def introduced_by_office(
    doc: Doc, spans: list[Span], not_before: set[str]
) -> dict[str, list[Introduced]]:
    """Office -> each span the words before give it, in the spans' order: its index, whether
    the model marked it a person, and its folded text. A form with a word of `not_before` right
    before it ("former Prime Minister Shinzo Abe") gives the span none of that office's forms."""
    found: dict[str, list[Introduced]] = {}
    guards = {tuple(word.split(" ")) for word in not_before}
    guard_lengths = sorted({len(guard) for guard in guards})
    windows = with_words_before(doc, spans, WORDS_BEFORE)
    for index, (span, window) in enumerate(zip(spans, windows, strict=True)):
        if span.kb_id_.startswith(OFFICE):
            continue
        if not may_hold(window, _LAST_WORDS):
            continue  # most names: no office's word before them, so nothing to fold
        words = fold(window).split(" ")
        if _LAST_WORDS.isdisjoint(words):
            continue
        held: dict[str, None] = {}  # in the order found; the order of `found` is the spans'
        guarded: set[str] = set()
        for end in range(len(words)):
            if words[end] not in _LAST_WORDS:
                continue
            for length in _FORM_LENGTHS:
                start = end + 1 - length
                offices = (
                    _OFFICES_BY_FORM.get(tuple(words[start : end + 1])) if start >= 0 else None
                )
                if offices is None:
                    continue
                held.update(dict.fromkeys(offices))
                if any(
                    start >= n and tuple(words[start - n : start]) in guards for n in guard_lengths
                ):
                    guarded.update(offices)
        for title in held:
            if title not in guarded:
                found.setdefault(title, []).append(
                    (index, span.label_ == "PERSON", fold(span.text))
                )
    return found
