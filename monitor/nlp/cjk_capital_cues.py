"""More of what tells a Chinese capital's government from its city (cjk_capital_sense.py), as
Taiwanese religious, local and travel papers write them.

The government:
- its ties with another: "台北與東京之間的互信" (two cities have flights between them, not
  trust);
- its halt and its move: "北京喊停福建宮廟團赴金門進香", "北京此舉是對…的報復"; a city calls
  no halt and makes no move;
- the means it acts by, written 藉 as well as 藉由 ("北京藉協議加強對教會的控制"), not 藉口, a
  pretext;
- the threat or pressure it owns ("來自北京的威脅", "北京的壓力"), as its plans and bans are;
- a Taiwanese paper's day, its date in brackets ("北京昨（27）日突然通知", "北京今（5）日宣布"),
  or a bare date ("教廷與北京22日發表聯合公報"), then an adverb or not, then the act;
- the bans on trade it decrees ("北京禁購日本海纜中繼器") and its authorities ("與北京有關方面保持
  溝通", "北京當局");
- the protest or concern it lodges over a matter ("东京今年已就类似事件多次提出抗议", "華府
  就此表達關切"), a time word and an adverb before it or not: a city lodges none.

The city:
- its streets and their trade: "東京街頭的市民團體", "馬尼拉的旅行業者", "東京的商家", and its
  markets and wholesalers, a district of it or their goods between or not: "東京豐洲市場的批發商",
  "北京的水產品批發市場"; its subway and buses ("北京的地鐵");
- an address written from the country down: "日本東京靖國神社" is a shrine in the city;
- one of two places after a word of going or being somewhere: "在羅馬與北京輪流開會";
- the first of places joined with a city that is no capital, a district of it written or not:
  "東京銀座和大阪心齋橋的商家" are shops in two cities, not two governments.

A list: a capital listed after a government's capital by the enumeration comma ("北京愿同东京、
首尔一道") is a government too, as lists join like with like, unless the words after it make
the list places ("…、首尔之間", "…、首尔等地").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .cjk_city_forms import names_the_city
from .cjk_entity_words import PAIR_PLACE_AFTER, PAIR_PLACE_BEFORE, PAIR_TIES
from .cjk_script import fold, fold_pattern, fold_words
from .kb import KnowledgeBase
from .mention import Mention, relinked

# A Taiwanese paper's day: 昨, 今 or 前 and the date in brackets ("昨（27）日"), or the date alone;
# then an adverb of a sudden or formal step, then the act.
_PAPER_DAY = r"(?:[昨今前]?[(（]\d{1,2}[)）]日|\d{1,2}日)"
_STEP_ADVERB = r"(?:突然|隨即|正式|再度|已|也|則)?"
_DAY_ACT = r"(?:宣布|表示|通知|發表|發布|決定|要求|批評|警告|抗議|回應|重申|強調)"
# A protest or concern over a matter (就…), after a time word and adverbs or not.
_PROTEST_OVER = (
    r"(?:今年|去年|近年|日前|此前|已|曾|也|再度|多次|一再){0,3}就[^，,。；;]{1,12}?"
    r"(?:多次|一再|再度)?(?:提出|表達|表示)(?:了)?(?:嚴正)?(?:抗議|交涉|關切|不滿)"
)
GOVERNMENT_AFTER = (
    rf"喊停|此舉|藉(?!口)|的(?:威脅|壓力|脅迫|恫嚇)|{_PAPER_DAY}{_STEP_ADVERB}{_DAY_ACT}"
    rf"|{_PROTEST_OVER}"
    # the bans it decrees on trade ("北京禁購日本海纜中繼器") and its authorities ("與北京有關
    # 方面保持溝通", "北京當局"): a city buys and sells
    r"|禁(?:購|售|運|用)|有關(?:方面|部門)|當局"
    # the ties between it and another ("台北與東京之間的互信"): two governments'
    rf"|{PAIR_TIES}"
)
# Its streets, and the trades and shops in it, after 的 or not; and its markets and their
# wholesalers, a district of it before them or not ("東京豐洲市場", "東京豐洲批發商", "台北的
# 批發市場"): a city's, where a government trades in none. Not a word a government addresses
# a market with ("北京對市場喊話").
_DISTRICT = r"(?:(?![對向與和在就將把被以為及的])[\u4e00-\u9fff]){0,2}?"
CITY_AFTER = (
    r"街頭|街道|的?(?:旅行|旅遊|觀光|餐飲|零售)?(?:業者|商家|店家|商圈|旅行社)"
    rf"|的?{_DISTRICT}(?:批發|魚|水產)?(?:市場(?![化經准開機])|批發商)"
    # the goods its wholesale markets sell ("北京的水產品批發市場人士說")
    r"|的?(?:水產品|農產品|海鮮|蔬果|花卉)批發(?:市場|商)"
    # its subway and buses ("北京的地鐵", "北京地鐵站"): the city's transport
    r"|的?(?:地鐵|地下鐵|公交|公車|輕軌)"
)
# The words joining two places of a pair or list.
_PLACE_JOINERS = "與和及、"
# A district written after the capital before the joining word ("東京銀座和大阪"), at most this
# many characters.
DISTRICT_CHARS = 4
_JOINED_TO_CITY = re.compile(fold_pattern(rf"[\u4e00-\u9fff]{{0,{DISTRICT_CHARS}}}?[與和及、]"))


@cache
def _government_after() -> re.Pattern[str]:
    return re.compile(fold_pattern(GOVERNMENT_AFTER))


@cache
def _city_after() -> re.Pattern[str]:
    return re.compile(fold_pattern(CITY_AFTER))


def government_cue(folded: str, end: int) -> bool:
    """Whether the words after a Chinese capital ending at `end` make it its government."""
    return _government_after().match(folded, end) is not None


def city_cue(
    folded: str, mention: Mention, starting: dict[int, Mention], kb: KnowledgeBase
) -> bool:
    """Whether the words around a Chinese capital's mention make it the city: see the module
    docstring. `starting`: the article's mentions by the character each starts at."""
    start, end = mention.start, mention.end
    if _city_after().match(folded, end):
        return True
    entry = kb.entities.get(mention.entity_id)
    country = entry.capital_of if entry is not None else None
    if country is not None and any(
        m.end == start and m.entity_id == country and m.kind == "name" for m in starting.values()
    ):
        return True  # "日本東京靖國神社"
    if _second_of_places(folded, start, starting, kb):
        return True  # "在羅馬與北京輪流開會"
    joined = _JOINED_TO_CITY.match(folded, end)
    if joined is None or any(i in starting for i in range(end, joined.end())):
        return False  # a name before the joining word is the object of a verb ("北京批評台北和…")
    after = starting.get(joined.end())
    city = kb.entities.get(after.entity_id) if after is not None else None
    return city is not None and city.kind == "city" and city.capital_of is None


def _second_of_places(
    folded: str, start: int, starting: dict[int, Mention], kb: KnowledgeBase
) -> bool:
    """Whether a place named after a word of going or being somewhere is joined right before the
    capital at `start` ("在|羅馬|與|北京")."""
    if start < 1 or folded[start - 1] not in fold(_PLACE_JOINERS):
        return False
    first = next((m for m in starting.values() if m.end == start - 1), None)
    entry = kb.entities.get(first.entity_id) if first is not None else None
    return (
        first is not None
        and entry is not None
        and entry.type in ("GPE", "LOC")
        and folded.endswith(fold_words(PAIR_PLACE_BEFORE), 0, first.start)
    )


# The enumeration comma, the one mark that lists like with like and never joins a subject to
# its verb.
LIST_COMMA = "、"


def listed_governments(mentions: list[Mention], folded: str, kb: KnowledgeBase) -> list[Mention]:
    """A capital's city mention listed right after a capital read as its government, by the
    enumeration comma, relinked to its own government (see the module docstring); a list
    closed by a word of places stays cities. Read only where such a comma follows a government."""
    ending = {m.end: m for m in mentions if m.kind == "capital"}
    if not ending:
        return mentions
    return [
        _listed_government(m, kb)
        if m.kind == "name"
        and folded[m.start - 1 : m.start] == LIST_COMMA
        and m.start - 1 in ending
        and not folded.startswith(fold_words(PAIR_PLACE_AFTER), m.end)
        else m
        for m in mentions
    ]


def _listed_government(mention: Mention, kb: KnowledgeBase) -> Mention:
    entry = kb.entities.get(mention.entity_id)
    if entry is None or entry.capital_of is None or names_the_city(fold(mention.text)):
        return mention  # "首爾市": the city's own word
    return replace(relinked(mention, entry.capital_of, kb), kind="capital")
