"""The day a Chinese or Japanese incursion report covers, read from one sentence of folded text
(cjk_script.fold) against the publication date.

- A report that runs to a day gives that day: "自昨（24）日上午6時至今（25）日上午6時" and
  "１４日午前６時から１５日午前６時まで" are the 25th and the 15th, "至昨天上午6時" the day
  before publication.
- Else the day written last before the sentence's first count, as the one the counted craft
  were out: in "国防部は５日、中国軍が４日に…ミサイル１１発" the missiles flew on the 4th.
- Else the first day the sentence writes; a sentence that writes none keeps the day before it.

"２日目" (the second day), "２日間" (two days), "１日で" (in one day), "前日" (the day before
the one told) and "同日" (the same day) are not days of their own.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from .cjk_script import fold_pattern

# Days written relative to publication, as a report's own words.
RELATIVE = {"今天": 0, "今日": 0, "今晨": 0, "今早": 0, "本日": 0, "昨天": -1, "昨日": -1,
            "昨晚": -1, "前天": -2}  # fmt: skip
_NOT_A_DAY = r"(?!目|間|連|以|前|後|ぶり|当|あたり|平均|で|の機|として)"
# "355日" holds no 55th, and "開幕まで４日" and "あと４日" count days to go.
_NOT_A_COUNT_OF_DAYS = r"(?<![0-9])(?<!まで)(?<!あと)"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    relative = "|".join(RELATIVE)
    written = {
        "to_day": r"(?:至|到|截至)(?:\d+年)?(?:(?P<month>\d{1,2})月)?(?:明|今|昨|本)?"
        r"\(?(?P<day>\d{1,2})\)?日|"
        rf"(?:至|到|截至)(?P<relative>{relative})|"
        r"(?:(?P<ja_month>\d{1,2})月)?(?P<ja_day>\d{1,2})日(?:午前|午後)?\d{0,2}時?まで",
        "day": rf"{_NOT_A_COUNT_OF_DAYS}(?:(?P<month>\d{{1,2}})月)?(?:今|昨|明|本|前)?\(?"
        rf"(?P<day>\d{{1,2}})\)?日(?!本){_NOT_A_DAY}|(?P<relative>{relative})",
        # A year written before a day in its sentence is that day's ("2022年8月…8月4日"); a year
        # of three digits is the Republic of China's (114年 is 2025).
        "year": r"(?<![0-9])(?P<year>(?:19|20)[0-9]{2}|1[01][0-9])年",
    }
    return {name: re.compile(fold_pattern(pattern)) for name, pattern in written.items()}


def report_day(sentence: str, published: date, first_count: int | None) -> date | None:
    """The day a sentence's counts are of (module docstring); None when it writes none."""
    p = _patterns()
    to_day = p["to_day"].search(sentence)
    if to_day:
        return _day_of(to_day, published)
    years = [(m.start(), _year(m.group("year"))) for m in p["year"].finditer(sentence)]
    days = [
        (m.start(), d)
        for m in p["day"].finditer(sentence)
        if (d := _day_of(m, published, _year_before(years, m.start())))
    ]
    before = [d for position, d in days if first_count is None or position < first_count]
    if before and first_count is not None:
        return before[-1]
    return days[0][1] if days else None


def _year(written: str) -> int:
    return int(written) + 1911 if len(written) == 3 else int(written)


def _year_before(years: list[tuple[int, int]], position: int) -> int | None:
    return next((year for start, year in reversed(years) if start < position), None)


def _day_of(match: re.Match[str], published: date, year: int | None = None) -> date | None:
    found = {name: value for name, value in match.groupdict().items() if value}
    if "relative" in found:
        return published + timedelta(days=RELATIVE[_unfolded(found["relative"])])
    day = found.get("day") or found.get("ja_day")
    month = found.get("month") or found.get("ja_month")
    if day and month and year:
        try:
            return date(year, int(month), int(day))
        except ValueError:
            return None
    return _resolve(int(day), int(month) if month else None, published) if day else None


@cache
def _unfolded(folded: str) -> str:
    return next(word for word in RELATIVE if fold_pattern(word) == folded)


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
