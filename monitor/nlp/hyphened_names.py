"""A name joined by a hyphen to a word that says how something stands to it ("Keidanren-backed
startups", "a Tokyo-based firm"): the model reads the whole compound as one name, often a
person's, though only the part before the hyphen names anything.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .kb import KnowledgeBase
from .mention import Mention, relinked
from .names import fold
from .resolve import resolve_name
from .respellings import one_letter_slipped

_BY_SHAPE: dict[str, dict[tuple[str, int], list[str]]] = {}  # knowledge-base digest -> names
_JOINED = re.compile(r"^(?P<name>.+?)[-\u2010\u2011](?:affiliated|backed|led|based)$", re.I)


def hyphened_names(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Each unlinked compound cut to its name, linked as written or with a vowel slipped."""
    found = []
    for m in mentions:
        joined = None if m.in_kb else _JOINED.match(m.text)
        name = joined.group("name") if joined else ""
        entity_id = (resolve_name(name, kb) or _slipped(fold(name), kb)) if name else None
        if entity_id is None:
            found.append(m)
            continue
        cut = replace(m, text=name, end=m.start + len(name))
        found.append(relinked(cut, entity_id, kb))
    return found


def _slipped(key: str, kb: KnowledgeBase) -> str | None:
    """The one knowledge-base name `key` is with a vowel slipped or two letters swapped."""
    alike = _names_by_shape(kb).get((key[:1], len(key)), [])
    ids = {kb.index[name] for name in alike if one_letter_slipped(name, key)}
    return ids.pop() if len(ids) == 1 else None


def _names_by_shape(kb: KnowledgeBase) -> dict[tuple[str, int], list[str]]:
    """Knowledge-base names by first letter and length, the only ones a slip can be: read
    once per knowledge base, where each compound scanned every name."""
    if kb.digest not in _BY_SHAPE:
        grouped: dict[tuple[str, int], list[str]] = {}
        for name in kb.index:
            grouped.setdefault((name[:1], len(name)), []).append(name)
        _BY_SHAPE[kb.digest] = grouped
    return _BY_SHAPE[kb.digest]
