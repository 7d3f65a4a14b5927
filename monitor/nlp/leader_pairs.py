"""Two people's family names joined into one word for their meeting: "the Biden-Xi meeting",
"the Trump–Xi summit", "Kishida–Biden talks". Copy names a summit by its leaders so, often
without writing either full name; each family name is its person, as it is alone after the
full name. Only names one person of the knowledge base bears are read ("Tsai" and "Ma" are two
people's), and both must be, so a hyphened place or company ("Taipei-Tokyo") is none."""

import re

from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at, laid_over

_PAIR = re.compile(r"(?<![\w-])([A-Z][a-z]+)[-–]([A-Z][a-z]+)(?![\w-])")


def leader_pairs(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`mentions` with each person of a joined pair of family names."""
    found = []
    for match in _PAIR.finditer(text):
        first, second = (kb.person_by_family_name(match.group(part)) for part in (1, 2))
        if first is None or second is None or first == second:
            continue
        found.append(kb_mention_at(text, match.start(1), match.end(1), first, kb))
        found.append(kb_mention_at(text, match.start(2), match.end(2), second, kb))
    return laid_over(mentions, found)
