"""A government body's two-character short name after its country's one-character abbreviation,
as Chinese headlines write a side's body ("台海巡：嚴重挑釁", Taiwan's coast guard, 海巡): read
whole, the longer name, where the abbreviation and the body's first character would otherwise
be taken for a place (台海, the Taiwan Strait) and leave the body a stray character.

Only government bodies, the bodies copy also names by a generic word ("the coast guard", "the
ministry"; no outlet's or firm's short name: "台中油" is Taichung's oil more often than CPC's);
only two-character short names, the headline's clipped word; and only where the collision is
there. A patrol's 巡 that begins 巡航 or 巡邏 gives way (cjk_word_ends.WORD_AFTER_NAME:
"台海巡航" is a transit of the strait).
"""

from __future__ import annotations

from .cjk_entity_words import COUNTRY_ABBREVIATIONS
from .cjk_script import CJK, fold
from .kb import KnowledgeBase

SHORT_NAME_CHARS = 2


def abbreviated_body_forms(kb: KnowledgeBase, forms: dict[str, str]) -> dict[str, str]:
    """Folded form -> body id of each abbreviation and short name whose first two characters
    are another name in `forms` (folded form -> id) ("台海巡" -> taiwan-coast-guard)."""
    found: dict[str, str] = {}
    for abbreviation, country in COUNTRY_ABBREVIATIONS.items():
        for entry in kb.entities.values():
            if entry.type != "ORG" or not entry.generic or entry.country != country:
                continue
            for written in (entry.name, *entry.aliases):
                short = fold(written)
                if len(short) == SHORT_NAME_CHARS and all(CJK.match(c) for c in short):
                    form = fold(abbreviation) + short
                    if form[:2] in forms and form not in forms:
                        found.setdefault(form, entry.id)
    return found
