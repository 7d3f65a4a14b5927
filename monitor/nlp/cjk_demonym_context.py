"""Where a nationality word or a one-character country is none (cjk_entities.py reads them): a
Chinese-only word in Japanese copy, a country's character that ends the word before it or a
day's 日, and two countries joined before a body, whose body is neither's."""

from __future__ import annotations

from functools import cache

from .cjk_entity_words import CHINESE_DEMONYMS, COUNTRY_ABBREVIATIONS, DAY_BEFORE, WORD_ENDING_IN
from .cjk_prefixed_nouns import CHINESE_PREFIXED_NOUNS
from .cjk_script import fold, fold_char, fold_words


def no_demonym(folded: str, start: int, end: int, chinese: bool) -> bool:
    """Whether the nationality word at [start, end) is none here: one only Chinese copy writes
    so, in Japanese copy (CHINESE_DEMONYMS); or its one-character country ends the word before
    it instead: 日 before 艦 or 製 after a day's character ("5日艦艇", "同日艦隊", "每日製作";
    日方 after 同 stays Japan's: "中方愿同日方一道"), 加, 美 and 台 after a word's first
    character ("參加方", "增加艦艇", "完美制度", "平台廠商"); or a group's country joined to another
    before it, which makes the groups tours to both ("日韓團", tours to Japan and Korea; "韓團"
    alone is a Korean group)."""
    if not chinese and folded[start:end] in _chinese_demonyms():
        return True
    before, first = folded[start - 1 : start], folded[start]
    if folded[end - 1] == fold_char("團") and before in _folded_abbreviations():
        return True
    if first == "日":
        return folded[start + 1 : end] in _day_words_after() and before in _days_before()
    word_starts = next((w for c, w in WORD_ENDING_IN.items() if fold_char(c) == first), "")
    return bool(before) and before in fold(word_starts)


# The nouns after 日 that a day's 日 may stand before: a warship, a make, and the nouns fused to
# a side (cjk_prefixed_nouns.py: "5日警方表示", "今日漁船" are the 5th's police, today's boats).
@cache
def _day_words_after() -> frozenset[str]:
    fused = (word[1:] for word in CHINESE_PREFIXED_NOUNS if word.startswith("日"))
    return frozenset(fold(noun) for noun in ("艦", "製", *fused))


# Words for many countries at once before a body ("各国海军", "多國海軍", "兩國外交部"): the
# bodies of them all, no one country's.
MANY_COUNTRIES = ("各國", "多國", "兩國", "雙方", "各方")


def countries_joined_before(folded: str, start: int) -> bool:
    """Two one-character countries before a body ("中俄海軍"), or a word for many ("各国海军"):
    the body is no one country's."""
    before = folded[max(0, start - 2) : start]
    if before in fold_words(MANY_COUNTRIES):
        return True
    return len(before) == 2 and all(char in _folded_abbreviations() for char in before)


@cache
def _days_before() -> frozenset[str]:
    return frozenset(fold(char) for char in DAY_BEFORE)


@cache
def _chinese_demonyms() -> frozenset[str]:
    return frozenset(fold(word) for word in CHINESE_DEMONYMS)


@cache
def _folded_abbreviations() -> frozenset[str]:
    return frozenset(fold(char) for char in COUNTRY_ABBREVIATIONS)
