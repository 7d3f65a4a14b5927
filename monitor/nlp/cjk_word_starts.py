"""Where a CJK name cannot begin (cjk_entities.py): at a character that ends the word before it.

A 日 closing a date ("1日经与那国岛": the 1st, via Yonaguni) or, in Chinese copy, a day word
("近日經", "此前日方" is "before that, Japan" all the same) opens no name, nor the 東 of 船東
before 協 ("船東協會").
"""

from __future__ import annotations

import re

from .cjk_entity_words import WORD_BEFORE_NAME
from .cjk_script import fold, fold_pattern

# A day word that 日 closes in Chinese copy ("近日經深圳市中級人民法院", "昨日經宮古海峽", "前日經
# 沖繩本島": recently, yesterday, the day before, via): its 日 opens no name but Japan's own
# ("前日本首相"). 同, 連 and 次 make no day word before a side ("中方愿同日方一道", with;
# "此次日方", this time), nor a 今 that closes 如今 or 至今, nor a 近 that closes 接近 or 最近
# ("接近日籍漁船"), nor a 前 that closes 此前, 之前, 以前, 目前 or 提前 ("此前日方曾就…":
# before that, Japan).
_DAY_WORD = re.compile(
    fold_pattern(
        r"(?:[昨當翌每隔]|(?<![此之以目提])前|(?<![如至迄而])今"
        r"|(?<![接靠逼附鄰臨最將貼趨親遠])近)日(?!本)"
    )
)


# Each name of WORD_BEFORE_NAME folded with the characters that end the word before it, by the
# name's first character (a fold is one character for one): asked at every character of every
# article, the test looks only at the names that character opens, most often none.
def _by_first_character(words: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    table: dict[str, list[tuple[str, str]]] = {}
    for name, ends in words.items():
        table.setdefault(fold(name)[0], []).append((fold(name), fold(ends)))
    return table


_NAMES_OPENED_BY = _by_first_character(WORD_BEFORE_NAME)


# In Chinese copy, 比 comparing what comes before it with the word after it, the degree word
# right after that word ("海上風浪比軍機更影響出海意願": the waves, more than the military
# aircraft): "than", no Philippine name (比軍). Not across a list's joining word ("比軍與美軍更
# 緊密合作" is the Philippine forces').
_THAN = re.compile(fold_pattern(r"比(?:(?![與和及、，,。])\w){1,3}?(?:更|還|較|越發)"))


def begins_no_name(folded: str, start: int, chinese: bool) -> bool:
    """Whether the character at `start` ends the word before it and so begins no name: a 日
    closing a date ("1日经与那国岛": the 1st, via Yonaguni) or, in Chinese copy, a day word
    ("近日經") or the 比 of a comparison ("風浪比軍機更"); the 東 of 船東 before 協 ("船東協會")."""
    before = folded[start - 1 : start]
    if chinese and _THAN.match(folded, start):
        return True
    if folded[start] != "日":
        return bool(before) and any(
            folded.startswith(name, start) and before in ends
            for name, ends in _NAMES_OPENED_BY.get(folded[start], ())
        )
    if before.isdigit():
        return True
    return chinese and start > 0 and _DAY_WORD.match(folded, start - 1) is not None
