"""What the characters around a CJK name say it is (cjk_entities.py): a capital acting for its
government, a service word naming no body, a headline's country."""

from __future__ import annotations

import re
from functools import cache

from .cjk_capital_sense import JAPANESE_PLACE_HOLDINGS
from .cjk_compass_names import taiwan_and_direction
from .cjk_entity_words import (
    CANTONESE_SAYS,
    CAPITAL_AFTER,
    CAPITAL_BEFORE,
    CAPITAL_ISSUE_FRAME,
    CAPITAL_NOT_AFTER,
    CAPITAL_OFFICIALS,
    CAPITALS_JOINED,
    COUNTERPART_BEFORE,
    COUNTRY_ABBREVIATIONS,
    CRAFT_AFTER,
    DEALING_AFTER,
    JAPANESE_STATE_AFTER,
    MILITARY_WORD,
    PAIR_PLACE_AFTER,
    PAIR_PLACE_LIST,
    PAIR_TIES,
    PARTY_AFTER,
    PARTY_TIES_AFTER,
    PLACES_LISTED_AFTER,
    SERVICE_LIST_BEFORE,
)
from .cjk_market_countries import prefixed_countries
from .cjk_script import fold, fold_char, fold_pattern, fold_words
from .cjk_word_ends import AIMED_AT, DRILLS, folded_words_after_name

# A headline or sentence opened by a one-character country as its subject: before a comma
# ("米、台湾に…売却承認"), before は and a quote or comma ("米は「…」", "米は、…") or before
# 政府 ("米政府は…"). Only there: 米 is also "rice", and "米は高い" or "米が不足" is rice. The
# Philippines, Australia and South Korea, whose characters are no word alone (比 is a ratio
# only after another word), open one before a case particle too ("比にＯＳＡで沿岸レーダー追加",
# "豪と防衛協力"): the partner a headline names first.
_OPENING_COUNTRY = re.compile(
    r"(?:^|(?<=[。｜\n　 ]))(?:(\w)(?=、|は[「、]|政府)|([比豪韓])(?=[にとがへ]))", re.M
)

# A one-character country standing alone before 側, "side" ("…と発表した。米側は", "露側の説明"),
# or before what only a state has: its administration, government, officials, president,
# secretaries, press, arms makers or state ships ("米政権", "米紙", "米国防長官", "米防衛大手",
# "比の補給船", "英空母") and its envoys ("沖縄の米総領事", "英大使"): the country as party or
# owner; 米 as rice has none of them. A Han
# character before it makes it a word part ("舞台側"); 台紙, 印紙: mount, stamp; "その中の": among
# them.
_SIDE_COUNTRY = re.compile(
    r"(?<![\u3005\u3400-\u9fff\uf900-\ufaff])(?!台紙|印紙|中の)(\w)(?=側|政権|政府|当局|高官|大統領"
    r"|国防長官|国務長官|紙|防衛企業|軍需企業|防衛大手|軍需大手|防衛関連企業|防衛産業|空母|総領事"
    r"|大使|の(?:補給船|巡視船|艦船|軍艦))"
)


# In Japanese, a capital that a request or protest is addressed to, the verb ending the
# capital's clause after its object ("東京に防衛当局間の対話を要望", "東京に…枠組みを求めた"),
# or after the channel it goes through ("東京に外交ルートを通じて抗議した").
CAPITAL_ASKED = (
    r"に[^、。，,！？!?\n]{0,40}?を(?:(?:通じ|通し)て)?(?:要望|要請|要求|求め|申し入れ|抗議|伝達|打診)"
    # A mayor's press conference or comment puts the government it asks first, as the topic
    # before a comma, and ends the sentence with the wish ("東京には、冷静な外交で…図っていただき
    # たい", "東京には、…外交を求めたい"); a visitor is asked in other words ("お越しいただきたい").
    r"|には、[^。\n]{0,80}?(?:[てで]いただきたい|[てで]ほしい|を求めたい|をお願いしたい)"
)
# In Japanese, a capital right after another actor's は that it deals with as a partner, the
# verb ending the clause after the dealing's noun ("台北は東京と農業分野の人材交流を進め"); not
# a place the dealing is done in ("東京と大阪で"), nor a city listed after no actor ("東京と大阪の
# 交流を進める").
CAPITAL_PARTNER = (
    r"と[^、。，,！？!?\nで]{0,30}?(?:交流|協力|協議|対話|交渉|連携)"
    r"を(?:進め|深め|続け|強化|拡大|重ね)"
)


def capital_acts(folded: str, start: int, end: int, capital_forms: frozenset[str]) -> bool:
    """A capital acting for its government: "北京は", "向北京抗議", "東京表示", "東京に抗議",
    "東京に…対話を要望",
    one opening a headline before its comma ("北京、東京に抗議"), and two capitals joined
    anywhere but as places ("北京與華府達成", "東京とマニラの急接近"); never in 在台北 or
    東京で (a place)."""
    # a subject's time phrase stands between it and its verb ("北京自2020年起暫停…")
    after, before = folded[_past_since(folded, end) :][:6], folded[max(0, start - 2) : start]
    if after.startswith(fold_words(("で", "舉行"))) or before.endswith(fold("在")):
        return False
    # The first of a list of places is one of them, whatever word addresses it ("向東京、大阪的
    # 百貨追加檔期"), unless the next is a capital too ("對北京、莫斯科等施壓": governments).
    listed = _places_listed().match(folded, end)
    if listed and not any(folded.startswith(form, end + 1) for form in capital_forms):
        return False
    if _acting_after(after) or before.endswith(fold_words(tuple(CAPITAL_BEFORE))):
        return True
    if before.endswith(fold_words(COUNTERPART_BEFORE)) and after.startswith(
        fold_words(DEALING_AFTER)
    ):
        return True
    # Opening a headline or sentence before its comma, it is the subject, as a country's
    # abbreviation there is ("北京、東京に抗議").
    # Not the first of a list of places ("台北、新竹の各拠点", "マニラ、セブなど").
    opens = (
        folded.startswith("、", end)
        and (start == 0 or folded[start - 1] in "。｜\n　 ")
        and not listed
    )
    # Opening its clause before Cantonese 話 ("says"), it is the speaker ("東京話會…").
    says = folded.startswith(fold(CANTONESE_SAYS), end) and (
        start == 0 or folded[start - 1] in "。｜\n　 ，,：:！？!?"
    )
    if opens or says or _issue_frame().match(folded, end) or _asked().match(folded, end):
        return True
    if _officials().match(folded, end):
        return True
    if before.endswith(fold("は")) and _partner().match(folded, end):
        return True  # "台北は東京と…交流を進め"
    pair = _pair(folded, start, end, capital_forms)
    if pair is None:
        return False
    pair_start, pair_end = pair
    return not (
        _PLACES_BEFORE_PAIR.search(folded, max(0, pair_start - PLACE_LIST_CHARS), pair_start)
        or (
            folded.startswith(fold_words(PAIR_PLACE_AFTER), pair_end)
            and not _ties().match(folded, pair_end)
        )
        or _holdings().match(folded, pair_end)  # "東京と台北の版元で": firms in two cities
    )


def _pair(
    folded: str, start: int, end: int, capital_forms: frozenset[str]
) -> tuple[int, int] | None:
    """Where a pair of capitals joined ("北京と|ワシントン") starts and ends, if the capital
    at start:end is one of them."""
    partner_end = _joined_capital_end(folded, end, capital_forms)
    if partner_end is not None:
        return start, partner_end
    if start < 2 or folded[start - 1] not in fold_words(CAPITALS_JOINED):
        return None
    partners = [c for c in capital_forms if folded[: start - 1].endswith(c)]
    return (start - 1 - max(map(len, partners)), end) if partners else None


@cache
def _places_listed() -> re.Pattern[str]:
    return re.compile(fold_pattern(PLACES_LISTED_AFTER))


@cache
def _ties() -> re.Pattern[str]:
    return re.compile(fold_pattern(PAIR_TIES))


@cache
def _issue_frame() -> re.Pattern[str]:
    return re.compile(fold_pattern(CAPITAL_ISSUE_FRAME))


@cache
def _officials() -> re.Pattern[str]:
    return re.compile(fold_pattern(CAPITAL_OFFICIALS))


@cache
def _asked() -> re.Pattern[str]:
    return re.compile(fold_pattern(CAPITAL_ASKED))


@cache
def _holdings() -> re.Pattern[str]:
    return re.compile(fold_pattern(JAPANESE_PLACE_HOLDINGS))


@cache
def _partner() -> re.Pattern[str]:
    return re.compile(fold_pattern(CAPITAL_PARTNER))


# A time since a point (自 or 從, ten characters at most, 起, 以來 or 開始) after a subject.
_SINCE = re.compile(fold_pattern(r"[自從][^，,。、：:\s]{1,10}?(?:起|以來|開始)"))


def _past_since(folded: str, end: int) -> int:
    """Where the text after a name goes on past a time phrase of "since" right after it."""
    since = _SINCE.match(folded, end)
    return since.end() if since else end


def _acting_after(after: str) -> bool:
    if after.startswith(fold_words(CAPITAL_NOT_AFTER)):
        return False
    return after.startswith(fold_words(tuple(CAPITAL_AFTER)))


def _joined_capital_end(folded: str, end: int, capital_forms: frozenset[str]) -> int | None:
    """Where a second capital joined to the one ending at `end` ends ("北京と|ワシントン|")."""
    if folded[end : end + 1] not in fold_words(CAPITALS_JOINED):
        return None
    partners = [c for c in capital_forms if folded.startswith(c, end + 1)]
    return end + 1 + max(map(len, partners)) if partners else None


# 機 opening a word that is no craft: an airfield, and the 機構 ("agency") of the Coast Guard
# Law's wording ("海警機構可依法採取扣留措施"), which is the service itself.
NOT_CRAFT = ("機場", "機構")


def service_word(folded: str, start: int, end: int) -> bool:
    """A service's generic name in a list of services ("陸海空軍") or before the craft it flies
    ("空軍機", not "空軍機場"): no body."""
    after = folded[end : end + 2]
    # a list names each service once: the 海 of 領海 before 海警 lists nothing ("領海海警船")
    listed = folded[start - 1 : start] != folded[start]
    return (listed and folded[:start].endswith(fold_words(SERVICE_LIST_BEFORE))) or (
        after.startswith(fold_words(CRAFT_AFTER)) and not after.startswith(fold_words(NOT_CRAFT))
    )


def split_word(folded: str, start: int, end: int) -> bool:
    """Whether a name's last character begins the next word instead ("台軍|事", "南海|域"), or
    is the 長 of a title whose post is being filled, or a family name before 姓: court and
    police copy names a suspect by it alone ("陸軍上士林姓男子" holds no 士林, "林姓" is Mr Lin),
    or 台 and a compass point opening a direction word ("繞台東|部": cjk_compass_names), or a
    navy's 海 closing the strait's short name before its military news ("台|海軍|情")."""
    if taiwan_and_direction(folded, start, end):
        return True
    last = folded[end - 1 : end]
    following = folded_words_after_name().get(last, ())
    filled = last == fold("長") and bool(_post_filled().match(folded, end))
    surname = folded.startswith(_SURNAME_MARK, end)
    aimed = folded.startswith(_DRILLS, end - 1) and folded[start - 1 : start] == _AIMED_AT
    if folded.startswith(_STRAIT_NEWS, end) and folded.endswith(_STRAIT, start, end):
        return False  # "台海|軍情": the strait's military news
    strait_news = folded.startswith(_STRAIT_NEWS, end - 1) and folded.endswith(
        _STRAIT, 0, start + 1
    )
    return end - start > 1 and (
        filled or surname or aimed or strait_news or folded.startswith(following, end)
    )


_SURNAME_MARK = fold("姓")
_AIMED_AT, _DRILLS = fold(AIMED_AT), fold(DRILLS)  # "對台軍演": drills against Taiwan
# The strait's short name before its military news and drills ("一週台海軍情", "台海軍演"): the
# strait, whose 海 opens no navy (海軍) there.
_STRAIT, _STRAIT_NEWS = fold("台海"), tuple(map(fold, ("軍情", "軍演")))


# The post a sentence fills ("立法院長には国民党の韓国瑜氏が選ばれた", "議長に就任した"): a head's
# title there is the office, not the person holding it on the article's date, so its 長 gives
# way and the body it heads is the name (立法院).
POST_FILLED = r"に(?:は[^。]{0,20}?)?(?:就任|就い|就く|選ばれ|選出|任命|起用)"


@cache
def _post_filled() -> re.Pattern[str]:
    return re.compile(fold_pattern(POST_FILLED))


_MILITARY_WORD = re.compile(fold_pattern(MILITARY_WORD))
_PLACES_BEFORE_PAIR, PLACE_LIST_CHARS = re.compile(fold_pattern(PAIR_PLACE_LIST)), 48


def country_before_military_word(folded: str, start: int, end: int, forms: dict[str, str]) -> bool:
    """Whether a Chinese name ending in 軍 is a country's name before a word of its army's
    things ("中國|軍艦", "台灣|軍人"): the country. 國軍, 共軍 and 美軍 stay whole."""
    if end - start < 3 or folded[end - 1] != fold_char("軍"):
        return False  # first the cheap test: it runs for every span of every article
    return folded[start : end - 1] in forms and bool(_MILITARY_WORD.match(folded, end - 1))


def opening_countries(text: str) -> list[tuple[int, int, str]]:
    """A one-character country opening a headline or sentence as its subject ("米、台湾に…",
    "米は…", "米政府は…"): where it is and which country."""
    return [
        (hit.start(), hit.end(), COUNTRY_ABBREVIATIONS[char])
        for hit in _OPENING_COUNTRY.finditer(text)
        if (char := hit.group(1) or hit.group(2)) in COUNTRY_ABBREVIATIONS
    ]


def side_countries(text: str, home: str | None) -> list[tuple[int, int, str]]:
    """A one-character country standing alone before 側 or a state's noun in Japanese copy
    ("米側は", "韓側の説明", "米政権", "米紙"), or prefixed to a market noun, a foreign firm or a
    secretary's title ("米CPI", "英ロイター通信", "米商務長官"): where it is and which country.
    Chinese copy writes the side as 方 ("美方", a demonym)."""
    if home != "japan":
        return []
    return [
        (hit.start(), hit.end(), COUNTRY_ABBREVIATIONS[hit.group(1)])
        for hit in _SIDE_COUNTRY.finditer(text)
        if hit.group(1) in COUNTRY_ABBREVIATIONS
    ] + prefixed_countries(text)


def communist_state(folded: str, end: int, chinese: bool) -> bool:
    """Whether 中共 ending at `end` is the state, not the party (cjk_entity_words' PARTY_AFTER)."""
    if not chinese:
        return folded.startswith(fold_words(JAPANESE_STATE_AFTER), end)
    return not folded.startswith(fold_words((*PARTY_AFTER, *PARTY_TIES_AFTER)), end)
