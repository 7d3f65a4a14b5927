"""A bare ministry of an overseas Chinese-language paper's own government: Singapore's and
Malaysia's papers (【联合早报讯】, a "（布城22日讯）" dateline from Putrajaya) write their own
government's ministries bare, as Taipei's and Beijing's press do ("外交部星期二发表文告说，新加坡
密切关注台湾海峡局势", "外交部周五发表文告说，大马政府密切关注"). Script alone would make such a
bare 外交部 the PRC's.

The same papers also report Beijing's and Taipei's ministries bare (the sets label Zaobao's bare
国防部 Taiwan's in one story and the PRC's in another), so the paper's country alone does not
decide: only a bare name whose own sentence names the paper's country, the statement's speaker,
is that country's. The knowledge base has no such body of it, so the name is left unlinked, as a
reader who cannot look it up leaves it.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import CJK, fold, fold_pattern
from .kb import KnowledgeBase

# A Chinese paper's dateline in brackets: the city, the day, and "讯" or a compiled report's
# "综合讯" ("（布城22日讯）", "（吉隆坡5日综合讯）").
DATELINE = r"[（(]([^（）()\d\s]{2,4}?)\d{1,2}日(?:綜合)?訊[）)]"
DATELINE_CHARS = 120
SENTENCE_END = "。\n！？"
# A sentence is read at most this far either side of the name, so a long unpunctuated text costs
# each bare name a bounded look.
SENTENCE_CHARS = 200
# The countries with a Chinese-language home press that names their own government's ministries
# by the bare Chinese words (外交部, 国防部); a VOA or World Journal story's bare 外交部 beside
# "美国" is still Beijing's or Taipei's, since Washington has no 外交部.
OWN_PRESS_COUNTRIES = ("singapore", "malaysia")
_CITIES: dict[str, dict[str, str]] = {}  # knowledge-base digest -> city names -> country


def own_country_body(folded: str, start: int, credit: str | None, kb: KnowledgeBase) -> bool:
    """Whether the bare body name at `start` is the government's of the paper's own country (its
    credited outlet's, or its dateline city's), which the body's sentence names."""
    country = credit or _dateline_country(folded, kb)
    entry = kb.entities.get(country or "")
    if entry is None or country not in OWN_PRESS_COUNTRIES:
        return False
    first, last = max(0, start - SENTENCE_CHARS), start + SENTENCE_CHARS
    opens = max(first, *(folded.rfind(end, first, start) + 1 for end in SENTENCE_END))
    closes = [i for i in (folded.find(end, start, last) for end in SENTENCE_END) if i >= 0]
    sentence = folded[opens : min(closes, default=last)]
    return any(fold(name) in sentence for name in (entry.name, *entry.aliases) if CJK.match(name))


def _dateline_country(folded: str, kb: KnowledgeBase) -> str | None:
    hit = _dateline().search(folded, 0, DATELINE_CHARS)
    return _city_countries(kb).get(hit.group(1)) if hit else None


def _city_countries(kb: KnowledgeBase) -> dict[str, str]:
    """Each city's folded CJK names -> its country, once per knowledge base."""
    if kb.digest not in _CITIES:
        _CITIES[kb.digest] = {
            fold(name): entry.country
            for entry in kb.entities.values()
            if entry.kind in ("city", "capital") and entry.country
            for name in entry.aliases
            if CJK.match(name)
        }
    return _CITIES[kb.digest]


@cache
def _dateline() -> re.Pattern[str]:
    return re.compile(fold_pattern(DATELINE))
