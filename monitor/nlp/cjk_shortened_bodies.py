"""A body named bare after the article named it in full with its country before it: "中国商務省は
6日……商務省の報道官は" (ja-blind29-028). Japanese copy names a foreign ministry once with its
country (中国商務省, 中国国防部, 米国務省) and then drops the country, as the English linker reads
"the Commerce Ministry" after "China's Ministry of Commerce". The knowledge base cannot link the
bare word itself: 商務省 is China's in one story and America's Commerce Department in another.

So an unlinked bare name is the body of the last full name before it that is the same name with
a country's name or one-character abbreviation before it, when that country is the body's own:
a story that names 米商務省 last before its bare 商務省 speaks of the American one. A bare name
the knowledge base links already is left as it is.
"""

from __future__ import annotations

from .cjk_entity_words import COUNTRY_ABBREVIATIONS
from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, relinked

# A country's written name before a body is at most three characters (中国, 米国, 台湾, 韓国,
# 豪州, 英国): a longer head is a department's or a province's, not a country's.
COUNTRY_CHARS = 3


def shortened_bodies(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each unlinked bare body linked to the last full name before it that is
    its country's name and it (module doc)."""
    full: dict[str, str] = {}  # folded bare name -> the body its last full name is
    kept = []
    for mention in mentions:
        bare = fold(mention.text)
        if not mention.in_kb and bare in full:
            mention = relinked(mention, full[bare], kb)
        elif mention.in_kb and kb.entities[mention.entity_id].type == "ORG":
            full.update(_bare_names(fold(mention.text), mention.entity_id, kb))
        kept.append(mention)
    return kept


def _bare_names(name: str, body: str, kb: KnowledgeBase) -> dict[str, str]:
    """The bare names `name` is with its country before them: 商務省 for 中国商務省."""
    country = kb.entities[body].country
    return {
        name[cut:]: body
        for cut in range(1, min(COUNTRY_CHARS, len(name) - 2) + 1)
        if country and country in (kb.index.get(name[:cut]), COUNTRY_ABBREVIATIONS.get(name[:cut]))
    }
