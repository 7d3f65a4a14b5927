"""Names cut in two by their gloss in characters: "the Danjo (男女) Islands", "the Nansei (南西)
Islands". Bilingual copy glosses the distinctive word and writes the name's generic word after
the bracket, so the English reader sees "Danjo" alone (no name it knows, or a person) and the
gloss has no English name to join. Read without the bracket, the words either side are one
name of the knowledge base; the words before the bracket are its mention, and the gloss joins
it (cjk_runs.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .kb import KnowledgeBase
from .mention import Mention
from .names import fold

# Up to three capitalised words straight before the bracket ("East China (東海) Sea" has two),
# and one or two capitalised words straight after it: the name's generic word(s).
_WORDS_BEFORE = re.compile(r"((?:[A-ZĀĪŪĒŌ][\w'’-]*\s){0,2}[A-ZĀĪŪĒŌ][\w'’-]*)\s?[(（]\Z")
_WORDS_AFTER = re.compile(r"[)）]\s([A-Z][\w-]*)(?:\s([A-Z][\w-]*))?")
# The longest three words and a bracket can take: the window the words before are read in.
_BEFORE_CHARS = 60


@dataclass(frozen=True)
class CutName:
    start: int  # the words before the bracket, in the article's text
    end: int
    entity_id: str


def name_cut_by_gloss(
    text: str, gloss_start: int, gloss_end: int, kb: KnowledgeBase
) -> CutName | None:
    """The knowledge-base name the words either side of the gloss at [gloss_start, gloss_end)
    make, the longest first; None when they make none."""
    before = _WORDS_BEFORE.search(text, max(0, gloss_start - _BEFORE_CHARS), gloss_start)
    after = _WORDS_AFTER.match(text, gloss_end)
    if not before or not after:
        return None
    words = before.group(1).split()
    endings = [word for word in after.groups() if word]
    for taken in range(len(words), 0, -1):
        for ending in range(len(endings), 0, -1):
            key = fold(" ".join([*words[-taken:], *endings[:ending]]))
            if entity_id := kb.lookup(key):
                start = before.end(1) - len(" ".join(words[-taken:]))
                return CutName(start, before.end(1), entity_id)
    return None


def mention_of_cut_name(text: str, cut: CutName, kb: KnowledgeBase) -> Mention:
    entry = kb.entities[cut.entity_id]
    return Mention(
        text[cut.start : cut.end], entry.type, entry.name, cut.entity_id, cut.start, cut.end,
        True, description=entry.description,
    )  # fmt: skip
