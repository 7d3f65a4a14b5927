"""The country whose bodies a generic name ("外交部", "国防部") means in a Japanese or Chinese
article when nothing else says: the article's home, told by its language and script."""

from __future__ import annotations

import re

from .cjk_script import CJK, fold, fold_char, fold_pattern
from .kb import KnowledgeBase
from .mention import Mention, relinked

HOME_BY_SCRIPT = {"ja": "japan", "zh-hant": "taiwan", "zh-hans": "china"}
# Japanese copy writes the PRC's ministries in Japanese words (中国国防省, 中国外務省) and keeps
# Taiwan's own names (国防部, 外交部): a name the two share is Taiwan's there.
SHARED_NAME_OWNER = {"japan": "taiwan"}
# Taiwan's coast guard is 海巡署 and Japan's 海上保安庁: a body only the PRC bears the name of
# (海警) is the PRC's in Japanese and Taiwanese copy too.
LAST_RESORT = {"japan": "china", "taiwan": "china"}


def home_side(home: str | None, countries: set[str | None]) -> str | None:
    """Whose body a bare generic name is, of the `countries` that have one: the article's
    home's; in Japanese copy, Taiwan's when Taiwan and another share the name; else the PRC's
    when the home has none and the PRC does."""
    if home is None or home in countries:
        return home
    owner = SHARED_NAME_OWNER.get(home)
    if owner in countries and len(countries) > 1:
        return owner
    return LAST_RESORT.get(home) if LAST_RESORT.get(home) in countries else None


def home_country(language: str, text: str) -> str | None:
    """The country whose bodies a generic name means when nothing else says: Japan in
    Japanese; Taiwan in traditional Chinese, the PRC in simplified."""
    if language == "ja":
        return HOME_BY_SCRIPT["ja"]
    han = [c for c in text if CJK.match(c)]
    if not han:
        return None
    traditional = sum(fold_char(c) != c for c in han)
    return HOME_BY_SCRIPT["zh-hant" if traditional * 50 >= len(han) else "zh-hans"]


# Taiwanese copy calls the PRC "the far shore" (對岸: "傳送對岸", "對岸抽砂船", "遏止對岸灰色侵擾"),
# and two hands' sets label all 13 of theirs China (a third's left its two unlabelled). A river's, a
# lake's or a bay's far shore ("河對岸", "湖的對岸") is only a bank. Beijing's copy means Taiwan
# by the word, and Japanese copy (対岸) a bank: only Taiwan's own copy is read.
_FAR_SHORE = re.compile(fold_pattern(r"(?<![的河江溪湖灣潭])對岸"))
FAR_SHORE = {"taiwan": "china"}


def far_shore(
    text: str, mentions: list[Mention], kb: KnowledgeBase, home: str | None
) -> list[Mention]:
    """The mentions, with each 對岸 of a Taiwanese article a mention of the PRC."""
    country = FAR_SHORE.get(home or "")
    if country not in kb.entities:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    found = [
        relinked(
            Mention(text[hit.start() : hit.end()], "", "", "", *hit.span(), False), country, kb
        )
        for hit in _FAR_SHORE.finditer(fold(text))
        if not any(a < hit.end() and hit.start() < b for a, b in taken)
    ]
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions
