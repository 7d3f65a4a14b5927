"""A state written after its town: "headquartered in Seattle, Washington, with analysts in
Taipei", "It is based in Everett, Washington." US copy, and a wire release's "About" paragraph
above all, places a firm by its town and the state's full name.

Three states share their bare name with another entity ("Washington" the capital, "New York"
the city, "Georgia" the country), so the name alone keeps that other meaning; after a town and
a comma it is the state. A list of capitals is no town and its state ("Tokyo, Washington and
Seoul", "BBC News, Washington"): the town must be a place the knowledge base does not make a
capital or place abroad, and the name must close the pair, not go on into a list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .entity_countries import country_of
from .kb import KnowledgeBase
from .mention import Mention, relinked
from .names import fold
from .us_states import STATES, UNITED_STATES, state_entity

PLACE_LABELS = frozenset({"GPE", "LOC"})
# What may follow a town's state: the sentence's end, a clause in lower case ("Seattle,
# Washington, with analysts in ..."), a bracket's close. A capitalised word or "and" after
# it makes a list of places ("Chicago, New York, San Francisco").
_PAIR_CLOSED = re.compile(r"[.;:)]|,[ \t]+[a-z]|[ \t]*(?:\n|$)")


def towns_states(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with a shared state name written right after its town linked to the
    state."""
    shared = _shared_names(kb)
    found = sorted(mentions, key=lambda mention: mention.start)
    for index, mention in enumerate(found):
        state = shared.get(fold(mention.text))
        if state is None or index == 0 or mention.entity_id == state:
            continue
        town = found[index - 1]
        if (
            text[town.end : mention.start] == ", "
            and _a_home_town(town, kb)
            and _PAIR_CLOSED.match(text, mention.end)
        ):
            found[index] = replace(relinked(mention, state, kb), kind="name")
    return found


# knowledge-base digest -> the folded names of the states whose bare name is not theirs alone
_SHARED: dict[str, dict[str, str]] = {}


def _shared_names(kb: KnowledgeBase) -> dict[str, str]:
    """Folded name -> state, for each state the knowledge base does not give its bare name to:
    read once a knowledge base, not once an article for each of the fifty."""
    if kb.digest not in _SHARED:
        _SHARED[kb.digest] = {
            fold(name): state
            for name in STATES
            if (state := state_entity(name, kb)) is not None and kb.lookup(fold(name)) != state
        }
    return _SHARED[kb.digest]


def _a_home_town(town: Mention, kb: KnowledgeBase) -> bool:
    """Whether the mention is a town that may be in the US: a place the knowledge base does
    not know, or one of its US places that is no capital."""
    if town.label not in PLACE_LABELS:
        return False
    if not town.in_kb:
        return True
    entry = kb.entities[town.entity_id]
    return country_of(town.entity_id, kb) == UNITED_STATES and entry.kind != "capital"
