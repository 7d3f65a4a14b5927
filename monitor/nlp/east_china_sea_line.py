"""A bare "median line" in a paragraph about the East China Sea is the Japan–China median line.

The Taiwan Strait's median line is the one Taiwan's daily reports cross, and a bare "median line"
means it. Copy about gas platforms and fishing grounds between Japan and China writes the other
line bare as well, once its sea is named: "Chinese gas platforms ... near the median line that
Japan proposes as its maritime boundary". A paragraph that names the East China Sea and neither
Taiwan nor its strait speaks of that line.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .mention import Mention, relinked

TAIWAN_STRAIT_LINE, JAPAN_CHINA_LINE = "median-line", "japan-china-median-line"
_BARE = re.compile(r"(?i)(?:the )?(?:median|middle) line")
_EAST_CHINA_SEA = re.compile(r"\bEast China Sea\b", re.I)
_TAIWAN = re.compile(r"\bTaiwan", re.I)


def east_china_sea_lines(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each bare median line of an East China Sea paragraph relinked."""
    if JAPAN_CHINA_LINE not in kb.entities:
        return mentions
    return [
        relinked(m, JAPAN_CHINA_LINE, kb)
        if m.entity_id == TAIWAN_STRAIT_LINE
        and _BARE.fullmatch(m.text)
        and _about_east_china_sea(_paragraph(text, m.start))
        else m
        for m in mentions
    ]


def _paragraph(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : len(text) if end < 0 else end]


def _about_east_china_sea(paragraph: str) -> bool:
    return bool(_EAST_CHINA_SEA.search(paragraph)) and not _TAIWAN.search(paragraph)
