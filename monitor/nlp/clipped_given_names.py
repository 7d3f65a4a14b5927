"""A Chinese or Taiwanese given name of two syllables is written with a hyphen ("Lin Chia-lung",
"Ko Wen-je"), and copy that wraps or is typed in haste drops the second syllable ("Lin Chia told
reporters"). What is left is no name of its own: beside the full name the article wrote, it is
that person, as the evaluation writers label it. After a title ("President Lai Ching received
the delegation") it is the office holder of the day whose name it clips, as the title with the
family name alone already is ("President Lai"). The given name written alone, as a banner or a
friend calls the person ("Welcome home, Ching-te"), is the one person named so in the article.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .kb import KnowledgeBase
from .names import TITLE_WORDS, fold, strip_titles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_TITLES = frozenset(TITLE_WORDS)


def clipped_given_name(
    doc: Doc, span: Span, named_here: dict[str, str], kb: KnowledgeBase, published: date | None
) -> str | None:
    """The one person named in the article whose name, less the syllable after its given
    name's hyphen, is the name `span` writes (titles stripped); else, after a title, the one
    person in office on `published` whose name clips so; None if none or two fit."""
    key = strip_titles(fold(span.text))
    if " " not in span.text and "-" in span.text:  # "Welcome home, Ching-te": a given name
        given = {p for p in set(named_here.values()) if _given_name_is(p, key, kb)}
        return given.pop() if len(given) == 1 else None
    if " " not in key:
        return None  # a family name alone is family_names' to read
    fits = {p for p in set(named_here.values()) if _clips_to(p, key, kb)}
    if not fits and published is not None and _titled(doc, span, key):
        family = kb.family_names.get(key.split(" ")[0], ())
        fits = {p for p in family if _clips_to(p, key, kb) and kb.in_office(p, published)}
    return fits.pop() if len(fits) == 1 else None


def _clips_to(entity_id: str, key: str, kb: KnowledgeBase) -> bool:
    entry = kb.entities[entity_id]
    if entry.type != "PERSON":
        return False
    for name in (entry.name, *entry.aliases):
        head, hyphen, syllable = name.rpartition("-")
        if hyphen and " " in head and " " not in syllable and fold(head) == key:
            return True
    return False


def _given_name_is(entity_id: str, key: str, kb: KnowledgeBase) -> bool:
    """Is `key`, folded, the given name after the family name of the person `entity_id`, in one
    of their names written family name first ("Lai Ching-te")?"""
    entry = kb.entities[entity_id]
    if entry.type != "PERSON" or entry.family_name is None:
        return False
    for name in (entry.name, *entry.aliases):
        family, space, given = fold(name).partition(" ")
        if space and family == fold(entry.family_name) and given == key:
            return True
    return False


def _titled(doc: Doc, span: Span, key: str) -> bool:
    """Whether a capitalised title opens the name or stands right before it ("President")."""
    if fold(span.text) != key:
        return True
    before = doc[span.start - 1] if span.start else None
    return before is not None and before.text[:1].isupper() and fold(before.text) in _TITLES
