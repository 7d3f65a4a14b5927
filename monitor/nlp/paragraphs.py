"""Paragraphs in one layout, whichever way the feed separated them, and the one reading of them.

Feeds send the same copy with its paragraphs apart in several ways: a blank line (plain-text
bodies, wire copy), a single line break (ingest's HTML-to-text writes one for each <p>, and so
do CMS exports and feeds that flatten their own HTML), CRLF (copy written on Windows, text
bodies over HTTP), a "blank" line that holds a space or a tab (templates, hand-edited copy).
Rules that read a paragraph (whose report it is, the scene it sets, the day it tells) would
read one story two ways, so `analyse` reads every text in one layout, whose edits are made
here (`layout_edits`), and every rule finds paragraphs through `paragraphs_of`,
`paragraph_end` and `closes_paragraph`, never through a pattern of its own:

- CRLF and a lone CR are a line break;
- blank lines, with whatever spaces or tabs they hold, are one blank line: a paragraph's end;
- a single line break between a line that ends a sentence and a line that opens one is a
  paragraph's end too. A line that ends without a full stop (a headline, a heading, a table's
  row, a list's label) or a line that opens with a digit or a mark (a list item, a numbered
  row: outlets spell out a number that opens a sentence) keeps its single break, as a line of
  the block it is in.

The edits only write whitespace, and offsets map back to the text given (char_refs.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..ingest.char_refs import Edit

PARAGRAPH_BREAK = "\n\n"
# A run of line breaks, with the spaces and tabs of the lines it ends and of the blank lines in
# it (the next line's own indent is left to it: cables and tables indent).
_BREAKS = re.compile(r"[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*")
# A sentence's end: a full stop, question or exclamation mark, perhaps closed by quotation
# marks or brackets ('... a sense of urgency."').
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\Z")
# A sentence's opening: a capital, perhaps after an opening quotation mark or bracket.
_SENTENCE_START = re.compile(r"[\"'“‘(\[]?[A-Z]")
# How far back the end of the line before a break is looked at: a sentence's end is its last
# few characters.
_LOOK_BACK = 8


def layout_edits(text: str) -> list[Edit]:
    """The edits that lay `text` out in the canonical form (the module's docstring), in order."""
    edits = []
    for match in _BREAKS.finditer(text):
        run = match.group()
        breaks = run.count("\n") + run.count("\r") - run.count("\r\n")
        start, end = match.start(), match.end()
        inside = start > 0 and end < len(text)  # a line's end at the text's edge parts nothing
        if breaks > 1 or (inside and _ends_a_paragraph(text, start, end)):
            if run != PARAGRAPH_BREAK:
                edits.append(Edit(start, end, PARAGRAPH_BREAK))
        elif "\r" in run:
            edits.append(Edit(start, end, run.replace("\r\n", "\n").replace("\r", "\n")))
    return edits


def _ends_a_paragraph(text: str, start: int, end: int) -> bool:
    """Whether a single line break between `start` and `end` parts two sentences' lines."""
    return bool(
        _SENTENCE_END.search(text, max(0, start - _LOOK_BACK), start)
        and _SENTENCE_START.match(text, end)
    )


@dataclass(frozen=True)
class Paragraphs:
    """Where each break between a canonical text's paragraphs starts (`befores`) and where the
    paragraph after it starts (`afters`, past the next paragraph's indent), in order: bisected,
    since a feed of thousands of one-line paragraphs asks once a mention."""

    length: int
    befores: tuple[int, ...]
    afters: tuple[int, ...]

    def around(self, offset: int) -> tuple[int, int]:
        """The character range of the paragraph holding `offset`."""
        opened = bisect_right(self.afters, offset)  # the breaks ending at or before `offset`
        start = self.afters[opened - 1] if opened else 0
        following = bisect_left(self.befores, offset)  # the first break starting at or after
        end = self.befores[following] if following < len(self.befores) else self.length
        return start, end

    def next_start(self, end: int) -> int:
        """Where the paragraph after the one ending at `end` starts; the text's end after the
        last."""
        following = bisect_left(self.befores, end)
        return self.afters[following] if following < len(self.afters) else self.length


def paragraphs_of(text: str) -> Paragraphs:
    """The paragraphs of a text `analyse` reads (in the canonical layout)."""
    befores, afters = [], []
    at = paragraph_end(text, 0)
    while at < len(text):
        after = at + len(PARAGRAPH_BREAK)
        while after < len(text) and text[after].isspace():
            after += 1
        befores.append(at)
        afters.append(after)
        at = paragraph_end(text, after)
    return Paragraphs(len(text), tuple(befores), tuple(afters))


def paragraph_end(text: str, offset: int) -> int:
    """Where the paragraph holding `offset` ends: the next break's start, or the text's end."""
    found = text.find(PARAGRAPH_BREAK, offset)
    return len(text) if found < 0 else found


def closes_paragraph(sentence: str) -> bool:
    """Whether a sentence, sliced with the whitespace after it, ends its paragraph."""
    return sentence.rstrip(" \t").endswith(PARAGRAPH_BREAK)
