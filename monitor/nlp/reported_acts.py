"""Whose a generic body is by the act it reports: in "Japan will cut the fee for passports
applied for online, the Foreign Ministry said", the ministry that closes the sentence as the
speaker of a clause whose subject is a country and whose verb is a plan announces that
country's own decision, whatever country the article names elsewhere ("The Philippines'
Department of Foreign Affairs" in a round-up's later paragraph is not this ministry). What a
country has done is reported by others' bodies too: "China has deployed more than 1,000
missiles, the Ministry of National Defense said" is Taiwan's ministry."""

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
# A government's own plan, which only it announces: "Japan will cut", "Seoul plans to".
PLANS = words("will would plans intends aims")


def reported_act_country(span: Span, kb: KnowledgeBase, ents: DocEntities) -> str | None:
    """The country that opens the body's sentence as the subject of a plan, where the body closes
    it as the speaker: ", the BODY said" after "COUNTRY will ..."; else None."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "the" or doc[span.start - 2].text != ",":
        return None
    if span.end >= len(doc) or doc[span.end].lower_ not in SAYING:
        return None
    opening = ents.by_start.get(sentence_start(doc, span.start))
    if opening is None or opening.end >= span.start - 2:
        return None
    if doc[opening.end].lower_ not in PLANS:
        return None  # "Japan and China will", "China has deployed": not a plan of its own
    entry = kb.entities.get(kb.lookup(fold(opening.text)) or "")
    return entry.id if entry is not None and entry.kind == "country" else None
