"""Whose a bare 陸軍, 海軍 or 空軍 is in Chinese copy: the side the story speaks for.

The knowledge base gives the bare service names to Taiwan's forces, as Taiwan's own press means
them. Mainland copy names the PLA's services bare ("东部战区组织陆军、海军、空军兵力", "海军山东舰
编队"), and a Taiwanese paper relaying a mainland command's announcement keeps its wording
("中共東部戰區宣布……組織陸軍、海軍、空軍"). So a bare service is the side of the last body or
force its sentence names before it (東部戰區, 共軍, 國防部; a service just read counts too, so a
list of services is one side's), else the article's home's (cjk_home, cjk_press_home: a
mainland or Hong Kong outlet's is the PRC). An overseas paper's (Singapore's 联合早报) is read
the same way, its own home no side of the Strait: a bare 陆军 after 中国海警局 and 武警 in its
sentence is the PLA's. Words for the other side's craft (共機, 共艦) name
what is watched, not who speaks, and are passed over; "我" ("我空軍", "進入我西南空域") is the
home's side named.

Japanese copy writes the PLA's services with their country (中国海軍) and is left as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from .cjk_demonym_context import countries_joined_before
from .cjk_entity_words import COUNTRY_ABBREVIATIONS
from .cjk_name_context import service_word, split_word
from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, relinked

PRC = "china"
# The article home whose copy this leaves: Japanese writes the PLA's services with their country.
JAPANESE_HOME = "japan"
# Each bare service and the PLA's service of that name.
PLA_SERVICES = {"陸軍": "pla-ground-force", "海軍": "plan", "空軍": "plaaf"}
# A sentence ends at these: a body named before them says nothing of the next sentence.
SENTENCE_ENDS = frozenset("。！？\n")
# The writer's own side: "我空軍", "進入我防空識別區".
OURS = "我"
# Between a country and its service: "台灣的海軍".
OF = ("的", "之")
# Countries or sides counted before a service ("中俄兩國空軍", "雙方海軍"): theirs, not bare.
COUNTED_SIDES = ("國", "方")
# How far back a name covering a service may start, and a sentence's start be looked for.
NAME_REACH = 40
SENTENCE_REACH = 300


def mainland_branches(
    text: str, mentions: list[Mention], kb: KnowledgeBase, home: str | None
) -> list[Mention]:
    """The mentions, each bare service its sentence or its article gives the PRC linked to the
    PLA's service of that name (added where nothing linked it).

    Each service reads only its neighbourhood (bisected, and a sentence's start looked for at
    most SENTENCE_REACH characters back): a text of thousands of services is read in one pass."""
    if home == JAPANESE_HOME or any(pla not in kb.entities for pla in PLA_SERVICES.values()):
        return mentions
    folded = fold(text)
    linked = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in linked]
    country_ends = {m.end for m in linked if _names_a_country(m, kb)}
    for hit in _services().finditer(folded):
        start, end = hit.span()
        pla = PLA_SERVICES[next(s for s in PLA_SERVICES if fold(s) == hit.group())]
        first = bisect_left(starts, start - NAME_REACH)
        covering = [i for i in range(first, bisect_left(starts, end)) if start < linked[i].end]
        # the word alone, or linked to the other side's service by the knowledge base, or a
        # model's name of just the word (jieba tags a bare 陆军 in a list as a name)
        only = covering and [(linked[i].start, linked[i].end) for i in covering] == [(start, end)]
        over = linked[covering[0]].entity_id if only else None
        bare = not covering or (
            over is not None and (over not in kb.entities or kb.entities[over].country != PRC)
        )
        if not bare or _owner_written(folded, start, end, country_ends):
            continue
        if _side(folded, start, linked, starts, kb, home) != PRC:
            continue
        if covering:  # the same span, relinked in its place: the order stays
            linked[covering[0]] = relinked(linked[covering[0]], pla, kb)
        else:
            word = Mention(text[start:end], "ORG", "", "", start, end, False)
            at = bisect_left(starts, start)
            linked.insert(at, relinked(word, pla, kb))
            starts.insert(at, start)
    return linked


def _names_a_country(mention: Mention, kb: KnowledgeBase) -> bool:
    entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
    return mention.kind == "demonym" or (entry is not None and entry.kind == "country")


def _owner_written(folded: str, start: int, end: int, country_ends: set[int]) -> bool:
    """Whether the service is not bare: a country written just before it ("美海軍", "台灣的海軍",
    "中俄海軍", "兩國空軍"), or the word read as a service list's or a craft's ("陸海空軍",
    "空軍機")."""
    if service_word(folded, start, end) or split_word(folded, start, end):
        return True
    if countries_joined_before(folded, start):
        return True
    cut = start  # before "的" or "之", if one stands there
    for joiner in OF:
        if folded.endswith(joiner, 0, cut):
            cut -= len(joiner)
    if cut and folded[cut - 1] in _abbreviations():
        return True
    return folded.endswith(tuple(map(fold, COUNTED_SIDES)), 0, cut) or cut in country_ends


def _side(
    folded: str,
    start: int,
    linked: list[Mention],
    starts: list[int],
    kb: KnowledgeBase,
    home: str | None,
) -> str | None:
    """The side of the last body or force named before `start` in its sentence, "我" (the
    home's: "進入我西南空域") among them, else the home's."""
    reach = max(0, start - SENTENCE_REACH)
    opening = max(max(folded.rfind(end, reach, start) for end in SENTENCE_ENDS) + 1, reach)
    ours = folded.rfind(OURS, opening, start)
    for index in range(bisect_left(starts, start) - 1, -1, -1):
        mention = linked[index]
        if mention.start < opening:
            break
        if mention.end > start:
            continue
        if mention.end <= ours:
            return home
        entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
        if entry is not None and mention.kind == "name" and entry.type == "ORG" and entry.country:
            return entry.country
    return home


@cache
def _services() -> re.Pattern[str]:
    return re.compile("|".join(fold(service) for service in PLA_SERVICES))


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(fold(char) for char in COUNTRY_ABBREVIATIONS)
