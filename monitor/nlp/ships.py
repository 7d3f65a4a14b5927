"""Ships named for places: "Shandong" is the province, "the Shandong" the aircraft carrier.

Chinese carriers bear provinces' names (Shandong, Fujian). The knowledge base links a bare name
to the place and "carrier Shandong" to the ship; between the two, the words around the name
decide. A province takes no article and a ship does ("the Shandong's J-15 fighters", "the
newly commissioned Fujian", "the Shandong operated"), unless a place noun follows ("the
Shandong peninsula"); a name before "group" or "strike group" ("the Shangdong group") is a
formation at sea; and a name joined to a ship's ("the Liaoning and Shandong", "the Liaoning and
the Shandong") is a ship too. A ship written without its hull prefix ("the Ronald Reagan", "the
Spey transit") is the ship where the article names ships.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import FUNCTION_WORDS, SAYING_OR_ACTING
from .mention import Mention, mention_of
from .names import fold
from .places import coordinated
from .verb_shapes import past_tense

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .kb import KnowledgeBase

SHIP_FORMS = ("carrier ", "aircraft carrier ")  # aliases of a ship that name its namesake
FORMATION = frozenset({"group", "strike", "task", "battle", "carrier"})
CARRIERS = frozenset({"carrier", "carriers", "flattop", "flattops"})
POSSESSIVE = frozenset({"'s", "’s"})
# Where a ship goes or lies: "the Shandong near Japanese islands", "the Fujian off Hainan". No
# place noun is one of these, so after "the" they leave the ship's reading open.
SHIP_PLACES = frozenset({"near", "off", "through", "into", "toward", "towards", "past", "around"})
# A preposition between "the" and the name makes the name its object, not the noun "the" opens:
# "the strait between Fujian and Taiwan", "the coast opposite Fujian" name the province.
GOVERNING = frozenset(
    {"between", "among", "along", "beside", "beyond", "opposite", "near", "off", "around",
     "against", "within", "via", "facing", "past", "behind", "outside", "inside"}
)  # fmt: skip
_NAMESAKES: dict[str, dict[str, str]] = {}  # knowledge-base digest -> place id -> ship id
_HULL_PREFIX = re.compile(r"^[A-Z]{2,5} (?=[A-Z])")  # "USS ", "HMS ", "JS "
_SHORT_NAMES: dict[str, dict[str, str]] = {}  # knowledge-base digest -> short name -> ship id


def namesakes(kb: KnowledgeBase) -> dict[str, str]:
    """Entities that share their name with a ship, to the ship: {"shandong": "shandong-carrier"}."""
    if kb.digest not in _NAMESAKES:
        found: dict[str, str] = {}
        for entry in kb.entities.values():
            if entry.kind != "ship":
                continue
            for alias in entry.aliases:
                for form in SHIP_FORMS:
                    if alias.lower().startswith(form):
                        place = kb.lookup(fold(alias[len(form) :]))
                        if place and kb.entities[place].kind != "ship":
                            found[place] = entry.id
        _NAMESAKES[kb.digest] = found
    return _NAMESAKES[kb.digest]


def ships_named(
    doc: Doc, spans: list[Span], linked: dict[int, Mention | None], kb: KnowledgeBase
) -> None:
    """Places' names in `linked` that the words around them make ships become the ships."""
    ships = namesakes(kb)
    places = {i: m.entity_id for i, m in linked.items() if m and m.kind == "name"}
    places = {i: ships[e] for i, e in places.items() if e in ships}  # index -> the ship
    for index, ship in places.items():
        if _reads_as_ship(doc, spans[index]):
            linked[index] = mention_of(spans[index], ship, kb)
    _short_names(doc, spans, linked, kb)
    for index, ship in places.items():  # "the Liaoning and Shandong"
        for other in (index - 1, index + 1):
            found = linked.get(other)
            entry = kb.entities.get(found.entity_id) if found is not None else None
            first, second = sorted((index, other))
            joined = entry is not None and entry.kind == "ship"
            if joined and _joined(doc, spans[first], spans[second]):
                linked[index] = mention_of(spans[index], ship, kb)


def _joined(doc: Doc, first: Span, second: Span) -> bool:
    """Two names joined as a pair, with or without "the" before the second: "the Liaoning and
    Shandong", "kits of the Liaoning and the Shandong" (a place's name takes no "the")."""
    if coordinated(doc, first, second):
        return True
    between = [t.lower_ for t in doc[first.end : second.start]]
    return between in (["and", "the"], ["or", "the"], [",", "the"])


def short_names(kb: KnowledgeBase) -> dict[str, str]:
    """Named ships by their names without the hull prefix: {"spey": "hms-spey"}."""
    if kb.digest not in _SHORT_NAMES:
        found = {}
        for entry in kb.entities.values():
            if entry.kind == "ship" and _HULL_PREFIX.match(entry.name):
                found[fold(_HULL_PREFIX.sub("", entry.name))] = entry.id
        _SHORT_NAMES[kb.digest] = found
    return _SHORT_NAMES[kb.digest]


def _short_names(
    doc: Doc, spans: list[Span], linked: dict[int, Mention | None], kb: KnowledgeBase
) -> None:
    """A ship written by its name alone, which the model reads as a person or a place and the
    knowledge base does not give the ship, since the name is often a person's or a town's
    ("Spey", "Ronald Reagan"): the ship's, where the article names that ship in full ("HMS
    Spey ... the Spey transit"), or names another ship and writes "the" before it ("the USS
    George Washington ... replacing the Ronald Reagan"), as no person's name takes one."""
    ships = {m.entity_id for m in linked.values() if m and kb.entities[m.entity_id].kind == "ship"}
    if not ships:
        return
    names = short_names(kb)
    for index, span in enumerate(spans):
        ship = names.get(fold(span.text))
        if linked[index] is not None or ship is None:
            continue
        article = span.start > 0 and doc[span.start - 1].lower_ == "the"
        if ship in ships or (article and not _reads_as_place(doc, span)):
            linked[index] = mention_of(span, ship, kb)


def _reads_as_place(doc: Doc, span: Span) -> bool:
    """Whether a lower-case noun follows the name: "the Richmond area". A past tense is the
    name's verb, not a noun it qualifies: "the Shandong operated southeast of Okinotori"."""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    noun = after not in FUNCTION_WORDS and after not in SAYING_OR_ACTING and not past_tense(after)
    return after.isalpha() and after.islower() and noun and after not in SHIP_PLACES


# "Fujian group tours", "Shandong group travel": a group that travels is a party of tourists, and
# the name before it the province they come from, not a carrier's formation at sea.
GROUP_TRAVEL = frozenset(
    {"tour", "tours", "tourism", "tourists", "travel", "travellers", "travelers", "trips",
     "visits", "visitors", "visas", "packages"}
)  # fmt: skip


def _group_travel(doc: Doc, group: int) -> bool:
    """Is the word at `group` "group" in a kind of travel: "Fujian group tours restarted"?"""
    after = doc[group + 1].lower_ if group + 1 < len(doc) else ""
    return doc[group].lower_ == "group" and after in GROUP_TRAVEL


def _reads_as_ship(doc: Doc, span: Span) -> bool:
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if after in FORMATION and not _group_travel(doc, span.end):
        return True
    if _reads_as_place(doc, span) and after not in POSSESSIVE:  # "the Shandong peninsula"
        return False
    if span.start and doc[span.start - 1].lower_ in CARRIERS:
        return True  # "the carriers Fujian and Shandong", "Chinese Carriers Fujian, Shandong"
    for back in range(1, 4):  # "the Shandong", "the newly commissioned Fujian"
        word = doc[span.start - back] if span.start >= back else None
        if word is None or word.lower_ == "the":
            return word is not None
        if not (word.is_alpha and word.is_lower) or word.lower_ in FUNCTION_WORDS | GOVERNING:
            return False  # "the delegation from Shandong" is the province's
    return False
