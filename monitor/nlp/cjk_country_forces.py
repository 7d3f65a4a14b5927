"""A country's armed service written with any of the country's names, in Japanese and Chinese
copy: the knowledge base writes the US Navy as "米海軍" and "美國海軍", but Japanese copy also
writes "アメリカ海軍" and "米国海軍", and Australia's navy is "豪海軍" or "オーストラリア海軍".
Read by the base's spellings alone, "アメリカ海軍" would be the country and a bare word; so each
service's name that opens with one of its country's names (or one-character abbreviation) is
taken with every other CJK name of that country too.

Only a service's name is varied (the country's name, then a service word: 海軍, 空軍, 陸軍,
海兵隊, 沿岸警備隊): a city's or a body's name that opens with its country's character ("台北")
is a word of its own. The new forms are full names of two characters or more before the
service word, never a one-character abbreviation, which is a word part too often ("演習中海軍が").
"""

from __future__ import annotations

from .cjk_entity_words import COUNTRY_ABBREVIATIONS
from .cjk_script import CJK, fold
from .kb import KnowledgeBase

SERVICE_WORDS = frozenset(
    fold(word)
    for word in ("海軍", "空軍", "陸軍", "海兵隊", "沿岸警備隊", "海岸防衛隊", "海岸警衛隊")
)


def country_service_forms(kb: KnowledgeBase) -> dict[str, str]:
    """Folded form -> entity id of each service's name written with another name of its
    country ("アメリカ海軍" -> us-navy)."""
    full_names = _full_names(kb)
    openings = {
        country: {*names, *(fold(a) for a, c in COUNTRY_ABBREVIATIONS.items() if c == country)}
        for country, names in full_names.items()
    }
    forms: dict[str, str] = {}
    for entry in kb.entities.values():
        if entry.country not in full_names:
            continue
        for written in (entry.name, *entry.aliases):
            folded = fold(written)
            services = {
                folded[len(opening) :]
                for opening in openings[entry.country]
                if folded.startswith(opening) and folded[len(opening) :] in SERVICE_WORDS
            }
            for service in services:
                for name in full_names[entry.country]:
                    forms.setdefault(name + service, entry.id)
    return forms


def _full_names(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Each country's folded CJK names of two characters or more ("アメリカ", "米国", "美國")."""
    return {
        entry.id: {
            fold(text)
            for text in (entry.name, *entry.aliases)
            if CJK.search(text) and len(text) >= 2
        }
        for entry in kb.entities.values()
        if entry.kind == "country"
    }
