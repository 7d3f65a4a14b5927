"""A person greeted by title and family name alone ("Premier Su", "Director Greene", "Vice
President Hsiao", "Minister Lin"), as speeches as delivered name their hosts: the one person who
held an office of that title on the article's date and bears that family name. The family name
alone is often shared ("Su" was a premier and a speaker; there are many Lins), and the title alone
is held in many countries; together, on one day, they name one person or none.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .kb import KnowledgeBase
from .kb_matcher import OFFICE_FORMS
from .names import fold
from .people import NOT_A_HOLDER_BEFORE
from .ships import POSSESSIVE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The title a speaker greets someone by, folded, and the offices (kb.OfficeTitle) it may stand
# for: each office's own titles as the knowledge-base matcher reads them (OFFICE_FORMS), so an
# office added there is greeted too ("Finance Minister Katayama"), and a bare "Minister", any
# of the ministers the knowledge base dates; the family name and the day pick one of them.
_MINISTERS = tuple(t for t in OFFICE_FORMS if t.endswith(" minister") and t != "prime minister")
ADDRESS_TITLES: dict[str, tuple[str, ...]] = {
    fold(form): (title,) for title, forms in OFFICE_FORMS.items() for form in forms
} | {
    "pm": ("prime minister",),
    "minister": _MINISTERS,
    "secretary": ("secretary of state", "defense secretary"),
    "director": ("ait director",),
    "chairman": ("tjra chairman",),
    "chairwoman": ("tjra chairman",),
    "chair": ("tjra chairman",),
    # as notes and briefs abbreviate them (names.TITLE_ABBREVIATIONS)
    "fm": ("foreign minister",),
    "dm": ("defense minister",),
    "secstate": ("secretary of state",),
    "secdef": ("defense secretary",),
    "snd": ("defense secretary",),
}
LONGEST_TITLE_TOKENS = 3  # "Chief Cabinet Secretary", "Vice - President"
# Every capitalised word of an article is asked whether a title stands before it: the word
# just before must end one, which most words fail at once, before any title is folded.
_TITLE_ENDS = frozenset(title.split()[-1] for title in ADDRESS_TITLES)


def addressed_holder(doc: Doc, index: int, kb: KnowledgeBase, published: date | None) -> str | None:
    """The person `doc[index]`, a family name just after a title, names on `published`: the one
    holder of an office of that title then whose family name it is. None for "former Premier
    Su" or "Deputy Minister Lin" (no holder), and when two holders bear the name."""
    offices, title_start = _title_before(doc, index)
    if not offices or published is None:
        return None
    if title_start > 0 and doc[title_start - 1].lower_ in NOT_A_HOLDER_BEFORE:
        return None
    family = fold(doc[index].text)
    people = {
        holder
        for (title, country) in kb.holders
        if title in offices
        and (holder := kb.holder(title, country, published))
        and fold(kb.entities[holder].family_name or "") == family
    }  # fmt: skip
    return people.pop() if len(people) == 1 else None


def addressed_in_span(
    doc: Doc, span: Span, kb: KnowledgeBase, published: date | None
) -> tuple[str, Span] | None:
    """The person a span the model marked names when it is a family name after a title, the
    title inside the span ("Premier Su") or just before it ("Premier [Su]"); with the span of
    the family name alone, as the labels write it."""
    family = span.end - 1
    if family > span.start and doc[family].text in POSSESSIVE:
        family -= 1  # "PM Takaichi's push": the model took the possessive in
    if family > span.start and fold(doc[span.start : family].text) not in ADDRESS_TITLES:
        return None  # "Lai Ching-te", "Ryan Zinke": a name of more words than a family name
    holder = addressed_holder(doc, family, kb, published)
    return (holder, doc[family : family + 1]) if holder else None


def _title_before(doc: Doc, index: int) -> tuple[tuple[str, ...], int]:
    """The offices the longest title ending just before `doc[index]` stands for, and where it
    starts; a title is capitalised, as a greeting writes it ("Premier Su", not "premier Su")."""
    if index == 0 or doc[index - 1].lower_ not in _TITLE_ENDS:
        return (), index
    for size in range(min(LONGEST_TITLE_TOKENS, index), 0, -1):
        words = doc[index - size : index]
        offices = ADDRESS_TITLES.get(fold(words.text), ())
        if offices and words[0].text[:1].isupper():
            return offices, index - size
    return (), index
