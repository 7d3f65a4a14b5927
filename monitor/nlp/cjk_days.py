"""The day a Chinese or Japanese incursion report covers, read from one sentence of folded text
(cjk_script.fold) against the publication date.

- A report that runs to a day gives that day: "自昨（24）日上午6時至今（25）日上午6時" and
  "１４日午前６時から１５日午前６時まで" are the 25th and the 15th, and so is "１４日午前６時～
  １５日午前６時" (a wave dash runs to the day after it); "至昨天上午6時" is the day before
  publication.
- Else a day written after the first count as the one the craft are still there on ("３隻は、
  ６日正午現在も領海内", "６日午前の時点でも"): rule 9 counts a stay not yet over on that day.
  So does the next sentence or a later clause, pointing back to the ships by their count
  ("２隻は…、１０日午前８時現在も領海内にとどまっている": `stay_goes_on`).
- Else the day written last before the sentence's first count, as the one the counted craft
  were out: in "国防部は５日、中国軍が４日に…ミサイル１１発" the missiles flew on the 4th.
- Else the first day the sentence writes; a sentence that writes none keeps the day before it,
  but "同日" (the same day), "この日" or "当日" before its first count is the recent day written
  last before it ("演習は７日に始まり、９日に終わった。同日、…艦艇６隻" is the 9th, and "与那国島で
  十四日、…。この日、…中国軍機二十三機" the 14th); an announcement made
  "the same day" is made on the day the announcement before it was ("統幕は１０日、…９日に…と
  発表した。国防部も同日…と発表" is the 10th).
- A weekday alone ("周一", "日曜日") is that weekday in the week up to publication, "上周四" the
  one of the week before; "翌日", "隔天" and "前一天" are counted from the day told before, but
  a count whose day is only "前一天" or "前日" is recalled (`recalled`): no fact, by rule 8.
- The days of a sentence's later counts, and a day written right after a count's subject, are
  read in cjk_count_days.py.

Minutes and resolutions write dates in kanji numerals ("去る六月十日", "今月十一日"); after a
month these are days as digits are.

"今天", "昨天" and a bare "24日" are read against the publication's date on the reporting
side's clock, else the newsroom's (reporting_clocks.local_publication): Taipei, Beijing and
Hong Kong are eight hours ahead of UTC and Tokyo nine, so a report published at 22:30 UTC is of
the next day's "昨天", and one of the Japan Coast Guard's published at 15:30 UTC already is.

"２日目" (the second day), "２日間" (two days), "１日で" (in one day), "１日最多" (a day's
record), "前日に続き" (again, as the day before) and "同日" (the same day) are not days of
their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache

from .cjk_account_years import account_opening, day_in_account, gregorian_year
from .cjk_incursion_words import read_number
from .cjk_kanji_days import KANJI_DATE_DAY, KANJI_LEDE_DAY, KANJI_TO_DAY
from .cjk_month_days import resolve_day
from .cjk_quoted_days import quotations, speech_day
from .cjk_same_day_windows import ANNOUNCES, same_day_window, told_on
from .cjk_script import fold_pattern
from .cjk_stay_words import AS_OF, POINTED_BACK_SHIPS, STILL

# Days written relative to publication, as a report's own words.
# Broadcast scripts write the Japanese ones in kana ("きょう", "けさ", "きのう").
RELATIVE = {"今天": 0, "今日": 0, "今晨": 0, "今早": 0, "本日": 0, "昨天": -1, "昨日": -1,
            "昨晚": -1, "前天": -2, "きょう": 0, "けさ": 0, "きのう": -1}  # fmt: skip
# Kana words those spell a part of ("きょうだい", "受けさせる"), and a bracket's reading
# ("台湾海峡（たいわんかいきょう）").
_NOT_RELATIVE_AFTER = r"(?!だい|せ|[^（(）)、。\s]{0,12}[）)])"
# "１日当たり" is per day; "29日当天" and "２９日当日" are that day. "１日で" is in one day, but
# "２３日で３日目に入った" is a date: the exercise reached its third day on the 23rd.
_NOT_A_DAY = (
    r"(?!目|間|連|以|前|後|ぶり|当(?![天日])|あたり|平均|で(?![0-9]{1,2}日目)|の機|として|最|の最)"
)
# Days of the calendar named by a word, as (month, day): New Year's Day and New Year's Eve.
# "元日本兵" is a former Japanese soldier, not New Year's Day.
NAMED_DAYS = {"元日": (1, 1), "元旦": (1, 1), "大晦日": (12, 31)}
WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "月": 0,
            "火": 1, "水": 2, "木": 3, "金": 4, "土": 5}  # fmt: skip
# Years counted back from publication (前年, the year before a year told, is left out).
YEARS_BACK = {"一昨年": 2, "昨年": 1, "去年": 1}
# Days counted from the day told before, not from publication; after a noun they count from
# an event ("演習次日"), which gives no day.
FROM_TOLD = {"翌日": 1, "次日": 1, "隔天": 1, "隔日": 1, "前一天": -1, "前一日": -1, "前日": -1}
# A day that opens a span ("２日から", "前日午前６時から"), its hour perhaps a military clock's
# ("前一日0600時至當日0600時", as the defence ministry writes it).
SPAN_START = re.compile(
    fold_pattern(r"(?:午前|午後|朝|未明|夜|上午|下午)?[0-9]{0,4}時?(?:から|より|起|至)")
)
_CREDIT = re.compile(r"\s*【[^】\n]{0,24}[0-9]{1,2}日】")
# "この日" (this day) and "当日" (that day) point back as "同日" does: a story opening on an
# event's day goes on "この日、台湾国防部は…" or "この日も…船４隻が航行し" of that same day. Not
# "この日本" (this Japan) nor "この日曜" (this Sunday).
_SAME_DAY = re.compile(fold_pattern(r"同日|同じ日|(?:この日|当日)(?!本|曜)"))
_KANJI_LEDE_DAY = re.compile(fold_pattern(KANJI_LEDE_DAY))
# How far back "同日" looks for its day: the paragraph or two before it. Reading all the text
# before each one made a text of many "同日" quadratic to read.
SAME_DAY_REACH = 1_000
# A day's number, in brackets or not; the business press spaces it from its words
# ("今 (13) 日公布", "12 日上午 6 時至 13 日").
_SPACED_DAY = r"\s?\(?\s?(?P<day>\d{1,2})\s?\)?\s?"
# "355日" holds no 55th, and "開幕まで４日" and "あと４日" count days to go.
_NOT_A_COUNT_OF_DAYS = r"(?<![0-9])(?<!まで)(?<!あと)"
# What names a slash date's day after it: "那天", "當天", or its weekday's bracket ("（二）").
_DAY_WORD_AFTER = (
    r"那天|那日|當天|當日|這天|\s?[（(](?:週|星期)?[一二三四五六日天][)）]|"
    # a Japanese bulletin's weekday ("・3/4（火）　軍機9機")
    r"\s?[（(][月火水木金土日](?:曜日?)?[)）]"
)


# A date written right after a day counted from another ("前日の４日", "前日の十三日",
# "前一天（4日）"): it says which day that is.
_APPOSED_DATE = r"の?\s?[（(]?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[)）]?日(?!目|間)"


# The verbs of a report right after its day ("前一天公布", "前日發布").
_REPORTED = "(?:公布|公佈|發布|發佈|宣布|表示|指出|通報|稱)"


@cache
def day_patterns() -> dict[str, re.Pattern[str]]:
    relative = "|".join(RELATIVE)
    told = "|".join(sorted(FROM_TOLD, key=len, reverse=True))
    named = "|".join(NAMED_DAYS)
    written = {
        "to_day": r"(?:至|到|截至)\s?(?:\d+年)?(?:(?P<month>\d{1,2})月)?(?:明|今|昨|本)?"
        rf"{_SPACED_DAY}日|"
        rf"(?:至|到|截至)(?P<relative>{relative})|"
        r"(?:(?P<ja_month>\d{1,2})月)?(?P<ja_day>\d{1,2})日(?:午前|午後|朝|未明|夜)?\d{0,2}時?まで|"
        # The same in kanji numerals ("二十四日午前六時まで", "至十八日上午六時止").
        rf"{KANJI_TO_DAY}|"
        # A wave dash after a day or an hour runs to the day after it ("17日午前6時～18日午前6時").
        r"(?<=[日時])[~〜](?:(?P<dash_month>\d{1,2})月)?(?P<dash_day>\d{1,2})日(?!目|間)",
        # "本月10日", and minutes' "本（6）月10日": this month's day, its month the story's own.
        "day": rf"{_NOT_A_COUNT_OF_DAYS}(?:(?P<month>\d{{1,2}})月|本(?:\(\d{{1,2}}\))?月)?"
        r"(?:今|昨|明|本|前)?"
        rf"{_SPACED_DAY}日(?!本){_NOT_A_DAY}|(?P<relative>{relative}){_NOT_RELATIVE_AFTER}|"
        rf"(?P<named>{named})(?!本){_NOT_A_DAY}|"
        # A date in kanji numerals, as minutes and resolutions write it ("去る六月十日",
        # "今月十一日"): only after a month, since "一日" alone is also "one day".
        rf"{KANJI_DATE_DAY}日{_NOT_A_DAY}|"
        # A forwarded post's month/day ("9/10那天共機有45架次"), only before a word for the day
        # or its weekday: bare, "1/3" is a fraction and "24/7" always.
        rf"(?<![0-9/])(?P<slash_month>1[0-2]|0?[1-9])/(?P<slash_day>[12][0-9]|3[01]|0?[1-9])"
        rf"(?={_DAY_WORD_AFTER})|"
        rf"(?<!下)(?P<last>上)?(?:周|週|星期|禮拜|礼拜)(?P<weekday>[一二三四五六日天])|"
        # A Japanese weekday, of the week before after 先週; one apposed to a date is that
        # date's, which says the day ("2日の月曜日", "2日月曜日").
        r"(?<![0-9])(?<![0-9]日の)(?<![0-9]日)(?P<ja_last>先週の?)?(?P<ja_weekday>[月火水木金土日])曜|"
        # A preposition before one is no noun ("在前一天高達67架次"), nor is 此, "this", the
        # story's day it counts from ("此前一天，…公布的數字為軍機11架次"), nor a speaker whose
        # report it dates ("國防部前一天公布的數字為…": 提前一天公布 is "a day early").
        rf"(?:(?<![\u4e00-\u9fff])|(?<=[在於于此])|(?<!提)(?=(?:{told}){_REPORTED}))"
        # One apposed to the date it names ("前日の４日", "前一天（4日）") gives way to the date.
        rf"(?P<told>{told})(?!に続|比|より|と比|[^、，,。]{{0,8}}(?:から|起)|{_APPOSED_DATE})",
        # 各, それぞれ or 分別 after days joined into one run: one count for each of them.
        "each": r"^(?:と|、|,|，|和|及|與)?(?:が|は|に|も|有|都|均)?(?:各|それぞれ|分別)",
        # A year written before a day in its sentence is that day's ("2022年8月…8月4日"); a year
        # of three digits is the Republic of China's (114年 is 2025).
        "year": r"(?<![0-9])(?P<year>(?:19|20)[0-9]{2}|1[01][0-9])年",
        # So is a year counted back from publication, right before the day's month ("昨年八月
        # 四日", "去年8月4日"): the day a year or two before, which is background, not this year's.
        "years_back": rf"(?P<back>{'|'.join(YEARS_BACK)})の?(?=[0-9一二三四五六七八九十]{{1,3}}月)",
    }
    return {name: re.compile(fold_pattern(pattern)) for name, pattern in written.items()}


def report_day(
    sentence: str,
    published: date,
    first_count: int | None,
    told: date | None = None,
    text_before: str = "",
) -> date | None:
    """The day a sentence's counts are of (module docstring), `text_before` being the text before
    it (where "同日" points); None when it writes none."""
    # The window the first count is in, else the day written before it, else the window the
    # sentence names after it, else the first day written.
    to_days = list(day_patterns()["to_day"].finditer(sentence))
    before_count = [m for m in to_days if first_count is None or m.start() < first_count]
    if before_count:
        return day_of(before_count[-1], published, told)
    # A credit's date ("【新唐人日本2025年11月25日】") is the story's filing, no count's day.
    credit = _CREDIT.match(sentence)
    days = written_days(sentence, published, told, account_opening(text_before))
    days = [found for found in days if not credit or found[0] >= credit.end()]
    as_of = [
        d
        for position, end, d in days
        if first_count is not None and position > first_count and AS_OF.match(sentence, end)
    ]
    if as_of:
        return as_of[0]
    if window_day := same_day_window(sentence, first_count, days):
        return window_day
    before = [d for position, _, d in days if first_count is None or position < first_count]
    if before and first_count is not None:
        return before[-1]
    if to_days:
        return day_of(to_days[0], published, told)
    if days:
        return days[0][2]
    # "同日" points to the recent day named last before it, not to the first day of the
    # sentence before; a day a week or more before publication is background's, and a plan's
    # day to come reads as last year's ("８月３日に始まる演習"), so neither is it.
    same_day = _SAME_DAY.search(sentence, 0, len(sentence) if first_count is None else first_count)
    reach = text_before[-SAME_DAY_REACH:]
    earlier = _days_pointed_back_to(reach, published, told) if same_day else []
    recent = [found for found in earlier if found[2] > published - timedelta(days=7)]
    # An announcement made "the same day" is made on the day the one before was ("統幕は１０日、
    # …９日に…と発表した。台湾国防部も同日…と発表": the 10th), not on the day of what it told.
    if ANNOUNCES.search(sentence) and (
        announced := [day for start, end, day in recent if told_on(reach, start, end)]
    ):
        return announced[-1]
    return recent[-1][2] if recent else None


def stay_goes_on(sentence: str, published: date, told: date | None) -> tuple[int, date] | None:
    """The count of ships a sentence or one of its clauses points back to and the later day it
    says they are still in their zone on, as of an hour ("２隻は…、１０日午前８時現在も領海内に
    とどまっている"): rule 9 counts a stay not yet over on that day. None when it says no such
    thing."""
    days = written_days(sentence, published, told)
    for pointed in POINTED_BACK_SHIPS.finditer(sentence):
        for start, end, day in days:
            as_of = AS_OF.match(sentence, end)
            if start >= pointed.end() and as_of and STILL.match(sentence, as_of.end()):
                count = read_number(pointed.group("count"))
                return (count, day) if count else None
    return None


def recalled(sentence: str, first_count: int | None) -> bool:
    """Whether the day of a sentence's first count is only recalled from the story's
    ("前一天，…發射了11枚", "同部は前日、"): by rule 8 such a figure is no fact, where one
    whose day is written ("前日の３日には３９機") or a report's window
    ("前日午前６時からの２４時間") is."""
    p = day_patterns()
    end = len(sentence) if first_count is None else first_count
    if any(m.start() < end for m in p["to_day"].finditer(sentence)):
        return False
    days = [m for m in p["day"].finditer(sentence, 0, end) if m.start() < end]
    if not days or not (told := days[-1].group("told")):
        return False
    return FROM_TOLD[_unfolded(told, FROM_TOLD)] < 0 and not SPAN_START.match(
        sentence, days[-1].end()
    )


def written_days(
    sentence: str, published: date, told: date | None, opening: date | None = None
) -> list[tuple[int, int, date]]:
    """(start, end, day) of each day written in a sentence (cjk_account_years.py: `opening`)."""
    p = day_patterns()
    years = sorted(
        [(m.start(), gregorian_year(m.group("year"))) for m in p["year"].finditer(sentence)]
        + [
            (m.start(), published.year - YEARS_BACK[_unfolded(m.group("back"), YEARS_BACK)])
            for m in p["years_back"].finditer(sentence)
        ]
    )
    quoted = quotations(sentence)
    found: list[tuple[int, int, date]] = []
    for m in p["day"].finditer(sentence):
        # A quotation's "今天" is the speaker's, of the day written before it (cjk_quoted_days).
        spoken = m.group("relative") and speech_day(m.start(), quoted, found)
        year = _year_before(years, m.start())
        if d := day_of(m, spoken or published, told, year, opening):
            found.append((m.start(), m.end(), d))
    return found


def _days_pointed_back_to(
    text: str, published: date, told: date | None
) -> list[tuple[int, int, date]]:
    """The days written in `text`, with its ledes' kanji days, in order."""
    lede_days = [
        (m.start(), m.end(), day)
        for m in _KANJI_LEDE_DAY.finditer(text)
        if (day := day_of(m, published, told))
    ]
    return sorted({*written_days(text, published, told), *lede_days})


def _year_before(years: list[tuple[int, int]], position: int) -> int | None:
    return next((year for start, year in reversed(years) if start < position), None)


def day_of(
    match: re.Match[str],
    published: date,
    told: date | None,
    year: int | None = None,
    opening: date | None = None,
) -> date | None:
    found = {name: value for name, value in match.groupdict().items() if value}
    if "relative" in found:
        return published + timedelta(days=RELATIVE[_unfolded(found["relative"], RELATIVE)])
    if "told" in found:  # "前日" with no day told before it points nowhere
        return (
            told + timedelta(days=FROM_TOLD[_unfolded(found["told"], FROM_TOLD)]) if told else None
        )
    if "named" in found:
        named_month, named_day = NAMED_DAYS[_unfolded(found["named"], NAMED_DAYS)]
        return (
            date(year, named_month, named_day)
            if year
            else resolve_day(named_day, named_month, published)
        )
    weekday = found.get("weekday") or found.get("ja_weekday")
    if weekday:
        back = (published.weekday() - WEEKDAYS[_unfolded(weekday, WEEKDAYS)]) % 7
        if "last" in found or "ja_last" in found:  # "上周四", "先週の木曜": the week before's
            this_week = published - timedelta(days=published.weekday())
            return this_week - timedelta(days=7 - WEEKDAYS[_unfolded(weekday, WEEKDAYS)])
        return published - timedelta(days=back)
    day_written = ("day", "ja_day", "dash_day", "slash_day")
    month_written = ("month", "ja_month", "dash_month", "slash_month")
    day = _number(next((found[k] for k in day_written if k in found), None), found, "day")
    month = _number(next((found[k] for k in month_written if k in found), None), found, "month")
    if day and month and year:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    if day and month and opening and (in_account := day_in_account(month, day, opening, published)):
        return in_account
    return resolve_day(day, month, published) if day else None


def _number(digits: str | None, found: dict[str, str], unit: str) -> int | None:
    """A date's day or month, written in digits or, in a kanji date, in kanji numerals."""
    if digits:
        return int(digits)
    kanji = found.get(f"kanji_{unit}")
    return read_number(kanji) if kanji else None


def _unfolded(folded: str, words: Iterable[str]) -> str:
    return next(word for word in words if fold_pattern(word) == folded)
