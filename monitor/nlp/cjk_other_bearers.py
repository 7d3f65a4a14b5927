"""A family name the knowledge base gives one person, written in the article for another who
bears it: "米国人翻訳家のエミリー・カーター氏が手がけ…カーター氏は" is a translator, no Jimmy
Carter; "港口安全顧問公司負責人卡特（Michael Carter）" a consultant. The writer says whose name it
is by the given name written before it after the middle dot, or by the Latin name glossed in
brackets after it, where the base writes its person in full with another given name; then the
family name alone, in that article, is that person too, as a reader takes it, unless the article
names the base's person in full as well. Such a person is outside the base: left unlinked.
"""

from __future__ import annotations

import re

from .cjk_owner_bodies import unlinked
from .cjk_script import fold
from .kb import KBEntry, KnowledgeBase
from .mention import Mention

# A katakana given name and the middle dot right before the family name ("エミリー・").
GIVEN_BEFORE = re.compile("[\u30a1-\u30fa\u30fc]+・$")
# A Latin name glossed in brackets right after it ("（Michael Carter）").
LATIN_GLOSS = re.compile(r"[（(]\s*([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)+)\s*[)）]")
# How far before a family name its given name may start.
GIVEN_CHARS = 12
# The base's names of a person written in full: katakana parts joined by middle dots, or Latin
# words ("Jimmy Carter").
KANA_FULL_NAME = re.compile("[\u30a1-\u30fa\u30fc]+(?:・[\u30a1-\u30fa\u30fc]+)+")
LATIN_FULL_NAME = re.compile(r"[A-Z][A-Za-z.'-]*(?: [A-Za-z.'-]+)+")


def other_bearers(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each family name alone that the article shows to be another person's
    (module docstring) left unlinked, wherever the article writes it alone."""
    # Japanese copy lists two people with the middle dot ("ルビオ・ヘグセス両長官"): a name the
    # article links before the dot is no given name.
    linked_ends = {m.end for m in mentions if m.in_kb}
    others = {
        fold(m.text)
        for m in mentions
        if (entry := _person(m, kb)) is not None and _another_bearer(text, m, entry, linked_ends)
    }
    if not others:
        return mentions
    named_in_full = {
        m.entity_id for m in mentions if m.in_kb and fold(m.text) not in others and _person(m, kb)
    }
    return [
        unlinked(m)
        if fold(m.text) in others and m.in_kb and m.entity_id not in named_in_full
        else m
        for m in mentions
    ]


def _person(mention: Mention, kb: KnowledgeBase) -> KBEntry | None:
    entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
    return entry if entry is not None and entry.type == "PERSON" and entry.family_name else None


def _another_bearer(text: str, mention: Mention, entry: KBEntry, linked_ends: set[int]) -> bool:
    """Whether a given name before the family name, or a Latin gloss after it, is not the
    base's person's. The base's person's given names are read from its names written in full:
    a katakana one is asked only where the base writes the person in full in katakana."""
    forms = (entry.name, *entry.aliases)
    before = GIVEN_BEFORE.search(text, max(0, mention.start - GIVEN_CHARS), mention.start)
    kana_given = {fold(form.split("・")[0]) for form in forms if KANA_FULL_NAME.fullmatch(form)}
    if (
        before is not None
        and before.end() - 1 not in linked_ends
        and kana_given
        and fold(before.group()[:-1]) not in kana_given
    ):
        return True
    gloss = LATIN_GLOSS.match(text, mention.end)
    if gloss is None or entry.family_name is None:
        return False
    words = gloss.group(1).split()
    latin_given = {form.split()[0].lower() for form in forms if LATIN_FULL_NAME.fullmatch(form)}
    return (
        words[-1].lower() == entry.family_name.lower()
        and bool(latin_given)
        and words[0].lower() not in latin_given
    )
