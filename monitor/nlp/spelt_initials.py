"""Initials the knowledge base lacks, spelt by a body the article names in full.

Releases and trade copy shorten a body to letters no dictionary lists and head the story with
them before (or without) defining them: "KMPB expels four CCG vessels" over a release signed
"Kinmen-Matsu-Penghu Branch", "NIA detains Chinese man" over "NATIONAL IMMIGRATION AGENCY —
Press Release". Letters that one body named in full spells are that body, wherever they stand,
as a reader takes them; letters the knowledge base already knows (an alias, or a generic form
such as "MFA") keep its reading, since the article's letters may mean that body instead.
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .names import fold


def unknown_initials(spelt: dict[str, str], kb: KnowledgeBase) -> dict[str, str]:
    """Folded letters -> body, for the initials (`spelt`) the knowledge base does not know."""
    return {
        fold(letters): entity_id
        for letters, entity_id in spelt.items()
        if kb.lookup(fold(letters)) is None and fold(letters) not in kb.generic
    }
