"""A generic body in a sentence that names one country's own forces is that country's: "the
Air Self-Defense Force's Naha base ... on the same day the Defense Ministry released figures",
"the helicopter stayed 15 minutes, the Defense Ministry said, and Air Self-Defense Force
fighters were scrambled", "Maritime Self-Defense Force and coast guard ships", "Taiwanese
forces monitored the flight, according to the Ministry of National Defense". A ministry and
its services, or a coast guard beside its navy, are written together of one country. China's
forces decide nothing so: they are what the other side's ministries report ("the MND said PLA
aircraft ..."), which craft_reports.py reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .craft_reports import CHINA
from .kb import KnowledgeBase
from .mention import Mention
from .sentence_bounds import sentence_of
from .us_local_home import SERVICES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_FORCES: dict[str, frozenset[str]] = {}  # knowledge-base digest -> armed forces and services


def own_forces_country(
    doc: Doc,
    spans: list[Span],
    index: int,
    linked: dict[int, Mention | None],
    kb: KnowledgeBase,
    countries: set[str | None],
) -> str | None:
    """The one country, of `countries`, whose armed forces or services the body's sentence
    names; None when it names none, or two countries' forces."""
    sentence = sentence_of(doc, spans[index].start)
    forces = _forces(kb)
    owners = {
        kb.entities[mention.entity_id].country
        if mention.entity_id in forces
        else mention.entity_id  # "Taiwanese forces": the nationality word's country
        for i, mention in linked.items()
        if mention is not None
        and sentence.start <= spans[i].start < sentence.end
        and (mention.entity_id in forces or _owns_forces(doc, spans[i], mention))
    }
    owners.discard(CHINA)
    owner = owners.pop() if len(owners) == 1 else None
    return owner if owner in countries else None


# What a nationality word owns when it names a country's forces: "Taiwanese forces".
FORCE_NOUNS = frozenset({"forces", "troops", "military", "armed"})


def _owns_forces(doc: Doc, span: Span, mention: Mention) -> bool:
    """Whether the nationality word names forces that act in the sentence. Forces after a
    preposition of partners are others' that the story's side sells to, trains with or serves
    ("drones in service with Philippine forces", "radars for Malaysian troops"): a sentence of
    aid or sales names the partner's forces beside the giver's ministry."""
    if mention.kind != "demonym" or span.end >= len(doc):
        return False
    before = doc[span.start - 1 - (span.start > 1 and doc[span.start - 1].lower_ == "the")]
    partners = span.start > 0 and before.lower_ in PARTNER_PREPOSITIONS
    return doc[span.end].lower_ in FORCE_NOUNS and not partners


# The prepositions that name forces as another's partner or customer.
PARTNER_PREPOSITIONS = frozenset({"with", "to", "for", "alongside", "among"})


def _forces(kb: KnowledgeBase) -> frozenset[str]:
    """The knowledge base's whole armed forces and their services, read once."""
    if kb.digest not in _FORCES:
        forms = ("armed forces", *SERVICES)
        _FORCES[kb.digest] = frozenset(body for form in forms for body in kb.generic.get(form, ()))
    return _FORCES[kb.digest]
