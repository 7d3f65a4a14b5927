"""Whose ministry is it? The country of the spokesperson the article names right after it.

"Foreign Ministry spokesperson Lin Jian said" in a story filed from Tokyo, or in a sentence that
names Japan, is China's ministry: the title joins the body to a person the knowledge base knows,
and that person serves one country, so the name overrules the dateline or the countries named
nearby when they point elsewhere. It only corrects a body the article's context gave to another
country: a body the context leaves undecided stays so, since the person alone, with no country
written anywhere near, is thin evidence for a link the reader never sees spelt out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .kb_matcher import GENERIC
from .mention import Mention, mention_of

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .context import DocEntities
    from .kb import KnowledgeBase

SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})


def speaks_for(span: Span, ents: DocEntities) -> bool:
    """Whether "<body> spokesperson <Person>" follows, or "<Person>, a <body> spokesperson"
    stands around it: the title joins a lower-case body to a person as a name does, so "foreign
    ministry spokesman Guo Jiakun" and "Lin Jian, a foreign-ministry spokesman" name it."""
    at = _spokesperson_at(span)
    if at is None:
        return False
    person = ents.by_start.get(at) if at > span.start else ents.by_end.get(at)
    return person is not None and person.label_ == "PERSON"


def spokespersons_country(
    span: Span, spans: list[Span], linked: dict[int, Mention | None], kb: KnowledgeBase
) -> str | None:
    """The country of the person named right after "<body> spokesperson", or before it in
    apposition."""
    at = _spokesperson_at(span)
    if at is None:
        return None
    for index, other in enumerate(spans):
        mention = linked.get(index)
        placed = other.start == at if at > span.start else other.end == at
        if placed and other.label_ == "PERSON" and mention is not None:
            entry = kb.entities.get(mention.entity_id)
            return entry.country if entry is not None and entry.type == "PERSON" else None
    return None


def _spokesperson_at(span: Span) -> int | None:
    """Where the spokesperson's name stands: its first token after "<body> spokesperson", or
    the end of the name before ", a <body> spokesperson" (a newsweekly's apposition, "Lin Jian,
    a Chinese foreign-ministry spokesman", blind88-b-025 and b-035), or its first token after
    a comma when the name is set off after the title ("China's defence ministry spokesman,
    Zhang Xiaogang, said"); None with no title."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in SPOKESPEOPLE:
        return None
    if doc[span.end + 1].text != ",":
        return span.end + 1
    article = span.start - 1
    if article > 0 and doc[article].text[:1].isupper():  # "a Chinese foreign-ministry ..."
        article -= 1
    if article < 1 or doc[article].lower_ not in ("a", "an") or doc[article - 1].text != ",":
        return span.end + 2  # the name in apposition after the title, if a person stands there
    return article - 1


def spokespersons_body(
    span: Span,
    found: Mention | None,
    spans: list[Span],
    linked: dict[int, Mention | None],
    kb: KnowledgeBase,
) -> Mention | None:
    """`found`, the generic body the article's context gave `span`, or the same body of the
    spokesperson's country when the context gave it to another country's or to none (the
    countries it addresses ruled out: "with foreign ministry spokesman Guo Jiakun accusing
    Tokyo" in a Tokyo story)."""
    if not span.kb_id_.startswith(GENERIC):
        return found
    country = spokespersons_country(span, spans, linked, kb)
    if country is None or (found is not None and kb.entities[found.entity_id].country == country):
        return found
    for entity_id in kb.generic.get(span.kb_id_.removeprefix(GENERIC), ()):
        if kb.entities[entity_id].country == country:
            return mention_of(span, entity_id, kb)
    return found
