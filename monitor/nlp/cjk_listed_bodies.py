"""A bare body listed right after another side's body takes that body's country, as a
qualifier before a list qualifies every item of it: "台灣交通部及民航局" are Taiwan's transport
ministry and Taiwan's civil aviation administration, whatever the paper's home (a Hong Kong
daily's "民航局" alone would be the mainland's). Only the words that join two items of one list
stand between them (及, 和, 與, 暨, 、)."""

from __future__ import annotations

from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention

_JOINERS = fold("及和與暨、")


def listed_body_country(
    folded: str, start: int, named: list[Mention], kb: KnowledgeBase
) -> str | None:
    """The country of the body named right before the bare body at `start`, one joining word
    between them; `named`: the article's mentions found so far."""
    if start < 1 or folded[start - 1] not in _JOINERS:
        return None
    before = next((m for m in reversed(named) if m.end == start - 1), None)
    entry = kb.entities.get(before.entity_id) if before is not None else None
    if entry is None or entry.type != "ORG" or before is None or before.kind != "name":
        return None
    return entry.country
