"""Short forms of places an article names in full: "Scarborough" after "Scarborough Shoal".

Copy names a shoal, reef or channel in full once and then by its proper part alone. That part
stands for the place the article named, unless the knowledge base knows it as a name of its own
("Taiwan" of "Taiwan Strait", "Miyako" of "Miyako Strait").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .names import fold

if TYPE_CHECKING:
    from .kb import KnowledgeBase
    from .mention import Mention

FEATURES = frozenset({"shoal", "reef", "atoll", "channel", "strait", "harbor", "bay", "cay"})


def short_places(written: list[tuple[str, Mention]], kb: KnowledgeBase) -> dict[str, str]:
    """{folded short form: entity id} for (text as written, linked mention) pairs."""
    found: dict[str, set[str]] = {}
    for text, mention in written:
        entry = kb.entities.get(mention.entity_id)
        if entry is None or entry.type != "LOC":
            continue
        words = fold(text).split()
        if len(words) < 2 or words[-1] not in FEATURES:
            continue
        short = " ".join(words[:-1])
        if kb.lookup(short) is None:
            found.setdefault(short, set()).add(entry.id)
    return {short: next(iter(ids)) for short, ids in found.items() if len(ids) == 1}
