"""Japan's prefectures listed with their kind word written once, after the list, as Chinese and
Japanese food-safety and trade copy lists them: "福島、茨城、櫪木、群馬、千葉等5縣", "福島、茨城、
栃木、群馬、千葉の５県", "宮城と岩手の2県". The 縣 (県) closing the list is each item's, so each
item that is a prefecture's name without it is that prefecture, as 千葉 is 千葉縣 there, though
alone 千葉 is a family name too (the knowledge base does not list it).

- The short names are the prefectures' knowledge-base names without their 縣 or 県 that are no
  knowledge-base name of their own (cjk_clipped_names builds them for Japanese lists);
- the list runs from the item to the kind word through items of at most four characters joined
  by 、, ・, と or 和, then 等, など, の or nothing, a count of prefectures or none, then 縣; an
  item alone needs the count ("千葉など2県"), since "千葉の県道" lists nothing;
- no knowledge-base name is found over the item; a model's name there gives way.

A short name written right after the country's name is the prefecture too ("連接香港將軍澳、日本
千葉及新加坡的海底電纜"): a place of Japan, as a family name is not written. So is one listed
beside a prefecture the article links already ("秋田や山形の漁協", 秋田 the Akita Prefecture the
story named in full; "宫城和岩手的渔民"): items a list joins by 、, ・, と, や, 及 or 和 are of
one kind (prefectures_listed_beside, run once the clipped names are linked), unless the writer
closes the list as cities ("熊本、鹿兒島等九州城市").
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_clipped_names import prefecture_short_names, with_found
from .cjk_script import fold, fold_pattern
from .kb import KnowledgeBase
from .mention import Mention, relinked

_COUNT = r"[0-9０-９一二三四五六七八九十]"
# More items then the count or not, or the count alone ("千葉など2県"): "千葉の県道" lists nothing.
_LIST_TO_KIND = (
    rf"(?:(?:[、・と和][\u4e00-\u9fff]{{1,4}}){{1,8}}(?:等|など|の)?{_COUNT}{{0,2}}"
    rf"|(?:等|など|の)?{_COUNT}{{1,2}})[縣県]"
)
_JOINED_BEFORE = re.compile(fold_pattern(r"[、・と和]"))
# The marks that join a list's items, in either language.
_JOINS = frozenset(fold("、・とや及和"))
# A list its writer closes as cities ("熊本、鹿兒島等九州城市", "福岡や熊本などの都市"): its
# items are the cities, not the prefectures they share a name with.
_CITIES_AFTER = re.compile(fold_pattern(r"[^。，,；;]{0,12}?(?:城市|都市)"))
_HAN = re.compile(r"[\u4e00-\u9fff]")
_COUNTRY = fold("日本")
_KIND_WORDS = (fold("県"), fold("縣"))
_PREFECTURES: dict[str, frozenset[str]] = {}  # by knowledge-base digest


@cache
def _list_to_kind() -> re.Pattern[str]:
    return re.compile(fold_pattern(_LIST_TO_KIND))


def listed_prefectures(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each prefecture's short name in a list closed by their kind word
    (module docstring) linked to the prefecture."""
    shorts = prefecture_short_names(kb)
    folded = fold(text)
    if not shorts or all(word not in folded for word in (fold("縣"), fold("県"), _COUNTRY)):
        return mentions
    covered = {i for m in mentions if m.in_kb for i in range(m.start, m.end)}
    pattern = re.compile("|".join(map(re.escape, sorted(shorts, key=len, reverse=True))))
    found = []
    for match in pattern.finditer(folded):
        start, end = match.span()
        if not covered.isdisjoint(range(start, end)):
            continue
        if folded.startswith(_COUNTRY, start - len(_COUNTRY)) and start >= len(_COUNTRY):
            model = Mention(text[start:end], "", "", "", start, end, False)
            found.append(relinked(model, shorts[match.group()], kb))
            continue
        # an item stands after the list's mark, or opens it after a word that is no name's end
        joined = start > 0 and _JOINED_BEFORE.match(folded, start - 1) is not None
        if (
            not joined
            and start > 0
            and (start - 1) not in covered
            and _HAN.match(folded, start - 1)
        ):
            continue
        if _list_to_kind().match(folded, end):
            model = Mention(text[start:end], "", "", "", start, end, False)
            found.append(relinked(model, shorts[match.group()], kb))
    return with_found(mentions, found)


def prefectures_listed_beside(
    text: str, mentions: list[Mention], kb: KnowledgeBase
) -> list[Mention]:
    """The mentions, with each prefecture's short name joined in a list to a prefecture the
    article links ("秋田や山形") linked to its prefecture."""
    shorts = prefecture_short_names(kb)
    prefectures = _prefectures(kb)
    ends = {m.end for m in mentions if m.entity_id in prefectures}
    starts = {m.start for m in mentions if m.entity_id in prefectures}
    if not ends:
        return mentions
    folded = fold(text)
    covered = {i for m in mentions if m.in_kb for i in range(m.start, m.end)}
    pattern = re.compile("|".join(map(re.escape, sorted(shorts, key=len, reverse=True))))
    found = []
    for hit in pattern.finditer(folded):
        start, end = hit.span()
        joined_after = start - 1 in ends and folded[start - 1 : start] in _JOINS
        joined_before = end + 1 in starts and folded[end : end + 1] in _JOINS
        listed = joined_after or joined_before
        if (
            covered.isdisjoint(range(start, end))
            and listed
            and not _CITIES_AFTER.match(folded, end)
        ):
            model = Mention(text[start:end], "", "", "", start, end, False)
            found.append(relinked(model, shorts[hit[0]], kb))
    return with_found(mentions, found) if found else mentions


def _prefectures(kb: KnowledgeBase) -> frozenset[str]:
    """Japan's prefectures in the knowledge base: its places with a name ending in 県 or 縣."""
    if kb.digest not in _PREFECTURES:
        _PREFECTURES[kb.digest] = frozenset(
            e.id
            for e in kb.entities.values()
            if e.type == "GPE"
            and e.country == "japan"
            and any(fold(alias).endswith(_KIND_WORDS) for alias in e.aliases)
        )
    return _PREFECTURES[kb.digest]
