"""A weapon's name alone after its designator and name in full: "the Army's M1A2T Abrams ... a
kit of the Taiwanese Abrams", "F-16V Viper ... the Viper's radar".

Defence and hobby copy names a type once with its designator and then by its name alone, which
the model reads as nobody or a person. Where the article names the type in full, the bare name
is the type unless a capitalised word stands beside it, which makes it part of another name
("General Abrams", "Abrams Road"); a nationality word before it qualifies the type ("the
Taiwanese Abrams"). A name the knowledge base gives anything else is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mention import Mention, kb_mention_at
from .names import fold

if TYPE_CHECKING:
    from .kb import KnowledgeBase

# "M1A2T Abrams", "F-16V Viper": a designator holding a digit, then one capitalised word.
_FULL_NAME = re.compile(r"^\S*\d\S*\s+([A-Z][a-z]{3,})$")


def type_nicknames(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each bare name of a type the article names in full added."""
    named = {m.entity_id for m in mentions if m.in_kb and m.label == "EQUIPMENT"}
    nicknames: dict[str, str] = {}
    for entity_id in sorted(named):
        entry = kb.entities[entity_id]
        for form in (entry.name, *entry.aliases):
            if (match := _FULL_NAME.match(form)) and not kb.lookup(fold(match.group(1))):
                nicknames[match.group(1)] = entity_id
    if not nicknames:
        return mentions
    demonyms = {m.end for m in mentions if m.kind == "demonym"}
    kept = []
    for mention in mentions:  # the model's reading of the bare name as a person or a title
        bare = mention.text.removeprefix("The ").removeprefix("the ")
        start = mention.end - len(bare)
        relinked = None if mention.in_kb else nicknames.get(bare)
        if relinked and not _inside_a_name(text, start, mention.end, demonyms):
            mention = kb_mention_at(text, start, mention.end, relinked, kb)
        kept.append(mention)
    taken = {offset for m in kept for offset in range(m.start, m.end)}
    found = [
        kb_mention_at(text, match.start(), match.end(), entity_id, kb)
        for nickname, entity_id in nicknames.items()
        for match in re.finditer(rf"\b{re.escape(nickname)}\b", text)
        if match.start() not in taken
        and not _inside_a_name(text, match.start(), match.end(), demonyms)
    ]
    return kept + found


# Capitalised words that open a sentence before the name, not another name: "The Abrams".
_OPENERS = frozenset({"The", "A", "An", "Its", "Their", "Our", "Each", "Every", "This", "That"})


def _inside_a_name(text: str, start: int, end: int, demonyms: set[int]) -> bool:
    """Does a capitalised word stand right after the nickname, or right before it other than
    a nationality word or a sentence's article ("the Taiwanese Abrams", "The Abrams")? A word
    opening a sentence is read as no nickname: any word is capitalised there."""
    if re.match(r" [A-Z]", text[end : end + 2]):
        return True  # "Abrams Road"
    if re.search(r"(^|[.!?:\n][\"'“‘]?)\s*$", text[max(start - 4, 0) : start]):
        return True  # a sentence's first word may be any word capitalised: "Lightning struck"
    previous = re.search(r"(\w+) $", text[max(start - 40, 0) : start])
    if previous is None or not previous.group(1)[:1].isupper():
        return False
    return previous.group(1) not in _OPENERS and start - 1 not in demonyms
