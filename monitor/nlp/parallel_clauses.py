"""A bare body opening the second of two reporting clauses: "Taiwan's Coast Guard Administration
said it planned to deploy 12 cutters ..., and the Ministry of National Defense said it would
closely monitor any movements". Two bodies that each say something in one sentence, joined by
", and", speak for one side: a writer who turned to the other side's ministry would name its
country, as owned_neighbours.py reads two bodies a few words apart. So the second is the first
one's country's, whatever a two-city dateline ("BEIJING/TAIPEI") would give it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import DocEntities, words
from .entity_countries import country_of
from .kb import KnowledgeBase
from .qualifiers import qualifier
from .sentence_bounds import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Span

SAYING = words("said says added announced stated")


def parallel_clause_country(span: Span, kb: KnowledgeBase, ents: DocEntities) -> str | None:
    """The country of the body that says something in the clause before ", and the" body,
    which says something too."""
    doc = span.doc
    k = span.start if span[0].lower_ == "the" else span.start - 1
    if k < 2 or doc[k].lower_ != "the" or doc[k - 1].lower_ != "and" or doc[k - 2].text != ",":
        return None
    if span.end >= len(doc) or doc[span.end].lower_ not in SAYING:
        return None
    for i in range(sentence_start(doc, span.start), k - 2):
        first = ents.by_start.get(i)
        if first is None or first.label_ != "ORG" or first.end >= k - 2:
            continue
        if doc[first.end].lower_ not in SAYING:
            return None  # the sentence opens on a body that does something else
        return country_of(first.kb_id_, kb) or qualifier(doc, first, kb, ents)
    return None
