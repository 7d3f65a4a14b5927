"""Incursion facts from Chinese and Japanese reports, by the rules and into the records of
incursions.py: "偵獲共機25架次、共艦7艘、公務船2艘，其中共機19架次逾越中線，進入我西南空域" is
four facts (25 aircraft, 7 navy vessels and 2 official ships around Taiwan; 19 aircraft across
the median line) and a fifth for the ADIZ; "尖閣諸島周辺の接続水域で中国海警局に所属する船舶4隻が
航行" is 4 official ships in the contiguous zone of the Senkaku Islands.

These reports are formulaic, so each sentence is read by patterns over its folded text
(cjk_script.fold: traditional, simplified and Japanese spellings alike, full-width digits as
ASCII, offsets kept): counts with their counter word (架次, 艘, 隻, 機, 枚, 發), the words before a
count that say what was counted, and the zones, places and dates around them.

- A group of counts (joined by 、, 和, と, ...) takes the zones written after it in its sentence,
  up to the next group; failing those, the zones written before it ("接続水域で、...4隻").
- A count after 其中 or うち is part of the total before it, a fact only for the zones it names;
  a total with no zone in a defence ministry's report (周邊, 偵獲) is the total around Taiwan.
- A count of one aircraft type (殲-16, 運-8) is a breakdown, a fact only when it is all the
  sentence gives (then the types add up); figures for a month, a year or "since" give none,
  and neither do zones that are negated (未逾越) or places outside the list (宮古海峽, 東沙).
- The day is the one the report runs to (今（15）日...至明（16）日 is the 16th), else the day the
  sentence writes (24日, 11月24日), else the last one written before, else the article's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from .cjk_script import CJK, fold_char
from .incursion_words import AIR_ZONES, SEA_PLACES
from .incursions import Incursion

DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}  # fmt: skip
UNITS = {"十": 10, "百": 100, "千": 1000}
PREFIX_REACH = 24  # characters before a count that may say what it counts
NEGATION_REACH = 4


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The patterns, written as outlets write them and folded as the text is."""
    written = {
        "count": r"(?P<number>\d+|[〇零一二兩两三四五六七八九十百千]+)\s*"
        r"(?P<counter>架次|架|機|艘次|艘|隻|顆|個|枚|發|発|発射)",
        "sentence_end": r"[^。！？!?\n]+[。！？!?\n]*",
        "group_break": r"[，,；;：:]|其中|うち|另|此外|並|并|，?以及(?=[^0-9]*[0-9])",
        "clause_start": r"[，,；;、。：:（(]",
        "subset": r"(?:其中|うち)[^，,；;。]{0,12}$",
        "cumulative": r"本月|今月|今年|本年|年初|以來|以来|累計|累积|累積|迄今|連續|連日|"
        r"今年に入|月間|年間|[0-9]+月以|カ月|か月|ヶ月|個月|整月",
        "typed": r"殲|轟|運-?[0-9]|運輸機|空警|j-?[0-9]|h-?6|y-?[0-9]|kj|蘇愷|su-|圖-|tu-|"
        r"無偵|[a-z]+-[0-9]+",
        "drones": r"無人機|無人飛行機|ドローン",
        "balloons": r"氣球|気球|空飄",
        "missiles": r"飛彈|導彈|ミサイル|彈道|火箭",
        "official": r"公務船|海警|海巡|公船|政府船",
        "navy": r"艦|軍艦|海軍|艦艇|艦船|共艦",
        "median line": r"中線|中間線",
        "ADIZ": r"防空識別[區圏]|adiz|"
        r"(?:進入|入り)[^。，,、]{0,4}[北中南東西部、及和與与]{0,14}空域",
        "around Taiwan": r"[臺台]海周[邊边]|[臺台]灣周[邊辺边围圍]|周[邊边辺]海[、，]?空域|"
        r"[臺台]湾周辺|在[臺台]海周邊活動|[臺台]灣海峽周邊",
        "contiguous zone": r"接[續続]水域|毗連區",
        "territorial waters": r"領海",
        "restricted waters": r"(?:禁止|限制|制限|禁限)(?:[、,，・及和]?(?:禁止|限制|制限))?水域",
        "negation": r"未|沒有|並未|不曾",
        "outside": r"宮古|巴士海峽|東沙|南海|對馬|与那国|沖繩本島|菲律賓|日本海|太平洋",
        "Senkaku Islands": r"尖閣|釣魚[臺台島]|釣魚島",
        "Kinmen": r"金門|料羅",
        "Matsu": r"馬祖",
        "Taiwan": r"[臺台]灣|[臺台]湾|[臺台]海",
        "report": r"偵獲|偵測到|偵知|周[邊边辺]海[、，]?空域|[臺台]海周[邊边]|[臺台]灣周[邊边]",
        "to_day": r"(?:至|まで)(?:\d+年)?(?:(?P<month>\d{1,2})月)?(?:明|今|昨|本)?"
        r"\(?(?P<day>\d{1,2})\)?日",
        "month_day": r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日",
        "day": r"(?:今|昨|明|本|前)?\(?(?P<day>\d{1,2})\)?日(?!本)",
    }
    return {name: re.compile(_folded(pattern)) for name, pattern in written.items()}


def _folded(pattern: str) -> str:
    return "".join(fold_char(c) if CJK.match(c) else c for c in pattern)


def may_report_cjk_incursions(folded: str) -> bool:
    """A cheap test first: most articles count no craft in a zone."""
    p = _patterns()
    return bool(p["count"].search(folded)) and any(
        p[zone].search(folded)
        for zone in ("median line", "ADIZ", "around Taiwan", "contiguous zone",
                     "territorial waters", "restricted waters")
    )  # fmt: skip


@dataclass(frozen=True)
class _Count:
    start: int
    end: int
    count: int
    craft: str  # air, drones, balloons, missiles or ships
    ships: str | None  # navy vessels or official ships, when the words say
    typed: bool  # one aircraft type: a breakdown
    cumulative: bool


def find_cjk_incursions(text: str, folded: str, published: datetime) -> list[Incursion]:
    """The facts of an article, in order; `folded` is `fold(text)`."""
    if not may_report_cjk_incursions(folded):
        return []
    p = _patterns()
    report = bool(p["report"].search(folded))
    sentences = [(m.start(), m.end()) for m in p["sentence_end"].finditer(folded)]
    written_days = [_day(folded[a:b], published.date()) for a, b in sentences]
    day = next((d for d in written_days if d), None) or published.date()
    sea_place: str | None = None
    facts: list[Incursion] = []
    for (start, end), written in zip(sentences, written_days, strict=True):
        day = written or day
        sentence = folded[start:end]
        places = _places(sentence)
        facts += _sentence_facts(sentence, text[start:end].strip(), day, report, sea_place)
        sea_place = next((p for _, p in reversed(places) if p in SEA_PLACES), sea_place)
    keyed = {(f.count, f.what, f.zone, f.place, f.day): f for f in reversed(facts)}
    return list(keyed.values())[::-1]


def _sentence_facts(
    sentence: str, evidence: str, day: date, report: bool, sea_place: str | None
) -> list[Incursion]:
    p = _patterns()
    counts = [c for m in p["count"].finditer(sentence) if (c := _count(sentence, m))]
    if not counts:
        return []
    zones = _zones(sentence)
    places = _places(sentence)
    outside = bool(p["outside"].search(sentence))
    groups = _groups(sentence, counts)
    facts: list[Incursion] = []
    for index, group in enumerate(groups):
        first, last = group[0], group[-1]
        scope_end = groups[index + 1][0].start if index + 1 < len(groups) else len(sentence)
        scope_start = groups[index - 1][-1].end if index else 0
        after = [zone for position, zone in zones if last.end <= position < scope_end]
        before = [zone for position, zone in zones if scope_start <= position < first.start]
        subset = bool(p["subset"].search(sentence[scope_start : first.start]))
        chosen = after or before
        if not chosen and report and not subset and not outside:
            chosen = ["around Taiwan"]
        for zone in dict.fromkeys(chosen):
            place = _place(zone, places, sea_place, outside)
            if place is not None:
                facts += _group_facts(group, zone, place, day, evidence)
    return facts


def _group_facts(
    group: list[_Count], zone: str, place: str, day: date, evidence: str
) -> list[Incursion]:
    counted = [c for c in group if not c.cumulative]
    plain = [c for c in counted if not c.typed]
    sums: dict[str, int] = {}
    for count in plain or counted:  # a breakdown counts only when it is all there is
        what = _what(count, zone)
        sums[what] = sums.get(what, 0) + count.count
    return [Incursion(n, what, zone, place, day, evidence) for what, n in sums.items() if n > 0]


def _what(count: _Count, zone: str) -> str:
    if count.craft == "air":
        return "aircraft"
    if count.craft == "ships":
        return count.ships or ("navy vessels" if zone in AIR_ZONES else "official ships")
    return count.craft


def _count(sentence: str, match: re.Match[str]) -> _Count | None:
    p = _patterns()
    number = _number(match.group("number"))
    if number is None:
        return None
    clause = max((m.end() for m in p["clause_start"].finditer(sentence, 0, match.start())),
                 default=0)  # fmt: skip
    prefix = sentence[max(clause, match.start() - PREFIX_REACH) : match.start()]
    counter = match.group("counter")
    near = prefix + sentence[match.end() : match.end() + 6]
    craft: str
    if p["drones"].search(prefix):
        craft = "drones"
    elif p["balloons"].search(near):
        craft = "balloons"
    elif p["missiles"].search(near):
        craft = "missiles"
    elif counter in _folded_set("架次 架 機"):
        craft = "air"
    elif counter in _folded_set("艘次 艘 隻"):
        craft = "ships"
    else:
        return None
    ships = None
    if craft == "ships":
        ships = "official ships" if p["official"].search(prefix) else None
        ships = ships or ("navy vessels" if p["navy"].search(prefix) else None)
    cumulative = bool(p["cumulative"].search(sentence[clause : match.start()]))
    typed = craft == "air" and bool(p["typed"].search(prefix))
    return _Count(match.start(), match.end(), number, craft, ships, typed, cumulative)


@cache
def _folded_set(words: str) -> frozenset[str]:
    return frozenset(_folded(word) for word in words.split())


def _number(text: str) -> int | None:
    """'25', '十二', '二十五', '兩' -> 25, 12, 25, 2."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for char in text:
        folded = fold_char(char)
        if folded in DIGITS:
            current = DIGITS[folded]
        elif folded in UNITS:
            total += (current or 1) * UNITS[folded]
            current = 0
        else:
            return None
    return total + current


def _groups(sentence: str, counts: list[_Count]) -> list[list[_Count]]:
    """Counts joined by list words ("、", "和", "と") are one group; a comma, 其中 or うち
    between two counts starts another."""
    p = _patterns()
    groups = [[counts[0]]]
    for previous, count in zip(counts, counts[1:], strict=False):
        between = sentence[previous.end : count.start]
        if p["group_break"].search(between) or _zone_in(between):
            groups.append([count])
        else:
            groups[-1].append(count)
    return groups


def _zone_in(text: str) -> bool:
    return bool(_zones(text))


def _zones(sentence: str) -> list[tuple[int, str]]:
    """Zones named and entered, by position; a negated one ("未逾越中線") is not entered."""
    p = _patterns()
    found = []
    for zone in ("median line", "ADIZ", "around Taiwan", "contiguous zone",
                 "territorial waters", "restricted waters"):  # fmt: skip
        for match in p[zone].finditer(sentence):
            before = sentence[max(0, match.start() - NEGATION_REACH) : match.start()]
            after = sentence[match.end() : match.end() + NEGATION_REACH + 3]
            if zone == "territorial waters" and after.startswith(_folded("外")):
                continue
            if p["negation"].search(before) and zone != "around Taiwan":
                continue
            if re.search(_folded("越えていない|ていない|なかった|せず"), after):
                continue
            found.append((match.start(), zone))
    return sorted(found)


def _places(sentence: str) -> list[tuple[int, str]]:
    p = _patterns()
    found = [
        (match.start(), place)
        for place in ("Senkaku Islands", "Kinmen", "Matsu", "Taiwan")
        for match in p[place].finditer(sentence)
    ]
    return sorted(found)


def _place(
    zone: str, places: list[tuple[int, str]], sea_place: str | None, outside: bool
) -> str | None:
    named = [place for _, place in places]
    if zone in AIR_ZONES or zone == "around Taiwan":
        return None if outside and "Taiwan" not in named else "Taiwan"
    place = next((p for p in named if p in SEA_PLACES), None) or sea_place
    if zone == "restricted waters" and place not in ("Kinmen", "Matsu"):
        return None
    return place


def _day(sentence: str, published: date) -> date | None:
    """The day a sentence's report covers: the day it runs to, else the first day written."""
    p = _patterns()
    for name in ("to_day", "month_day", "day"):
        match = p[name].search(sentence)
        if match:
            month = (
                int(match.group("month"))
                if "month" in p[name].groupindex and match.group("month")
                else None
            )
            return _resolve(int(match.group("day")), month, published)
    return None


def _resolve(day: int, month: int | None, published: date) -> date | None:
    """A day of the month (and month) read against the publication date: the latest such
    day not after the day following publication (a report runs to 6 a.m. the next day)."""
    latest = published + timedelta(days=1)
    if month is not None:
        for year in (latest.year, latest.year - 1):
            try:
                candidate = date(year, month, day)
            except ValueError:
                return None
            if candidate <= latest:
                return candidate
        return None
    year, month = latest.year, latest.month
    for _ in range(3):  # this month, else the one before (the 31st), else the one before that
        try:
            if date(year, month, day) <= latest:
                return date(year, month, day)
        except ValueError:
            pass
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None
