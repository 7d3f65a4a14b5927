"""Capitals that stand for their governments: "Beijing warned Tokyo" is two governments, kind
`capital`; "in Tokyo" and a dateline's "TAIPEI" stay the cities. What the words around one capital
say is read in capital_actors.py; what a capital owns, and the lists and pairs it stands in, are
read here, where the other mentions are known: "Taipei's Office of Trade Negotiations" is a
national office, the government's, though a city has offices too ("Taipei's office").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .capital_actors import capital_acts
from .capital_lists import acting_lists, paired_with_city
from .capital_owners import owns_a_body_of_its_people, owns_its_state_body
from .doc_text import doc_text
from .export_fields import in_head_field
from .headline_city_capitals import led_by_city_government
from .mention import Mention, mention_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .context import ArticleContext, DocEntities
    from .kb import KnowledgeBase


def capitals_that_act(
    doc: Doc,
    spans: list[Span],
    linked: dict[int, Mention | None],
    kb: KnowledgeBase,
    context: ArticleContext,
    ents: DocEntities,
) -> None:
    """Capitals that act become their countries; a capital paired with one that acts acts. A
    capital whose possessive owns a body of its own country's state acts whatever the body's
    name is made of: "Taipei's Office of Trade Negotiations", "Tokyo's Defense Ministry"."""
    text = doc_text(doc)
    capitals = [
        index for index, mention in linked.items()
        if mention is not None and mention.kind == "name"
        and kb.entities.get(mention.entity_id) is not None
        and kb.entities[mention.entity_id].kind == "capital"
        and not context.in_dateline(spans[index].start_char)
        and not in_head_field(text, spans[index].start_char)  # "Place of publication: Tokyo"
    ]  # fmt: skip
    cities = {  # joined to a city, or a headline's name for the city government the lede names
        i for i in capitals
        if paired_with_city(doc, spans, linked, i, kb)
        or led_by_city_government(doc, spans[i], context)
        or owns_a_body_of_its_people(doc, spans, linked, i, kb)  # "Washington's CSIS"
    }  # fmt: skip
    acting = {
        index for index in capitals if index not in cities
        and (owns_its_state_body(doc, spans, linked, index, kb)
             or capital_acts(doc, spans[index], ents))
    }  # fmt: skip
    acting = acting_lists(doc, spans, capitals, acting, cities)
    for index in acting:
        mention = linked[index]
        assert mention is not None
        country = kb.entities[mention.entity_id].capital_of
        if country:
            linked[index] = replace(mention_of(spans[index], country, kb), kind="capital")
