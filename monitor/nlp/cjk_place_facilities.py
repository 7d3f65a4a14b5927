"""Airports, museums, the heritage press and bays named after their place: the place inside
such a name is no mention of it (cjk_compounds.opens_other_word), as cjk_body_names.opens_body_name
holds for a place's paper or port.

- An airport the knowledge base does not hold is written as its place and 空港 or 機場, 国際
  before them or not, and an international one with the city's district between (那覇空港,
  与那国空港, 台中国際空港, 屏東機場, 上海浦東国際空港); what else stands between is a place
  or a word of its own ("冲绳县石垣机场", "冲绳民用机场"). The sets label the airport whole in
  51 of 54 such names, the place inside it in three. An airport the base holds (桃園機場,
  新石垣空港) is found whole by the longest match before this is asked, and one it names short
  is the airport still before the word ("羽田機場": Haneda).
- Chinese heritage copy names a museum, a heritage centre and a foundation after their place,
  with the word of who runs it between ("石垣市立八重山博物馆", "沖繩縣立埋藏文化財中心",
  "東京國立博物館") or the words of what it keeps ("香港文物探知館", "香港故宮文化博物館",
  "東京文化財保存財團"), and a country's national museum after the country ("中国国家博物馆",
  "美国国家美术馆"): every set labels the museum, never the place. A country before any other
  museum keeps its name ("日本笹川和平財團" is labelled Japan's), and so does a place a clause
  runs on from ("北京与华盛顿同意恢复博物馆交流", "台灣各地博物館").
- and its papers name themselves after their place and field ("香港文博通訊", "馬祖文資週報"),
  as "香港經濟日報" does (cjk_name_context).
- A bay is named after the city on its shore ("在东京湾港口工作的引航员", 大阪湾): the water,
  not the city (the sets label 东京湾 as Tokyo Bay); its 湾岸, the city's waterfront, is the
  city's ("东京湾岸高层塔楼"). A bay the base holds (马尼拉湾) is found whole first.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import fold_pattern
from .kb import KBEntry

# The airport's words, and an international airport's with a district of two characters before
# them ("上海|浦東国際空港").
_AIRPORT = r"(?:(?:[\u4e00-\u9fff]{2})?(?:国際|國際))?(?:空港|機場)"
# Who runs a museum, written between its place and its name: a city, county or prefecture
# (市立, 縣立, or 立 alone after a place that ends in its 市 or 縣), the state (國立, 國家); a
# few characters of the museum's own name may follow (its place's name too: 八重山).
_RUNNER = r"(?:[市縣都道府]?立|國立|國家)[^\W\d_的之各等與和及有在多家是到赴從向]{0,4}?"
# What a museum keeps, as its name says.
_FIELDS = r"(?:故宮|文物|文化財|文化|保存|歷史|自然|科學|藝術|民俗|海洋|考古|埋藏|華僑|宮廷){0,3}"
_AIRPORT_END = re.compile(r"(?:空港|機場|机场)$")
_MUSEUM = r"(?:博物館|博物院|美術館|探知館|文化財中心|紀念館|財團)"
_PAPER = r"(?:文博|文資|藝文)(?:[日週]?報|通訊|[週周]刊)"
_BAY = r"[湾灣](?!岸)"


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(pattern))


def opens_place_facility(folded: str, end: int, place: KBEntry, home: str | None) -> bool:
    """Whether the place ending at `end` of the folded text opens an airport's, a museum's, a
    heritage paper's or a bay's name (module docstring); `home` the article's home country."""
    if place.type not in ("LOC", "GPE") or any(map(_AIRPORT_END.search, place.aliases)):
        return False
    if place.kind in ("city", "capital") and _pattern(_BAY).match(folded, end):
        return True
    if place.kind == "country":
        national = _pattern(f"國家{_FIELDS}{_MUSEUM}")
        return home != "japan" and national.match(folded, end) is not None
    if _pattern(_AIRPORT).match(folded, end):
        return True
    museum = _pattern(f"{_RUNNER}{_MUSEUM}|{_FIELDS}{_MUSEUM}|{_PAPER}")
    return home != "japan" and museum.match(folded, end) is not None
