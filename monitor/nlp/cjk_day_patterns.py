"""The words of days and periods in Chinese and Japanese incursion reports, as patterns
written unfolded (cjk_incursion_words.patterns folds and compiles them): a period's total,
the report's day, a span's end, and what makes a figure no count of the day (a record, a
plan, a comparison, a day recalled).
"""

from .cjk_kanji_days import PART_OF_DAY
from .cjk_period_words import MORE_THAN_A_WEEK_AGO, PERIOD_TALLY

# The year of a Japanese era, or a month or day in one's dates ("令和６年", "令和六年五月一日").
_ERA_NUMBER = r"[0-9〇一二三四五六七八九十]{1,3}"

DAY_PATTERNS = {
    # What governs the counts after it in its sentence, and in the sentences after that
    # name none: a period (a month, a year, "so far") or the report's day. A streak
    # ("156日連続") counts days, not craft: it says the craft were out today again.
    # A month followed by its day is a date ("本月三日公布"), no period.
    "period": r"(?:本月|今月|上月|先月|前月)(?![0-9一二三四五六七八九十]{1,3}[日号])|"
    r"今年|本年|去年|昨年|前年|全年|年初|年度|財年|以來|"
    r"上半期|下半期|四半期|"  # a half or a quarter of a year ("上半期の合計は延べ１８５３機")
    rf"以来|以降|週間|累計|累积|累積|迄今|月間|年間|日間|カ月|か月|ヶ月|{MORE_THAN_A_WEEK_AGO}|"
    # "期間" as a span, not the report's window (同じ期間) nor "during it" opening a clause
    # ("護漁任務，期間遭日本巡視船2艘跟監"), nor "while" after an exercise ("30日在台島周邊
    # 演習期間，…發射火箭彈10枚": the day written is the count's).
    r"(?<![同じ一，,、。])(?<!^)(?<!演習)(?<!軍演)(?<!演訓)(?<!操演)(?<!演練)(?<!訓練)期間|"
    # A week's total ("本週共機合計70架次", "今週", "合計一週", a roundup's "週初からの合計");
    # not a weekday ("本週五"), nor a week only taken as an example ("以最近一週為例").
    r"(?:本|今|這)[週周](?![一二三四五六日天末])|(?:合計|共計|總計|合共|總共)[一全整][週周]|"
    r"[一全整][週周](?:合計|共計|總計|累計)|週初から|週明けから|"
    # The week before, as a whole ("先週は一日で４５機が確認された日もあった": a peak of it);
    # not one of its weekdays ("先週金曜日", a day rule 8 dates).
    r"(?:先週|前週)(?!の?[月火水木金土日]曜)|"
    # 同期 as the same period of a year or month before ("去年同期", "上月同期"); alone it
    # is the window the report named ("昨日上午6時至今晨6時…，同期另有共機17架次").
    # A month in kanji is one as in digits ("十一月共機擾台逾四百架次", a monthly story's head).
    rf"個月|整月|(?<=[年月週周])同期(?!間)|{PERIOD_TALLY}|"
    r"(?<![0-9月一二三四五六七八九十])(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])月"
    r"(?![0-9一二三四五六七八九十]{1,3}[日号])|"
    r"[0-9]{4}年(?![0-9]{1,2}月[0-9]{1,2}日)|"
    # A Japanese era's year ("令和６年において", "平成三十年に"), in digits or kanji, as a
    # Diet answer or a white paper dates a year's total; not a full date in one.
    rf"(?:令和|平成)(?:元|{_ERA_NUMBER})年(?!{_ERA_NUMBER}月{_ERA_NUMBER}日)",
    # The report's day, by name, by its hours, or pointed back to ("同じ時間帯", "同一時段",
    # "同じ期間": the report's window, not a period of its own).
    "report_day": r"今天|今日|今晨|今早|本日|昨天|昨日|昨晚|前天|當天|当日|同日|上午|"
    r"(?:きょう(?!だい)|けさ(?!せ)|きのう)(?![^（(）)、。\s]{0,12}[）)])|"
    r"下午|凌晨|午前|午後|[0-9]+小時|[0-9]+時間|(?<![0-9])[0-9]{1,2}日(?!目|間|連|以|ぶり|で)|"
    r"(?<=月)[一二三四五六七八九十]{1,3}日(?!目|間|連|以|ぶり|で)|"
    # a lede's kanji date, or one before a part of the day (KANJI_DATE_DAY)
    r"(?<=[はが])[一二三四五六七八九十]{1,3}日(?=[、,，])|"
    rf"[一二三四五六七八九十]{{1,3}}日(?={PART_OF_DAY}[、,，にの])|"
    # A listed day with its weekday, as notes write it ("• 6/2（一）", "・3/4（火）"); not a
    # table's row, whose day a stay's columns span ("9/7（日）｜截至中午仍有４艘").
    r"(?:(?<=[•・\-▲■◆])|(?<=[•・\-▲■◆] ))"
    r"[0-9]{1,2}/[0-9]{1,2}\([一二三四五六日天月火水木金土]\)|"
    r"週[一二三四五六日]|星期|同じ日|その日|この日(?!本|曜)|同じ時間帯|同時間帯|同時刻|同一時段|同時段|"
    r"同一時間|同時間|同じ期間|同期間|同一期間|"
    # "This announcement": an explainer returning from history to the day's report
    # ("2022年ごろから…。今回の発表だと、21機のうち14機が…").
    r"今回の(?:発表|公表|報告)",
    # A day that ends a span ("２７日までに", "截至27日", "２９日時点で"): after a period, the
    # period's end.
    # A bare day a figure was reached by ("２８日までに"), with no hour of a window and no
    # span opened before it.
    "by_day": r"までに",
    "span_end": r"^[^，,；;。、]{0,8}?まで|^[^，,；;。、]{0,3}?(?:時点|現在)|"
    r"(?:截至|至|到)[^，,；;。、]{0,4}$",
    # What makes one figure no count of the day, in its clause: a comparison with a
    # record, something planned, something that once was.
    # A record told after a recalled figure ("上周四曾报告…45架次军机，为今年以来第二高").
    "record": r"最多|最高|新高|次高|第[0-9二三四五]高",
    # "曾" (once) recalls a figure; a day written before it in its clause dates it.
    "once": r"曾",
    # A figure its own clause or the next says set a record ("…153架次，創下歷史紀錄"),
    # with no other figure between (not a streak's: "連續第150天…，創下最長紀錄"), and a
    # day before the report's named before it ("前天", "上週五"): a record recalled, no
    # fact by rule 8.
    "record_set": r"[^0-9，,。；;]{0,8}?[，,]?\s*(?:創下?|刷新|寫下|打破)[^0-9，,。；;]{0,8}"
    r"(?:紀錄|記錄|新高)",
    "past_day": r"大?前天|前日|上[週周]|上星期",
    # A figure the clause after calls a peak ("…45架次，为本月以来单日最高"), and a weekday.
    "peak_called": r"[，,]\s*(?:為|是)[^0-9，,。；;]{0,10}?(?:最多|最高|新高)",
    "weekday": r"(?:週|星期|禮拜)[一二三四五六日天]",
    # A figure its sentence names as a record ("（10/15）の153機は、１日の機数としての最多記録
    # である"), its day bracketed before it: a seminar's reading of a past day, background.
    "record_named": r"は[、，,]?[^。！？!?]{0,16}?(?:最多|最高|新高)の?(?:記録|紀錄|記錄)",
    "bracketed_day": r"\([0-9]{1,2}/[0-9]{1,2}\)",
    # a day bracketed after a relative word ("前（10）日曾…"), or in kanji ("（十九日）曾")
    "dated": r"[0-9]\s*\)?\s*日|[週周星期][一二三四五六日天]|[〇一二三四五六七八九十]日\)",
    "not_today": r"最多|最高|僅次|次ぐ|上回|記錄|紀錄|新高|較|比|預計|"
    # a plan, not the waters set for a launch ("向台岛以东预定海域发射…导弹4枚")
    r"(?:預定|予定)(?!海域|區域|水域|空域)|計畫|"
    r"計劃|計画|將|来週|下週|研判|預估|可能|恐將|恐怕|"
    # A unit explained, not a figure ("同一架飛機往返兩趟計為２架次").
    r"(?<![統统集])計為|算為|算作|視為|"
    # A sum of days ("兩日合計", "兩日共機逾150架次", "２日間で計７７機") is cumulative.
    r"[兩两](?:日|天)|(?:[二三四五]|[0-9])(?:日|天)(?:間[のでに]?)?(?:合計|共計|累計|總計|合わせ|計)",
    # Plans and forecasts told after the count ("艦艇２０隻以上投入の見方", "…を投入する
    # 可能性がある").
    # A figure only supposed ("21機かもしれない": a teacher's example of what a floor may
    # hide) is no count either.
    "planned": r"予定|計畫|計劃|計画|見方|見通し|見込み|可能性|恐れ|おそれ|かもしれ",
    # What is to come, in a sentence that counts nothing: a plan, or an event expected to
    # go on ("続くとみられる", "持續到").
    "forecast": r"予定|計畫|計劃|計画|見通し|見込み|(?:続く|続ける)(?:と|も)?(?:みられ|見られ)|"
    r"將持續|将持续|預計持續",
    # A count the day's is compared with, right after it ("跟前一天的31架次相比", "前日の
    # ３１機と比べ"), or one it falls short of ("「連合利剣2024B」時の153機には及ばない"):
    # a past figure, not the day's.
    "compared_with": r"[^，,。、；;]{0,3}?(?:相比|相較|比べ|比較|に[はも]?及ば)",
    # A past count the story's time is counted from, in the count's own clause ("１１１機を
    # 確認した翌日以降", "發射11枚飛彈後隔天"), or the day before it a relative clause dates
    # ("４５機を確認したと発表した前日からは大きく減った"), its date not written after it
    # ("前日の１３日"): recalled relative to the story, by rule 8.
    "anchors_day": r"(?:た|て|後の?)(?:翌日|翌週|以降|以来|前日(?!の?[0-9〇一二三四五六七八九十]))|"
    r"(?:之後|以後|後)的?(?:隔天|次日|翌日|隔日)",
}
