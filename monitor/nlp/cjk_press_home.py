"""Whose bodies a generic name means in Hong Kong and Macau Chinese-language press.

Hong Kong and Macau papers print in traditional characters, as Taiwan's do, but they relay the
mainland's official transcripts: their bare 國防部 and 外交部 are the PRC's ("國防部新聞發言人
張曉剛表示"), and they name Taiwan's bodies as Taiwan's ("台灣國防部", "台防部"). Script alone
would make such an article's home Taiwan; the paper's credit at the head of the story (【明報專訊】,
【星島日報報道】, "on.cc東網") makes it the PRC, the side whose bodies the paper's bare names mean.

In that press, as in every article whose home is the PRC, a bare name after the article has
named one of the bodies that bear it is the one named last (cjk_generic_bodies.py).

That press calls the mainland 內地 ("內地航空公司", "內地學者"): the country, the PRC, as its
readers' own side of the boundary says it. Elsewhere the word is a country's interior (Japan's
内地, "深入內地"), so only a credited article's is linked, but for one shape every Chinese
outlet writes: the mainland as a market, the place a film is released or its audience
("在内地上映", "香港艺人在内地市场", "内地观众"), the trade's word for the PRC beside Hong Kong's,
Macau's and Taiwan's markets. An interior has no box office; a country's own interior is
written after its name ("日本内地"), which such a 内地 never follows.

Hong Kong press is known by its own word for its city too, credit or none: 本港, "this port"
("本港免稅業者", "本港零售總額"), which no other press writes of a place it is not in; its
內地 is the mainland ("訪港內地旅客").
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_owner_bodies import HIRAGANA
from .cjk_script import fold, fold_pattern
from .kb import KnowledgeBase
from .mention import Mention, relinked

# The mastheads of Hong Kong's and Macau's Chinese-language papers and news sites inside the
# credit's brackets (matched folded, so 【大公报讯】 and 【大公報訊】 alike); outside them
# "說明報告" would hold 明報.
# An outlet named after the city is one of them too ("【香港電訊評論】", a trade paper's).
HONG_KONG_MACAU_PRESS = r"【[^】]{0,6}?(?:明報|星島|東方日報|東網|香港|大公報|文匯報|澳門|頭條日報)"
# The credit stands in the title's line or the body's opening, within this many characters.
CREDIT_CHARS = 120
PRC = "china"
# The mainland, in Hong Kong and Macau copy.
MAINLAND = fold("內地")
# Hong Kong press's word for Hong Kong, its own city; not the 本 of 日本 before a port
# ("日本港口").
OWN_CITY = re.compile(fold_pattern("(?<!日)本港"))
# What follows the mainland as a market in any Chinese outlet's copy: its market, a release
# there, its audience, box office or distribution.
MARKET_AFTER = r"市場|上映|觀眾|票房|發行"


def press_home(text: str, home: str | None) -> str | None:
    """The PRC for a traditional-script article credited to a Hong Kong or Macau paper; else
    `home` unchanged."""
    return PRC if home == "taiwan" and _credited(fold(text)) else home


def mainland_named(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """New mentions: each 內地 no other mention covers, in Hong Kong and Macau press (credited,
    or calling its city 本港) or before a word of its market in Chinese copy, linked to the
    PRC."""
    folded = fold(text)
    if PRC not in kb.entities:
        return []
    chinese = not HIRAGANA.search(text)
    credited = _credited(folded) or (chinese and OWN_CITY.search(folded) is not None)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for hit in re.finditer(MAINLAND, folded):
        market = chinese and _market().match(folded, hit.end()) and hit.start() - 1 not in taken
        if (credited or market) and taken.isdisjoint(range(*hit.span())):
            word = Mention(text[slice(*hit.span())], "GPE", "", "", *hit.span(), False)
            found.append(relinked(word, PRC, kb))
    return found


def _credited(folded: str) -> bool:
    return bool(_credit().search(folded[:CREDIT_CHARS]))


@cache
def _market() -> re.Pattern[str]:
    return re.compile(fold_pattern(MARKET_AFTER))


@cache
def _credit() -> re.Pattern[str]:
    return re.compile(fold_pattern(HONG_KONG_MACAU_PRESS))
