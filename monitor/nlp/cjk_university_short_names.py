"""A university's short name beside its full name in one article ("國立成功大學……成大校長",
"熊本大学と熊大"): the first character of its two-character name and 大, the university.

Chinese and Japanese copy, campus news most, names a university in full once and then by the
first character of its name and the 大 of 大學 (大学): 成功大學 is 成大, 台灣大學 台大, 政治大學
政大, 東京大学 東大. Alone such a short form is often a word part (成大事 is "achieve great
things", 國大 lies inside 中國大陸), so it is read only beside its full name the knowledge base
found in the article:

- only a name of two characters before 大學, with 國立 ("national") dropped, is clipped so;
  longer names clip other ways (陽明交通大學 is 陽明交大);
- the short form is not followed by a character that makes 大 the start of another word
  (大陸, 大事, 大會: "中國大陸" beside 國防大學 holds no 國大);
- no knowledge-base name is found over it; a model's name there gives way;
- a short form two universities in the article would give is left alone.

A country inside a national university's name is no mention of it: 國立台灣大學 and 新加坡國立
大學 are universities, as a place's university is (cjk_name_context: "厦门大学"), though a
country's name before 大學 alone may be its universities ("美國大學申請").
"""

from __future__ import annotations

import re

from .cjk_clipped_names import with_found
from .cjk_script import fold, fold_words
from .kb import KBEntry, KnowledgeBase
from .mention import Mention, relinked

UNIVERSITY = "大學"
NATIONAL = "國立"
STEM_CHARS = 2
# Words 大 opens, after which the character before 大 is no university's short form: the
# mainland, a great matter, a meeting, an envoy, an amount, a scale, the public, everyone,
# most, about, an election, a building, a university (成大學生 is read as no short form).
WORDS_OPENED_BY_BIG = tuple("陸事會使量幅型規眾家多概約選樓廈學")


def inside_national_university(folded: str, start: int, end: int, place: KBEntry) -> bool:
    """Whether the country at [start, end) of the folded text is inside a national university's
    name: 國立 before it and 大學 after, or 國立大學 after it."""
    if place.kind != "country":
        return False
    national, university = fold(NATIONAL), fold(UNIVERSITY)
    after_national = folded.endswith(national, 0, start) and folded.startswith(university, end)
    return after_national or folded.startswith(national + university, end)


def university_short_names(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each short name of a university the article names in full linked to
    it (module docstring)."""
    shorts = _short_names(mentions, kb)
    if not shorts:
        return mentions
    folded = fold(text)
    named = [m for m in mentions if m.in_kb]
    pattern = re.compile("|".join(map(re.escape, shorts)))
    found = []
    for match in pattern.finditer(folded):
        start, end = match.span()
        if folded.startswith(fold_words(WORDS_OPENED_BY_BIG), end):
            continue
        if any(m.start < end and start < m.end for m in named):
            continue
        model = Mention(text[start:end], "", "", "", start, end, False)
        found.append(relinked(model, shorts[match.group()], kb))
    return with_found(mentions, found)


def _short_names(mentions: list[Mention], kb: KnowledgeBase) -> dict[str, str]:
    """Each short name of the article's universities, folded, and its entity; a short name two
    universities give is dropped."""
    forms: dict[str, set[str]] = {}
    for mention in mentions:
        if not mention.in_kb or kb.entities[mention.entity_id].type != "ORG":
            continue
        name = fold(mention.text).removeprefix(fold(NATIONAL))
        stem = name.removesuffix(fold(UNIVERSITY))
        if stem != name and len(stem) == STEM_CHARS:
            forms.setdefault(stem[0] + fold(UNIVERSITY)[0], set()).add(mention.entity_id)
    return {form: ids.pop() for form, ids in forms.items() if len(ids) == 1}
