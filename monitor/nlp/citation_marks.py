"""Citation marks glued to words, as wiki-style pages write them: "crossed the median
line.[31]", "a transit stop in Guam.[1][2]", "a \"survival-threatening situation\".[112][citation
needed]", and as AI summaries number their sources in superscript: "Sources: ¹Nikkei Asia".

spaCy's stock rules keep "line.[31" one token, so the name or term before the mark never
reaches the knowledge base's matcher or the model, and the sentence it ends runs on into the
next. Here the mark becomes a token of its own ("[31]"), the full stop before it one too, the
mark stays in the sentence it closes, and the model's entities never take a mark in.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .distinct_words import words_kept
from .doc_entities import labelled

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# One bracketed note with no space in it: "[31]", "[a]", "[sic]".
_NOTE = r"\[[^\[\]\s]+\]"
# A footnote's number in superscript, as an AI summary glues it to a word or a source's name:
# "on Friday¹.", "Sources: ²CNA · ³Global Times", "Taipei Times³".
_SUPERSCRIPT = r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+"
_MARK = re.compile(f"{_NOTE}|{_SUPERSCRIPT}")
_MARK_CHARS = re.compile(r"[\[\]¹²³⁴⁵⁶⁷⁸⁹⁰]")  # what a word needs to hold or be part of a mark
NOTE_WORDS = 4  # "[citation needed]", "[note 3]": a note with a space in it is a few words

CITATION_PREFIXES = [_SUPERSCRIPT]  # "²CNA": the source's number before its name
CITATION_SUFFIXES = [
    _NOTE,  # "line.[31]": taken off the end before the full stop is
    _SUPERSCRIPT,  # "Taipei Times³"
    r"(?<=[¹²³⁴⁵⁶⁷⁸⁹⁰])[.,;:!?]",  # "on Friday¹.": the stop after the mark, then the mark
]
CITATION_INFIXES = [
    _NOTE,  # "Okinotorishima.[42][needs": a note inside the word
    r"\[(?=\w)",  # "[needs update]", "[citation needed]": a note that has a space in it
    r"(?<=\w)\](?=\[)",  # "update][1]": such a note's close, before the next mark
    r"(?<=\w)[\"”'’)](?=[.,;:]?\[)",  # 'situation".[112]', "(PLA).[3]": the closing mark
    r"(?<=[\w\"”'’)])[.,;:](?=\[)",  # the full stop or comma before the mark
]


def is_citation_mark(word: str) -> bool:
    return _MARK.fullmatch(word) is not None


def without_citation_marks(span: Span) -> list[Span]:
    """The model's span in the pieces between the marks in it: "[42]" alone is no entity,
    "Guam[1]" is Guam, and no word of a note with a space in it ("[needs update]") is one."""
    if not _has_marks(span.doc):
        return [span]
    inside = _opened_before(span)
    pieces, start = [], span.start
    for token in span:
        opens, closes = token.text.startswith("["), token.text.endswith("]")
        if inside or opens or closes or is_citation_mark(token.text):
            if token.i > start:
                pieces.append(labelled(span.doc, start, token.i, span.label_))
            start = token.i + 1
            inside = (inside or opens) and not closes
    if start == span.start:
        return [span]
    if start < span.end:
        pieces.append(labelled(span.doc, start, span.end, span.label_))
    return pieces


def _has_marks(doc: Doc) -> bool:
    """Whether any word of the Doc holds a bracket or a superscript digit, asked once a Doc:
    most articles have no mark, and reading each of their names token by token for one cost a
    tenth of the knowledge-base merge."""
    if "citation_marks" not in doc.user_data:
        doc.user_data["citation_marks"] = bool(words_kept(doc, _holds_mark_chars).any())
    return bool(doc.user_data["citation_marks"])


def _holds_mark_chars(word: str) -> bool:
    return _MARK_CHARS.search(word) is not None


def _opened_before(span: Span) -> bool:
    """Whether the span starts inside a note with a space in it ("[needs" | "update]")."""
    doc = span.doc
    for i in range(span.start - 1, max(-1, span.start - 1 - NOTE_WORDS), -1):
        if doc[i].text.endswith("]"):
            return False
        if doc[i].text.startswith("["):
            return True
    return False
