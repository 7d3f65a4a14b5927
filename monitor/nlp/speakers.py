"""Speakers named by a transcript's labels: "MINISTER NAKATANI:", "CHIEF CABINET SECRETARY
KIHARA:". The label is a family name in capitals, with the speaker's title before it, at the
start of a line; the model reads capitals poorly and often marks no name there, so the labels
are read here and the family name linked when the knowledge base gives it to one person."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .doc_text import doc_text
from .kb import KnowledgeBase
from .mention import Mention, mention_of
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Up to four title words in capitals, then the family name and the colon. "Q:" and "MINISTER:"
# name nobody: a lone title word is no family name the knowledge base knows.
_LABEL = re.compile(r"^[ \t]*(?:[A-Z][A-Z.'-]+[ \t]+){0,4}(?P<name>[A-Z][A-Z'-]{2,})[ \t]*:", re.M)


def turn_of(doc: Doc, offset: int) -> int:
    """Where the speaker's turn holding `offset` starts: its label's line, or 0 outside any
    transcript. A broadcast hands over from one correspondent to the next ("And Taipei —
    Kathryn Diss?" then "DISS: Here, the defence ministry..."), so what one speaker's turn
    named in full does not decide whose a generic body is in the next speaker's."""
    starts, ends = _labels(doc)
    before = bisect_right(ends, offset)  # the labels that end at or before `offset`
    return starts[before - 1] if before else 0


def _labels(doc: Doc) -> tuple[list[int], list[int]]:
    """Where each speaker label starts and ends, found once an article: a search of the text
    for each mention (turn_of runs for every pair of a generic body and a name) made a long
    transcript's linking grow with the square of its length."""
    if "speaker_labels" not in doc.user_data:
        found = [m.span() for m in _LABEL.finditer(doc_text(doc))]
        doc.user_data["speaker_labels"] = ([s for s, _ in found], [e for _, e in found])
    labels: tuple[list[int], list[int]] = doc.user_data["speaker_labels"]
    return labels


def speaker_labels(doc: Doc, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The people a transcript's speaker labels name, where no mention is already."""
    taken = {offset for m in mentions for offset in range(m.start, m.end)}
    named = {m.entity_id for m in mentions}
    found = []
    for match in _LABEL.finditer(doc_text(doc)):
        start, end = match.span("name")
        people = kb.family_names.get(fold(match.group("name")), ())
        here = [p for p in people if p in named]  # two of the name: the one the text names
        person = people[0] if len(people) == 1 else here[0] if len(here) == 1 else None
        span = doc.char_span(start, end)
        if person and span is not None and start not in taken:
            found.append(mention_of(span, person, kb))
    return found
