"""A name transliterated into Han characters and glossed by its Latin name in brackets right
after it ("美商安杜里爾（Anduril）", "韓華海洋（Hanwha Ocean）"), as the business press writes a
foreign firm new to its readers: the writer says the two are one, so the Han name is the entity
the Latin name links. The model reads an unfamiliar transliteration as pieces ("安杜", "里爾"):
the unlinked names it found right up to the bracket are that one name.
"""

from __future__ import annotations

from .cjk_script import CJK
from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at

OPENING = "（("


def latin_glossed_names(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`mentions` with the unlinked Han names right before a bracketed, linked Latin name
    joined into one mention of that entity."""
    mentions = sorted(mentions, key=lambda m: m.start)
    ending = {m.end: i for i, m in enumerate(mentions) if not m.in_kb and _han(m.text)}
    joined: dict[int, Mention] = {}  # the first piece's index -> the name the pieces make
    dropped: set[int] = set()
    for gloss in mentions:
        bracket = gloss.start - 1
        if not (gloss.in_kb and gloss.text.isascii() and text[bracket : gloss.start] in OPENING):
            continue
        pieces: list[int] = []
        end = bracket
        while end in ending and ending[end] not in dropped:
            pieces.insert(0, ending[end])
            end = mentions[ending[end]].start
        if pieces and bracket > 0:
            joined[pieces[0]] = kb_mention_at(text, end, bracket, gloss.entity_id, kb)
            dropped.update(pieces)
    return [joined.get(i, m) for i, m in enumerate(mentions) if i not in dropped or i in joined]


def _han(name: str) -> bool:
    return bool(name) and all(CJK.match(char) for char in name)
