"""The day a quotation's own "今天" and "昨天" count from, for cjk_days.py.

A local paper reports a meeting of the day before and quotes what was said there: "花蓮縣議會
昨（12）日進行縣政總質詢，議員…開場：「今天早上國防部才說，共機30架次…」" is published on the 13th,
and the councillor's "today" is the 12th, the day the sentence writes before the quotation
opens. A quotation whose sentence writes no day before it keeps the publication's.
"""

from __future__ import annotations

import re
from datetime import date

# From a quotation mark that opens to the one that closes it, or to the sentence's end.
_QUOTATION = re.compile(r"[「『“][^」』”]*")


def quotations(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation in a sentence."""
    return [(m.start(), m.end()) for m in _QUOTATION.finditer(sentence)]


def speech_day(
    position: int, quoted: list[tuple[int, int]], days: list[tuple[int, int, date]]
) -> date | None:
    """The day written last before the quotation that holds `position`, of `days` (start, end,
    day) in the sentence; None when `position` is in no quotation or no day is written before
    it."""
    opening = next((start for start, end in quoted if start < position < end), None)
    if opening is None:
        return None
    return next((day for _, end, day in reversed(days) if end <= opening), None)
