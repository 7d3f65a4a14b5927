"""The two Koreas called by their halves: "the North's nuclear status", "the South was a
forward base". Copy on the peninsula writes the half for the country once the country is
named, as it writes "Pyongyang" for it; the half alone, or before another name ("the North
Pacific", "the South China Sea"), is not the country."""

import re

from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at, laid_over

HALVES = {"North": "north-korea", "South": "south-korea"}
# "the North" as a noun: not opening a longer name ("the North Atlantic", "the North Korean
# side"), nor a compass point read with "of" ("the North of the country").
_HALF = re.compile(r"\b[Tt]he (North|South)\b(?!-| +[A-Z0-9]| +of\b)")


def korean_halves(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`mentions` with North Korea for each "the North" in an article that names North Korea,
    and South Korea for each "the South" in one that names both Koreas (the South is only the
    half where the North is spoken of too: the American South is not)."""
    named = {m.entity_id for m in mentions if m.in_kb}
    if "north-korea" not in named:
        return mentions
    halves = [
        kb_mention_at(text, match.start(1), match.end(1), HALVES[match.group(1)], kb)
        for match in _HALF.finditer(text)
        if HALVES[match.group(1)] in named
    ]
    return laid_over(mentions, halves)
