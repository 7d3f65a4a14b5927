"""A network's station named by the network's name and the medium: "ABC Radio", "ABC Radio
National", "RTI Radio". The guide labels a network's stations as the outlet itself, so the
words after the network's name only say which of its stations went out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mention import mention_of
from .names import fold
from .resolve import resolve_name

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .kb import KnowledgeBase
    from .mention import Mention

# The medium and reach of a broadcaster's station; never a place or programme ("NHK World" is
# an outlet of its own in the knowledge base, found by its name before this is asked). Not
# "News": "ABC News" is the American network's news division, not the Australian ABC.
STATION_WORDS = frozenset({"radio", "television", "tv", "national"})


def outlet_station(span: Span, kb: KnowledgeBase) -> Mention | None:
    """The outlet whose name opens the span when every word after it is a station word."""
    words = span.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for size in range(len(words) - 1, 0, -1):
        if not all(fold(word) in STATION_WORDS for word in words[size:]):
            break
        entity_id = resolve_name(" ".join(words[:size]), kb)
        entry = kb.entities.get(entity_id or "")
        if entry is not None and entry.kind == "outlet":
            return mention_of(span, entry.id, kb)
    return None
