"""Whose a reader's letter's bare bodies are: a letter is signed with the writer's name on one
line and the town written from on the next ("Kuo Li-chun" | "Tainan", "Hiroshi Kinjo" |
"Ishigaki, Okinawa Prefecture"), and a reader writes about the country they live in: "the
premier", "the Cabinet" and "the coast guard" of a letter signed from Yokohama are Japan's, as a
dateline's place makes a story's. A town the knowledge base does not know, or parts naming two
countries, decide nothing.
"""

from __future__ import annotations

import re

from .entity_countries import country_of
from .kb import KnowledgeBase
from .resolve import resolve_name

SIGNATURE_WITHIN = 160  # characters at the text's end that hold the name and the town
# A signature's name line: two to four capitalised words ("Kuo Li-chun", "Yuki Arakaki"), with
# no sentence's closing mark.
_NAME_LINE = re.compile(r"\A[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}\Z")
PLACE_TYPES = frozenset({"GPE", "LOC"})


def signed_country(text: str, kb: KnowledgeBase) -> str | None:
    """The country of the town a letter closes by signing from, after the writer's name."""
    lines = [line.strip() for line in text[-SIGNATURE_WITHIN:].rstrip().split("\n")]
    if len(lines) < 2 or not _NAME_LINE.match(lines[-2]):
        return None
    countries = {_place_country(part.strip(), kb) for part in lines[-1].split(",")} - {None}
    return countries.pop() if len(countries) == 1 else None


def _place_country(name: str, kb: KnowledgeBase) -> str | None:
    """The country of a place the knowledge base knows by this name ("Naha", "Okinawa
    Prefecture"); a body's or a person's name is no town."""
    entity_id = resolve_name(name, kb) if name else None
    entry = kb.entities.get(entity_id or "")
    if entry is None or entry.type not in PLACE_TYPES:
        return None
    return country_of(entity_id, kb)
