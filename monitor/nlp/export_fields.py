"""The labelled fields that head a record exported from a news database: Factiva's codes
("SN Reuters News", "LA English", "CY (c) 2021 Reuters Limited"), ProQuest's and LexisNexis's
labels ("Publication title: Jiji Press English News Service; Tokyo", "Place of publication:
London", "Dateline: ISHIGAKI, Japan").

The label is no name, and it says what its value is: a field holds a name, a place or a date,
never a sentence, so a capital in a head field is the city, not its government. A body field
("Full text:", "LP", "Body") opens the story itself, whose first words are its dateline.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Factiva's field codes: byline, word count, date, time, source name and code, language,
# copyright, accession number and the coding fields hold names, places and dates; the
# headline, the lead paragraph and the text hold sentences, where a capital may act.
FACTIVA_HEAD_CODES = frozenset(
    {
        "BY", "WC", "PD", "ET", "SN", "SC", "LA", "CY", "AN", "CO", "IN", "NS", "RE", "IPD",
        "IPC", "PUB", "ED", "PG", "RF", "CR", "SE", "CT",
    }
)  # fmt: skip
FACTIVA_CODES = FACTIVA_HEAD_CODES | {"HD", "LP", "TD"}
# ProQuest's and LexisNexis's labels, written before a colon.
HEAD_LABELS = frozenset(
    {
        "author", "byline", "copyright", "country of publication", "dateline",
        "document type", "language", "language of publication", "length", "load-date",
        "place of publication", "publication date", "publication title", "publication year",
        "publication-type", "publisher", "section", "source", "source type",
    }
)  # fmt: skip
LINE_WITHIN = 120  # characters before a mention that may still be its field line's label
EXPORT_HEAD_WITHIN = 2500  # characters: a database's head fields come before this

_LABELLED_LINE = re.compile(r"[ \t]*(?P<label>[A-Za-z][A-Za-z -]{0,30}?):[ \t]")
_CODED_LINE = re.compile(r"[ \t]*(?P<code>[A-Z]{2,3})(?:[ \t]|$)", re.M)
_BODY_FIELD = re.compile(
    r"^[ \t]*(?:(?:Full text|Body|Text):[ \t]*|(?:LP|TD|Body)[ \t]*\n\s*)(?=\S)", re.M
)


def is_field_code(token: Token) -> bool:
    """Whether the token is a Factiva field code opening its line ("SN" of "SN Reuters
    News"), followed by its value on that line or alone on it ("LP")."""
    doc = token.doc
    if token.text not in FACTIVA_CODES:
        return False
    at_line_start = token.i == 0 or doc[token.i - 1].text_with_ws.endswith("\n")
    alone = token.i + 1 == len(doc) or "\n" in token.whitespace_ or doc[token.i + 1].is_space
    return at_line_start and (token.whitespace_ == " " or alone)


def without_field_code(span: Span) -> Span | None:
    """The model's span without a field code it took in and the line breaks it ran into
    ("SN Reuters News\\n" is Reuters News); None when only the code was left ("LA")."""
    from spacy.tokens import Span

    start, end = span.start, span.end
    while start < end and (is_field_code(span.doc[start]) or span.doc[start].is_space):
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(span.doc, start, end, label=span.label_) if end > start else None


def in_head_field(text: str, offset: int) -> bool:
    """Whether the offset stands in the value of a database's head field ("Place of
    publication: Tokyo", "SN Reuters News"), looking back no further than LINE_WITHIN."""
    if offset > EXPORT_HEAD_WITHIN:
        return False
    line_start = text.rfind("\n", max(offset - LINE_WITHIN, 0), offset) + 1
    if line_start == 0 and offset > LINE_WITHIN:
        return False  # the line is too long to be a field's
    labelled = _LABELLED_LINE.match(text, line_start)
    if labelled and labelled.end() <= offset:
        return labelled.group("label").strip().lower() in HEAD_LABELS
    coded = _CODED_LINE.match(text, line_start)
    return bool(coded and coded.end() <= offset and coded.group("code") in FACTIVA_HEAD_CODES)


def body_starts(text: str) -> list[int]:
    """Where the story opens after a body field's label ("Full text: Taipei, Feb. 27 (Jiji
    Press)--", "LP\\nTAIPEI, Nov 28 (Reuters) -"), in a database's head."""
    return [m.end() for m in _BODY_FIELD.finditer(text, 0, EXPORT_HEAD_WITHIN)]
