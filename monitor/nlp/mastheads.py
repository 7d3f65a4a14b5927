"""The outlet a broadcast script or bulletin names on its first line, its masthead ("RTI
Morning News — PLA activity", "NHK WORLD-JAPAN — NEWSLINE (TV script)"): a credit at the head,
as good as one at the foot for whose a capitalised generic body is ("The Ministry of National
Defense says ..." in Taiwan's radio news is Taiwan's)."""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .resolve import resolve_name

# The masthead ends at a dash, comma, colon or bracket: "RTI English News, 3 p.m."
_SEGMENT = re.compile(r"\A\s*(?P<head>[^\n—–,:(]{1,60}?)\s*(?:--|[—–,:(]|-\s|\n|\Z)")
HEAD_CHARS = 400  # the title and the line under it
MAX_WORDS = 6  # "ABC Radio Australia Pacific Beat"; a longer head is a headline


def masthead_country(text: str, kb: KnowledgeBase) -> str | None:
    """The country of the outlet that opens the title's line or the one under it (the body's
    first), when every word of the line's head is capitalised (a programme's name), not a
    sentence ("NHK has learned that ...")."""
    for line in [line for line in text[:HEAD_CHARS].splitlines() if line.strip()][:2]:
        match = _SEGMENT.match(line)
        words = match.group("head").split() if match else []
        if not words or len(words) > MAX_WORDS or not all(w[:1].isupper() for w in words):
            continue
        for size in range(len(words), 0, -1):
            entry = kb.entities.get(resolve_name(" ".join(words[:size]), kb) or "")
            if entry is not None and entry.kind == "outlet":
                return entry.country
    return None
