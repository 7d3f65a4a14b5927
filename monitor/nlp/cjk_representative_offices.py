"""Taiwan's representative offices abroad, named as Chinese and Japanese copy names them: 駐, the
host country, then the office ("駐日本代表處", "驻日本代表处", "駐美國代表處", "駐日代表処"),
or in short with the host's one-character abbreviation ("駐日處", "駐美處"). Each is one of the
de facto embassies the knowledge base holds as one entity (TAIWAN_OFFICES); read by its parts,
"駐日本代表處" would be Japan, which the sets never label there.

Other countries' offices in Taiwan are named the other way round, their country first and
Taiwan's city after 駐 ("新加坡駐台北商務辦事處", "欧盟驻台北办事处"): no host country follows 駐
there, so no form here matches them. A host with an office the base holds by its own name
("駐立陶宛台灣代表處") keeps it.
"""

from __future__ import annotations

from .cjk_country_bodies import ABBREVIATIONS
from .cjk_entity_words import COUNTRY_ABBREVIATIONS
from .cjk_script import CJK, fold
from .kb import KnowledgeBase

TAIWAN_OFFICES = "tecro"  # the base's one entity for all of Taiwan's offices abroad
STATIONED = "駐"
OFFICE_WORDS = ("代表處", "辦事處")
SHORT_OFFICE = "處"  # after a one-character host only: 駐日處
# The full official names put Taipei's name and the office's economic-and-cultural description
# around the host: "台北駐美國經濟文化代表處", "駐美國台北經濟文化代表處", "台北駐日経済文化代表処";
# read by its parts, the first would be Taipei (or Taiwan) and the United States.
SENDER = "台北"
DESCRIPTION = "經濟文化"
# Taiwan is the sender, and the PRC hosts no office of Taiwan's
NO_HOST = frozenset({"taiwan", "china"})


def representative_office_forms(kb: KnowledgeBase, known: dict[str, str]) -> dict[str, str]:
    """Folded form -> TAIWAN_OFFICES for each host country's office, as written in full after
    each of the host's Chinese names and in short after its abbreviation, unless `known` has
    the form or an office in that host by its own name."""
    if TAIWAN_OFFICES not in kb.entities:
        return {}
    others = _other_offices(known)
    forms: dict[str, str] = {}
    for opening, short in _hosts(kb):
        stationed = fold(STATIONED) + opening
        if any(office.startswith(stationed) for office in others):
            continue
        words = (*OFFICE_WORDS, SHORT_OFFICE) if short else OFFICE_WORDS
        for form in (stationed + fold(word) for word in words):
            forms.setdefault(form, TAIWAN_OFFICES)
        for form in _full_names(stationed):
            forms.setdefault(form, TAIWAN_OFFICES)
    return {form: entity for form, entity in forms.items() if form not in known}


def _full_names(stationed: str) -> list[str]:
    """The office's full official names for the host `stationed` (駐 and the host) names:
    Taipei's name before 駐 or after the host, the description or not, and the office's word."""
    sender, description = fold(SENDER), fold(DESCRIPTION)
    return [
        before + stationed + after + fold(word)
        for before, after in (
            (sender, ""), (sender, description), ("", sender + description), ("", description),
        )
        for word in OFFICE_WORDS
    ]  # fmt: skip


def _other_offices(known: dict[str, str]) -> list[str]:
    """The forms of `known` that name another entity's office ("駐立陶宛台灣代表處"), picked
    once from the thousands of known forms, not again for each host; 駐日美軍, US forces in
    Japan, is no office."""
    offices = tuple(fold(word) for word in OFFICE_WORDS)
    return [
        form
        for form, entity in known.items()
        if entity != TAIWAN_OFFICES and form.endswith(offices)
    ]


def _hosts(kb: KnowledgeBase) -> list[tuple[str, bool]]:
    """Each host country's folded Chinese names, and its one-character abbreviations (True)."""
    hosts = [
        (fold(text), False)
        for entry in kb.entities.values()
        if entry.kind == "country" and entry.id not in NO_HOST
        for text in (entry.name, *entry.aliases)
        if text and all(CJK.match(c) and not "\u3040" <= c <= "\u30ff" for c in text)
    ]
    abbreviations = {**COUNTRY_ABBREVIATIONS, **ABBREVIATIONS}
    hosts += [
        (fold(char), True) for char, country in abbreviations.items() if country not in NO_HOST
    ]
    return hosts
