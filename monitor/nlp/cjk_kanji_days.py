"""Days written in kanji numerals, for cjk_days.py: "一日" is also "one day" and "三日" three
days, so a kanji numeral before 日 is a date only where its neighbours make it one.

- After its month ("六月十日", "今月十一日", "令和六年五月十日"), beside a day the story told
  ("前日の十三日", "翌日の十五日"), or in a newspaper's lede between the speaker or the subject
  and a comma ("台湾国防部は二十四日、…と発表した", "中国軍機十八機が十二日、…に入った"), or after
  its source ("第十一管区海上保安本部によると、十日、"), where a count of days ("三日間") is never
  written.
- Before a part of the day ("十八日午前、", "十日夜に"): a count of days has no morning; nor
  is it the day an announcement or a press conference is of ("二十六日の発表によると").
- As Taiwan's local papers write the whole date in kanji ("國防部昨（十八）日上午公布，自十七日
  上午六時至十八日上午六時止"): bracketed after 今, 昨 or 前, before the hour of a day, before
  its weekday's bracket ("十六日（週日）", in Japanese "二十四日（月）") or inside the bracket
  after its weekday ("上週六（十九日）"). A count of days takes none of these.
- Opening a clause as its topic, a count of craft right after ("（前日の八日は軍機三十七機、艦艇
  十隻。七日は軍機十機）"): a roundup's earlier days, where "three days" would take no は.
- Before に and the clause of what happened on it ("十四日に久場島周辺で領海に侵入した船二隻"), as
  community broadcasts write the day ships entered; "一日に" is "in a day" and "三日に一度"
  "once every three days", so neither is one.
"""

from __future__ import annotations

_NUMERAL = "[一二三四五六七八九十]"
# A part of the day written after a date with no hour ("十八日午前、").
PART_OF_DAY = "(?:午前|午後|朝|未明|夜|夕方|昼|正午|深夜)"
# A Japanese weekday in its bracket after the day ("二十四日（月）"): a count of days takes none.
_JA_WEEKDAY = "[月火水木金土日](?:曜日?)?"
_HOUR = r"(?:上午|下午|凌晨|清晨|晚間|晚上|午前|午後|朝|未明|夜)?[〇零一二三四五六七八九十]{1,3}時"

KANJI_DATE_DAY = (
    rf"(?:(?P<kanji_month>(?<![〇一二三四五六七八九十]){_NUMERAL}{{1,2}})月|(?<=月)|(?<=日の)"
    rf"|(?<=[はが])(?={_NUMERAL}{{1,3}}日[、,，])|(?<=によると、)(?={_NUMERAL}{{1,3}}日[、,，])"
    rf"|(?<!{_NUMERAL})(?={_NUMERAL}{{1,3}}日{PART_OF_DAY}[、,，にの])"
    rf"|(?<![^\s。、，,(])(?={_NUMERAL}{{1,3}}日は[^、，,。]{{0,6}}{_NUMERAL})"
    rf"|(?<=[今昨明前]\()(?={_NUMERAL}{{1,3}}\)日)"
    rf"|(?<!{_NUMERAL})(?={_NUMERAL}{{1,3}}日{_HOUR})"
    rf"|(?<!{_NUMERAL})(?={_NUMERAL}{{1,3}}日の(?:発表|会見|記者会見|公表))"
    rf"|(?<!{_NUMERAL})(?={_NUMERAL}{{1,3}}日\((?:(?:週|星期)?[一二三四五六日天]|{_JA_WEEKDAY})\))"
    rf"|(?<=[週周期拜][一二三四五六日天]\()(?={_NUMERAL}{{1,3}}日\))"
    rf"|(?<!{_NUMERAL})(?!一日)(?={_NUMERAL}{{1,3}}日に(?!{_NUMERAL}+[度回]|[0-9]+[度回])))"
    rf"(?P<kanji_day>{_NUMERAL}{{1,3}})\)?"
)
# The day a report's window runs to, in kanji: before まで ("二十四日午前六時まで"), or after 至 and
# before its hour ("至十八日上午六時止").
KANJI_TO_DAY = (
    rf"(?:(?<=[至到])(?={_NUMERAL}{{1,3}}日{_HOUR})"
    rf"|(?={_NUMERAL}{{1,3}}日(?:午前|午後|朝|未明|夜)?[〇一二三四五六七八九十]{{0,3}}時?まで))"
    rf"(?P<kanji_day>{_NUMERAL}{{1,3}})日"
)
# A lede's day before its comma ("与那国島で十四日、", "七十九年となる三日、"), read only where a
# later "この日" or "同日" points back to it: alone, "三日、" may count days.
KANJI_LEDE_DAY = rf"(?<![一二三四五六七八九十百千])(?P<kanji_day>{_NUMERAL}{{1,3}})日(?=[、,，])"
