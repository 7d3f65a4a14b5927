"""The model's span cut where no name runs on: at a colon that ends a column's label or a
clause, at a bracket it opens but does not close, at a full stop glued to a code name that ends
a sentence. The parts stand as names of their own (kb_matcher.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span


def sentence_cut(span: Span) -> list[Span]:
    """The model's span cut at a bracket it opens but does not close ("Ministry of Defense
    (Ichigaya" is the ministry and the place), or ended at a sentence's end the tokenizer
    glued to a code name: "Strait Thunder-2025A. Taiwan's" is the drill, and "Taiwan's" opens
    the next sentence (so "Taiwan's Defence Ministry" is Taiwan's). A period after a word with
    no digit is left be: "U.S. Navy", "Gen. Nakatani"."""
    from spacy.tokens import Span

    colon = next((t.i for t in span[1:-1] if t.text == ":" and t.whitespace_), None)
    if colon is not None and span.label_ != "WORK_OF_ART":
        # "THE NINETEENTH HOLE: Gray zones": a column's label or a clause ends at its colon,
        # and no name runs across one (a work's title may: "Star Wars: Andor").
        before = Span(span.doc, span.start, colon, label=span.label_)
        return [before, *sentence_cut(Span(span.doc, colon + 1, span.end, label=span.label_))]
    opened = next((t.i for t in span if t.text == "("), None)
    if opened is not None and opened > span.start and ")" not in span.text:
        before = Span(span.doc, span.start, opened, label=span.label_)
        inside = Span(span.doc, opened + 1, span.end, label=span.label_)
        return [before, inside] if len(inside) else [before]
    if (ending := _firm_ending_a_sentence(span)) is not None:
        # "installed by Formosa Bolt & Hinge Co. Furuya said": the firm, then who spoke
        firm = Span(span.doc, span.start, ending + 1, label=span.label_)
        return [firm, Span(span.doc, ending + 1, span.end, label="PERSON")]
    for token in span[:-1]:
        stem = token.text[:-1]
        glued = token.text.endswith(".") and len(stem) > 1 and any(c.isdigit() for c in stem)
        if glued and token.whitespace_ and token.nbor().text[:1].isupper():
            return [Span(span.doc, span.start, token.i + 1, label=span.label_)]
    return [span]


# The abbreviations a firm's registered name ends in, whose full stop may end the sentence too.
FIRM_ENDINGS = frozenset({"Co.", "Corp.", "Inc.", "Ltd."})
# What the subject of the next sentence does, set right after the name that opens it: a speaker
# ("Hinge Co. Furuya said") or anyone a clause is about ("Bean Co. Takaichi is expected to be
# elected").
SUBJECTS_VERBS = frozenset({
    "said", "says", "told", "added", "noted", "wrote", "explained", "is", "was", "has", "had",
    "will", "would", "could", "can", "may", "might", "must", "should",
})  # fmt: skip
SPEAKER_WORDS = 2  # "Furuya", "Keiji Furuya"


def _firm_ending_a_sentence(span: Span) -> int | None:
    """Where a firm's abbreviation ends the sentence inside the span, the next one opening on
    a name the model ran on into the firm's: "Hinge Co. Furuya said", "Bean Co. Takaichi is
    expected". Only a name of a word or two in title case, with its verb after it: "Sony Corp.
    shares" runs on with the firm's."""
    after = span.end < len(span.doc) and span.doc[span.end].lower_ in SUBJECTS_VERBS
    for token in span[1:-1] if after else ():
        rest = span.doc[token.i + 1 : span.end]
        named = len(rest) <= SPEAKER_WORDS and all(t.is_title and t.is_alpha for t in rest)
        if token.text in FIRM_ENDINGS and named:
            return int(token.i)
    return None
