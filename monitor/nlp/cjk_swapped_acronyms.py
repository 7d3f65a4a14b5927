"""A Latin acronym with two neighbouring letters swapped beside the right one: "TMSC株" in a
story that writes TSMC (ja-blind29-019). A fast typist's slip; the knowledge base has no such
form, and the model reads it as no name at all, so the story's count of the firm misses it.

A run of four to six capitals that no mention covers is the entity an acronym the article links
is, when swapping two neighbouring letters of the run gives that acronym. Four letters at least:
three-letter acronyms swapped are often other bodies' (PLA, LPA). Each run is read once, its
swaps looked up in a set, so a long text is read in linear time.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at

_CAPITALS = re.compile(r"(?<![A-Za-z])[A-Z]{4,6}(?![A-Za-z])")


def swapped_acronyms(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions and, for each run of capitals one swap from an acronym the article links,
    a mention of that acronym's entity (module doc)."""
    acronyms = {m.text: m.entity_id for m in mentions if m.in_kb and _CAPITALS.fullmatch(m.text)}
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for run in _CAPITALS.finditer(text):
        if any(a < run.end() and run.start() < b for a, b in taken):
            continue
        letters = run.group()
        swapped = {
            letters[:i] + letters[i + 1] + letters[i] + letters[i + 2 :]
            for i in range(len(letters) - 1)
        }
        named = {acronyms[form] for form in swapped if form in acronyms}
        if len(named) == 1:
            found.append(kb_mention_at(text, run.start(), run.end(), named.pop(), kb))
    return sorted([*mentions, *found], key=lambda m: m.start)
