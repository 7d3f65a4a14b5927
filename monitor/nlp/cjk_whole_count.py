"""A count that a later clause places whole, for cjk_sentence_facts.py: in "気球も３個を確認し、
いずれも中間線を越えて" and "另偵獲氣球3顆，均逾越中線" the count is the report's total around
Taiwan, and the median line the clause after it names is a second fact of the same craft (the
guide's rule 2: the total around Taiwan is its own fact, the crossing another), not the count's
only zone as in "氣球3顆逾越中線"."""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import fold_pattern

# Words for every one of the craft just counted; after a comma they open a clause of all of them.
_ALL_OF_THEM = "いずれも 全て すべて 均 皆 全部 全都 都"
# Zones around Taiwan itself: a count placed whole in one was around Taiwan first.
_TAIWAN_ZONES = {"median line", "ADIZ"}


@cache
def _all_of_them() -> re.Pattern[str]:
    words = sorted((fold_pattern(word) for word in _ALL_OF_THEM.split()), key=len, reverse=True)
    return re.compile(rf"[、，,]\s*(?:{'|'.join(words)})")


def placed_whole(sentence: str, count_end: int, zones: list[tuple[int, str]]) -> bool:
    """Whether the count ending at `count_end` is placed in `zones` (Taiwan's) by a later clause
    that opens with a word for all of the craft."""
    if not zones or any(zone not in _TAIWAN_ZONES for _, zone in zones):
        return False
    return bool(_all_of_them().search(sentence, count_end, zones[0][0]))
