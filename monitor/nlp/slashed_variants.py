"""Variants of one aircraft or missile type joined by a slash: "F-16A/B", "F-15C/Ds".

A military designation writes its series as letters after the type's number (F-16A, F-16B), and
copy on fleets and arms sales joins the series it means with a slash, as Taiwan's "F-16A/B
fleet" is its single- and two-seat F-16s together. The pair is no series of its own: it names
the type the knowledge base knows by the designation before the letters.
"""

import re

from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at, laid_over
from .names import fold

# A designation ("F-16", "AH-64", "F/A-18"), a series' letters, then one or more series after a
# slash, and a plural's "s": not inside a longer code ("AN/TPS-77/78" has no letters).
_SLASHED = re.compile(
    r"(?<![\w/-])((?:[A-Z]{1,2}/)?[A-Z]{1,3}-\d{1,3})[A-Z]{1,2}(?:/[A-Z]{1,2})+s?(?![\w/-])"
)


def slashed_variants(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`mentions` with each slash of a type's series linked to the type (equipment only)."""
    found = []
    for match in _SLASHED.finditer(text):
        entity_id = kb.index.get(fold(match.group(1)))
        if entity_id is not None and kb.entities[entity_id].type == "EQUIPMENT":
            found.append(kb_mention_at(text, match.start(), match.end(), entity_id, kb))
    return laid_over(mentions, found)
