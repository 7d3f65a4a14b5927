"""A capital whose possessive owns one of its own state's bodies is the government, wherever it
stands in a run of places: in "incursions around Kinmen and Beijing's maritime militia operates
near Pratas" the "and" opens a clause whose subject is the militia, no list of two places, since
a city owns no state's force, ministry or office (capital_lists.py asks, before pairing). A
body of the country that is none of the state's (a think tank, a firm) is the city's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .capital_city_uses import POSSESSIVE
from .capital_nouns_after import STATE_BODY_WORDS, STATE_INSTRUMENT_WORDS
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .kb import KBEntry, KnowledgeBase
    from .mention import Mention


def owns_its_state_body(
    doc: Doc, spans: list[Span], linked: dict[int, Mention | None], index: int, kb: KnowledgeBase
) -> bool:
    """Is the capital at `index` followed by "'s" and a body of the knowledge base that belongs
    to the capital's state: "Beijing's maritime militia", "Tokyo's Defense Ministry"?"""
    body = _owned_body(doc, spans, linked, index, kb)
    return body is not None and _of_the_state(body)


def owns_a_body_of_its_people(
    doc: Doc, spans: list[Span], linked: dict[int, Mention | None], index: int, kb: KnowledgeBase
) -> bool:
    """Is the capital at `index` followed by "'s" and a body of the knowledge base that belongs
    to the capital's country but not to its state: "Washington's Center for Strategic and
    International Studies", "Tokyo's Sasakawa Peace Foundation"? The city is where it sits."""
    body = _owned_body(doc, spans, linked, index, kb)
    return body is not None and not _of_the_state(body)


def _owned_body(
    doc: Doc, spans: list[Span], linked: dict[int, Mention | None], index: int, kb: KnowledgeBase
) -> KBEntry | None:
    """The organisation of the capital's country the capital's possessive owns, if it does."""
    end = spans[index].end
    if end >= len(doc) or doc[end].text not in POSSESSIVE:
        return None
    owned = linked.get(index + 1)
    capital = linked.get(index)
    if owned is None or capital is None or spans[index + 1].start != end + 1:
        return None
    body = kb.entities.get(owned.entity_id)
    city = kb.entities.get(capital.entity_id)
    country = city.capital_of if city is not None else None
    if body is None or body.type != "ORG" or country is None or body.country != country:
        return None
    return body


def _of_the_state(body: KBEntry) -> bool:
    """Is the body the state's: a name a state's bodies share abroad ("Defense Ministry"), a
    state body's word in its name ("Taiwan Affairs Office", "People's Liberation Army"), or an
    outlet, whose capital's possessive writers read as the state's voice ("Beijing's Global
    Times")? A think tank, a firm or a school of the country is no state's: "Washington's
    Center for Strategic and International Studies" sits in the city."""
    named = {word for name in (body.name, *body.aliases) for word in fold(name).split()}
    state_words = STATE_BODY_WORDS | STATE_INSTRUMENT_WORDS
    return bool(body.generic) or body.kind == "outlet" or bool(named & state_words)
