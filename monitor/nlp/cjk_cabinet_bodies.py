"""A Taiwanese body named in full with the cabinet's name before it (行政院農業委員會,
行政院大陸委員會, 行政院國軍退除役官兵輔導委員會): the councils and agencies under the Executive
Yuan carry its name as the first word of their official names, older copy and Japanese copy
above all ("台湾の行政院農業委員会の幹部"). The whole is the body, as every set labels it; the
cabinet is not mentioned there, any more than "the State" is in "State Department".

Only the cabinet's name directly before a body of Taiwan's own government that the knowledge
base holds is taken, so 行政院 alone, before a verb ("行政院は", "行政院今天通過") or before an
unknown office, stays the cabinet.
"""

from __future__ import annotations

from dataclasses import replace

from .kb import KnowledgeBase
from .mention import Mention

CABINET = "executive-yuan"


def cabinet_named_bodies(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each cabinet's name fused to the Taiwanese body right after it."""
    starting = {m.start: m for m in mentions}
    fused: dict[int, Mention] = {}  # the body's start -> the whole name
    for mention in mentions:
        body = starting.get(mention.end)
        if mention.entity_id == CABINET and body is not None and _cabinet_body(body, kb):
            whole = text[mention.start : body.end]
            fused[body.start] = replace(body, text=whole, start=mention.start)
    cabinets = {whole.start for whole in fused.values()}
    return [
        fused.get(m.start, m)
        for m in mentions
        if not (m.entity_id == CABINET and m.start in cabinets)
    ]


def _cabinet_body(mention: Mention, kb: KnowledgeBase) -> bool:
    """Whether the mention is a body of Taiwan's government (not the cabinet, a place or a
    person)."""
    entry = kb.entities.get(mention.entity_id)
    return (
        entry is not None
        and entry.id != CABINET
        and entry.type == "ORG"
        and entry.kind is None
        and entry.country == "taiwan"
    )
