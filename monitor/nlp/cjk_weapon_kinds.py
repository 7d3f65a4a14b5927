"""A kind of weapon (巡航ミサイル, 対艦ミサイル, 弾道ミサイル: the knowledge base's equipment of no
country) where CJK copy writes it as no term of its own:

- right before the name of the weapon it describes, in brackets: 巡航ミサイル「トマホーク」,
  対艦ミサイル「ハープーン」, 地対艦ミサイル「ＮＭＥＳＩＳ」. The kind says what the named
  weapon is, as a title says who a person is; the sets label the name, and the kind before a
  bracketed name 10 times of 11 not (空母「遼寧」 alike);
- as the tail of a longer kind, an "X to Y" word whose launcher the character before 対 names:
  地対艦ミサイル (surface-to-ship), 空対艦ミサイル, 艦対艦ミサイル. 対艦ミサイル is found
  inside it, but the word is another kind, which no set labels (none of 14).
"""

from __future__ import annotations

import re

from .cjk_script import fold_char
from .kb import KBEntry

_NAME_BRACKET = "「『"
_AGAINST = fold_char("対")
_HAN = re.compile(r"[\u3005\u4e00-\u9fff]")


def describes_or_extends(folded: str, start: int, end: int, kind: KBEntry) -> bool:
    """Whether the weapon kind at [start, end) of folded text describes the bracketed name
    after it or is the tail of a longer "X対Y" kind: see the module docstring."""
    if kind.type != "EQUIPMENT" or kind.country:
        return False
    if folded[end : end + 1] and folded[end] in _NAME_BRACKET:
        return True
    return folded[start] == _AGAINST and start > 0 and _HAN.match(folded, start - 1) is not None
