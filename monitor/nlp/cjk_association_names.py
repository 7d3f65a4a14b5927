"""Associations' names that hold another name, as Taiwanese and mainland tourism and exchange
copy writes them every day:

- A place before 兩岸 ("both sides") opens the name of a body for cross-strait exchange:
  台灣海峽兩岸觀光旅遊協會 (Taipei's tourism association for the mainland), and the mainland's
  海峽兩岸旅遊交流協會 and 海峽兩岸關係協會. The strait inside such a name is no mention of it, as
  a place inside a citizens' group's name is not (cjk_group_names); the sets label the name
  whole. Without the body's word ("台灣海峽兩岸的緊張") the strait stays.
- A short name of an association or a church clipped from the tail of its full name
  (交流協會 of 日本台灣交流協會, 長老教會 of 台灣基督長老教會; four characters at most) glued
  after a word of the name before it is the tail of another body's name: 海峽兩岸旅遊交流協會,
  石垣市觀光交流協會, 美國長老教會, 旗津長老教會 (a congregation). The short name stands after
  punctuation, a line's start, or a word joining, placing or saying it (與, 和, 由, 的, 前, 稱:
  "與交流協會", "前交流協會代表", "稱長老教會"). An abbreviation made of the full name's first
  characters (海協會 of 海峽兩岸關係協會) is its own word anywhere: "大陸海協會".
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import fold, fold_pattern
from .kb import KBEntry

# 兩岸, then the body's own words, then its kind.
MAX_NAME_CHARS = 10
_ASSOCIATION = r"(?:協會|基金會|聯誼會|交流會)"
_CROSS_STRAIT_NAME = rf"兩岸[\u4e00-\u9fff]{{0,{MAX_NAME_CHARS}}}?{_ASSOCIATION}"
SHORT_NAME_CHARS = 4
_BODY_ENDS = ("協會", "教會")
# The characters a short name may stand after as a name of its own: a word joining it to
# another name, placing it, saying whose or which it is, or a verb of saying or going.
_STANDS_AFTER = "與和及同跟由在向對為的是於前原該本即稱說指批促請訪邀到赴至"
_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _cross_strait_name() -> re.Pattern[str]:
    return re.compile(fold_pattern(_CROSS_STRAIT_NAME))


@cache
def _stands_after() -> str:
    return fold(_STANDS_AFTER)


def inside_association_name(folded: str, start: int, end: int, entry: KBEntry) -> bool:
    """Whether the name at [start, end) of folded Chinese text is inside a longer association's
    name ("台灣海峽|兩岸觀光旅遊協會", "旅遊|交流協會"): see the module docstring."""
    if entry.type in ("GPE", "LOC"):
        return _cross_strait_name().match(folded, end) is not None
    form = folded[start:end]
    return (
        entry.type == "ORG"
        and end - start <= SHORT_NAME_CHARS
        and form.endswith(tuple(fold(end) for end in _BODY_ENDS))
        and start > 0
        and _HAN.match(folded, start - 1) is not None
        and folded[start - 1] not in _stands_after()
        and any(fold(name).endswith(form) and fold(name) != form for name in entry.aliases)
    )
