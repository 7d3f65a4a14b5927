"""One sense per capital in a Chinese article (cjk_entities.py): once a capital has acted for its
government in the article ("北京向東京抗議"), its other bare mentions are that government too
("北京的盤算", "被北京接受"), as a reader takes them; only where it is plainly the place (after
在 or 從, before 舉行, in a dateline "台北報導" or "台北19日電", listed with a city that is no
capital: "大阪和東京的藥妝店") does it stay the city.

Chinese editorials and commentary name a government by its capital over and over, in wordings
no list of verbs after a subject exhausts; the article's own acting mention decides them alike.
A capital also stands for its government in Chinese copy, acting or not, where the grammar makes
it a sentence's subject or a plan's owner: before an adverb or modal ("北京已", "華府或許",
"北京無法"), a time word ("北京上月"), a verb of judging ("北京看在眼裡") or a plan or stance it
owns ("北京的盤算", "正中北京下懷").

Japanese copy names a government by its capital the same way ("北京は…撤回を求めている"), and a
headline does so in fewer words ("北京の「渡航自粛」呼びかけ"), so one acting mention decides the
others there too; its own words say where a capital is plainly the place: after から or the 【 of a
dateline ("【北京共同】"), before the 】 closing a dateline's cities ("【ロンドン・東京】"), before
a press conference in a building in it ("北京の中国外務省で会見した"), before で, 市内, 訪問, 入り,
到着, 滞在, 支局, an embassy in it ("北京の日本大使館") or a district after ・ ("東京・築地"); and a
capital listed with a city that is no capital ("北京や上海の中古住宅価格", "大阪と東京の地価"), as
cities are listed with cities, not with governments.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .cjk_capital_cues import city_cue, government_cue, listed_governments
from .cjk_city_forms import names_the_city
from .cjk_entity_words import PAIR_PLACE_AFTER, PAIR_PLACE_BEFORE
from .cjk_script import fold, fold_pattern, fold_words
from .kb import KnowledgeBase
from .mention import Mention, relinked

# A dateline's city: before the day of the month, its month written or not ("台北19日電",
# "新華社北京12月2日電"), and the agency's "電", or a reporter's "報導" (folded text writes
# full-width digits as ASCII ones).
DATELINE_AFTER = r"(?:(?:\d+月)?\d+日|報導|報道|電|訊)"
CHINESE_HOMES = ("taiwan", "china")
JAPANESE_HOME = "japan"
# What stands in a Japanese capital and makes it the place after の: its buildings, firms,
# markets and newsrooms (JAPANESE_PLACE_AFTER). A pair of capitals before them is two cities
# too ("東京と台北の版元で研修", cjk_name_context.capital_acts).
JAPANESE_PLACE_HOLDINGS = (
    r"の[^、。]{0,6}(?:大使館|総領事館|ホテル|空港|駅|街|繁華街|夜市|店|パレード|五輪|会場"
    r"|現地法人|拠点|支店|支社|工場|事務所|子会社|大学|研究所|株式市場|旅行会社"
    # a firm's head office and sales offices there ("東京の本社だけでなく、上海や深圳の現地法人")
    r"|本社|本店|営業所|オフィス"
    # its broadcasters and papers ("ソウルの放送局では…との指摘"): newsrooms in the city
    r"|放送局|テレビ局|新聞社"
    # its shops and markets, where goods are sold ("台北の大手スーパー", "台北の市場は決して小さく
    # ない"): a city's shoppers, not a government
    r"|市場|スーパー|百貨店|デパート|商店|コンビニ|量販店|小売"
    # its traders and their trade bodies ("台北の果物輸出業者", "台北の業界団体の幹部"): firms
    # in the city speak for their trade, not for a government
    r"|業者|業界"
    # its publishers and bookshops ("東京の出版社", "東京と台北の版元"): firms in the city
    r"|出版社|版元|書店"
    # its subway, trains and buses ("北京の地下鉄では日本企業の信号システムが使われている"):
    # the city's transport, which a government does not ride
    r"|地下鉄|路線バス|市バス|バス路線|通勤電車|モノレール|路面電車)"
)
# Japanese words that make a capital the place: the agency's dateline bracket before it, and
# after it a stay, an arrival, a visit ("北京を訪れた"), its streets, a bureau, an embassy or a
# building in it ("台北の老舗ホテル", "北京の空港"), its shops and markets ("台北の大手スーパー"),
# a firm's office there ("台北の現地法人"),
# its port ("マニラ港"), a route's end ("マニラ向けの当社船", "マニラ発"), an event held in its
# streets ("北京の軍事パレード"), a district of it, or the "DC" that names the city itself
# ("ワシントンＤＣ", folded to "dc"); and a home one lives in or goes back to, with its
# universities ("北京に住んでる知人", "北京に戻った代表団", "東京の大学院").
JAPANESE_PLACE_BEFORE = ("【",)
JAPANESE_PLACE_AFTER = (
    r"で|市内|市街|郊外|近郊|中心部|訪問|を訪|入り|到着|に到着|に入っ|に入る|滞在|に滞在|支局|駐在|・"
    r"|港|向け|行き|発|dc|に住|に戻|に帰"
    # a trip to it ("東京に出向き", "東京へ出張"), and a list of cities an event is held in
    # ("台北や那覇、そして東京での交流行事")
    r"|[にへ](?:出向|出張|赴)"
    # its exchange, as market copy names a market by its city ("東京株式市場", "東京市場",
    # "台北の株式市場": every Japanese set labels the city there)
    r"|(?:株式|外国為替|外為|債券)?市場"
    r"|(?:や|、)(?:そして)?[^、。\s]{1,6}(?:(?:や|、)(?:そして)?[^、。\s]{1,6}){0,3}での"
    # a glossary's headword, its definition after a leader ("・北京…中国の首都"): the word itself
    r"|…"
    # the close of a dateline's bracket after the cities it was filed from ("【ロンドン・東京】")
    r"|】"
    # a press conference held in a building in it ("北京の中国外務省で会見した報道官"): a venue
    r"|の[^、。]{0,8}?で(?:の)?(?:記者)?会見"
    rf"|{JAPANESE_PLACE_HOLDINGS}"
)
# What makes a capital a Chinese sentence's subject: an adverb or modal right after it, or a
# time word (not 今天 or 昨天: "台北今天" opens a city's news as often as a government's act),
# or a verb of judging; a city itself is none of these words' subject in this news.
SUBJECT_AFTER = (
    *("已", "或許", "無法", "不會", "不能", "必須", "必將", "勢必", "始終", "顯然", "卻", "從未"),
    *("上月", "上週", "去年", "日前", "近日", "近期", "近來", "此前", "先前", "稍早"),
    *("看在眼", "認為", "視為", "樂見"),
    # "so far" before what it has not done ("北京至今未回應"), and the strength of its reaction
    # ("引發北京強烈不滿"): only a government answers or resents
    *("至今", "強烈"),
    # years of a course it keeps ("華府近年不斷…"), and the two hands of a two-faced course
    # ("北京一方面高喊…", "華府一邊…一邊…"): a policy's, not a city's
    *("近年", "近幾年", "一方面", "一邊"),
    # the first of a government's steps, and a step further ("北京先是發布赴日旅遊提醒", "若北京
    # 進一步收緊稀土出口"): a course of measures, not a city's
    *("先是", "進一步"),
    # a government's further step and its will ("北京並發布赴日旅遊警示", "北京要用軍事壓力逼台灣
    # 接受一國兩制"): a course it takes, not a city's
    *("並", "要"),
    # what it has not yet done and the answer or account it makes ("北京尚未对此作出回应", "要求北京
    # 作出解释"): overseas papers' words for a government that owes a reply, never a city
    *("尚未", "作出", "做出"),
    # what it does on purpose ("北京刻意在兩岸交流恢復之際製造緊張"): intent is a government's,
    # never a city's
    *("刻意", "蓄意", "故意"),
    # the means it uses to an end ("北京利用海警船對金門施壓", "北京透過宮廟交流經營基層"): a
    # government wields a tool or a channel; a city uses none
    *("利用", "透過", "藉由"),
    # what it ought not do and the moment it chooses ("北京不應以政治語言扭曲", "北京選在紀念日
    # 派船"): a duty and a choice are a will's, never a city's
    *("不應", "不該", "選在", "選擇"),
)
# The means it acts by, 以 before its tool or pretext ("北京以招生和奖学金吸引台湾青年", "北京以
# “执法”之名行政治恐吓之实"), as 利用 and 透過 are; not the 以 of a direction, limit or time a
# place has ("北京以北", "台北以外", "北京以來"), nor 以為, 以便, 以免, 以致 and 以及.
# A month's or year's time word may stand before it ("北京本月初以「國家安全」為由，禁止…").
MEANS_AFTER = (
    r"(?:本月初?|上月初?|本週|今年|去年|近日|日前)?以(?![東南西北外內上下來及前後為便免致])"
)
# A capital that labels an item of a list of sides' stances, before its colon ("・北京：釣魚島是
# 中國固有領土", "- 東京：以政府開發援助提供…"): the government whose stance follows; the item's
# mark or the line's start stands before it.
# A headline's second half is such a label after the space that parts it ("美日菲澳南海聯合巡航
# 北京：域外國家勿挑事"): the government whose words follow.
STANCE_LABEL_BEFORE = re.compile(r"(?:^|\n|[ 　])[ \t　]*(?:[・●○◆◇■□▪•\-－—*][ \t　]*)?$")
STANCE_LABEL_AFTER = ":"  # the full-width colon too, as folded text writes it
LABEL_LEAD_CHARS = 6
# A day word between a capital and a government's act ("北京昨日宣布", "華府周三警告", "東京今天
# 表示", "北京本週宣布"): the day opens a city's news as often as a government's, so only the act
# after it decides; suspending or halting trade is a government's act too ("北京本週宣布再度暫停"),
# and so is Cantonese 話, "says" ("北京今日話東京派戰機"). The day may be the one told before
# ("華府同日表示", "北京當天回應"), as a reply to the news before it is dated.
DAY_THEN_ACT = (
    r"(?:昨日|昨天|今日|今天|前日|日前|本週|本周|周[一二三四五六日]|星期[一二三四五六日天]"
    r"|\d{1,2}日|同日|當天|當日|同一天)"
    r"(?:宣布|表示|稱|重申|強調|批評|抗議|譴責|回應|警告|指責|反對|要求|暫停|中止|決定|話)"
)
# What a government owns and a city does not: its plans, calculations and stances, and the bans
# and sanctions it decrees, after 的 ("北京的盤算", "北京的禁令"), the time since which it has
# held them before the 的 or not ("因北京自2019年起的禁令", "華府自去年以來的制裁"); or the wish
# an idiom says is met ("正中北京下懷").
OWNED = (
    *("盤算", "算盤", "算計", "如意算盤", "意圖", "企圖", "圖謀", "野心"),
    *("策略", "戰略", "立場", "底線", "紅線", "態度"),
    *("禁令", "禁限令", "限令", "制裁"),
)
# Its policy or strategy is its own with or without the 的, a few words naming what it is on
# before it ("北京灰色地帶策略", "華府對台政策"): only a government has one.
POLICY = ("策略", "戰略", "政策")
OWNED_AFTER = (
    rf"(?:自[^，。、的]{{1,10}}(?:起|以來))?的(?:{'|'.join(OWNED)})|下懷"
    rf"|[^，。、的\s「」“”]{{0,6}}?(?:{'|'.join(POLICY)})"
)
# What makes a capital the city in Chinese copy wherever else it acts: a show staged in it
# ("台湾歌手北京开唱", "台北開演"), the people of its streets and stands, who live in it or
# come to its shows ("北京歌迷", "台北市民", "東京觀眾"), and its think tanks; a government has
# none of these.
CHINESE_PLACE_AFTER = (
    *("開唱", "開演", "巡演", "演唱會", "站"),
    *("市民", "居民", "民眾", "歌迷", "影迷", "球迷", "樂迷", "觀眾", "遊客"),
    # and the think tanks in it, whose scholars speak for themselves ("華盛頓智庫學者指出")
    *("智庫",),
)


def capitals_alike(
    mentions: list[Mention], folded: str, kb: KnowledgeBase, home: str | None
) -> list[Mention]:
    """In Chinese and Japanese copy, a capital's city mentions relinked to its government when
    the same form acts for it (or, in Chinese, stands as a subject, owns a plan or heads a body of
    its government) somewhere in the article, unless the mention is plainly the place."""
    if home not in (*CHINESE_HOMES, JAPANESE_HOME):
        return mentions
    japanese = home == JAPANESE_HOME
    # Japanese copy's subjects and owners are its own rules' (cjk_name_context.capital_acts).
    starting = {m.start: m for m in reversed(mentions)}  # the first mention at each character
    ending = {m.end: m for m in mentions}
    acting = {
        fold(m.text)
        for m in mentions
        if m.kind == "capital"
        or (not japanese and (_subject_or_owner(m, folded, kb) or _heads_body(m, starting, kb)))
    }
    alike = [
        _government(mention, kb)
        if _city_of_acting_capital(mention, acting, kb)
        and (
            (japanese and _listed_capitals(mention, starting, folded, kb))
            or not (
                _japanese_place(folded, mention.start, mention.end)
                or _listed_with_city(mention, (starting, ending), folded, kb, JAPANESE_LIST_MARKS)
                if japanese
                # a day and an act after it are no dateline ("北京5日發表", not "北京5日電")
                else _place(folded, mention.start, mention.end)
                and not government_cue(folded, mention.end)
                or city_cue(folded, mention, starting, kb)
                or _listed_with_city(mention, (starting, ending), folded, kb, CHINESE_LIST_MARKS)
            )
        )
        else mention
        for mention in mentions
    ]
    return alike if japanese else listed_governments(alike, folded, kb)


def _listed_capitals(
    mention: Mention, starting: dict[int, Mention], folded: str, kb: KnowledgeBase
) -> bool:
    """Whether a capital's ・ joins it to another capital ("東京・北京・ソウル、FTA交渉の加速で
    一致", "台北・ワシントン・東京の三角関係"): a list of governments, not a district of a city
    ("東京・築地"), so the ・ does not make it the place."""
    after = starting.get(mention.end + 1)
    if after is None or not folded.startswith("・", mention.end):
        return False
    entry = kb.entities.get(after.entity_id)
    return after.kind == "capital" or (entry is not None and entry.capital_of is not None)


# The marks a Japanese list joins two places with, and a Chinese one ("大阪和东京的药妆店").
JAPANESE_LIST_MARKS = "や、と・"
CHINESE_LIST_MARKS = fold("、和與及")


def _listed_with_city(
    mention: Mention,
    at: tuple[dict[int, Mention], dict[int, Mention]],
    folded: str,
    kb: KnowledgeBase,
    marks: str,
) -> bool:
    """Whether a list mark joins the capital to a city that is no capital ("北京や上海",
    "大阪と東京", "大阪和东京"): a list of cities, so the capital is the place. `at` holds the
    mentions by their first character and by their end."""
    starting, ending = at
    beside = [
        starting.get(mention.end + 1) if folded[mention.end : mention.end + 1] in marks else None,
        ending.get(mention.start - 1)
        if folded[mention.start - 1 : mention.start] in marks
        else None,
    ]
    entries = [kb.entities.get(m.entity_id) for m in beside if m is not None]
    return any(
        e is not None and e.kind == "city" and e.capital_of is None and e.type == "GPE"
        for e in entries
    )


def _capital_city(mention: Mention, kb: KnowledgeBase) -> bool:
    """Whether the mention is a capital read as its city, not yet as its government; one
    written with its city's word (台北市) is the city for good."""
    entry = kb.entities.get(mention.entity_id)
    return (
        entry is not None
        and entry.capital_of is not None
        and mention.kind == "name"
        and not names_the_city(fold(mention.text))
    )


def _city_of_acting_capital(mention: Mention, acting: set[str], kb: KnowledgeBase) -> bool:
    return _capital_city(mention, kb) and fold(mention.text) in acting


def _subject_or_owner(mention: Mention, folded: str, kb: KnowledgeBase) -> bool:
    """Whether a capital's city mention is a sentence's subject or a plan's owner."""
    return _capital_city(mention, kb) and (
        folded.startswith(fold_words(SUBJECT_AFTER), mention.end)
        or bool(_owned_after().match(folded, mention.end))
        or bool(_day_then_act().match(folded, mention.end))
        or bool(_means_after().match(folded, mention.end))
        or government_cue(folded, mention.end)
        or _stance_label(folded, mention.start, mention.end)
    )


def _heads_body(mention: Mention, starting: dict[int, Mention], kb: KnowledgeBase) -> bool:
    """Whether a capital's city mention stands right before a body of its own government, as
    Chinese copy says whose office speaks ("北京國台辦發言人", "北京国台办则批评"): the
    government's, as 中國 would be there; not an outlet's or a firm's name. `starting`: the
    article's mentions by the character each starts at."""
    entry = kb.entities.get(mention.entity_id)
    country = entry.capital_of if entry is not None and mention.kind == "name" else None
    after = starting.get(mention.end)
    body = kb.entities.get(after.entity_id) if after is not None else None
    return (
        country is not None
        and body is not None
        and body.type == "ORG"
        and body.kind is None
        and body.country == country
    )


def _stance_label(folded: str, start: int, end: int) -> bool:
    """Whether a capital labels a list item of stances: a colon after it, and only the item's
    mark or the line's start before it (the line's few characters before it are read)."""
    line = folded[max(0, start - LABEL_LEAD_CHARS) : start]
    return folded.startswith(STANCE_LABEL_AFTER, end) and bool(STANCE_LABEL_BEFORE.search(line))


def _government(mention: Mention, kb: KnowledgeBase) -> Mention:
    country = kb.entities[mention.entity_id].capital_of or ""
    return replace(relinked(mention, country, kb), kind="capital")


def _place(folded: str, start: int, end: int) -> bool:
    return folded.endswith(fold_words(PAIR_PLACE_BEFORE), 0, start) or bool(
        _place_after().match(folded, end)
    )


def _japanese_place(folded: str, start: int, end: int) -> bool:
    return folded.endswith(
        fold_words((*PAIR_PLACE_BEFORE, *JAPANESE_PLACE_BEFORE)), 0, start
    ) or bool(_japanese_place_after().match(folded, end))


@cache
def _day_then_act() -> re.Pattern[str]:
    return re.compile(fold_pattern(DAY_THEN_ACT))


@cache
def _means_after() -> re.Pattern[str]:
    return re.compile(fold_pattern(MEANS_AFTER))


@cache
def _owned_after() -> re.Pattern[str]:
    return re.compile(fold_pattern(OWNED_AFTER))


@cache
def _japanese_place_after() -> re.Pattern[str]:
    return re.compile(fold_pattern(JAPANESE_PLACE_AFTER))


@cache
def _place_after() -> re.Pattern[str]:
    words = "|".join(re.escape(fold(word)) for word in (*PAIR_PLACE_AFTER, *CHINESE_PLACE_AFTER))
    return re.compile(f"(?:{words}|{fold_pattern(DATELINE_AFTER)})")
