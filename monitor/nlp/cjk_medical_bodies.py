"""Hospitals, clinics and medical bodies named after their seat or their owner, as Japanese
medical and health copy and Taiwanese papers write them every day: the place, country or body
inside such a name is no mention of it, as a police force's seat is not
(cjk_place_named_bodies).

- A hospital or clinic carries its prefecture, town or island (沖縄県立八重山病院, 県立宮古病院,
  与那国町診療所, 連江県立医院, 澎湖醫院), or the body that runs it (自衛隊那覇病院,
  自衛隊中央病院, 衛生福利部金門医院, 米海軍病院, 臺北榮民總醫院). The sets label every such name
  whole (40 labels) and the place or body inside none of them.
- So do a medical association (日本医師会, 沖縄県医師会, 福岡県医師会), the Red Cross
  (日本赤十字社) and a blood centre (沖縄県赤十字血液センター).
- The name runs from the place or body to the medical word with nothing a clause has between
  them. In Japanese that is kanji and katakana only: a particle (沖縄の病院, 那覇市にある病院) or
  a word that puts something in or by the place (県内病院, 島外の病院) leaves the place a place.
  Chinese writes no particles, so there only the words of a hospital's own name may stand
  between (縣立, 部立, 榮民總): in 日本援助醫院 Japan is the donor. Those words are a hospital
  network's own (慈濟, 長庚, 馬偕: 花蓮慈濟醫院, 林口長庚醫院 are its branches by seat), a
  medical university's (中國醫藥大學附設醫院), and a society's specialty before 醫學會 (台灣急診
  醫學會, 台灣腎臟醫學會: a country's society of one field is named so, and no clause stands
  there); 一家, 各 or 多家 between leave the place a place ("花蓮一家醫院").
- Chinese copy's medical words are its own too: 榮總, the short name of a veterans' general
  hospital (台北榮總, 台中榮總), a blood foundation or centre (台灣血液基金會, 台北捐血中心).
- A hospital ship (病院船) is a ship, whose owner keeps its name.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import fold_pattern
from .kb import KBEntry

# The words that end a medical body's name; not 病院船, a ship.
_MEDICAL_WORD = (
    r"(?:病院(?!船)|[医醫]院|診療所|診所|クリニック|医療センター|血液センター|"
    r"医師会|醫師公會|医師公会|赤十字社|赤十字血液センター)"
)
# Japanese: kanji and katakana between the name and the medical word, at most this many, not
# starting with a word that puts something in or by the place.
MAX_NAME_CHARS = 8
_NOT_A_NAME_AFTER = r"内|外|周辺|近く|付近|近郊|各地|全域"
_JAPANESE_NAME_CHAR = r"[\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc]"
# Chinese: the words of a hospital's own name (a county's or a ministry's own, a veterans'
# general hospital, a university's, a network's), at most one of each.
_CHINESE_NAME_WORDS = (
    r"(?:[縣市部省區]立|國立)?"
    r"(?:榮民|國軍|(?:醫藥|醫學|醫科)?大學附設|大學|慈濟|長庚|馬偕|國泰|門諾|基督教)?總?"
)
# Chinese copy's own medical words: a veterans' general hospital's short name, a blood
# foundation or centre, and a society of one field (its specialty, at most this many characters
# and no word joining two names, before 醫學會; not 醫學會議, a conference).
SPECIALTY_CHARS = 8
_SPECIALTY = rf"(?:(?![與和及的])[\u4e00-\u9fff]){{0,{SPECIALTY_CHARS}}}?"
_CHINESE_MEDICAL_WORD = rf"(?:榮總|血液基金會|捐血中心|{_SPECIALTY}醫學會(?!議))"


@cache
def _japanese_name() -> re.Pattern[str]:
    return re.compile(
        fold_pattern(
            rf"(?!{_NOT_A_NAME_AFTER}){_JAPANESE_NAME_CHAR}{{0,{MAX_NAME_CHARS}}}?{_MEDICAL_WORD}"
        )
    )


@cache
def _chinese_name() -> re.Pattern[str]:
    return re.compile(
        fold_pattern(rf"{_CHINESE_NAME_WORDS}{_MEDICAL_WORD}|{_CHINESE_MEDICAL_WORD}")
    )


def opens_medical_body(folded: str, end: int, entry: KBEntry, home: str | None) -> bool:
    """Whether the place, country or body ending at `end` of the folded text opens a hospital's,
    a clinic's or a medical body's name ("沖縄県|立八重山病院", "自衛隊|那覇病院", "日本|医師会",
    "澎湖|醫院"): see the module docstring."""
    if entry.type not in ("GPE", "LOC", "ORG"):
        return False
    name = _japanese_name() if home == "japan" else _chinese_name()
    return name.match(folded, end) is not None
