"""Brackets that read or gloss the word before them ("気球（ききゅう）",
"海警局（かいけいきょく＝海の警察のような役所）", "無人機（＝人が乗っていない飛行機）"), as
children's papers and easy-Japanese news print them: they say what the word is, nothing about
a count after it.

The incursion reader reads a sentence past them, as the linking rules read past a name's reading
(cjk_readings.past_reading): a count's noun is the word before the bracket, not the bracket's
kana or its gloss's words ("飛行機" in a drone's gloss is no aircraft), and the bracket opens
no clause. Only a bracket straight after a word that holds a kana reading, a gloss after "＝",
or both is one, and so is a Latin abbreviation after a kanji word; a bracket holding a count, a
date or a source stays as it was.
"""

from __future__ import annotations

import re

from .cjk_readings import GLOSS, KANA_RUN

GLOSS_BRACKET = re.compile(
    rf"(?<=[^\s（(）)《》、。，,])[（(《](?:{KANA_RUN}(?:{GLOSS})?|{GLOSS})[）)》]"
    # A word's Latin abbreviation, as military copy spells a family's name out ("東風（ＤＦ）系列
    # １１発"): the word before it is still the count's noun.
    r"|(?<=[\u3400-\u9fff])[（(][A-Za-zＡ-Ｚａ-ｚ]{1,6}[）)]"
)


def without_glosses(sentence: str) -> tuple[str, list[int]]:
    """The sentence with its reading and gloss brackets left out, and for each of its
    characters (and its end) the offset it has in the sentence."""
    kept: list[str] = []
    origin: list[int] = []
    at = 0
    for bracket in GLOSS_BRACKET.finditer(sentence):
        kept.append(sentence[at : bracket.start()])
        origin += range(at, bracket.start())
        at = bracket.end()
    kept.append(sentence[at:])
    origin += range(at, len(sentence))
    origin.append(len(sentence))
    return "".join(kept), origin
