"""A person called by family name alone, whom the article never names in full: notes and
briefs write "Rubio confirmed as SecState", "first call list includes Iwaya (Japan FM)". The
model marks such a word a person, or an organisation; either way it is the one person of the
knowledge base who bears the name, when that person held an office on the article's date.
Heads of state and government are leaders_alone.py's; a family name after a title is
unmarked_names.titled_family_name's. The model leaves such a word unmarked as often as not in
notes, slides and asides ("Rubio, Hegseth / Motegi, Koizumi", "tied to the Takaichi row"):
the same rule reads those words too (unmarked_office_holders).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .dated_family_names import bearer_in_office_then
from .doc_words import token_starts, token_texts
from .english import token_indices
from .kb import KnowledgeBase
from .leaders_alone import as_person, namesake_in_full
from .mention import Mention, mention_of
from .named_so_far import NamedSoFar
from .names import fold
from .ships import POSSESSIVE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

LABELS_OF_A_LONE_NAME = ("PERSON", "ORG")  # a place ("GPE") alone is one: Kamikawa, Suga


def office_holder_by_family_name(
    doc: Doc, span: Span, kb: KnowledgeBase, published: date | None, countries: set[str]
) -> Mention | None:
    """The one knowledge-base person who bears the lone capitalised word `span` as a family
    name, when in office on `published`, or in a year a generation back that its sentence
    names ("What Mao wanted in 1958": dated_family_names.py). Without a title to say a person
    is meant, only an office holder that day: a family name alone is often a word ("Rice",
    "Glass", "You"), a city ("Austin") or another person's ("Yang", "Kim"), and the day's
    office narrows it to the people the news names by it. A name several people bear ("Lin")
    stays undecided, though one of them is in office: the others, and many outside the
    knowledge base, are called by it too. As for heads (leaders_alone.py), only when the
    article names the person's country, which says whose politics it is about ("Koo said ...
    (Kyodo)" is no Taiwanese minister's). Not a word the knowledge base knows as a name of its
    own, not a name written inside a longer one ("Rubio Foundation"), and not when the article
    names another person with it in full ("Jimmy Lai ... Lai said")."""
    if span.label_ not in LABELS_OF_A_LONE_NAME or published is None:
        return None
    if len(span) == 2 and span[-1].text in POSSESSIVE:
        span = span[:1]  # "Rubio's"
    word = span[0]
    if len(span) != 1 or not word.is_title or kb.lookup(fold(word.text)) is not None:
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_alpha and after.text[:1].isupper():
        return None
    if namesake_in_full(doc, span):
        return None
    if dated := bearer_in_office_then(span, kb, published, countries):
        return mention_of(span, dated, kb)  # "What Mao wanted in August 1958"
    person = kb.person_by_family_name(word.text)
    if person is None or kb.entities[person].country not in countries:
        return None
    return mention_of(span, person, kb) if kb.in_office(person, published) else None


def unmarked_office_holders(
    doc: Doc, mentions: list[Mention], kb: KnowledgeBase, published: date | None
) -> list[Mention]:
    """Capitalised words the model marked as nothing, read as office_holder_by_family_name
    reads a lone name it marked a person: the one person of the knowledge base who bears the
    family name, in office that day, of a country the article names. Only words that are
    some person's family name are looked at (a lookup each), and never a stop word ("You")
    or a word inside a mention."""
    if published is None:
        return []
    taken = {offset for m in mentions for offset in range(m.start, m.end)}
    countries = NamedSoFar.of(mentions, kb).countries
    found = []
    # Most such words are inside a mention, which their offsets tell without a Token object.
    starts, texts = token_starts(doc), token_texts(doc)
    for i in token_indices(doc, lambda word: word.istitle() and word.isalpha()):
        if starts[i] in taken or kb.person_by_family_name(texts[i]) is None:
            continue
        token = doc[i]
        if token.is_stop or token.ent_type_:
            continue
        word = as_person(doc, doc[i : i + 1])
        holder = office_holder_by_family_name(doc, word, kb, published, countries)
        if holder is not None:
            found.append(holder)
    return found
