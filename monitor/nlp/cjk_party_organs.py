"""A bare 共産党 before its organ or a paper of its camp ("共産党機関紙・人民日報系の環球時報",
"共産党系の環球時報は社説で"): the party whose paper it is, the country's own communist party.

Japanese copy writes 共産党 alone for Japan's party in its own politics and for China's where a
story of Beijing's press names the party that owns the paper; the word alone does not say which,
the paper after it does. Every set labels such a 共産党 as the Chinese Communist Party (five
times, each before 機関紙 or 系 and a paper of the People's Daily group); a 共産党 with nothing
after it is left to the model, as before.
"""

from __future__ import annotations

import re

from .cjk_script import fold_pattern
from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at, laid_over

# The bare party (not 中国共産党 or 日本共産党, matched whole), its organ or its camp, and the
# paper right after them, a ・ or の between.
_PARTY_PAPER = re.compile(
    fold_pattern(r"(?<![国國本中])共產黨(?=(?:の)?(?:機関紙|機関誌|機關報|系)(?:の)?[・、]?)")
)
_ORGAN_WORDS = re.compile(fold_pattern(r"(?:の)?(?:機関紙|機関誌|機關報|系)(?:の)?[・、]?"))
COMMUNIST_PARTY = "Communist Party"


def party_of_its_paper(
    text: str, folded: str, mentions: list[Mention], kb: KnowledgeBase
) -> list[Mention]:
    """The mentions, with each bare 共産党 before a paper the knowledge base holds linked to the
    communist party of the paper's country (module docstring)."""
    starting = {m.start: m for m in mentions if m.in_kb}
    found = []
    for party in _PARTY_PAPER.finditer(folded):
        organ = _ORGAN_WORDS.match(folded, party.end())
        paper = starting.get(organ.end()) if organ else None
        entry = kb.entities.get(paper.entity_id) if paper else None
        if entry is None or entry.kind != "outlet" or entry.country is None:
            continue
        owner = _communist_party(kb, entry.country)
        if owner is not None:
            found.append(kb_mention_at(text, party.start(), party.end(), owner, kb))
    return laid_over(mentions, found) if found else mentions


def _communist_party(kb: KnowledgeBase, country: str) -> str | None:
    """The knowledge base's communist party of `country`, if it holds one."""
    return next(
        (
            entry.id
            for entry in kb.entities.values()
            if entry.type == "ORG"
            and entry.country == country
            and entry.name.endswith(COMMUNIST_PARTY)
        ),
        None,
    )
