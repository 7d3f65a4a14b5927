"""CJK characters: telling them apart, and folding the ways one word is written into one.

Japanese and Chinese outlets write one name in several scripts: traditional (臺灣, 賴清德),
simplified (台湾, 赖清德), Japanese shinjitai (頼清徳), and full-width digits and letters
(２５, ＴＳＭＣ). `fold` writes them all one way, character by character, so that a fold keeps
every offset: what is found in folded text is at the same place in the original, which stays
as written. Folding needs OpenCC (the `cjk` extra); without it only width and case are folded.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Protocol

# The languages read in these scripts (analyze_cjk.py); articles in any other go to the English
# reader, or are stored unread.
CJK_LANGUAGES = frozenset({"ja", "zh"})
# Han (with extensions A and compatibility), kana, and the iteration mark 々. Hangul is left
# out: Korean puts spaces between words, and the English tokenizer handles it.
CJK_CLASS = r"\u3005\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
CJK = re.compile(f"[{CJK_CLASS}]")
CJK_RUN = re.compile(f"[{CJK_CLASS}]+")
# A type's code in characters and digits ("殲-11", "空警-500"), which Taiwan's defence ministry
# writes without its hyphen ("殲11型", "空警500"), as Latin codes are ("J-11", "J11").
_HYPHENED_CODE = re.compile(f"([{CJK_CLASS}]+)-([0-9]+[A-Za-z]*)")
# Japanese forms OpenCC's jp2t leaves as they are, with the simplified form they stand for
# ("呉江浩" is 吴江浩, China's ambassador, in every Japanese paper). Only characters as rare as
# this one belong here: the theme models were trained on folded text, and a common one would
# change their features.
UNFOLDED_VARIANTS = {"呉": "吴"}


class _Converter(Protocol):  # what OpenCC offers; it ships no type hints
    def convert(self, text: str) -> str: ...


def has_cjk(text: str) -> bool:
    return CJK.search(text) is not None


def fold_pattern(pattern: str) -> str:
    """A regular expression (or word) whose CJK characters match folded text; the rest stays as
    written, since folding case would turn \\D (not a digit) into \\d."""
    return "".join(fold_char(c) if CJK.match(c) else c for c in pattern)


def fold(text: str) -> str:
    """Width, case and script folded, one character for one: "頼清徳" and "賴清德" and "赖清德"
    fold alike, and so do "ＴＳＭＣ" and "tsmc"."""
    return "".join(map(fold_char, text))


@cache
def fold_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each word folded, as str.startswith and str.endswith take them; the tuples are the
    modules' word lists, so each is folded once."""
    return tuple(fold(word) for word in words)


# A person's name all in Han characters, as Japanese municipal notices and signatures write it
# with a space between family and given name ("石垣市長　中山　義隆"); the space falls after the
# first, second or third character, so each split is a spelling.
_HAN_NAME = re.compile(r"[\u3005\u4e00-\u9fff]{3,5}")


# A loanword's long "e", which Japanese copy writes either as an e-row katakana and イ or as that
# katakana and the long-vowel mark: the press's オスプレイ is the hobby magazines' オスプレー, and
# エイブラムス is also エーブラムス. The two spell one sound, one character for one.
_LONG_E = re.compile("(?<=[エケゲセゼテデネヘベペメレ])[イー]")


# Words Japanese writes with 連 where Chinese writes 聯 ("日本経済団体連合会" is Chinese copy's
# "日本經濟團體聯合會"; 連邦, 連盟): two characters, not two scripts of one, so no fold meets them.
JAPANESE_WORDS = {"連合": "聯合", "連盟": "聯盟", "連邦": "聯邦"}


def folded_spellings(name: str, person: bool = False) -> tuple[str, ...]:
    """A knowledge-base name's spellings (_spellings), and those of its Chinese wording when it
    holds a word Japanese writes otherwise (JAPANESE_WORDS)."""
    chinese = name
    for japanese, word in JAPANESE_WORDS.items():
        chinese = chinese.replace(japanese, word)
    if chinese == name:
        return _spellings(name, person)
    return tuple(dict.fromkeys((*_spellings(name, person), *_spellings(chinese, person))))


def _spellings(name: str, person: bool = False) -> tuple[str, ...]:
    """A knowledge-base name folded, and a type's code also without its hyphen; a person's Han
    name also with a space between family and given name; a katakana name's long "e" also
    written the other way; and a name that jp2t folds to an old form t2s does not simplify also
    as simplified copy writes it."""
    code = _HYPHENED_CODE.fullmatch(name)
    if code:
        return (fold(name), fold("".join(code.groups())))
    # A name's two spellings are written every way each is: a Han name signed with a space
    # is signed so in the spelling the knowledge base gives as much as in the simplified one
    # ("何衛東" spaced is "何 衞东" folded, not only "何 卫东").
    spellings = dict.fromkeys((fold(name), _simplified_as_written(name)))
    return tuple(dict.fromkeys(form for s in spellings for form in _written_forms(s, person)))


def _written_forms(folded: str, person: bool) -> tuple[str, ...]:
    """One folded spelling, and the same spelling with a space after a Han name's first,
    second or third character, or with its katakana long "e" written the other way."""
    if person and _HAN_NAME.fullmatch(folded):
        return (
            folded,
            *(f"{folded[:cut]} {folded[cut:]}" for cut in range(1, min(4, len(folded)))),
        )
    if _LONG_E.search(folded):
        variants = {_LONG_E.sub("イ", folded), _LONG_E.sub("ー", folded)} - {folded}
        return (folded, *sorted(variants))
    return (folded,)


def _simplified_as_written(name: str) -> str:
    """A name folded to simplified straight from its own characters: jp2t writes the Japanese
    and traditional 衛 as the old form 衞, which t2s leaves as it is, so "海上自衛隊" folds to
    "海上自衞队" and never meets the simplified "海上自卫队" that mainland copy writes."""
    converters = _converters()
    if not converters:
        return fold(name)
    simplified = converters[-1].convert(name)
    return fold(simplified) if len(simplified) == len(name) else fold(name)


@cache
def fold_char(char: str) -> str:
    """One character folded: NFKC (full width to ASCII), lower case, then Japanese shinjitai to
    traditional and traditional to simplified. A fold that would change the length (a
    ligature, "㈱") leaves the character as it is."""
    folded = unicodedata.normalize("NFKC", char).casefold()
    # A circled number marks an option or a list's item ("①25機　②35機"): folded to a digit it
    # would run into the figure after it ("125機").
    if len(folded) != 1 or unicodedata.name(char, "").startswith("CIRCLED"):
        return char
    if CJK.match(folded):
        converters = _converters()
        if converters:
            for converter in converters:
                converted = converter.convert(folded)
                folded = converted if len(converted) == 1 else folded
        folded = UNFOLDED_VARIANTS.get(folded, folded)
    return folded


def opencc_available() -> bool:
    return bool(_converters())


@cache
def _converters() -> tuple[_Converter, ...]:
    try:
        import opencc
    except ImportError:
        return ()
    return opencc.OpenCC("jp2t"), opencc.OpenCC("t2s")
