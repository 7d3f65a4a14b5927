"""An island group's name misspelt by one kanji beside its right spelling in the same Japanese
story ("尖角諸島" beside 尖閣諸島): an input method's homophone (角 and 閣 are both kaku), as the
evaluation guide's slips have "a misspelt name beside the right spelling". cjk_misspelt_terms
reads terms, bodies and people of five characters or more anywhere; a place's shorter name one
character off is as often another place (宮古島, 宮城島), so only a group's name is read so, and
only beside its right spelling:

- the group's name ends in 諸島 or 列島 and has two characters at least before it;
- the misspelt run is as long, ends in the same group word, and differs in one character of the
  name before it;
- the article writes the right spelling, found by the knowledge base; no knowledge-base name is
  found over the run, and the run is glued to no other Han character.
"""

from __future__ import annotations

import re

from .cjk_clipped_names import with_found
from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, relinked

GROUP_WORDS = ("諸島", "列島")
MIN_NAME_CHARS = 2  # characters before the group word
_HAN = re.compile(r"[\u3005\u3400-\u9fff]")


def misspelt_groups(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each island group's name misspelt beside its right spelling (module
    docstring) linked to the group."""
    written = {
        fold(m.text): m.entity_id
        for m in mentions
        if m.in_kb and fold(m.text).endswith(tuple(map(fold, GROUP_WORDS)))
        and len(m.text) - 2 >= MIN_NAME_CHARS
    }  # fmt: skip
    if not written:
        return mentions
    folded = fold(text)
    covered = {i for m in mentions if m.in_kb for i in range(m.start, m.end)}
    found = []
    for name, entity_id in written.items():
        group = name[-2:]
        for match in re.finditer(re.escape(group), folded):
            start, end = match.end() - len(name), match.end()
            run = folded[start:end]
            if start < 0 or run == name or not covered.isdisjoint(range(start, end)):
                continue
            if start and _HAN.match(folded, start - 1):
                continue
            if sum(a != b for a, b in zip(run, name, strict=True)) == 1:
                model = Mention(text[start:end], "", "", "", start, end, False)
                found.append(relinked(model, entity_id, kb))
    return with_found(mentions, found)
