"""A Taiwanese township written without its 鎮 or 鄉 is the township in Chinese copy that names
its county: Kinmen's papers and the wire's Kinmen desk write 金城 for 金城鎮 ("從金城出發",
"金門金城", "金城、金湖及金沙三鎮"), as every set labels it. Alone the clipped name is a family
name too (Okinawa's 金城 in Japanese copy, an actor's in Chinese), so the county named anywhere in
the article is what makes it the township, and Japanese copy is left as it is. The township's
county is the knowledge base's `county` of the township's entry.

A school named after the township is the school: 金城國中, 金沙國小, 金湖高中 are a junior high,
a primary and a senior high school, and the sets label them whole, never the township in them.
"""

from __future__ import annotations

import re

from .cjk_clipped_names import with_found
from .cjk_script import fold, fold_words
from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at

TOWNSHIP_WORDS = "鎮鄉"
# The words of a school named after its township, as Taiwan's copy writes them.
SCHOOL_WORDS = ("國中", "國小", "高中", "高職", "中學", "小學", "國民中學", "國民小學")


def clipped_townships(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each clipped township name of a county the article names linked to
    the township where no other mention covers it."""
    named = {m.entity_id for m in mentions if m.in_kb}
    folded = fold(text)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for township in (e.id for e in kb.entities.values() if e.county in named):
        for form in _clipped_forms(kb, township):
            for hit in re.finditer(re.escape(form), folded):
                school = folded.startswith(_school_words(), hit.end())
                if not school and covered.isdisjoint(range(hit.start(), hit.end())):
                    found.append(kb_mention_at(text, hit.start(), hit.end(), township, kb))
    return with_found(mentions, sorted(found, key=lambda m: m.start))


def _clipped_forms(kb: KnowledgeBase, township: str) -> set[str]:
    """The township's Chinese names without their last character, the township's word."""
    words = {fold(word) for word in TOWNSHIP_WORDS}
    return {
        fold(alias)[:-1]
        for alias in kb.entities[township].aliases
        if len(alias) > 2 and fold(alias)[-1] in words
    }


def _school_words() -> tuple[str, ...]:
    return fold_words(SCHOOL_WORDS)
