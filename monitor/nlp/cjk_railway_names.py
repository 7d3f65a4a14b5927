"""Stations and railway companies named after their place: the place inside such a name is no
mention of it (cjk_compounds.opens_other_word), as an airport's is not (cjk_place_facilities).

- A station is its place and 駅, or 車站 in Chinese copy ("台北駅から臨時列車に乗り込んだ",
  "東京駅から新幹線に乗り", "在台北車站"): every set labels the station whole (Taipei Station,
  Tokyo Station, Chiayi Station, Suidobashi Station), never the city. A bare 站 is left: it is
  also a tour's stop in a city ("巡演台北站").
- A railway company is its place and its railway's word, as Japanese and Chinese copy name
  Taiwan's operators (台湾高速鉄道, 台湾高鉄, 台湾鉄路, 台灣高鐵, 台灣鐵路公司; a bare 鉄道 is left,
  as in "日本の鉄道", and so is a railway project: テキサス高速鉄道計画), and Japan's railway
  companies are its place after JR ("ＪＲ九州", "ＪＲ北海道", "JR東海"). The sets label the
  company whole (Taiwan High Speed Rail Corporation, Taiwan Railway Corporation, Kyushu Railway
  Company); a country opening a body's name is no mention of it unless the article names it
  alone too (docs/evaluation-sets.md), and it is found there.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import fold, fold_pattern
from .kb import KBEntry

_STATION = r"(?:駅|車站)"
# A plan's or a network's word after the railway's makes a project of it ("テキサス高速鉄道計画":
# Texas is named), not a company.
_RAILWAY = (
    r"(?:高速鉄道|高鉄|鉄路)"  # folded alike: 高鐵, 高速鐵路, 鐵路
    r"(?!計画|計畫|計劃|構想|建設|網|路線|プロジェクト)"
)
# Japan Railways' companies are written JR and their region, ASCII or full-width (folded alike).
_JAPAN_RAILWAYS = fold("JR")


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(fold_pattern(f"{_STATION}|{_RAILWAY}"))


def inside_railway_name(folded: str, start: int, end: int, place: KBEntry) -> bool:
    """Whether the place at [start, end) of the folded text is part of a station's or a railway
    company's name (module docstring)."""
    if place.type not in ("LOC", "GPE"):
        return False
    return bool(_pattern().match(folded, end)) or folded.endswith(_JAPAN_RAILWAYS, 0, start)
