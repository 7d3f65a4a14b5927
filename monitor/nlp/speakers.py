"""Speakers named by a transcript's labels: "MINISTER NAKATANI:", "CHIEF CABINET SECRETARY
KIHARA:". The label is a family name in capitals, with the speaker's title before it, at the
start of a line; the model reads capitals poorly and often marks no name there, so the labels
are read here and the family name linked when the knowledge base gives it to one person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .english import doc_text
from .kb import KnowledgeBase
from .mention import Mention, mention_of
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Up to four title words in capitals, then the family name and the colon. "Q:" and "MINISTER:"
# name nobody: a lone title word is no family name the knowledge base knows.
_LABEL = re.compile(r"^[ \t]*(?:[A-Z][A-Z.'-]+[ \t]+){0,4}(?P<name>[A-Z][A-Z'-]{2,})[ \t]*:", re.M)


def turn_of(text: str, offset: int) -> int:
    """Where the speaker's turn holding `offset` starts: its label's line, or 0 outside any
    transcript. A broadcast hands over from one correspondent to the next ("And Taipei —
    Kathryn Diss?" then "DISS: Here, the defence ministry..."), so what one speaker's turn
    named in full does not decide whose a generic body is in the next speaker's."""
    starts = [m.start() for m in _LABEL.finditer(text, 0, offset)]
    return starts[-1] if starts else 0


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
