"""A misspelt name written again where the model did not mark it: "Nakatany visits Yonaguni" over
a story whose "Nakatany, the first defence minister to visit ..." the linker mended to Gen
Nakatani. A writer who misspells a name spells it the same way throughout, and a headline is
where the model marks a lone name least; each other occurrence of the mended spelling is the
same person.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from .kb import KnowledgeBase
from .mention import Mention
from .names import TITLE_WORDS, fold
from .people import LOCAL_FUZZY_MIN_SCORE

TITLES = frozenset(TITLE_WORDS)


def repeated_misspellings(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The unmarked occurrences of a person's spelling the knowledge base does not hold, which the
    article linked elsewhere to that person."""
    mended = {m.text: m for m in mentions if _misspelt(m, kb)}
    if not mended:  # most articles spell every name as the knowledge base does
        return []
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for spelling, mention in mended.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(spelling)}(?![\w-])", text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            found.append(replace(mention, start=start, end=end))  # the same spelling, linked alike
    return found


def _misspelt(mention: Mention, kb: KnowledgeBase) -> bool:
    """A person's mention in a spelling that is none of the person's names nor their words
    ("Nakatany"; not "Nakatani", the family name alone), nor a title ("the President said")."""
    if not mention.in_kb or mention.label != "PERSON" or not mention.text[:1].isupper():
        return False
    entry = kb.entities[mention.entity_id]
    spelling = fold(mention.text)
    if spelling in TITLES:
        return False  # "President" alone is its holder here, and someone else's title elsewhere
    names = {fold(name) for name in (entry.name, *entry.aliases)}
    own_words = {word for name in names for word in name.split()}
    if kb.index.get(spelling) is not None or set(spelling.split()) <= own_words:
        return False
    # A slip is written near one of the person's names or words, as the linker's fuzzy match
    # found it; an office's letters ("PM", which a clock's "3 PM" also writes), a title or a
    # nickname linked to the person are no slip, and spreading them would link every clock.
    return any(
        own[:1] == spelling[:1] and fuzz.ratio(spelling, own) >= LOCAL_FUZZY_MIN_SCORE
        for own in names | own_words
    )
