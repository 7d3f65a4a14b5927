"""An embassy placed by where it stands ("北京の日本大使館", "北京的日本大使館"): the embassy of the
country named before 大使館, kept in the country of the capital (or country) written just before
it, as a reader takes it; "北京の日本大使館" is Japan's embassy in China, not Japan.

Japanese and Chinese copy write a foreign embassy as its host's place, の or 的, then the
sending country and 大使館; the bare "日本大使館" alone does not say where it stands, so only the
host written right before it decides. The knowledge base names each embassy with its sender and
host ("Embassy of Japan in China", "Chinese Embassy in the United States"), so the pair finds
it; a pair the knowledge base has no embassy for leaves the mentions as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, relinked
from .names import fold as fold_latin

EMBASSY = fold("大使館")
# What joins a host's place to the embassy in it: Japanese の, Chinese 的 (folded), or nothing.
JOINS = ("の", fold("的"), "")
# The knowledge base's two ways of naming an embassy with its host.
EMBASSY_NAME = re.compile(r"(?:Embassy of .+|.+ Embassy) in (?:the )?(?P<host>.+)")

_BUILT: dict[str, dict[tuple[str, str], str]] = {}  # by knowledge-base digest, once a process


def embassies_by_host(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each country written between a host's place and 大使館 widened to the
    embassy and linked to that country's embassy in the host, where the knowledge base has it."""
    if kb.digest not in _BUILT:
        _BUILT[kb.digest] = _embassies(kb)
    embassies = _BUILT[kb.digest]
    result: list[Mention] = []
    for mention in mentions:
        host = _host(text, result[-1], mention, kb) if result else None
        embassy = embassies.get((mention.entity_id, host)) if host else None
        if embassy is None or not fold(text[mention.end :]).startswith(EMBASSY):
            result.append(mention)
            continue
        end = mention.end + len(EMBASSY)
        widened = replace(mention, text=text[mention.start : end], end=end, kind="name")
        result.append(relinked(widened, embassy, kb))
    return result


def _host(text: str, before: Mention, mention: Mention, kb: KnowledgeBase) -> str | None:
    """The country whose place `before` names, when only a join stands between it and the
    mention ("北京" + "の" + "日本")."""
    if fold(text[before.end : mention.start]) not in JOINS or not before.in_kb:
        return None
    entry = kb.entities.get(before.entity_id)
    if entry is None:
        return None
    return entry.capital_of or (entry.id if entry.type == "GPE" else None)


def _embassies(kb: KnowledgeBase) -> dict[tuple[str, str], str]:
    """(sender country, host country) -> the embassy's id, from the knowledge base's names."""
    embassies: dict[tuple[str, str], str] = {}
    for entry in kb.entities.values():
        found = EMBASSY_NAME.fullmatch(entry.name)
        host = kb.index.get(fold_latin(found["host"])) if found else None
        if host is not None and entry.country is not None:
            embassies[(entry.country, host)] = entry.id
    return embassies
