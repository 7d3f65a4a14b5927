"""A region's name before a body's head noun written in lower case: "the Fujian coast guard".
A name is capitalised; in lower case the head is a common noun, and the writer describes the
region's coast guard rather than naming the bureau ("the Fujian Coast Guard"): the region is a
mention of its own, as it is in "the Fujian authorities". The body matched stays, for the
writers who label it too.
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at
from .names import fold


def regions_before_common_heads(
    text: str, mentions: list[Mention], kb: KnowledgeBase
) -> list[Mention]:
    """The regions ("Fujian") opening a body's mention whose other words are all in lower case."""
    found = []
    for mention in mentions:
        first, _, rest = mention.text.partition(" ")
        if not mention.in_kb or not rest or not rest.islower() or not first[:1].isupper():
            continue
        if kb.entities[mention.entity_id].type != "ORG":
            continue
        region = kb.entities.get(kb.lookup(fold(first)) or "")
        if region is None or region.type != "GPE" or region.kind in ("country", "capital"):
            continue
        found.append(kb_mention_at(text, mention.start, mention.start + len(first), region.id, kb))
    return found
