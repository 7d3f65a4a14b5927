"""Places written inside a name the knowledge base lacks: "US" and "Taiwan" in "the Taiwan-US
Defense Industry Forum", "Taichung" in "The Taichung Bike Week trade days". The model takes the
whole for one name, an event or a body no entry knows, and the place in it would go unlinked;
yet a forum, a fair or a week named for a place names it, as the writers label it. Only a
place the article also names on its own is read so, so that a firm named for a city ("Osaka
Gas") never makes an article about the city; a name the knowledge base knows inside it ("Taiwan
Strait" in "the Taiwan Strait Working Group") is read whole, the longest first; and an outlet's
title keeps its words ("U.S. Naval Institute News", test_linking_longest_names.py).
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .mention import Mention
from .names import fold
from .owners import OUTLET_ENDINGS

# The words of a name, apart at spaces and hyphens, a dotted abbreviation whole: "U.S.".
_WORD = re.compile(r"[A-Za-z][A-Za-z.]*")
NAME_WORDS = 3  # the longest place name read at one word: "New Taipei City"
PLACES = frozenset({"GPE", "LOC"})


def places_in_unknown_names(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The places inside names outside the knowledge base that the article names on its own."""
    known = [m for m in mentions if m.in_kb]
    taken = {offset for m in known for offset in range(m.start, m.end)}
    found = []
    for mention in mentions:
        if mention.in_kb or mention.label in ("PERSON", "NORP"):
            continue
        if fold(mention.text.split()[-1]) in OUTLET_ENDINGS:
            continue  # "U.S. Naval Institute News": a title's words, its country's among them
        alone = {m.entity_id for m in known if m.kind == "name" and not _overlap(m, mention)}
        for start, word, entity_id in _names_inside(mention.text, kb):
            entry = kb.entities[entity_id]
            at = mention.start + start
            if entry.type in PLACES and entity_id in alone and at not in taken:
                found.append(Mention(word, entry.type, entry.name, entity_id, at, at + len(word),
                                     True, description=entry.description))  # fmt: skip
    return found


def _names_inside(text: str, kb: KnowledgeBase) -> list[tuple[int, str, str]]:
    """The knowledge-base names that capitalised words of `text` spell, the longest at each
    word, with where each starts."""
    words = list(_WORD.finditer(text))
    found, i = [], 0
    while i < len(words):
        if words[i].group().lower() == "the":  # "The Taichung Bike Week": no word of a name
            i += 1
            continue
        for size in range(min(NAME_WORDS, len(words) - i), 0, -1):
            run = words[i : i + size]
            if any(text[a.end() : b.start()] != " " for a, b in zip(run, run[1:], strict=False)):
                continue  # "Taiwan-US" is two names, not "Taiwan US"
            written = text[run[0].start() : run[-1].end()].rstrip(".")
            entity_id = kb.lookup(fold(written)) if written[:1].isupper() else None
            if entity_id is not None:
                found.append((run[0].start(), written, entity_id))
                i += size
                break
        else:
            i += 1
    return found


def _overlap(one: Mention, other: Mention) -> bool:
    return one.start < other.end and other.start < one.end
