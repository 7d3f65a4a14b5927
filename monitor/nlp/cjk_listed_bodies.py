"""A bare body listed right after a body written with its country takes that country, as a
qualifier before a list qualifies every item of it: "台灣交通部及民航局" are Taiwan's transport
ministry and Taiwan's civil aviation administration, whatever the paper's home (a Hong Kong
daily's "民航局" alone would be the mainland's). Only the words that join two items of one list
stand between them (及, 和, 與, 暨, 、), and the body before must be written with its country's
name: "行政院、国会" and "美台商業協會與國防部" list bodies of two sides."""

from __future__ import annotations

from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention

_JOINERS = fold("及和與暨、")


def listed_body_country(
    folded: str, start: int, named: list[Mention], kb: KnowledgeBase
) -> str | None:
    """The country of the body written with its country's name right before the bare body at
    `start`, one joining word between them; `named`: the article's mentions found so far."""
    if start < 1 or folded[start - 1] not in _JOINERS:
        return None
    before = next((m for m in reversed(named) if m.end == start - 1), None)
    entry = kb.entities.get(before.entity_id) if before is not None else None
    if before is None or entry is None or entry.type != "ORG" or entry.country is None:
        return None
    country = kb.entities.get(entry.country)
    names = (country.name, *country.aliases) if country is not None else ()
    written = folded[before.start : before.end]
    return entry.country if any(written.startswith(fold(name)) for name in names) else None
