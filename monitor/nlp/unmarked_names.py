"""People's names the NER did not mark at all: a one-word name that drops a letter from one the
article wrote (people.py), an office holder's family name alone (lone_family_names.py), and a
family name after a title ("I spoke with Mr Ishiba", "as
Minister Onodera put it"), which a transcript's spoken English leaves the model without the
given name it looks for.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .addressed_people import addressed_holder
from .doc_words import words_text
from .english import capitalised_token_indices
from .kb import KnowledgeBase
from .lone_family_names import unmarked_office_holders
from .mention import Mention, mention_of
from .names import TITLE_ABBREVIATIONS, TITLE_WORDS, fold
from .people import dropped_letter_names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_TITLES_AND_ABBREVIATIONS = frozenset(TITLE_WORDS) | TITLE_ABBREVIATIONS
TITLE_TOKENS = 3  # "Chief Cabinet Secretary"


def unmarked_names(
    doc: Doc,
    mentions: list[Mention],
    named_here: dict[str, str],
    kb: KnowledgeBase,
    published: date | None,
) -> list[Mention]:
    found = dropped_letter_names(doc, mentions, named_here, kb)
    found += titled_family_names(doc, [*mentions, *found], kb, published)
    return found + unmarked_office_holders(doc, [*mentions, *found], kb, published)


def titled_family_names(
    doc: Doc, mentions: list[Mention], kb: KnowledgeBase, published: date | None
) -> list[Mention]:
    """A capitalised word right after a title that is the family name of the one holder of that
    office on the article's date ("PM Ishiba", addressed_people.py), or of one person the
    knowledge base knows, and of no other: the title says a person is meant, and the name
    which one. Not when a capitalised word follows: "Mr Lee Hsi-min" is another's full name."""
    taken = {offset for m in mentions for offset in range(m.start, m.end)}
    found = []
    # Both readings match the word against people's family names, so only the words that are
    # one (or fold to nothing) are read, not every capitalised word of the article.
    family = kb.family_names
    for i in capitalised_token_indices(doc, lambda word: _may_be_family(word, family)):
        token = doc[i]
        if token.is_stop or token.idx in taken:
            continue
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
            continue
        holder = addressed_holder(doc, i, kb, published)
        if holder is None and _after_a_title(doc, i):
            holder = kb.person_by_family_name(token.text)
        if holder is not None:
            found.append(mention_of(doc[i : i + 1], holder, kb))
    return found


def titled_family_name(
    doc: Doc, span: Span, kb: KnowledgeBase, published: date | None
) -> str | None:
    """'President Lai', 'FM Kamikawa' where the NER marked only the family name (as a person,
    or a place: Kamikawa is a town too): the title just before says a person is meant, and
    the name which one: the day's holder of the office the title names (addressed_people.py),
    else the one person who bears it."""
    if len(span) != 1 or not _after_a_title(doc, span.start):
        return None
    return addressed_holder(doc, span.start, kb, published) or kb.person_by_family_name(span.text)


def _after_a_title(doc: Doc, index: int) -> bool:
    """Whether a title, written out or abbreviated ("Chief Cabinet Secretary", "FM", "Sen."),
    ends just before `doc[index]`."""
    return any(
        fold(words_text(doc, index - size, index)) in _TITLES_AND_ABBREVIATIONS
        for size in range(1, TITLE_TOKENS + 1)
        if index - size >= 0
    )


def _may_be_family(word: str, family_names: dict[str, tuple[str, ...]]) -> bool:
    key = fold(word)
    return key in family_names or not key
