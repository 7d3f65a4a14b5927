"""Taiwan's bodies as mainland copy names them: "台湾地区防务部门", "台防务部门", "台湾海巡部门",
"台湾地区领导人办公室".

Beijing's press does not write a Taiwanese ministry's own name (國防部 would grant it a state);
it names the body by its region and its field of work, "台湾地区" or "台" + "防务" + "部门", the
"defence department of the Taiwan region" (and the president's office by the 领导人, "leader", it
calls the president). Such a phrase is the body Taiwan's own copy calls
台灣國防部, so each field is read as the ministry word of Taiwan's own name for it and the
knowledge base's Taiwanese body of that name is linked. Its 台湾地区 says whose the body is, as
台灣 does in 台灣國防部, and names Taiwan as it does alone ("台湾地区" is the mainland's word
for Taiwan): the region is one mention of Taiwan and the field with its 部门 one of the body.
After 台湾当局 or the short 台 the whole phrase is one mention of the body; after 台湾 the
region is Taiwan's mention, as after 台湾地区.

The short "台防务部门" is that body only in an article that names it in full too, in the
mainland's phrase or by Taiwan's own name ("台湾国防部" beside the headline's "台防务部门", as
Singapore's and Hong Kong's papers mix them): a reader resolves the short form by the full one,
and alone its one character 台 is read as Taiwan itself, as the headline "台防务部门称……" often is.

The field bare, with no region or other word before it ("台湾学测首日 防务部门：侦获……" in a
headline, "防务部门称" after a comma), is the same body in an article that names it in full: a
headline drops the region its story writes, as a sentence after the first drops it. A field
after another word ("美国防务部门", "大陆防务部门") is that side's, no bare field.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import CJK, fold, fold_pattern
from .kb import KnowledgeBase
from .mention import Mention, relinked

TAIWAN = "taiwan"
# A field of work with its 部门 (or the leader's office) in the mainland's naming, and the word
# for that body in Taiwan's own name.
# The economy is named with its 主管, "in charge" ("台湾地区经济主管部门"): bare, "经济部门" is any
# economic sector.
FIELDS = {
    "防务部门": "國防部", "外事部门": "外交部", "涉外部门": "外交部", "大陆事务部门": "陸委會",
    "海巡部门": "海巡署", "气象部门": "氣象署", "领导人办公室": "總統府", "经济主管部门": "經濟部",
}  # fmt: skip
# The region word before the field: the short 台 only where it does not end a word before it
# (平台, 舞台, 电台, 出台, 倒台); after any other character it opens the phrase ("以来台防务部门",
# "本周台防务部门": since, this week).
# The bare 台湾 opens every field as 台湾地区 does: "台湾防务部门" is the defence ministry (every
# one of the eleven passages that label the phrase says so; earlier hands left it unlabelled,
# and "台湾地区防务部门" was the ministry all along).
REGION = (
    r"(台湾地区|台湾当局|台湾"
    r"|(?<![平舞讲阳电后前上下倒站柜擂炮看展灶戏出烟吧窗灯楼亭井])台)"
)
SHORT_REGION = "台"
# The region words that name Taiwan as a mention of their own.
REGIONS_OF_TAIWAN = ("台湾地区", "台湾")

_BUILT: dict[str, dict[str, str]] = {}  # by knowledge-base digest, once a process


def mainland_named_bodies(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each 台湾地区…部门 phrase one mention of Taiwan's body for that field in
    place of the mentions inside it."""
    bodies = _bodies(kb)
    folded = fold(text)
    hits = [hit for hit in _phrase().finditer(folded) if hit.group(2) in bodies]
    linked = {m.entity_id for m in mentions}
    in_full = {hit.group(2) for hit in hits if hit.group(1) != fold(SHORT_REGION)}
    in_full |= {hit.group(2) for hit in hits if bodies[hit.group(2)] in linked}
    phrases = [
        part
        for hit in hits
        if hit.group(2) in in_full
        for part in _parts(hit, bodies[hit.group(2)])
    ]
    if in_full:  # a bare field is read only beside a full phrase
        phrases += [
            (*bare.span(), bodies[bare.group()])
            for bare in _bare_field().finditer(folded)
            if bare.group() in in_full
        ]
    if not phrases:
        return mentions
    kept = [m for m in mentions if not any(a < m.end and m.start < b for a, b, _ in phrases)]
    found = [
        relinked(Mention(text[a:b], "", "", "", a, b, False), entity_id, kb)
        for a, b, entity_id in phrases
    ]
    return sorted([*kept, *found], key=lambda m: m.start)


def _parts(hit: re.Match[str], body: str) -> list[tuple[int, int, str]]:
    """The phrase's mentions: the region as Taiwan and the rest as the body after the region
    words 台湾地区 and 台湾, the whole phrase as the body after any other."""
    if hit.group(1) not in map(fold, REGIONS_OF_TAIWAN):
        return [(*hit.span(), body)]
    return [(*hit.span(1), TAIWAN), (hit.end(1), hit.end(), body)]


def _bodies(kb: KnowledgeBase) -> dict[str, str]:
    """Folded field word -> the Taiwanese body named by that field's ministry word, with 台灣
    before it or bare."""
    if kb.digest not in _BUILT:
        _BUILT[kb.digest] = _bodies_of(kb)
    return _BUILT[kb.digest]


def _bodies_of(kb: KnowledgeBase) -> dict[str, str]:
    taiwanese = {
        fold(alias): entry.id
        for entry in kb.entities.values()
        if entry.country == TAIWAN
        for alias in (entry.name, *entry.aliases)
        if CJK.search(alias)
    }
    found = {}
    for field, word in FIELDS.items():
        body = taiwanese.get(fold("台灣" + word)) or taiwanese.get(fold(word))
        if body:
            found[fold(field)] = body
    return found


@cache
def _phrase() -> re.Pattern[str]:
    return re.compile(fold_pattern(f"{REGION}({_fields()})"))


@cache
def _bare_field() -> re.Pattern[str]:
    """A field with no Han character before it: no region and no other side's name."""
    return re.compile(fold_pattern(f"(?<![\u3400-\u9fff])(?:{_fields()})"))


def _fields() -> str:
    return "|".join(fold(field) for field in sorted(FIELDS, key=len, reverse=True))
