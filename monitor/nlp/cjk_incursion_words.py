"""The words of Chinese and Japanese incursion reports, as patterns over folded text
(cjk_script.fold), by the part they play in cjk_incursions.py's grammar; and their numerals.

Where a pattern stands for a category (periods, days, owners other than China, places outside
the list), it is meant to hold the whole category as the region's outlets write it, not the
words a test happened to show.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_craft_owners import CHINA, OTHERS, SOURCE
from .cjk_kanji_days import PART_OF_DAY
from .cjk_period_words import MORE_THAN_A_WEEK_AGO, PERIOD_TALLY
from .cjk_script import fold_char, fold_pattern

DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}  # fmt: skip
UNITS = {"十": 10, "百": 100, "千": 1000}
# Twenty and thirty written as one character, as Hong Kong papers count ("廿一架次" is 21).
TENS = {"廿": 20, "卅": 30}
# A numeral after 数, 幾 or 何 is vague ("数十機", "幾十艘"): no number; "総数15機" is one.
# "上百", "上千" (hundreds of, by the hundred) are as vague: a bare hundred after 上 is none.
NUMBER = r"\d+|(?<![数數幾几何])(?!(?<=上)[百千])[〇零一二兩两三四五六七八九十廿卅百千]+"
# The year of a Japanese era, or a month or day in one's dates ("令和６年", "令和六年五月一日").
_ERA_NUMBER = r"[0-9〇一二三四五六七八九十]{1,3}"

# The number of an ordinal ("第42度", "第三度", "１５件目"), in digits or kanji.
_ORDINAL = r"[0-9]+|[一二三四五六七八九十百]+"
# The Nth time of a period ("今年１５件目", "今年第42度", "本月第三度").
_ORDINAL_TIME = rf"(?:{_ORDINAL})(?:件目|回目|度目|日目|例目)|第(?:{_ORDINAL})[度次回件]"
# Mainland copy puts Taipei's words in scare quotes ("进入台湾西南“空域”", "“防空识别区”"): a
# quote mark opening before the zone's word leaves it the zone.
_SCARE_QUOTE = r"[“‘「『\"'〝]?"


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    """The patterns, written as outlets write them and folded as the text is."""
    written = {
        # "十餘艘", "30多架次": more than the number, so the number (as "逾30架次"). "つ" counts
        # balloons ("気球1つ"), not the noun after it ("3つの海域").
        # "同一架飛機" is "the same aircraft", no count.
        "count": rf"(?<!同)(?P<number>{NUMBER})\s*(?:餘|余|多)?"
        # A counter before 目 is an ordinal ("３隻目の空母": the third carrier), not a count.
        r"(?P<counter>架次|架|機|艘次|艘|隻|顆|個(?!月)|枚|發|発|発射|つ(?!の))(?!目)",
        # A figure written as a floor ("逾70架次", "７０機以上", "70架次超"): in a headline, the
        # body's exact figure rounded down.
        "floor": rf"(?:逾|超過|超|多於)\s*(?P<before>{NUMBER})|"
        rf"(?P<after>{NUMBER})\s*(?:架次|架|機|艘次|艘|隻|顆|個|枚|發|発)(?:以上|超)",
        # "１０隻から１２隻", "15至17艘", "１０～１２隻": one count, at its lower bound; the
        # count matched is the upper one, this is what comes before it.
        "range_start": rf"(?P<low>{NUMBER})\s*(?:架次|架|機|艘次|艘|隻|顆|個|枚|發|発)?\s*"
        r"(?:から|至|到|~|～|〜|-|–|—)\s*$",
        # A headline's space ends a clause as a full stop does ("共機18架次 無偵-7進入西南空域"),
        # unless it only sets a number apart from its noun or counter ("共機 25 架次"); a space
        # after a whole count or a bracket ends one before the next count ("氣球4顆 1顆越過中線").
        # A ticker's space before today's or yesterday's day opens the predicate of the count
        # before it ("海警船4艘 今(12)日下午侵入限制水域"): the day's act, not a new piece.
        "headline_break": r"(?<=[^\s0-9])[ \t]+(?=[^\s0-9])(?![今昨](?:日|天|[(（]))|"
        r"(?:(?<=[0-9][架機艘隻顆個枚發発])|(?<=[0-9]架次|[0-9]艘次)|(?<=[）)]))[ \t]+(?=[0-9])",
        # A sentence that announces a list, and a list's line.
        "announces": r"(?:[：:]|次の通り|以下の通り|下記の通り|如下)[。.]?\s*$",
        "list_item": r"\s*(?:[▽▼△▲・●○◆◇■□◎※*＊\-]|[一二三四五六七八九十]{1,2}、)",
        # A numbered section's heading line ("１．接続水域内で確認された…船舶"), whose indented
        # lines below give its figures.
        "section_heading": r"\s*[0-9]{1,2}\.(?![0-9])[^。！？!?\n]*\n?$",
        "group_break": r"[，,；;：:\s（()）]|其中|うち|另|此外|並|并|，?以及(?=[^0-9]*[0-9])",
        "opens": r"[（(]|其中|うち",
        "part_marker": r"其中|うち",
        # A group told as another beside the one before ("另有三艘", "別の２隻").
        "another": r"另有|另外有|另(?=[0-9〇零一二兩两三四五六七八九十])|別の|さらに別",
        # An uncounted part as a clause's subject ("一部がＡＤＩＺに入った", "其中部分進入空域"):
        # the zones after it are that part's, no count's.
        "vague_part": r"一部(?:が|は|の機|の艦)|一部分|部分|少數|少数|若干|一些",
        "closes": r"[）)]",
        "clause_start": r"[，,；;、。：:（(]",
        "clause_end": r"[，,；;、。：:）)]",
        # A count that is part of a total: after 其中 or うち in its clause (not closed by a
        # bracket), or inside an "including" phrase ("含無人機3架次", "無人機３機を含む"); not
        # the total that includes ("「山東」を含む艦艇１１隻", "包括山東號在內的共艦11艘").
        # "18架次中有11架次" (of the 18, 11) too.
        # Not when negated: "軍機の数には含まれない無人機１機", "不含無人機" are craft of their own.
        "subset": r"(?:其中|うち|(?<![不未を])含(?![むめ]|まれない|まれず)|(?<![不未])包括|"
        r"(?<=[架艘隻機次])中有)[^，,；;。)）]{0,12}$",
        # A bracket opened straight after a count, holding counts: that count's breakdown
        # ("共機：22架次（殲16型8架次、…、無人機3架次）"), read from the count's end.
        "bracketed_part": r"\s*[（(][^，,；;。)）]{0,12}$",
        # A count the words after it put inside a total ("無人機３機を含む", "Ｊ１６戦闘機４機も
        # 含まれていた"), or inside another count as its subject ("統幕の3隻が台湾側の9隻に含まれて
        # いるか"); a tabloid's breakdown lists the first type and the rest after のほか ("殲16
        # 戦闘機６機のほか、Ｙ８対潜哨戒機などが含まれていた": the six are inside the total).
        "included_after": r"[^，,；;。、]{0,3}(?:を含む|を含め|含む|在內|在内|"
        r"[がも]含まれ(?!ない|ず))"
        r"|のほか[、，,]?[^，,；;。]{0,30}?[がも]含まれ(?!ない|ず)"
        r"|が[^，,；;。、]{0,12}?[0-9一二三四五六七八九十百]+[^，,；;。、0-9]{0,3}に含まれ(?!ない|ず)",
        # A total written after its parts ("殲-16戰機8架、轟-6K轟炸機4架，合計12架次").
        "total_before": r"(?:共計|合計|總計|総計|共|計|计)\s*$",
        "included_before": r"(?<![不未])(?:(?<!を)含(?![むめ]|まれない|まれず)|包括|包含)"
        r"(?:(?!在內|在内)[^，,；;。、)）]){0,10}$",
        # The end of a phrase that says what the noun after it includes ("無人機を含む",
        # "無人機など", "殲-16等").
        "inclusion": r"を含[むめ]|含[むめ]|在[內内](?:的|之)?|など|等",
        # The only words of a count that is part of the one before ("，並有1艘").
        "joined_part": r"(?:並|并)有",
        # A list's next item after と, や or 和 with a long noun of its own, no particle or
        # clause between ("駆逐艦１隻とジャンカイⅡ級フリゲート１隻": one list of ships); after 、
        # a type's noun with no hiragana, so no clause of its own ("、ＫＪ５００早期警戒機１機").
        "joined_item": r"[とや和及與与][^\s、，,。：:；;がをはにでもへ]{0,20}|"
        r"、[^\s、，,。：:；;\u3041-\u309f]{0,20}",
        # Craft pointed back to, right before their count.
        # "那2架次无人机": mainland copy's "those", the craft the report counted; an official
        # report's "上記２隻", "前記の２隻" and "当該船舶２隻": the ones above.
        "pointed_back": r"(?:この|その|これら|それら|這|該|此|那|上記|前記の?|上述の?)\s*$|"
        r"当該[^、，,。\s]{0,6}$",
        # A pronoun that is a count's whole noun ("公船、いわゆる海警の船ですね、これが1隻"): the
        # craft are the ones named in the clauses before it.
        "pronoun_noun": r"\s*(?:これ|それ|こちら|そちら)(?:が|は|も)?\s*",
        # A figure the speaker takes back right after it ("17隻……あ、ごめんなさい、17じゃないで
        # すね、11隻です"): no count; the corrected one follows.
        "retracted_after": r"[…‥.・\s、,]*(?:(?:あ|え|いや)[っー]?[、,\s]*)?"
        r"(?:ごめんなさい|ごめん|すみません|失礼|訂正|言い間違|間違え|じゃなくて|ではなく)",
        # A total a part is taken from ("24機のうち、中間線を越えたのは"): the zones after it are
        # the part's.
        "part_follows": r"\s*の?うち",
        # A speaker's filler, a clause of its own between pauses ("ものが、えー、計9発"): no
        # clause of the sentence's grammar.
        "filler": r"\s*(?:えー*と?|ええと|えっと|あのー*|あー+|うーん|うん|まあ|そのー+)\s*",
        # Craft pointed back to that entered a zone on a day of their own ("４隻は１５日に領海に
        # 侵入し"): that day's count, not the one they were counted on.
        "dated_entry": r"は(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:午前|午後|朝|未明|夜)?[にも]?"
        r"[^、，,。]{0,12}?(?:侵入|進入|入っ)",
        # A count pointed back to by what follows it: "18架次中有11架次" (of the 18, 11).
        "among_after": r"中有|之中|當中|当中",
        # The Japanese list's middle dot ends an item as 、 does ("軍機11機・艦艇6隻・公船1隻":
        # the official ships are the last item's only).
        "noun_end": r"[，,；;、。：:\s（(がをはにとでのも在與和及含・･]",
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
        r"週[一二三四五六日]|星期|同じ日|その日|同じ時間帯|同時間帯|同時刻|同一時段|同時段|"
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
        # 確認した翌日以降", "發射11枚飛彈後隔天"): recalled relative to the story, by rule 8.
        "anchors_day": r"(?:た|て|後の?)(?:翌日|翌週|以降|以来)|"
        r"(?:之後|以後|後)的?(?:隔天|次日|翌日|隔日)",
        "others": OTHERS,
        "source": SOURCE,
        "china": CHINA,
        "activity": r"偵獲|偵測|偵知|監測|確認|發現|活動|航行|越過|逾越|進入|入り|侵入|發射|発射|"
        # and the plain verbs of children's news: craft "come" and are "found" ("船が毎日来て
        # います", "４隻が見つかりました")
        r"擾台|擾臺|発表|動態|(?<![将將以未])来(?:て|た|る|ま)|見つか",
        # A count of take-offs and landings (a carrier's sorties) counts no craft.
        "sorties": r"起降|起落|発着|發着|離着|着艦",
        "typed": r"殲|轟|運-?[0-9]|運輸機|空警|j-?[0-9]|h-?6|y-?[0-9]|kj|蘇愷|圖-|"
        # Sukhoi and Tupolev with or without the hyphen ("Su30", "Tu-154").
        r"su-?[0-9]|tu-?[0-9]|無偵|[a-z]+-[0-9]+",
        # Drones by their role too ("無人偵察機", "無人攻撃機").
        "drones": r"無人(?:偵察|偵查|攻撃|攻擊|作戦|作戰|偵打|察打)?機|無人飛行機|ドローン",
        "balloons": r"氣球|気球|空飄",
        "missiles": r"飛彈|導彈|ミサイル|彈道|火箭|ロケット|東風",  # 東風: the DF family
        # "官方船隻" is Hong Kong outlets' word for the daily report's official ships.
        "official": r"公務船|海警|海巡|公船|政府船|官方船",
        "navy": r"艦|軍艦|海軍|艦艇|共艦",
        "any_ships": r"艦船|船艦",
        # "艦艇" right after a count is any state's vessels: whose, the owner before it says.
        "vessels_after": r"艦艇",
        # "越線" is the median line crossed, in a headline's shorthand.
        "median line": r"中線|中間線|(?<=[越逾])線",
        # A letter before "ADIZ" makes it another state's acronym ("ＫＡＤＩＺ", "JADIZ").
        # "防空識別" names nothing but the zone, so a homophone an input method put for its
        # last character ("防空識別権", "防空識別県") is the zone still (cjk_misspelt_terms.py).
        "ADIZ": r"防空識別[\u3400-\u9fff]|(?<![a-z])adiz|"
        rf"(?:進入|入り)[^。，,、]{{0,4}}[北中南東西部、及和與与]{{0,14}}{_SCARE_QUOTE}空域|"
        # The defence ministry's sectors of its ADIZ ("自台灣北部空域繞經東部", "台湾の南西空域",
        # "北部や中部、南西部の空域").
        # Not the airspace to one side of another place ("與那國島以南空域").
        rf"(?<!以)(?:[北中南東西]{{1,2}}部?(?:[、及和與与やと]|および)?)+の?{_SCARE_QUOTE}空域",
        # Taiwan's surroundings, also by side ("台灣北部及東部周邊海域", "台湾東部周辺"), and
        # the waters off one side ("台灣東部外海", "台湾の東方の海域", "台湾東部沖").
        # "台岛周边" is Beijing's wording of the same waters ("向台岛周边海域实施实弹射击").
        "around Taiwan": r"[臺台]海周[邊边]|[臺台][島岛]周[邊边]|"
        r"[臺台][灣湾](?:[東西南北]+部?[及和與、]?)*周[邊辺边围圍]|周[邊边辺]海[、，]?空域|"
        r"[臺台]湾周辺|在[臺台]海周邊活動|[臺台]灣海峽周邊|在周邊海域|"
        # The waters off one side of Taiwan or its island, a drill's set area among them
        # ("台岛以东预定海域").
        r"[臺台][灣湾島岛]の?(?:以?[東西南北]{1,2}(?:部|方|側)?[及和與、]?)+の?(?:預定|预定)?"
        r"(?:海域|外海|近海|沖)",
        "contiguous zone": r"接[續続]水域|毗連區|鄰接區|鄰接水域",
        "territorial waters": r"領海",
        "restricted waters": r"(?:禁止|限制|制限|禁限)(?:[、,，・及和]?(?:禁止|限制|制限))?水域",
        # Notes' "無越線" and "無進入空域" (none crossed, none entered); not 無人機.
        "negation": r"未|沒有|並未|不曾|無(?=逾?越|進入)",
        # A zone whose figures the craft were left out of ("但並未列入台灣周邊的統計",
        # "台湾周辺の集計には含まれない"): they were elsewhere.
        "left_out_of": r"(?:未|不|沒有|沒)(?:列入|計入|算入|納入)[^，,。；;]{0,2}$",
        "left_out_after": r"^[^，,。；;、]{0,6}?に(?:は)?(?:含まれ(?:ない|ず)|入らない)",
        # A zone no craft entered: "且無任何架次逾越中線".
        "none_entered": r"(?:無|沒有)任何[^，,；;。]{0,6}$",
        # A zone that is only a landmark: the craft were beside it, outside it, on one side of
        # it, coming up to it or leaving it for elsewhere ("領海のすぐ外側", "中線以西",
        # "領海に近づかないよう", "逼近中線", "限制水域外", "台湾の東の海域から…北上し").
        "landmark_after": r"^(?:の|之)?(?:すぐ)?(?:外側|外(?!海)|付近|近く|手前|附近|以外|邊緣|"
        r"境界|以?[東西南北]{1,2}側|以[東西南北]{1,2})|^に(?:近づ|接近)|^から(?!出|退|の退)",
        # A Japanese zone marked as the place of the count right after it, with nothing but
        # that count's noun between (no kana: no verb of a clause of its own).
        "leads": r"(?:に|で|へ)(?:は|も)?(?:延べ|[^\u3040-\u309f、，,。；;：:\s（()）]){0,10}|"
        # and a Chinese one that holds the count ("毗連區內共有4艘").
        r"[內内中]?(?:共|則|则|還|还|另|也|仍)?有",
        # A zone written straight before its count, the two a list's item ("金門限制水域4艘、").
        "holds_count": r"[內内中]?(?:共|計|计|約|约|達|达)?",
        "item_end": r"\s*(?:[、，,；;。]|$)",
        # The zone named before, pointed back to ("同水域", "該水域", "同じ海域", "同じ空域").
        "same_zone": r"(?:同じ|同|同一|該|该|此)(?:水域|海域|空域)",
        "approach_before": r"(?:接近|逼近|靠近|迫近|貼近|趨近)[^。，,、]{0,2}$",
        # The verb after a Japanese zone, negated at its end ("制限水域には入らなかった"), past
        # the zone listed with it that shares the verb ("領海・領空への侵入は確認されていない").
        "predicate_negated": r"^(?:・[^。，,、・\s]{1,4})?[^。，,、]{0,12}?"
        r"(?:ない|なかった|ず(?!つ)|ません|なし)",
        # "南海" (Japanese "南シナ海") is the South China Sea, not the waters south of somewhere
        # ("以南海域"). A dateline's place ("【与那国】") is where the story was filed. Japan's
        # straits the Joint Staff reports PLA ships through (大隅海峡, 津軽海峡) are Japan's.
        # A town or city of those islands (与那国町, 宮古島市) is its office or its people
        # ("与那国町の漁船", "与那国町漁協"), never the waters craft are in.
        "outside": r"(?:宮古(?!島市)|巴士海峽|東沙|(?<!以)南海(?!域)|南シナ海|對馬|大隅|津軽|"
        r"与那国(?!町)|"
        r"沖繩本島|菲律賓|日本海|太平洋|專屬經濟|經濟海域|排他的経済|eez|"
        r"日本の?領空|領空(?:を[^。，,、]{0,6})?侵犯)(?![^【】\n]{0,12}】)",  # Japan's airspace
        "foreign_adiz": r"(?:日本|韓國|菲律賓|沖縄)[^。，,、]{0,4}$",
        # Another country's ADIZ entered, named in full ("共機2架次進入日本防空識別區").
        "foreign_adiz_named": r"(?:日本|韓國|菲律賓|沖縄)[^。，,、]{0,4}防空識別[區圏]",
        "Senkaku Islands": r"尖閣|釣魚[臺台島]|釣魚島",
        # The list's places also by their islands ("南竿東南方限制水域" is Matsu's).
        "Kinmen": r"金門|料羅|大膽|二膽|烈嶼",
        "Matsu": r"馬祖|南竿|北竿|東引|東莒|西莒|莒光",
        # Two of the list's places joined: a total of both is no fact of either ("金門と馬祖の
        # 周辺で…制限水域に入った"); the counts told per place are.
        "joined_places": r"(?:金門|馬祖)(?:と|、|,|，|和|及|與|・|や)(?:金門|馬祖)|金馬(?!澎)",
        # A count marked by its place alone ("金門に４隻、馬祖に２隻", "金門4艘、馬祖2艘").
        "place_marks": r"(?:に|で|は|には|では|有|則有|也有|各有)?",
        # Islands with waters of their own outside the list ("烏坵周邊限制水域": no fact).
        "elsewhere": r"烏坵|澎湖|東沙|蘭嶼|綠島|小琉球|與那國(?!町)|与那国(?!町)|宮古島(?!市)|"
        r"石垣島|西表島",
        "Taiwan": r"[臺台]灣|[臺台]湾|[臺台]海",
        # A defence ministry's daily report, by its verbs, its area or its 24 hours, also told
        # as the hours it runs to ("至今晨6時止", "午前６時までの").
        "report": r"偵獲|偵測到|偵知|監測到|周[邊边辺]海[、，]?空域|[臺台]海周[邊边]|"
        r"[臺台]灣周[邊边]|(?<![0-9])24(?:小時|時間)|(?:至|到)(?:今晨|今早|今天上午|今日上午)6時|"
        r"午前6時まで|"
        # Taiwan's defence ministry, whose counts are the daily report's ("台湾国防部は３日、…
        # と発表した"); China's is not, nor South Korea's or America's ("韓国国防部によれば、
        # 中国機２機…は韓国の防空識別圏に進入": a flight near Korea and Japan).
        r"(?<!中国)(?<!中國)(?<!中方)(?<!大陸)(?<!大陆)(?<!韓国)(?<!韓國)(?<!韩国)(?<!南韓)"
        r"(?<!南韩)(?<!美国)(?<!美國)(?<!米国)國防部|防務部門|防务部门",
        # Craft pointed back to as included in a total ("この無人機を含め").
        "included_back": r"(?:この|その|これら|該|此)(?P<noun>[^、，,。]{1,8}?)"
        r"(?:を含[めむ]|在[內内])",
        # A count's verb of entering with no zone ("３９機が進入していた").
        # The count's craft noun may stand between ("18架次軍機進入").
        "enters": r"(?:軍機|共機|船隻|艦艇)?(?:が|は|も)?(?:一時|一度)?"
        r"(?:進入|侵入|闖入|駛入|入った)",
        # A window that ends in the afternoon or evening of its day: part of a day.
        "partial_window": r"(?:至|到)(?:今天|今日|本日)?(?:下午|晚間|晚上|傍晚|中午)[0-9]{0,2}|"
        r"(?:午後|夕方|夜)[0-9]{0,2}時?(?:[0-9]{1,2}分)?まで",
        # The report's 24 hours.
        "window": r"(?<![0-9])24(?:小時|時間)",
        # The first of two windows the sentence before told ("其中前一時段", "前半の２４時間").
        "earlier_window": r"前一(?:個|个)?時段|前半(?:の|の24時間)?|最初の24時間",
        # A period named as a record's window ("今年に入って最多", "年初以來最多"), a first's
        # ("今年初めて", "今年初の": today's is the first; 今年初めから is a period) or an
        # ordinal's, in digits or kanji ("今年１５件目", "今年第42度", "本月第三度": today's is
        # the 15th): no scope.
        "record_window": r"[^，,；;。、]{0,6}?(?:最多|最高|新高|初めて|初(?!め))|"
        rf"[^，,；;。、]{{0,8}}?(?:{_ORDINAL_TIME})",
        # The ordinal's alone: a tally after it is the period's ("今年２０回目で、延べ５８隻").
        "ordinal_window": rf"[^，,；;。、]{{0,8}}?(?:{_ORDINAL_TIME})",
        # A tally of craft over occasions ("延べ５８隻"); a day's sorties are written so too
        # ("中国軍機延べ４５機"), so it is a period's only where the sentence names one.
        "tally": r"延べ\s*$",
    }
    return {name: re.compile(fold_pattern(pattern)) for name, pattern in written.items()}


@cache
def folded_set(words: str) -> frozenset[str]:
    return frozenset(fold_pattern(word) for word in words.split())


def read_number(text: str) -> int | None:
    """'25', '十二', '二十五', '兩', '廿一' -> 25, 12, 25, 2, 21."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for char in text:
        folded_char = fold_char(char)
        if folded_char in DIGITS:
            current = DIGITS[folded_char]
        elif folded_char in UNITS:
            total += (current or 1) * UNITS[folded_char]
            current = 0
        elif folded_char in TENS:
            total += TENS[folded_char]
        else:
            return None
    return total + current
