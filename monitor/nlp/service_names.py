"""Which forces a capitalised bare service can be: those that bear the word in their own name.

"The Navy", "the Air Force" and "the Army" in capitals are the names of services called so: the
US Navy, the Republic of China Navy, the People's Liberation Army Navy. Japan's forces call
themselves Self-Defense Forces, and English copy writes them as such ("the Maritime
Self-Defense Force", "the MSDF"), never as "the Navy", even in a story from Yokosuka or Naha
whose home is Japan: there "the Navy's only forward-deployed carrier", "the Navy's own repair
facility here" and "an Air Force spouse" at Kadena are the US services. The knowledge base
files Japan's forces under the generic forms "navy", "army" and "air force" all the same, for
the common noun ("Japan's navy", "the air force scrambled jets" in a Tokyo story), so only the
capitalised form is narrowed.
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .names import fold
from .us_local_home import SERVICES


def forces_named_so(
    written: str, form: str, candidates: tuple[str, ...], kb: KnowledgeBase
) -> tuple[str, ...]:
    """The candidates a capitalised bare service can be: the forces whose own name or one of
    whose aliases writes the service's word ("Republic of China Navy" writes "Navy"); all of
    them when the surface is lower case, is no bare service, or no candidate writes it."""
    if form not in SERVICES or written.islower():
        return candidates
    named = tuple(
        c for c in candidates if _writes(form, kb.entities[c].name, kb.entities[c].aliases)
    )
    return named or candidates


def _writes(form: str, name: str, aliases: tuple[str, ...]) -> bool:
    size = len(form.split())
    for written in (name, *aliases):
        words = fold(written).split()
        if any(" ".join(words[i : i + size]) == form for i in range(len(words))):
            return True
    return False
