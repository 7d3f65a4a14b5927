"""A country's armed service written with the country's katakana name, in Japanese copy: the
knowledge base writes the US Navy as "米海軍" and "美國海軍", but Japanese copy also writes
"アメリカ海軍", and Australia's navy is "豪海軍" or "オーストラリア海軍".
Read by the base's spellings alone, "アメリカ海軍" would be the country and a bare word; so each
service's name that opens with one of its country's names (or one-character abbreviation) is
taken with the country's katakana names too.

Only a service's name is varied (the country's name, then a service word: 海軍, 空軍, 陸軍,
海兵隊, 沿岸警備隊): a city's or a body's name that opens with its country's character ("台北")
is a word of its own. The new forms open with a katakana name, never a one-character
abbreviation, which is a word part too often ("演習中海軍が"), nor a Chinese spelling.

Chinese copy writes a Commonwealth service's full name with the crown's word between the country
and the service ("澳洲皇家海軍", "加拿大皇家空軍", as "Royal Australian Navy"): the longer body
name beats the country that opens it, as English reads "Royal Australian Navy" whole. So each
base spelling of a country's name and a service word also stands with 皇家 between them.
"""

from __future__ import annotations

import re

from .cjk_abbreviated_bodies import abbreviated_body_forms
from .cjk_country_bodies import country_body_forms
from .cjk_entity_words import COUNTRY_ABBREVIATIONS
from .cjk_script import fold
from .kb import KnowledgeBase

_KATAKANA = re.compile("[\u30a0-\u30ff]{2,}")
_HAN = re.compile("[\u4e00-\u9fff]{2,}")
ROYAL = fold("皇家")
SERVICE_WORDS = frozenset(
    fold(word)
    for word in ("海軍", "空軍", "陸軍", "海兵隊", "沿岸警備隊", "海岸防衛隊", "海岸警衛隊")
)


def country_forms(
    kb: KnowledgeBase, forms: dict[str, str], generic: dict[str, list[str]]
) -> dict[str, str]:
    """The folded forms -> entity ids that a country's names joined to its bodies' add to the
    base's own `forms` (a generic name in `generic` stays generic): its services under its other
    names and with 皇家, its bodies written as Chinese copy writes any country's
    (cjk_country_bodies.py), and its bodies' short names after its abbreviation."""
    services = country_service_forms(kb) | royal_service_forms(kb)
    added = {form: i for form, i in services.items() if form not in forms and form not in generic}
    added |= {
        form: i for form, i in country_body_forms(kb, forms | added).items() if form not in generic
    }
    return added | abbreviated_body_forms(kb, forms | added)


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


def royal_service_forms(kb: KnowledgeBase) -> dict[str, str]:
    """Folded form -> entity id of each service's Chinese name written with 皇家 between its
    country's name and the service word ("澳洲皇家海軍" -> royal-australian-navy)."""
    names = {
        entry.id: {fold(text) for text in (entry.name, *entry.aliases) if _HAN.fullmatch(text)}
        for entry in kb.entities.values()
        if entry.kind == "country"
    }
    forms: dict[str, str] = {}
    for entry in kb.entities.values():
        for written in (entry.name, *entry.aliases):
            folded = fold(written)
            for opening in names.get(entry.country or "", ()):
                if folded.startswith(opening) and folded[len(opening) :] in SERVICE_WORDS:
                    forms.setdefault(opening + ROYAL + folded[len(opening) :], entry.id)
    return forms


def _full_names(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Each country's CJK names (folded) as Japanese copy spells a foreign country, in katakana
    ("アメリカ", "オーストラリア"); Chinese copy's forces are the base's own spellings (the sets
    label "俄羅斯海軍" as the country)."""
    return {
        entry.id: {fold(text) for text in (entry.name, *entry.aliases) if _KATAKANA.fullmatch(text)}
        for entry in kb.entities.values()
        if entry.kind == "country"
    }
