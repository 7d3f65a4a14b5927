"""Whose a generic body is by the group its officer leads: "The US delegation, led by a rear
admiral from the Coast Guard's Pacific Area command" is the US Coast Guard. A delegation, team
or contingent is led by one of its own country's officers, so the body the leader comes from is
that country's, whatever the story's dateline would make of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import words
from .kb import KnowledgeBase
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

GROUPS = words("delegation delegations team teams contingent contingents crew crews side party")
# The leader's rank and title between "led by" and "from the": "a rear admiral", "its deputy
# commander, Capt. Lee,".
LEADER_WITHIN = 8
FROM = frozenset({"from", "of"})


def led_group_country(span: Span, kb: KnowledgeBase) -> str | None:
    """The country of the group ("The US delegation, led by ... from the Coast Guard") whose
    leader the body at `span` sends; None when its clause is not so."""
    doc = span.doc
    start = span.start - (span.start > 0 and doc[span.start - 1].lower_ == "the")
    if start < 4 or doc[start - 1].lower_ not in FROM:
        return None
    for k in range(start - 2, max(start - 2 - LEADER_WITHIN, 1), -1):
        if doc[k].lower_ == "by" and doc[k - 1].lower_ == "led":
            return _group_owner(doc, k - 1, kb)
        if doc[k].is_punct and doc[k].text != ",":
            return None
    return None


def _group_owner(doc: Doc, led: int, kb: KnowledgeBase) -> str | None:
    """The country word before the group noun that "led" follows: "The US delegation, led"."""
    group = led - 1 - (doc[led - 1].text == ",")
    if group < 1 or doc[group].lower_ not in GROUPS:
        return None
    word = fold(doc[group - 1].text)
    entry = kb.entities.get(kb.lookup(word) or kb.demonyms.get(word) or "")
    return entry.id if entry is not None and entry.kind == "country" else None
