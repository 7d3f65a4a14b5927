"""連江, a county name both shores use: Taiwan's Lienchiang County, which is Matsu, and the
mainland's Lianjiang County in Fuzhou, across the water from it. The words around the name say
which: the mainland's province, city or shore written before it ("福建省福州市连江县", "大陸連江縣
黃岐籍漁船", "福建連江、黃岐"), or a Taiwanese reporter's credit, whose place is where the
reporter files from ("【記者劉玉秋／連江報導】", "（中央社記者潘雲擎連江3日電）"). A bare 連江 that
neither decides stays unlinked; 連江縣 stays Matsu's, as the knowledge base gives it, unless the
mainland is written before it. Taiwan's own courts keep the province's name ("福建連江地方法院"),
so 福建 alone before a court's name is no mainland.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import fold, fold_pattern
from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at, relinked

TAIWAN_COUNTY, MAINLAND_COUNTY = "matsu", "lianjiang-county"
NAME = "連江"
COUNTY = "縣"  # folded alike with 县 and 県
MAINLAND_BEFORE = r"(?:大陸|對岸|福州市?|福建省(?:福州市)?|福建)$"
MAINLAND_TOWN_AFTER = r"[縣]?、?黃岐"  # Huangqi, the mainland county's town facing Matsu
TAIWAN_COURT_AFTER = r"(?:地方法院|地院|地檢|地方檢察署)"
CREDIT_AFTER = r"(?:[0-9０-９]{1,2}日電|即時報導|報導)"
# The mainland county's own bodies, labelled whole ("连江县融媒体中心", "连江县海洋与渔业局"): the
# name opening them is no mention of the county.
OWN_BODY_AFTER = r"[\u4e00-\u9fff]{0,8}?(?:中心|局|政府|委員會|辦公室)"
CONTEXT_CHARS = 8  # the province and city written before the name, at most


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(fold_pattern(p))
        for p in (
            MAINLAND_BEFORE,
            MAINLAND_TOWN_AFTER,
            TAIWAN_COURT_AFTER,
            CREDIT_AFTER,
            OWN_BODY_AFTER,
        )
    )


def county_namesakes(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions with each 連江 read by the words around it."""
    if MAINLAND_COUNTY not in kb.entities or NAME not in text and fold(NAME) not in fold(text):
        return mentions
    folded = fold(text)
    name, county = fold(NAME), fold(COUNTY)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    kept, found = [], []
    for mention in mentions:
        written = folded[mention.start : mention.end]
        matsus = mention.entity_id == TAIWAN_COUNTY and written.startswith(name)
        if matsus and _mainland(folded, mention.start, mention.end):
            if _patterns()[4].match(folded, mention.end):
                continue  # the county's own body, named whole
            mention = relinked(mention, MAINLAND_COUNTY, kb)
        kept.append(mention)
    for match in re.finditer(re.escape(name), folded):
        start, end = match.span()
        if start in taken or folded.startswith(county, end):
            continue
        if _mainland(folded, start, end):
            found.append(kb_mention_at(text, start, end, MAINLAND_COUNTY, kb))
        elif _patterns()[3].match(folded, end):
            found.append(kb_mention_at(text, start, end, TAIWAN_COUNTY, kb))
    return sorted(kept + found, key=lambda m: m.start)


def _mainland(folded: str, start: int, end: int) -> bool:
    """Is the mainland's county meant: its province, city or shore before, or its town after,
    and no court of Taiwan's after?"""
    before, town, court, _, _ = _patterns()
    if court.match(folded, end):
        return False
    shore = before.search(folded[max(start - CONTEXT_CHARS, 0) : start]) is not None
    return shore or town.match(folded, end) is not None
