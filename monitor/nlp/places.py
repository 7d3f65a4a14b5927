"""Short forms of places an article names in full: "Scarborough" after "Scarborough Shoal".

Copy names a shoal, reef or channel in full once and then by its proper part alone. That part
stands for the place the article named, unless the knowledge base knows it as a name of its own
("Taiwan" of "Taiwan Strait", "Miyako" of "Miyako Strait").

And "the mainland", which in this region's copy is China ("reunified with the mainland",
"mainland Chinese warplanes"), unless another country owns it: "mainland Japan", "the US
mainland", "Japan's mainland".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Span

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


MAINLAND = "mainland"


def anothers_mainland(span: Span, entity_id: str, kb: KnowledgeBase) -> bool:
    """Whether "mainland" here is another country's than the one it stands for alone: a
    country's name or nationality word right before it (past "'s") or right after it."""
    if fold(span.text) != MAINLAND:
        return False
    doc = span.doc
    before = doc[max(span.start - 2, 0) : span.start]
    if len(before) and before[-1].lower_ in ("'s", "’s", "the"):
        before = before[:-1]
    neighbours = [before[-1].text] if len(before) else []
    neighbours += [doc[span.end].text] if span.end < len(doc) else []
    for word in neighbours:
        key = fold(word)
        country = kb.demonyms.get(key) or kb.lookup(key)
        entry = kb.entities.get(country or "")
        if entry is not None and entry.kind == "country" and entry.id != entity_id:
            return True
    return False
