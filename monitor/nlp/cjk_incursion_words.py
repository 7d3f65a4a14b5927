"""The words of Chinese and Japanese incursion reports, as patterns over folded text
(cjk_script.fold), by the part they play in cjk_incursions.py's grammar; and their numerals.

The patterns of days and periods (cjk_day_patterns.py) and of craft, zones and places
(cjk_craft_zone_patterns.py) are written apart and compiled here with the rest.

Where a pattern stands for a category (periods, days, owners other than China, places outside
the list), it is meant to hold the whole category as the region's outlets write it, not the
words a test happened to show.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_craft_zone_patterns import CRAFT_AND_ZONE_PATTERNS
from .cjk_day_patterns import DAY_PATTERNS
from .cjk_script import fold_char, fold_pattern

DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}  # fmt: skip
UNITS = {"十": 10, "百": 100, "千": 1000}
# Twenty and thirty written as one character, as Hong Kong papers count ("廿一架次" is 21).
TENS = {"廿": 20, "卅": 30}
# A numeral after 数, 幾 or 何 is vague ("数十機", "幾十艘"): no number; "総数15機" is one.
# "上百", "上千" (hundreds of, by the hundred) are as vague: a bare hundred after 上 is none.
NUMBER = r"\d+|(?<![数數幾几何])(?!(?<=上)[百千])[〇零一二兩两三四五六七八九十廿卅百千]+"

# The number of an ordinal ("第42度", "第三度", "１５件目"), in digits or kanji.
_ORDINAL = r"[0-9]+|[一二三四五六七八九十百]+"
# The Nth time of a period ("今年１５件目", "今年第42度", "本月第三度").
_ORDINAL_TIME = rf"(?:{_ORDINAL})(?:件目|回目|度目|日目|例目)|第(?:{_ORDINAL})[度次回件]"


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
        # Japanese copy writes "another" (別の, さらに別の) after a clause's comma for craft
        # told apart from those before ("２隻が航行し、別の２隻は領海に侵入"): a group of its
        # own, as 另 is; "２隻と別の船１隻" is one list still.
        "group_break": r"[，,；;：:\s（()）]|其中|うち|另|此外|並|并|，?以及(?=[^0-9]*[0-9])"
        r"|、(?:さらに)?別の",
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
        # Japanese copy takes a part by the craft's noun and の right before its count ("気球の
        # １個は", "艦艇の２隻が": one of the balloons, two of the ships), where a count of its
        # own puts its noun after の ("海警局の船２隻").
        "subset": r"(?:其中|うち|(?<![不未を])含(?![むめ]|まれない|まれず)|(?<![不未])包括|"
        r"(?<=[架艘隻機次])中有)[^，,；;。)）]{0,12}$"
        r"|(?:気球|軍機|艦艇|艦船|公船|海警船|無人機|ミサイル)の$",
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
        # After 其中 the word says "among them" ("其中包括無人機2架次進入西南空域"): a part with
        # zones of its own, as after 其中 alone, not a breakdown inside the total's fact.
        "included_before": r"(?<![不未])(?<!其中)(?:(?<!を)含(?![むめ]|まれない|まれず)|包括|包含)"
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
        # A count pointed back to by what follows it: "18架次中有11架次" (of the 18, 11), its
        # craft's noun between or not ("8架次军机中有3架次": of the 8 aircraft, 3); a verb or a
        # zone between is a clause of its own.
        "among_after": r"[^\s，,；;。、：:0-9進入越飛在於于向往]{0,6}?(?:中有|之中|當中|当中)",
        # The Japanese list's middle dot ends an item as 、 does ("軍機11機・艦艇6隻・公船1隻":
        # the official ships are the last item's only).
        "noun_end": r"[，,；;、。：:\s（(がをはにとでのも在與和及含・･]",
        **DAY_PATTERNS,
        **CRAFT_AND_ZONE_PATTERNS,
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
