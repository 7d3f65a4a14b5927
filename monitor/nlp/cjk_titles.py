"""Who an office title names in CJK text (cjk_entities.py): after a country, or alone, the holder
of that country's office on the article's date ("中国外相", "防衛相は"); after a family name, the
holder or a person the article named whose name starts with it ("岸防衛相", "○中谷国務大臣");
after a name in katakana, that person ("フィリピンのラザロ外相"); and no one when the title is a
rank ("首脳・外相レベルで", "外相級協議", "首脳・外相間の対話").
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from .cjk_entity_words import ANY_MINISTER, COUNTRY_ABBREVIATIONS, DAY_BEFORE, FAMILY_NAME_CHARS
from .cjk_readings import OWNER_READING
from .cjk_script import fold, fold_pattern
from .entities import Mention
from .kb import NAMED_ONLY_OFFICES, KnowledgeBase

if TYPE_CHECKING:
    from .cjk_entities import CjkNames

# "台湾の国防部": a country, then "of"; '台湾“国防部”': mainland copy quotes the name of a
# Taiwanese body it does not grant, and the quote mark stands between the owner and the body.
_CONNECTIVE = re.compile(r"[の・]?[“「『‘\"]?$")
_HAN = re.compile(r"[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# 日 after a digit or a day word ends a date ("2024年9月13日外交部发言人", "同日外交部"): the day
# the body spoke, not Japan's abbreviation.
_DAY_BEFORE = frozenset(fold(DAY_BEFORE))
# A title before a word of level ("外相レベル", "部長級", "外相間の対話") or after the leaders'
# word it is listed with ("首脳・外相") is a rank of talks, held by whoever holds it on either
# side: it names no one, and the sets label no one there.
_RANK_AFTER = re.compile(fold_pattern(r"(?:レベル|クラス|級|間)(?![に合違隔])"))
_RANK_BEFORE = re.compile(fold_pattern(r"首脳[・、]$"))


def _han_before(folded: str, start: int) -> int:
    """How many Han characters (at most the longest family name) stand just before `start`."""
    count = 0
    while count < max(FAMILY_NAME_CHARS) and start - count > 0:
        if not _HAN.match(folded[start - count - 1]):
            break
        count += 1
    return count


def title_holder(
    folded: str,
    start: int,
    form: str,
    names: CjkNames,
    kb: KnowledgeBase,
    published: date | None,
    named: list[Mention],
) -> tuple[str | None, int]:
    """The person a title names, and how many characters of family name precede it: after a
    country, or alone, the holder of that country's office on the article's date; after a
    family name, the holder or a person named in the article whose name starts with it."""
    office, default_country = names.titles[form]
    country = country_before(folded, start, names, kb)
    holders = set()
    if published is not None:
        countries = [c] if (c := country or default_country) else _countries_with(office, kb)
        holders = {
            h for c in countries for o in _offices(office, c, kb)
            if (h := kb.holder(o, c, published))
        }  # fmt: skip
    han = _han_before(folded, start)
    # a title right after a person's name in katakana is that person's ("フィリピンのラザロ
    # 外相"), whoever holds the office of the title's own country; after a name in characters
    # the sets read the title's body ("林佳龍外交部長": the ministry)
    if not han and (person := _named_just_before(start, named)) is not None:
        return person, 0
    if country or not han:
        return (holders.pop() if len(holders) == 1 else None), 0
    people = [*sorted(holders), *(m.entity_id for m in named if m.label == "PERSON" and m.in_kb)]
    for length in FAMILY_NAME_CHARS:
        family = folded[start - length : start]
        if length > han:
            continue
        for person in people:
            if any(
                f.startswith(family) and f != family for f in names.person_forms.get(person, ())
            ):
                return person, length
    return None, 0


def _named_just_before(start: int, named: list[Mention]) -> str | None:
    return next(
        (m.entity_id for m in named if m.end == start and m.label == "PERSON" and m.in_kb), None
    )


def names_a_rank(folded: str, start: int, end: int) -> bool:
    """Whether the title at [start, end) is a rank of talks, not its holder ("首脳・外相レベル")."""
    # only the leaders' word's few characters before the title are read, not the whole text
    return bool(
        _RANK_AFTER.match(folded, end) or _RANK_BEFORE.search(folded, max(0, start - 3), start)
    )


def _offices(office: str, country: str, kb: KnowledgeBase) -> list[str]:
    """The offices a title names: every one of the country's for a minister of state."""
    if office != ANY_MINISTER:
        return [office]
    return sorted(
        {t for t, held_in in kb.holders if held_in == country and t not in NAMED_ONLY_OFFICES}
    )


def _countries_with(office: str, kb: KnowledgeBase) -> list[str]:
    return sorted({country for title, country in kb.holders if title == office})


def country_before(folded: str, start: int, names: CjkNames, kb: KnowledgeBase) -> str | None:
    """A country written just before a title or body ("中国外相", "台湾の国防部", "米国防長官"),
    or before its reading ("中国（ちゅうごく）の国防部")."""
    if reading := OWNER_READING.search(folded, max(0, start - 40), start):
        start = reading.start()
    before = _CONNECTIVE.sub("", folded[max(0, start - 8) : start])
    for length in range(len(before), 0, -1):
        form = before[-length:]
        entity_id = names.forms.get(form)
        if entity_id and kb.entities[entity_id].kind == "country":
            return entity_id
    if before.endswith("日") and before[-2:-1] in _DAY_BEFORE:
        return None
    return COUNTRY_ABBREVIATIONS.get(before[-1:]) if before else None
