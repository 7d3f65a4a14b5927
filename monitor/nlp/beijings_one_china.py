"""Beijing's "one China": a lower-case "one" before "China" makes the two words a concept, not
the country, and where the claim is Beijing's own ("accepting Beijing's 'one China' framework",
"China's one China stance") the concept is its principle, that Taiwan is part of China. The noun
after it names which concept otherwise ("one China policy" is the knowledge base's own name), and
a "one China" that is no one's or another country's is left as it stands, since writers label a
country's "one China" its policy.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .mention import Mention

PRINCIPLE = "one-china-principle"
# The owner's possessive, then "one China" with or without quotes; not "one China policy" or
# "one China principle", whose names the knowledge base already matches.
_BEIJINGS = re.compile(
    r"\b(?:Beijing|China|the CCP|the Communist Party)['’]s\s+[\"“]?(?P<concept>one China)[\"”]?"
    r"(?!\s+(?:policy|policies|principle)\b)"
)


def beijings_one_china(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with "one China" after Beijing's or China's possessive linked as the One
    China principle in place of the country."""
    entry = kb.entities[PRINCIPLE]
    found = [
        Mention(match.group("concept"), entry.type, entry.name, PRINCIPLE, match.start("concept"),
                match.end("concept"), True, description=entry.description)
        for match in _BEIJINGS.finditer(text)
    ]  # fmt: skip
    if not found:
        return mentions
    covered = {offset for m in found for offset in range(m.start, m.end)}
    kept = [m for m in mentions if m.start not in covered and m.end - 1 not in covered]
    return kept + found
