"""A city's metro written in lower case is the city's network, not its operator: "escalator
trusses bound for a Taichung metro extension" names Taichung, the city, while "Taichung Metro"
(or "Taichung MRT") is the operating company the knowledge base lists under that name. Outlets
capitalise a network's brand and leave the common noun after a place in lower case, so a name
matched without regard to case whose network word is written so is read as its place alone.
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at
from .names import fold
from .resolve import resolve_name

# The common nouns a city's rail network goes by, which its operators' brands capitalise.
NETWORKS = frozenset({"metro", "subway"})


def city_networks(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`mentions`, each operator named by a place and a lower-case network word read as the
    place it names."""
    return [_place_of(text, mention, kb) for mention in mentions]


def _place_of(text: str, mention: Mention, kb: KnowledgeBase) -> Mention:
    head, _, last = mention.text.rpartition(" ")
    if last not in NETWORKS or not head or not mention.in_kb:
        return mention  # asked of few: a mention ending on the lower-case word alone
    place = kb.entities.get(resolve_name(head, kb) or "")
    if place is None or place.type != "GPE" or place.kind == "country":
        return mention
    brands = (kb.entities[mention.entity_id].name, *kb.entities[mention.entity_id].aliases)
    if fold(mention.text) not in {fold(brand) for brand in brands}:
        return mention
    return kb_mention_at(text, mention.start, mention.start + len(head), place.id, kb)
