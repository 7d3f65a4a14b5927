"""A Doc's text, joined once an article: spaCy's `doc.text` joins every token again on each
call, and the rules that read an article's text ask for it once a name; so does `span.text`
for the words of a span, and the rules ask a name's text again and again. Imports nothing of
the package, so any module may ask, the knowledge-base merge's as much as linking's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once an article: `doc.text` joins every token again on each call,
    which read once a mention made a long article's linking quadratic (minutes at 160,000
    characters)."""
    text: str | None = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def knows_its_text(doc: Doc, text: str) -> None:
    """Gives the Doc the text it was made from, which spaCy keeps to the character, so that
    `doc_text` never joins the tokens: the join builds a Token object for every word, and
    cost about a tenth of a wire story's linking."""
    doc.user_data["text"] = text


def span_text(span: Span) -> str:
    """The span's text, as `span.text` reads it, cut from its Doc's text by the span's
    offsets: `span.text` builds a Token object for each of its words and joins them, and
    linking asks a name's text in rule after rule (a quarter of the Token objects it built)."""
    return doc_text(span.doc)[span.start_char : span.end_char]
