"""An acronym in brackets right after a name glosses that name ("４か国の海上協同活動（ＭＭＣＡ）"):
it is the same entity, whatever else the letters stand for alone (MMCA is also the US-China
Military Maritime Consultative Agreement). The writer has said which one is meant, when the
letters are the initials of one of the name's English names ("multilateral maritime cooperative
activity"); an owner's zone glossed by its own letters ("韓国の防空識別圏（ＫＡＤＩＺ）") is no
gloss of the bare term."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .kb import KBEntry, KnowledgeBase
from .mention import Mention, relinked

ACRONYM = re.compile(r"[A-Z]{2,8}")
WORD = re.compile(r"[A-Za-z]+")
# Words an acronym leaves out ("Ministry of Foreign Affairs" is MOFA, "Department of Defense" DOD).
SKIPPED = frozenset({"and", "the", "for", "in", "on"})
OPENING = "（("
CLOSING = "）)"
# Only a name's own kind of entity: a place glossed by letters is rare, and a person never.
GLOSSED_TYPES = frozenset({"ORG", "TERM", "EQUIPMENT"})


def acronyms_as_glossed(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each acronym that glosses the name before it linked to that name's entity.
    Each mention is read against the one before it only."""
    ordered = sorted(mentions, key=lambda m: m.start)
    result = list(ordered)
    for index, (name, acronym) in enumerate(zip(ordered, ordered[1:], strict=False), start=1):
        if _glosses(text, name, acronym, kb):
            result[index] = replace(relinked(acronym, name.entity_id, kb), kind=acronym.kind)
    return result


def _glosses(text: str, name: Mention, acronym: Mention, kb: KnowledgeBase) -> bool:
    """Whether `acronym` is written alone in brackets right after `name`, and names another
    entity of the knowledge base than `name` does."""
    if not (name.in_kb and acronym.in_kb and name.entity_id != acronym.entity_id):
        return False
    if name.entity_id not in kb.entities or kb.entities[name.entity_id].type not in GLOSSED_TYPES:
        return False
    letters = unicodedata.normalize("NFKC", acronym.text)
    entry = kb.entities[name.entity_id]
    return (
        acronym.start == name.end + 1
        and text[name.end : name.end + 1] in OPENING
        and text[acronym.end : acronym.end + 1] in CLOSING
        and bool(ACRONYM.fullmatch(letters))
        and letters in _acronyms(entry)
    )


def _acronyms(entry: KBEntry) -> set[str]:
    """The letters that gloss an entry: its English names' initials, and its generic names'
    ("National Security Council" is NSC, the acronym of Japan's council as of any other), with
    a generic acronym itself ("MND")."""
    english = (entry.name, *entry.aliases, *entry.generic)
    return {_initials(name) for name in english} | {g for g in entry.generic if g.isupper()}


def _initials(name: str) -> str:
    """The upper-case initials of an English name's words ("maritime cooperative activity" is
    MCA), "of" counted ("Ministry of Foreign Affairs" is MOFA)."""
    words = [w for w in WORD.findall(name) if w.lower() not in SKIPPED]
    return "".join(w[0] for w in words).upper()
