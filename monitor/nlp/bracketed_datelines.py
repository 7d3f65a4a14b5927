"""The bracketed dateline of a Japanese paper's English edition: "[Washington = Yomiuri]",
"(Tokyo = Jiji)", "【Beijing＝Kyodo】", "[Tokyo = Sankei Shimbun digital / auto-translated]".

It is the paper's own "TAIPEI (Jiji Press) --" written the Japanese way, the city, an equals
sign and the outlet, so it says what that dateline says: the city is where the story was filed
(a place, never the government acting), and the story's generic bodies are at home in the
city's country ("[Taipei = Jiji Press] ... The Foreign Ministry condemned Beijing" is Taiwan's
ministry), else in the outlet's.
"""

from __future__ import annotations

import re

from .entity_countries import country_of
from .kb import KnowledgeBase
from .resolve import resolve_name

# The city, an equals sign (half or full width), the outlet, and after a slash the edition's
# notes ("/ automatic translation"), all inside one pair of brackets opening a line.
_CITY_EQUALS_OUTLET = re.compile(
    r"[ \t]*[\[(（【〔][ \t]*(?P<place>[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,2})"
    r"[ \t]*[=＝][ \t]*(?P<outlet>[^\]\[)(）】〔〕/\n]{2,60}?)[ \t]*"
    r"(?:/[^\]\[)(）】〔〕\n]{0,60})?[\])）】〕]"
)
OUTLET_WORDS = 3  # "Sankei Shimbun", "Jiji Press", "Nikkei Asia" before an edition's word


def bracketed_dateline(
    text: str, start: int, kb: KnowledgeBase
) -> tuple[str | None, str | None, range] | None:
    """The dateline's country, the outlet's country and the bracket's offsets, when the line at
    `start` opens with a city and an outlet the knowledge base knows; None otherwise."""
    match = _CITY_EQUALS_OUTLET.match(text, start)
    if match is None:
        return None
    place = kb.entities.get(resolve_name(match.group("place"), kb) or "")
    outlet = _outlet(match.group("outlet"), kb)
    if place is None or place.kind not in ("capital", "city") or outlet is None:
        return None
    return country_of(place.id, kb), country_of(outlet, kb), range(match.start(), match.end())


def _outlet(written: str, kb: KnowledgeBase) -> str | None:
    """The outlet the bracket credits, by its longest run of first words the knowledge base
    knows as an outlet: "Yomiuri" of "Yomiuri Online", "Sankei Shimbun" of "Sankei Shimbun
    digital"."""
    words = written.split()
    for size in range(min(OUTLET_WORDS, len(words)), 0, -1):
        entry = kb.entities.get(resolve_name(" ".join(words[:size]), kb) or "")
        if entry is not None and entry.kind == "outlet":
            return entry.id
    return None
