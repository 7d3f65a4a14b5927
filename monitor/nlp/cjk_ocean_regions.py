"""An ocean's name after a compass character is a region of it, named in its own right:
北太平洋 (the North Pacific, where Taiwan's saury fleet fishes), 南太平洋 (the South Pacific's
island states), 東太平洋, 中太平洋. The sets label the region whole (South Pacific six times,
North Pacific Ocean once) or not at all, never the ocean inside it, and the knowledge base holds
only 西太平洋 of them, matched whole first. A compass character closing 以東, 之南 and the like
("台灣以東太平洋") points from a place and leaves the ocean itself.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import fold, fold_pattern
from .kb import KBEntry

OCEAN_WORD = "洋"
# 東 and 东 fold alike; 中 is the central Pacific's.
_COMPASS = r"[東西南北中]"
# A compass character after these points from a place ("以東", "之南", "的北"), naming no region.
_POINTING = r"[以之的]"


@cache
def _compass() -> re.Pattern[str]:
    return re.compile(fold_pattern(_COMPASS))


@cache
def _pointing() -> re.Pattern[str]:
    return re.compile(fold_pattern(_POINTING))


def inside_ocean_region(folded: str, start: int, end: int, entry: KBEntry) -> bool:
    """Whether the ocean's name at [start, end) of the folded text has a compass character
    glued before it that makes the pair a region's name."""
    return (
        entry.type == "LOC"
        and folded[start:end].endswith(fold(OCEAN_WORD))
        and start > 0
        and _compass().match(folded, start - 1) is not None
        and (start < 2 or _pointing().match(folded, start - 2) is None)
    )
