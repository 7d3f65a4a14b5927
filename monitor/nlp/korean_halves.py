"""The two Koreas called by their halves: "the North's nuclear status", "the South was a
forward base". Copy on the peninsula writes the half for the country once the country is
named, as it writes "Pyongyang" for it; the half alone, or before another name ("the North
Pacific", "the South China Sea"), is not the country."""

import re

from .kb import KnowledgeBase
from .mention import Mention

HALVES = {"North": "north-korea", "South": "south-korea"}
# "the North" as a noun: not opening a longer name ("the North Atlantic", "the North Korean
# side"), nor a compass point read with "of" ("the north of the country" is lower case anyway).
_HALF = re.compile(r"\bthe (North|South)\b(?!-| +[A-Z0-9]| +of\b)")


def korean_halves(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`mentions` with North Korea for each "the North" in an article that names North Korea,
    and South Korea for each "the South" in one that names both Koreas (the South is only the
    half where the North is spoken of too: the American South is not). The model's own reading
    of the word, a place outside the knowledge base, gives way."""
    named = {m.entity_id for m in mentions if m.in_kb}
    if "north-korea" not in named:
        return mentions
    halves = []
    for match in _HALF.finditer(text):
        country = HALVES[match.group(1)]
        if country in named:
            entry = kb.entities[country]
            halves.append(Mention(match.group(1), entry.type, entry.name, country,
                                  match.start(1), match.end(1), True,
                                  description=entry.description))  # fmt: skip
    halves = [h for h in halves if not any(m.in_kb and _overlap(m, h) for m in mentions)]
    return [m for m in mentions if not any(_overlap(m, h) for h in halves)] + halves


def _overlap(first: Mention, second: Mention) -> bool:
    return first.start < second.end and second.start < first.end
