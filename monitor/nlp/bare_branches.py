"""Whose a bare armed service is ("the Navy", "the Marine Corps") when its sentence gives it no
owner: the country of the one who speaks in that sentence, else a US local story's own.

"Defense Minister Wellington Koo told reporters the Harpoons would go to the Marine Corps and
the Navy": a minister speaks of his own forces, even in a story datelined WASHINGTON whose
home would make them the US services; "The MND said it had employed CAP aircraft, Navy vessels"
is the ministry's navy, not the PLA Navy the story named in full above.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import ArticleContext
from .kb import KnowledgeBase
from .mention import Mention
from .names import fold
from .us_local_home import SERVICES as SERVICES  # re-exported: entities.py reads it here
from .us_local_home import local_branch_country

if TYPE_CHECKING:
    from spacy.tokens import Span

SPEAKING = frozenset({"said", "says", "told", "tells", "added", "stated"})


def bare_branch_country(
    span: Span,
    spans: list[Span],
    linked: dict[int, Mention | None],
    context: ArticleContext,
    kb: KnowledgeBase,
) -> str | None:
    """The country a bare branch belongs to by its sentence's speaker or a US local story; None
    when neither says, for the article's other cues to decide."""
    if span.text.islower():
        return None  # "the navy" is a common noun whichever force the story is about
    return _speakers_country(span, spans, linked, kb) or local_branch_country(span, context, kb)


def _speakers_country(
    span: Span, spans: list[Span], linked: dict[int, Mention | None], kb: KnowledgeBase
) -> str | None:
    """The country of the person or body that speaks before the branch in its sentence ("Koo
    told", "The MND said"), when that country has such a branch; None for two speakers."""
    form = fold(span.text)
    if form not in SERVICES:
        return None
    owners = {kb.entities[i].country for i in kb.generic.get(form, ())}
    found = set()
    for index, mention in linked.items():
        speaker = spans[index]
        if mention is None or not mention.in_kb or speaker.sent.start != span.sent.start:
            continue
        if speaker.end >= span.start or speaker.doc[speaker.end].lower_ not in SPEAKING:
            continue
        country = kb.entities[mention.entity_id].country
        if country in owners:
            found.add(country)
    return found.pop() if len(found) == 1 else None
