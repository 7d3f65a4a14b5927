"""A chamber's member from a place: "an Upper House member from Niigata", "a House of
Representatives member from Okinawa". A member of a legislature is elected from a place of its
own country, so the place says whose the bare chamber is where several countries have one of
that name and the article names more than one of them ("the Japanese Diet and the US
Congress").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import words
from .kb import KnowledgeBase
from .mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

MEMBERS = words("member members lawmaker lawmakers legislator legislators representative")


def members_home(
    doc: Doc,
    spans: list[Span],
    index: int,
    linked: dict[int, Mention | None],
    kb: KnowledgeBase,
    countries: set[str | None],
) -> str | None:
    """The country, of `countries`, of the place the body's member is from: the next name
    after "<body> member from"."""
    if index + 1 >= len(spans):
        return None
    between = [t.lower_ for t in doc[spans[index].end : spans[index + 1].start]]
    place = linked.get(index + 1)
    if len(between) != 2 or between[0] not in MEMBERS or between[1] != "from" or place is None:
        return None
    entry = kb.entities.get(place.entity_id) if place.in_kb else None
    if entry is None or entry.type not in ("GPE", "LOC"):
        return None
    country = entry.id if entry.kind == "country" else entry.country
    return country if country in countries else None
