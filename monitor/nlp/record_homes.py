"""Whose a legislature's record is: a debate, a committee's report or its minutes is written
in the house that keeps it, so its bare bodies ("the Ministry of Defence", "the Foreign
Ministry") are that country's, as a bulletin's are its masthead's. Read like a masthead
(mastheads.py): the title names the chamber as one of its parts ("House of Councillors,
Committee on Foreign Affairs"); a Westminster record names none but speaks in its own forms
("HC Deb", "the hon. Member", "My Lords", "Report of Session 2022–23").
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .names import fold
from .resolve import resolve_name

# The forms only Westminster's records use: Hansard's citation, its address of members and
# peers, and a select committee's report numbered by a session that spans two years.
_WESTMINSTER = re.compile(
    r"\bH[CL] Deb\b|\b(?:right )?hon\. (?:Member|Friend|Lady|Gentleman)\b|\bMy Lords\b"
    r"|\bReport of Session (?:19|20)\d\d[–-]\d\d\b"
)
UNITED_KINGDOM = "United Kingdom"
# A record's title lists its parts, the house one of them: "House of Councillors, Committee on
# Foreign Affairs", "Defense Committee, 11th Legislative Yuan — Session record". A headline
# names a house inside a sentence ("Diet debate turns to ..."), which may come from anywhere.
_TITLE_PARTS = re.compile(r"[,—–(|]|\s-\s")
_ORDINAL = re.compile(r"\A(?:the\s+)?\d+(?:st|nd|rd|th)\s+", re.I)
# A chamber is a body whose shared names are a legislature's.
CHAMBER_NAMES = frozenset({"parliament", "legislature", "upper house", "lower house"})


def record_country(text: str, kb: KnowledgeBase) -> str | None:
    """The country of the legislature whose record this text is, if it is one."""
    if _WESTMINSTER.search(text):
        return resolve_name(UNITED_KINGDOM, kb)
    title = text.lstrip().split("\n", 1)[0]
    countries = {_chamber_country(part, kb) for part in _TITLE_PARTS.split(title)} - {None}
    return countries.pop() if len(countries) == 1 else None


def _chamber_country(part: str, kb: KnowledgeBase) -> str | None:
    """The country of the chamber a part of a title is the whole name of ("11th Legislative
    Yuan": a house's term may number it)."""
    name = _ORDINAL.sub("", part.strip())
    entry = kb.entities.get(kb.lookup(fold(name)) or "") if name else None
    if entry is None or not CHAMBER_NAMES.intersection(map(fold, entry.generic)):
        return None
    return entry.country
