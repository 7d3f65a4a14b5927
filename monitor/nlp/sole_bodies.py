"""The one body a generic name can be when nothing in the article says whose it is.

A release with no dateline, outlet or qualifier still names its body: "the Joint Staff" is the
only body of that name the knowledge base knows, and "the Department of Defense", spelt the
American way, is not Australia's Department of Defence (the reverse tells nothing: British copy
spells every country's ministry "defence"). The knowledge base files generic forms in one
spelling, so the spelling is read from the surface and the body's own name.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase

# American spellings and the Commonwealth ones a body that writes them names itself with. Only
# the American form tells: Commonwealth copy writes "defence ministry" of every country's.
_SPELLINGS = (("defense", "defence"), ("program", "programme"))


def _spelt_otherwise(written: str, name: str) -> bool:
    """Whether the surface is spelt the American way and the body names itself otherwise."""
    words, own = set(re.findall(r"[a-z]+", written.lower())), name.lower()
    return any(american in words and british in own for american, british in _SPELLINGS)


def sole_body(written: str, candidates: tuple[str, ...], kb: KnowledgeBase) -> str | None:
    """The only candidate whose own name does not spell the surface another way, if one."""
    left = [c for c in candidates if not _spelt_otherwise(written, kb.entities[c].name)]
    return left[0] if len(left) == 1 else None
