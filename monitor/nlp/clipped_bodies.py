"""A headline or a second reference cuts a body's name to its first word and its head noun:
"Ocean council taps hams for typhoon relay" over a story of the Ocean Affairs Council, "the
Mainland council" after the Mainland Affairs Council. What is left names no body of its own;
beside the full name the article wrote, it is that body.
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .names import fold

MIN_WORDS = 3  # a full name of three words at least: a two-word name has nothing to cut


def clipped_body(key: str, named_here: dict[str, str], kb: KnowledgeBase) -> str | None:
    """The one body named in the article whose name keeps its first and last words in `key`
    (folded, two words) and drops what stood between; None if none or two fit."""
    words = key.split()
    if len(words) != 2:
        return None
    fits = set()
    for entity_id in set(named_here.values()):
        entry = kb.entities[entity_id]
        if entry.type != "ORG":
            continue
        for name in (entry.name, *entry.aliases):
            full = fold(name).split()
            if len(full) >= MIN_WORDS and [full[0], full[-1]] == words:
                fits.add(entity_id)
    return fits.pop() if len(fits) == 1 else None
