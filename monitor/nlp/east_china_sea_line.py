"""A bare median line in a paragraph about the East China Sea is the Japan–China median line.

The Taiwan Strait's median line is the one Taiwan's daily reports cross, and a bare "median line"
(中間線, 中线) means it. Copy about gas platforms and fishing grounds between Japan and China
writes the other line bare as well, once its sea is named: "Chinese gas platforms ... near the
median line that Japan proposes as its maritime boundary", 「東シナ海の…日本は中間線を基に境界を
画定すべきだと主張」. A paragraph that names the East China Sea (東シナ海, 东海) and neither Taiwan,
its strait (台湾, 台海) nor an air defence identification zone speaks of that line, in English,
Japanese and Chinese alike: aircraft that "crossed the median line and entered our ADIZ" crossed
the Strait's, whichever sea the paragraph goes on to.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .mention import Mention, relinked

TAIWAN_STRAIT_LINE, JAPAN_CHINA_LINE = "median-line", "japan-china-median-line"
_BARE = re.compile(r"(?i)(?:the )?(?:median|middle) line|中[間间]?[線线]")
# 東海 is the sea only in Chinese copy (in Japanese it is the Tokai region), so only simplified
# 东海 is read: traditional copy writes 東海 of both.
_EAST_CHINA_SEA = re.compile(r"(?i)\bEast China Sea\b|東シナ海|东海")
# Taiwan, its strait, or the air defence zone Taiwan's daily reports count entries into.
_STRAIT_SIDE = re.compile(
    r"(?i)\bTaiwan|[台臺][湾灣海]|\bADIZ\b|air defen[cs]e identification|防空[識识]別"
)


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
    return bool(_EAST_CHINA_SEA.search(paragraph)) and not _STRAIT_SIDE.search(paragraph)
