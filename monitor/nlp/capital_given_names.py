"""A capital that is a person's given name: "Defense Minister Wellington Koo", or misspelt,
"Wellington Ku". The model may tag the given name alone as a place, but a capital is never a
person's given name: the capital word followed by a family name is the person, and the linker
must not read the capital, let alone make it act for its country.

A family name the knowledge base knows ("Koo", "Ko") is one; so is a word two slips from the
family name of a person whose given name is the capital, starting alike ("Ku" for "Koo").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from .kb import KnowledgeBase
from .mention import Mention
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# "Ku", "Ko" and "Gu" for "Koo": romanisations of one family name differ in a letter or two, but
# keep the first one ("Ku" and "Koo" start alike; "Gu" is left to the name's aliases).
FAMILY_SLIPS = 2
# knowledge-base digest -> folded given name -> the family names of the people who bear it
_FAMILIES_BY_GIVEN_NAME: dict[str, dict[str, set[str]]] = {}


def unlink_capitals_naming_people(
    doc: Doc, spans: list[Span], linked: dict[int, Mention | None], kb: KnowledgeBase
) -> None:
    """A capital span followed on its line by a person's family name links to nothing: the
    person's name, read on from it, is the mention."""
    for index, mention in linked.items():
        entry = kb.entities.get(mention.entity_id) if mention is not None else None
        if (
            entry is not None
            and entry.kind == "capital"
            and _family_name_after(doc, spans[index], kb)
        ):
            linked[index] = None


def _family_name_after(doc: Doc, span: Span, kb: KnowledgeBase) -> bool:
    if span.end >= len(doc) or doc[span.end - 1].whitespace_ != " ":
        return False  # "Wellington,", "Wellington\nKoo": the name stops at the capital
    after = doc[span.end]
    if not (after.is_alpha and after.text[:1].isupper() and after.text[1:].islower()):
        return False  # "Wellington KOREA", "Tokyo" before "2025"
    word = fold(after.text)
    if word in kb.family_names:
        return True
    families = _given_names(kb).get(fold(span.text), set())
    return any(
        word[0] == family[0] and OSA.distance(word, family) <= FAMILY_SLIPS for family in families
    )


def _given_names(kb: KnowledgeBase) -> dict[str, set[str]]:
    """People's given names (the words before their family name), for one knowledge base."""
    cached = _FAMILIES_BY_GIVEN_NAME.get(kb.digest)
    if cached is None:
        cached = {}
        for entry in kb.entities.values():
            if entry.type != "PERSON" or not entry.family_name:
                continue
            name, family = fold(entry.name), fold(entry.family_name)
            if name.endswith(" " + family):
                cached.setdefault(name.removesuffix(" " + family), set()).add(family)
        _FAMILIES_BY_GIVEN_NAME[kb.digest] = cached
    return cached
