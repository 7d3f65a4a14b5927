"""A US state's own copy: bare "Washington" in a story from Yakima, Wash., or from Wenatchee
about the Washington State Department of Agriculture, is the state, not the US government
or its capital.

Three states share their bare name with another entity of the knowledge base ("Washington"
the capital, "Georgia" the country), so the name alone links to that other one, and a capital
that acts is read as its government ("Washington shipped 6 million boxes of apples"). A story
written from inside such a state speaks of the state: its dateline places a town in it
("YAKIMA, Wash. —"), is its seat of government ("OLYMPIA —"), or is a town the knowledge base
places in no other country while the text names the state's own institutions ("the Washington
State Department of Agriculture", "the state of Washington", "the Washington National Guard").

Two uses keep the other meaning even there: a capital beside another capital that stands for
its government ("Washington and Beijing have kept talking", "Beijing regards the tie as a
breach of Washington's commitments") is the US government, and an envoy's post ("Taiwan's top
representative in Washington") is the national capital, where envoys sit.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .doc_text import doc_text
from .entity_countries import country_of
from .kb import KnowledgeBase
from .mention import Mention, relinked
from .names import fold
from .places import coordinated
from .resolve import resolve_name
from .sentence_bounds import sentence_of
from .us_local_home import DATELINE_WITHIN, dateline_state
from .us_states import STATES, UNITED_STATES, state_entity

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The seats of government of the states whose bare name is another entity's: a story datelined
# there is the statehouse's.
SEATS = {"Washington": "Olympia", "Georgia": "Atlanta", "New York": "Albany"}
# "WENATCHEE —", "OLYMPIA —": a dateline in capitals without a state or an outlet.
_BARE_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})[ \t]*(?:—|–|--)", re.M
)
# Words before "in" that post a person or an office to a capital ("Taiwan's top representative
# in Washington", "the Chinese Embassy in Washington").
ENVOYS = frozenset(
    {"representative", "representatives", "ambassador", "ambassadors", "envoy", "envoys",
     "embassy", "mission", "office"}
)  # fmt: skip


def _institutions(name: str) -> re.Pattern[str]:
    """The state's own bodies and its name as a state: "Washington State Department of
    Agriculture", "Washington state Senate", "the state of Washington", "the Washington Army
    National Guard", "Washington's adjutant general", "the Washington Legislature"."""
    state = re.escape(name)
    return re.compile(
        rf"\b{state} [Ss]tate\b|\b[Ss]tate of {state}\b"
        rf"|\b{state}(?: Army| Air)? National Guard\b"
        rf"|\b{state}(?:'s|’s)? (?:[Gg]overnor|[Ll]egislature|[Aa]djutant [Gg]eneral)\b"
    )


def home_state(text: str, kb: KnowledgeBase) -> str | None:
    """The state, among those sharing their bare name with another entity, whose own copy the
    text is; None for any other text."""
    named = dateline_state(text)  # "YAKIMA, Wash. —"
    bare = _BARE_DATELINE.search(text[:DATELINE_WITHIN])
    place = bare.group("place") if bare else ""
    for name, state in _sharing_their_names(kb):
        if named == name or fold(place) == fold(SEATS.get(name, "")):
            return state
        if place and _placed_at_home(place, kb) and _institutions(name).search(text):
            return state
    return None


# knowledge-base digest -> the states, in STATES' order, whose bare name another entity bears
_SHARING: dict[str, list[tuple[str, str]]] = {}


def _sharing_their_names(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """(name, entity id) of each state another entity shares its bare name with ("Washington"),
    read once a knowledge base, not once an article for each of the fifty."""
    if kb.digest not in _SHARING:
        states = ((name, state_entity(name, kb), kb.lookup(fold(name))) for name in STATES)
        _SHARING[kb.digest] = [
            (name, state) for name, state, other in states if state and other not in (None, state)
        ]
    return _SHARING[kb.digest]


def _placed_at_home(place: str, kb: KnowledgeBase) -> bool:
    """Whether a dateline's town may be in the US: unknown to the knowledge base, or a US place
    that is not the national capital ("WASHINGTON —" is the federal government's dateline)."""
    entity_id = resolve_name(place, kb)
    if entity_id is None:
        return True
    entry = kb.entities[entity_id]
    return country_of(entity_id, kb) == UNITED_STATES and entry.kind != "capital"


def state_homes(doc: Doc, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with the home state's bare name linked to the state in its own copy."""
    state = home_state(doc_text(doc), kb)
    if state is None:
        return mentions
    name = next(n for n in STATES if state_entity(n, kb) == state)
    other = kb.lookup(fold(name))
    capitals = [m for m in mentions if m.kind == "capital"]
    return [
        replace(relinked(mention, state, kb), kind="name")
        if (fold(mention.text) + " ").startswith(fold(name) + " ")
        and mention.entity_id in (other, country_of(other, kb))
        and not _national(doc, mention, capitals)
        else mention
        for mention in mentions
    ]


def _national(doc: Doc, mention: Mention, capitals: list[Mention]) -> bool:
    """Whether the name keeps its national meaning in a state's copy: a government in relations
    with another ("Washington and Beijing have kept talking", "Beijing regards the tie as a
    breach of Washington's commitments"), or an envoy's post ("representative in Washington").
    A capital that acts beside a country's name ("trade between Washington and Taiwan, drawing
    a protest from Beijing") is the state's trade: the foreign capital answers the state."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    if span.start >= 2 and doc[span.start - 1].lower_ == "in":
        return doc[span.start - 2].lower_ in ENVOYS
    if mention.kind != "capital":
        return False
    sentence = sentence_of(doc, span.start)
    for other in capitals:
        if other is mention or not sentence.start_char <= other.start < sentence.end_char:
            continue
        found = doc.char_span(other.start, other.end, alignment_mode="expand")
        if found is None:
            continue
        first, second = sorted((found, span), key=lambda s: s.start)
        if found.start < span.start or coordinated(doc, first, second):
            return True
    return False
