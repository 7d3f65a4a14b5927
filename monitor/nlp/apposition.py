"""A person named in apposition with a title over a body: "Nancy Pelosi, then the speaker of the
House". The person's country is the body's, so a shared name ("the House", "the Cabinet") is
decided by whom the article says leads or sits in it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .context import DocEntities
    from .kb import KnowledgeBase

# Words between the comma and the title: "Pelosi, then the speaker", "Ko, a former member".
BETWEEN = frozenset({"then", "the", "former", "a", "an", "now"})
TITLE_MAX_TOKENS = 5  # "speaker", "deputy chief", "longest - serving member"


def apposed_person_end(doc: Doc, start: int) -> int | None:
    """Where the name ends that stands in apposition before the body starting at token
    `start` ("Pelosi" in "Pelosi, then the speaker of the House"), or right before it ("Guo
    Jiakun of the foreign ministry": a spokesperson introduced by the body they speak for), or
    None. The caller keeps it only when a person's name ends there."""
    k = start - 1 if start and doc[start - 1].lower_ == "the" else start
    if k < 1 or doc[k - 1].lower_ != "of":
        return None
    k -= 1
    if k > 0 and not _title_word(doc[k - 1]):
        return k  # "Guo Jiakun of the foreign ministry": the name right before "of"
    title = 0
    while k > 0 and title < TITLE_MAX_TOKENS and _title_word(doc[k - 1]):
        k, title = k - 1, title + 1
    while k > 0 and doc[k - 1].lower_ in BETWEEN:
        k -= 1
    if not title or k < 2 or doc[k - 1].text != ",":
        return None
    return k - 1


def _title_word(token: Token) -> bool:
    return token.text == "-" or (token.is_lower and token.is_alpha and token.lower_ not in BETWEEN)


def titles_a_person(span: Span, ents: DocEntities, kb: KnowledgeBase) -> bool:
    """An abbreviation right before a person's name is the person's title, not a body: "FM Lin
    Chia-lung" is the foreign minister, where "…, FM says" is the ministry. A person's family
    name the model took for a place is one too ("FM Kamikawa": a town as well)."""
    after = ents.by_start.get(span.end)
    if not span.text.isupper() or after is None:
        return False
    return after.label_ == "PERSON" or kb.person_by_family_name(after.text) is not None
