"""The names an article's typos miss: each entity it names, by its folded name, aliases and
family name, read once a knowledge base for each entity and gathered once an article.
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .mention import Mention
from .names import fold


def names_here(linked: dict[int, Mention | None], kb: KnowledgeBase) -> dict[str, str]:
    """Folded names and aliases of the entities the article names: what its typos miss."""
    names: dict[str, str] = {}
    named = dict.fromkeys(m.entity_id for m in linked.values() if m is not None and m.in_kb)
    for entity_id in named:  # in the order the article first names them, each once
        for key in _typo_keys(kb, entity_id):
            names.setdefault(key, entity_id)
    return names


# (base digest, entity id) -> the folded names names_here reads, in its order: once a base, not
# again each time an article names the entity (twice an article, for each entity it names)
_TYPO_KEYS: dict[tuple[str, str], tuple[str, ...]] = {}


def _typo_keys(kb: KnowledgeBase, entity_id: str) -> tuple[str, ...]:
    if (kb.digest, entity_id) not in _TYPO_KEYS:
        entry = kb.entities[entity_id]  # its family name too: "Ishbia" over "Shigeru Ishiba"
        folded = (fold(name) for name in (entry.name, *entry.aliases, entry.family_name or ""))
        _TYPO_KEYS[kb.digest, entity_id] = tuple(key for key in folded if len(key) >= 6)
    return _TYPO_KEYS[kb.digest, entity_id]
