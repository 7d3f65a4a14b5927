"""Schools, boards of education and national associations named after a place, as Japanese
education and school copy writes them every day: the place inside such a name is no mention of
it, as a place inside a paper's or a police force's name is not (cjk_name_context,
cjk_place_named_bodies).

- A prefecture's or a city's board of education, its office and its centres are named after it:
  沖縄県教育委員会, 福岡県教委, 沖縄県教育庁, 鹿児島県総合教育センター. The sets label the body
  whole, never the prefecture in it.
- A school is named after its place, its field between ("八重山高校", "沖縄水産高校", "八重山農林
  高校", "嘉手納中学校"). Not its pupils (高校生: "台湾高校生の訪日") and not a school "of" a place
  (日本の高校), which is no name.
- A Japanese school abroad is named after its city: 北京日本人学校, 上海日本人学校, 台北日本人学校
  are schools, and Japan in them no actor; a Japanese school named without its city
  ("中国各地の日本人学校") is a school for Japanese children, Japan's, as the sets label it.
- A national association is named after its country: 日本修学旅行協会, 日本船主協会 are bodies,
  Japan in them no mention.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import fold_pattern
from .kb import KBEntry

_BOARD_OR_SCHOOL = (
    r"教育委員会|教委|教育庁|(?:総合)?教育センター|"
    # a school after its place, up to four characters of its field between
    r"[\u4e00-\u9fff]{0,4}?(?:高校|高等学校|中学校|小学校|高等専門学校)(?!生)"
)
_SCHOOL_ABROAD = r"人学校"
_NATIONAL_ASSOCIATION = r"[\u4e00-\u9fff]{2,6}?協会"
_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(pattern))


def inside_school_name(folded: str, start: int, end: int, place: KBEntry, home: str | None) -> bool:
    """Whether the place at [start, end) of folded Japanese text is inside the name of a school,
    a board of education or a national association (module docstring)."""
    if home != "japan" or place.type not in ("GPE", "LOC"):
        return False
    if place.kind == "country":
        abroad = _pattern(_SCHOOL_ABROAD).match(folded, end) and _HAN.match(folded, start - 1)
        return bool(start and abroad) or bool(_pattern(_NATIONAL_ASSOCIATION).match(folded, end))
    return _pattern(_BOARD_OR_SCHOOL).match(folded, end) is not None
