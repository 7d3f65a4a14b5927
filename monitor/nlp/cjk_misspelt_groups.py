"""An island group's or an airport's name misspelt by one kanji beside its right spelling in the
same Japanese story ("尖角諸島" beside 尖閣諸島, "桃圓空港" beside 桃園国際空港): an input
method's homophone or a look-alike (角 and 閣 are both kaku; 圓 and 園 both yuan, and alike),
as the evaluation guide's slips have "a misspelt name beside the right spelling".
cjk_misspelt_terms reads terms, bodies and people of five characters or more anywhere; a place's
shorter name one character off is as often another place (宮古島, 宮城島), so only a name that
ends in the word of its kind is read so, and only beside its right spelling:

- the name ends in a group's 諸島 or 列島 or an airport's 空港, and has two characters at least
  before it;
- the misspelt run is as long, ends in the same word, and differs in one character of the name
  before it;
- the article names the place, found by the knowledge base, under this spelling or another
  (桃園国際空港 for 桃園空港: the base's names of a place the article links are its right
  spellings); no knowledge-base name is found over the run, and the run is glued to no other
  Han character.
"""

from __future__ import annotations

import re

from .cjk_clipped_names import with_found
from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, relinked

KIND_WORDS = ("諸島", "列島", "空港")
MIN_NAME_CHARS = 2  # characters before the kind word
_HAN = re.compile(r"[\u3005\u3400-\u9fff]")


def misspelt_groups(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each island group's or airport's name misspelt beside its right
    spelling (module docstring) linked to that place."""
    kinds = tuple(map(fold, KIND_WORDS))
    linked = {m.entity_id: fold(m.text) for m in mentions if m.in_kb and m.entity_id in kb.entities}
    written = {
        name: entity_id
        for entity_id, surface in sorted(linked.items())
        for name in (surface, *map(fold, kb.entities[entity_id].aliases))
        if name.endswith(kinds) and len(name) - 2 >= MIN_NAME_CHARS
    }
    if not written:
        return mentions
    folded = fold(text)
    covered = {i for m in mentions if m.in_kb for i in range(m.start, m.end)}
    found = []
    for name, entity_id in written.items():
        kind = name[-2:]
        for match in re.finditer(re.escape(kind), folded):
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
