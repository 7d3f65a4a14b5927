"""Whose a generic body is by the act it reports: in "Japan will cut the fee for passports
applied for online, the Foreign Ministry said", the ministry that closes the sentence as the
speaker of a clause whose subject is a country announces that country's own act, whatever
country the article names elsewhere ("The Philippines' Department of Foreign Affairs" in a
round-up's later paragraph is not this ministry)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import words
from .kb import KnowledgeBase
from .names import fold
from .sentence_bounds import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .context import DocEntities

SAYING = words("said says announced announces told confirmed confirms stated")
# What joins the country to a list or a possessive, so that it is not the clause's subject on
# its own: "Japan and the Philippines will ...", "Japan's fee will ...".
NOT_A_SUBJECT = words("and or 's ’s , nor")


def reported_act_country(span: Span, kb: KnowledgeBase, ents: DocEntities) -> str | None:
    """The country that opens the body's sentence as its subject, where the body closes it as
    the speaker: ", the BODY said" after "COUNTRY will ..."; else None."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "the" or doc[span.start - 2].text != ",":
        return None
    if span.end >= len(doc) or doc[span.end].lower_ not in SAYING:
        return None
    opening = ents.by_start.get(sentence_start(doc, span.start))
    if opening is None or opening.end >= span.start - 2:
        return None
    following = doc[opening.end]
    if following.lower_ in NOT_A_SUBJECT or not following.is_lower:
        return None
    entry = kb.entities.get(kb.lookup(fold(opening.text)) or "")
    return entry.id if entry is not None and entry.kind == "country" else None
