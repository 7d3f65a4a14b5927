"""A service's bare word that names no country (海兵隊, 海軍陸戰隊) is the service of the country
the story is about. The knowledge base gives each word to the corps its press means by it: 海兵隊
to the US Marines, whom Okinawa's copy names daily, and 海軍陸戰隊 to Taiwan's corps, as Taiwan's
papers write it. A Singapore or Hong Kong paper's story of the US bases in Okinawa writes
海军陆战队 for the US Marines and a Taiwanese story in Japanese 海兵隊 for Taiwan's, as the English
linker reads a bare "Marine Corps" by the story's country. So where the article names nothing of
the country the word's corps belongs to, and names the country of exactly one counterpart (a
corps sharing its English generic name, "Marine Corps"), the word is that counterpart.
"""

from __future__ import annotations

from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, relinked
from .names import fold as fold_name

BARE_SERVICE_WORDS = frozenset(fold(word) for word in ("海兵隊", "海軍陸戰隊"))


def bare_services(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each bare service word relinked to the corps of the country the article
    is about where that is not the word's own corps' country (module docstring)."""
    bare = [m for m in mentions if m.in_kb and fold(m.text) in BARE_SERVICE_WORDS]
    if not bare:
        return mentions
    named = {_country(m.entity_id, kb) for m in mentions if m.in_kb and m not in bare}
    moved: dict[str, str] = {}
    for service in {m.entity_id for m in bare}:
        if kb.entities[service].country in named:
            continue
        others = [c for c in _counterparts(service, kb) if kb.entities[c].country in named]
        if len(others) == 1:
            moved[service] = others[0]
    return [relinked(m, moved[m.entity_id], kb) if m in bare and m.entity_id in moved else m
            for m in mentions]  # fmt: skip


def _country(entity_id: str, kb: KnowledgeBase) -> str | None:
    entry = kb.entities[entity_id]
    return entity_id if entry.kind == "country" else entry.country


def _counterparts(service: str, kb: KnowledgeBase) -> list[str]:
    """Other countries' bodies sharing one or more of the service's generic names, each once
    ("Marine Corps" and "Marine" are both the US Marines')."""
    entry = kb.entities[service]
    forms = {fold_name(form) for form in entry.generic}
    return list(dict.fromkeys(
        other for form in sorted(forms) for other in kb.generic.get(form, ())
        if other != service and kb.entities[other].country not in (None, entry.country)
    ))  # fmt: skip
