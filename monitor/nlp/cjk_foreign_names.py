"""A foreign person's name cut out of a longer word (cjk_entities.py): Japanese and Chinese copy
name a foreign official again by the family name alone ("フィリピンのラザロ外相", "美国驻日大使
格拉斯说"), and the knowledge base lists those bare names, so the few characters must stand as
a word of their own.

- A name in katakana stands as a word where no katakana is glued to it on either side:
  ルビオ is no part of "ルビオン", バンス none of "アドバンス". A middle dot and more katakana
  after it make it a given name ("エマニュエル・マクロン" holds no Emanuel), unless that part is
  a name of its own: Japanese copy lists two people with the dot ("ルビオ・ヘグセス両長官"). A
  given name before the dot is another bearer's (cjk_other_bearers.py: "エミリー・カーター").
- A Chinese transliteration of two or three characters stands as a word where the character
  after it is none that only a foreign sound is written with ("格拉斯哥" is Glasgow, no Glass),
  nor the one before it ("汤姆格拉斯"); a country's name ends with some of those characters
  ("俄罗斯", "卢森堡", "墨西哥"), and copy writes a name right after its country, so those do not
  count before a name. 道 before a name counts too: "道格拉斯" (Douglas) is far more common in
  copy than 道 ending a word before a foreigner's bare family name ("报道格拉斯" goes unlinked).
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache
from typing import TYPE_CHECKING

from .cjk_script import fold

if TYPE_CHECKING:
    from .cjk_entities import CjkNames

KATAKANA_NAME = re.compile("[\u30a1-\u30fa\u30fc\u30fb]+")
KATAKANA = re.compile("[\u30a1-\u30fa\u30fc]+")
DOT = "・"
HAN_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,3}")
# Characters Chinese writes (nearly) only for a foreign sound, so one glued to a name continues
# a longer transliteration; and those of them a country's or a capital's name ends with.
FOREIGN_SOUNDS = "斯尔顿逊茨兹姆哥堡娜妮莉丝蒂娅瑟赫奥罗尼萨曼琳蕾黛珀诺"
ENDS_A_COUNTRY = "斯尔顿哥堡罗尼曼诺"
STARTS_DOUGLAS = "道"  # 道格拉斯: see the module's docstring


def inside_longer_name(folded: str, start: int, end: int, names: CjkNames) -> bool:
    """Whether the name at [start, end) of the folded text is a person's and only part of a
    longer word or name."""
    if names.forms.get(folded[start:end]) not in names.person_forms:
        return False
    if KATAKANA_NAME.fullmatch(folded, start, end):
        return _glued_katakana(folded, start, end, names.forms)
    if HAN_NAME.fullmatch(folded, start, end):
        after, before = folded[end : end + 1], folded[start - 1 : start] if start else ""
        return bool(after) and after in _sounds() or bool(before) and before in _sounds_before()
    return False


def _glued_katakana(folded: str, start: int, end: int, names: Container[str]) -> bool:
    before = folded[start - 1 : start] if start else ""
    if KATAKANA.fullmatch(before) or KATAKANA.match(folded, end):
        return True
    run = KATAKANA.match(folded, end + 1) if folded.startswith(DOT, end) else None
    return run is not None and run.group() not in names


@cache
def _sounds() -> frozenset[str]:
    return frozenset(fold(FOREIGN_SOUNDS))


@cache
def _sounds_before() -> frozenset[str]:
    return _sounds() - frozenset(fold(ENDS_A_COUNTRY)) | frozenset(fold(STARTS_DOUGLAS))
