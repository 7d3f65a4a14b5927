"""A family name written with its last letter cut off: "Frank Hsieh ... Hsie, a former premier,
said". The model marks the clipped word a person the knowledge base does not know; the person the
article names in full whose family name it begins is the one meant. A word that is itself a
family name the knowledge base knows ("Chen" beside "Cheng") is that family's, never a slip.
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .mention import Mention, relinked
from .names import fold

MIN_LETTERS = 4  # "Hsie"; a clipped word of three letters ("Lia", "Ko") is too many names' start


def clipped_family_names(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each one-word person outside the knowledge base that is the family name of
    one person the article names less its last letter linked to that person."""
    named: dict[str, set[str]] = {}
    for m in mentions:
        entry = kb.entities.get(m.entity_id) if m.in_kb else None
        if entry is not None and entry.type == "PERSON" and entry.family_name:
            family = fold(entry.family_name)
            named.setdefault(family[:-1], set()).add(entry.id)
    if not named:
        return mentions
    found = []
    for m in mentions:
        key = fold(m.text)
        people = named.get(key, set())
        clipped = m.label == "PERSON" and not m.in_kb and " " not in key
        clipped = clipped and len(key) >= MIN_LETTERS and key not in kb.family_names
        found.append(relinked(m, next(iter(people)), kb) if clipped and len(people) == 1 else m)
    return found
