"""A bare "IDF": Taiwan's Indigenous Defense Fighter, the F-CK-1, where the article is about
Taiwan's air force ("The Air Force has women flying F-16Vs and the IDF", "the F-CK-1 Ching-kuo,
the IDF to everyone in Taiwan"). Elsewhere the letters are Israel's forces far more often, so an
article that names neither Taiwan's air force nor the fighter leaves them unlinked, and the
knowledge base gives them to no one.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at, laid_over

FIGHTER = "f-ck-1"
# What makes an article one about Taiwan's air force: the fighter named in full, or the force.
AIR_FORCE_TOPICS = frozenset({FIGHTER, "roc-air-force"})
_LETTERS = re.compile(r"\bIDFs?\b")


def fighter_initials(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions with each bare "IDF" linked to the fighter in an article about Taiwan's air
    force."""
    if FIGHTER not in kb.entities or not any(m.entity_id in AIR_FORCE_TOPICS for m in mentions):
        return mentions
    found = [kb_mention_at(text, m.start(), m.end(), FIGHTER, kb) for m in _LETTERS.finditer(text)]
    return laid_over(mentions, found) if found else mentions
