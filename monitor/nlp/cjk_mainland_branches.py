"""Whose a bare 陸軍, 海軍 or 空軍 is in Chinese copy: the side the story speaks for.

The knowledge base gives the bare service names to Taiwan's forces, as Taiwan's own press means
them. Mainland copy names the PLA's services bare ("东部战区组织陆军、海军、空军兵力", "海军山东舰
编队"), and a Taiwanese paper relaying a mainland command's announcement keeps its wording
("中共東部戰區宣布……組織陸軍、海軍、空軍"). So a bare service is the side of the last body or
force its sentence names before it (東部戰區, 共軍, 國防部; a service just read counts too, so a
list of services is one side's), else the article's home's (cjk_home, cjk_press_home: a
mainland or Hong Kong outlet's is the PRC). Words for the other side's craft (共機, 共艦) name
what is watched, not who speaks, and are passed over; "我" ("我空軍", "進入我西南空域") is the
home's side named.

Japanese copy writes the PLA's services with their country (中国海軍) and is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_entity_words import COUNTRY_ABBREVIATIONS
from .cjk_name_context import countries_joined_before, service_word, split_word
from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, relinked

PRC = "china"
# The article homes whose copy this reads: Chinese-language, mainland or Taiwanese.
CHINESE_HOMES = frozenset({"china", "taiwan"})
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


def mainland_branches(
    text: str, mentions: list[Mention], kb: KnowledgeBase, home: str | None
) -> list[Mention]:
    """The mentions, each bare service its sentence or its article gives the PRC linked to the
    PLA's service of that name (added where nothing linked it)."""
    if home not in CHINESE_HOMES or any(pla not in kb.entities for pla in PLA_SERVICES.values()):
        return mentions
    folded = fold(text)
    linked = sorted(mentions, key=lambda m: m.start)
    for hit in _services().finditer(folded):
        start, end = hit.span()
        pla = PLA_SERVICES[next(s for s in PLA_SERVICES if fold(s) == hit.group())]
        covering = [m for m in linked if m.start < end and start < m.end]
        # the word alone, or linked to the other side's service by the knowledge base
        bare = not covering or (
            [(m.start, m.end) for m in covering] == [(start, end)]
            and covering[0].entity_id in kb.entities
            and kb.entities[covering[0].entity_id].country != PRC
        )
        if not bare or _owner_written(folded, start, end, linked, kb):
            continue
        if _side(folded, start, linked, kb, home) != PRC:
            continue
        word = Mention(text[start:end], "ORG", "", "", start, end, False)
        service = relinked(covering[0] if covering else word, pla, kb)
        linked = sorted([*(m for m in linked if m not in covering), service], key=lambda m: m.start)
    return linked


def _owner_written(
    folded: str, start: int, end: int, linked: list[Mention], kb: KnowledgeBase
) -> bool:
    """Whether the service is not bare: a country written just before it ("美海軍", "台灣的海軍",
    "中俄海軍", "兩國空軍"), or the word read as a service list's or a craft's ("陸海空軍",
    "空軍機")."""
    if service_word(folded, start, end) or split_word(folded, start, end):
        return True
    if countries_joined_before(folded, start):
        return True
    before = folded[:start].removesuffix(OF[0]).removesuffix(OF[1])
    if before[-1:] in _abbreviations() or before.endswith(tuple(map(fold, COUNTED_SIDES))):
        return True
    for mention in linked:
        entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
        country = mention.kind == "demonym" or (entry is not None and entry.kind == "country")
        if country and mention.end == len(before):
            return True
    return False


def _side(
    folded: str, start: int, linked: list[Mention], kb: KnowledgeBase, home: str | None
) -> str | None:
    """The side of the last body or force named before `start` in its sentence, "我" (the
    home's: "進入我西南空域") among them, else the home's."""
    opening = max(folded.rfind(end, 0, start) for end in SENTENCE_ENDS) + 1
    ours = folded.rfind(OURS, opening, start)
    for mention in reversed([m for m in linked if opening <= m.start and m.end <= start]):
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
