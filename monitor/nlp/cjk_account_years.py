"""The year an account's month-and-day dates belong to, for cjk_days.py.

An encyclopedia page or a chronology (大事记) opens its account of past events with a full date
("2022年8月4日から…演習") and then writes month and day only ("8月5日には…６８機"): those days are
of the year written before them, not of the page's own, so a page published in 2025 about the
2022 drills reports nothing of this week. A month and day take the year that puts them nearest
the full date written last before them (an account that runs past New Year's Eve goes on into
the next year), never a day after publication.

A day read against publication written after that date ("今日", "昨天") brings the text back to
the present: month-and-day dates after it are the publication's year again.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from .cjk_script import fold_pattern

# How far back an account's opening date is looked for: the paragraph or two before a sentence,
# so reading every sentence's reach stays linear in the text.
ACCOUNT_REACH = 1_000
# How far from its opening date an account's days run: a drill's or a crisis's weeks. A day
# further off is the story's own, read against publication: "頼清徳総統は2024年5月20日に就任
# した。台湾国防部は8月5日……" in a story of 5 August 2025 reports that day, not one in 2024.
ACCOUNT_DAYS = 31
# A full date: a Gregorian year (or the Republic of China's, 114年 being 2025), month and day.
_FULL_DATE = (
    r"(?<![0-9])(?P<year>(?:19|20)[0-9]{2}|1[01][0-9])年(?P<month>1[0-2]|0?[1-9])月"
    r"(?P<day>[0-9]{1,2})日"
)
# Days written against publication, which end an account of the past.
_PRESENT = r"今天|今日|今晨|今早|本日|昨天|昨日|昨晚|前天|きょう|けさ|きのう"


@cache
def _full_date() -> re.Pattern[str]:
    return re.compile(fold_pattern(_FULL_DATE))


@cache
def _present() -> re.Pattern[str]:
    return re.compile(fold_pattern(_PRESENT))


def account_opening(text_before: str) -> date | None:
    """The full date written last in the reach before a sentence, when no day read against
    publication follows it; None otherwise."""
    reach = text_before[-ACCOUNT_REACH:]
    dates = list(_full_date().finditer(reach))
    last = dates[-1] if dates else None
    if last is None or _present().search(reach, last.end()):
        return None
    try:
        year = gregorian_year(last.group("year"))
        return date(year, int(last.group("month")), int(last.group("day")))
    except ValueError:
        return None


def gregorian_year(written: str) -> int:
    """A year as written: three digits are the Republic of China's (114 is 2025)."""
    return int(written) + 1911 if len(written) == 3 else int(written)


def day_in_account(month: int, day: int, opening: date, published: date) -> date | None:
    """The month and day in the year that puts them nearest the account's opening date, not
    after the day following publication (a report runs to 6 a.m. the next day); None when no
    such day lies within ACCOUNT_DAYS of the opening."""
    latest = published + timedelta(days=1)
    candidates = []
    for year in (opening.year - 1, opening.year, opening.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= latest:
            candidates.append(candidate)
    nearest = min(candidates, key=lambda d: abs(d - opening), default=None)
    if nearest is None or abs(nearest - opening) > timedelta(days=ACCOUNT_DAYS):
        return None
    return nearest
