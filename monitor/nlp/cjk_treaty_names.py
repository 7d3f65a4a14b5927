"""A treaty named after the city it was signed in ("ワシントン条約", CITES; "パリ協定",
"京都議定書", "华盛顿公约"): the city's name glued to the treaty's word is the treaty's name, no
place the story is about, as English reads "the Washington Convention" or "the Paris Agreement"
whole. Read first, before a capital's name is read as its government.

Only a place below a country: a country's name before 条約 or 協定 ("日本との協定", "日米協定")
is a party to it.
"""

from __future__ import annotations

from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention

TREATY_WORDS = tuple(fold(word) for word in ("条約", "條約", "公約", "協定", "議定書", "议定书"))
PLACE_TYPES = frozenset({"GPE", "LOC"})
COUNTRY = "country"


def treaty_names(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions less the places that open a treaty's name (module docstring)."""
    folded = fold(text)
    return [m for m in mentions if not _opens_treaty(m, folded, kb)]


def _opens_treaty(mention: Mention, folded: str, kb: KnowledgeBase) -> bool:
    entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
    return (
        entry is not None
        and entry.type in PLACE_TYPES
        and entry.kind != COUNTRY
        and folded.startswith(TREATY_WORDS, mention.end)
    )
