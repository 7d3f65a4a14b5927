"""Type designations listed before the one kind word they share, as Chinese copy lists classes
("承建航母、055型和052D型驱逐舰", "054A型、056A型护卫舰"): each code is the class its code and
that kind name, as the last one is, where the knowledge base has the class by that name
("055型驱逐舰"). Read alone, "055型" is a number and a word: no name.
"""

from __future__ import annotations

import re

from .cjk_script import fold_pattern
from .kb import KnowledgeBase
from .mention import Mention, relinked

_CODE = r"[0-9]{2,3}[a-z]{0,2}型"
_JOINER = r"(?:[、,和与及跟]|以及)"
# A code, then more codes joined to it, then the last code and the kind word they share.
LISTED_CODE = re.compile(
    fold_pattern(rf"({_CODE})(?={_JOINER}(?:{_CODE}{_JOINER})*{_CODE}([\u4e00-\u9fff]{{2,5}}))")
)
MIN_KIND_CHARS = 2  # "潜艇"; one character is a word part


def listed_types(
    text: str, folded: str, mentions: list[Mention], forms: dict[str, str], kb: KnowledgeBase
) -> list[Mention]:
    """`mentions` with each listed code no other mention covers linked to the class its code
    and the list's kind word name."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for match in LISTED_CODE.finditer(folded):
        start, end = match.span(1)
        kind = match[2]
        entity_id = next(
            (
                forms[match[1] + kind[:length]]
                for length in range(len(kind), MIN_KIND_CHARS - 1, -1)
                if match[1] + kind[:length] in forms
            ),
            None,
        )
        if entity_id in kb.entities and taken.isdisjoint(range(start, end)):
            name = Mention(text[start:end], "", text[start:end], "", start, end, False)
            found.append(relinked(name, entity_id, kb))
    return sorted([*mentions, *found], key=lambda m: m.start)
