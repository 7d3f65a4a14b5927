"""A country's embassy named by the capital it stands in ("北京の日本大使館", "北京的日本大使館"):
that country's embassy in the capital's country, not the country itself. Copy from the host
country's capital writes the sending country's name and 大使館 alone, the capital before it
saying which of that country's embassies speaks; the knowledge base names such an embassy
"Embassy of <country> in <host>".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .cjk_script import fold, fold_pattern
from .kb import KnowledgeBase
from .mention import Mention, relinked

# An embassy after its country's name, and the particle that joins a capital to what stands in it.
EMBASSY = r"(?:國)?大使館"
IN_CAPITAL = ("の", "的")
# The knowledge base's name of an embassy: its country's name, then its host's.
EMBASSY_NAME = r"Embassy of (.+) in (.+)"
# A mission's name, and the section of it written right after ("日本驻华大使馆经济部官员": the
# embassy's economic section, no ministry of economic affairs; "駐日代表處經濟組").


def mission_section(folded: str, start: int) -> bool:
    """Whether the body name at `start` of the folded text is a section of the mission whose
    name ends right before it."""
    return folded.endswith(_MISSION_WORDS, 0, start)


_MISSION_WORDS = tuple(fold(word) for word in ("大使館", "領事館", "代表處", "辦事處"))


def embassies_in_capitals(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Each country's name before 大使館, after a capital and の or 的, as that country's embassy
    in the capital's country where the knowledge base has it; other mentions unchanged."""
    folded = fold(text)
    ending = {m.end: m for m in mentions}
    result = []
    for mention in mentions:
        embassy = _embassy(mention, ending, folded, kb)
        after = _embassy_word().match(folded, mention.end)
        if embassy is None or after is None:
            result.append(mention)
            continue
        whole = replace(mention, text=text[mention.start : after.end()], end=after.end())
        result.append(replace(relinked(whole, embassy, kb), kind="name"))
    return result


def _embassy(
    mention: Mention, ending: dict[int, Mention], folded: str, kb: KnowledgeBase
) -> str | None:
    """The id of the embassy a country's mention opens, in the capital written before it."""
    country = kb.entities.get(mention.entity_id)
    capital = ending.get(mention.start - 1)
    if country is None or country.kind != "country" or capital is None:
        return None
    if folded[mention.start - 1] not in IN_CAPITAL:
        return None
    place = kb.entities.get(capital.entity_id)
    host = kb.entities.get(place.capital_of or "") if place is not None else None
    if capital.kind == "capital":
        host = place
    if host is None or host.id == country.id:
        return None
    return _embassies(kb).get((country.name, host.name))


@cache
def _embassy_word() -> re.Pattern[str]:
    return re.compile(fold_pattern(EMBASSY))


# The embassies by their country's and host's names, built once a knowledge base (by digest).
_EMBASSIES: dict[str, dict[tuple[str, str], str]] = {}


def _embassies(kb: KnowledgeBase) -> dict[tuple[str, str], str]:
    if kb.digest not in _EMBASSIES:
        named = ((re.fullmatch(EMBASSY_NAME, e.name), e.id) for e in kb.entities.values())
        _EMBASSIES[kb.digest] = {(m.group(1), m.group(2)): id_ for m, id_ in named if m}
    return _EMBASSIES[kb.digest]
