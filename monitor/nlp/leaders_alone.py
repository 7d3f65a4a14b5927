"""A leader called by family name alone: "the Lai government", "Xi knows", and the heads an
article runs through by name ("earlier prime ministers, Abe and Kishida, kept quiet"). The
model often tags such a lone name an organisation ("Ishiba called Trump"); read as the
person, it is the same name either way.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from .cited_authors import cited_author
from .kb import KnowledgeBase
from .mention import Mention, mention_of
from .names import fold
from .people import HEADS, full_name_words, head_by_family_name, leader_of_government

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# A head named before taking office: a campaign's last year, a president-elect, an heir.
HEAD_TO_BE_WITHIN = timedelta(days=365)


def leader_named_alone(
    doc: Doc, span: Span, kb: KnowledgeBase, published: date | None, countries: set[str]
) -> Mention | None:
    """The leader of a government named by family name ("the Biden administration"); else
    the head of a named country in office on the article's date; else the one head of a
    named country who bore the name before that date or took office within a year of it. The
    model's organisation tag on a lone family name is read as a person's: only a head's family
    name is looked up, and only its countries'."""
    leader = leader_of_government(doc, span, kb, published)
    if leader is not None or published is None or len(span) != 1:
        return leader
    if span.label_ not in ("PERSON", "ORG") or namesake_in_full(doc, span):
        return None
    if cited_author(doc, span):
        return None  # "(Lee 2024)": an author, not the president of that name
    person = span if span.label_ == "PERSON" else as_person(doc, span)
    current = head_by_family_name(doc, person, kb, published, countries)
    return current or _head_of_another_term(span, kb, published, countries)


def _head_of_another_term(
    span: Span, kb: KnowledgeBase, published: date, countries: set[str]
) -> Mention | None:
    """The one president or prime minister of a named country, before the article's date or
    taking office within a year after it, whose family name this is: "Abe" in a story of 2025
    about Japan is Shinzo Abe, and a campaign's or an heir's name is the head it elects ("a
    Biden win" in October 2020, "the Lai transit" of 2023, when Lai was vice president). Two
    heads of that name ("Bush") leave it undecided; a head years before taking office
    ("Ishiba" in 2019) is not yet the one a reader means."""
    family = fold(span.text)
    latest = published + HEAD_TO_BE_WITHIN
    heads = {
        person
        for (title, country), terms in kb.holders.items()
        if title in HEADS and country in countries
        for start, _, person in terms
        if start <= latest and fold(kb.entities[person].family_name or "") == family
    }  # fmt: skip
    return mention_of(span, heads.pop(), kb) if len(heads) == 1 else None


def namesake_in_full(doc: Doc, span: Span) -> bool:
    """Another person in the article bears the name in full ("Jimmy Lai ... Lai said"): the
    lone name is theirs, not a head's."""
    return fold(span.text) in full_name_words(doc)


def as_person(doc: Doc, span: Span) -> Span:
    """The same words tagged a person, for the head-of-government lookup that reads only
    people."""
    from spacy.tokens import Span as SpacySpan

    return SpacySpan(doc, span.start, span.end, label="PERSON")
