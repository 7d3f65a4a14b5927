"""The day of a Japanese report's window written "同日午前6時までの24時間" (to 6 a.m. the same
day), for cjk_days.py. The standard lede is "台湾国防部は18日、同日午前6時までの24時間に…", where
"the same day" is the day the teller spoke on; when a clause about the exercise stands between
("台湾国防部は18日、中国軍が17日から…始めた合同演習について、同日午前6時までの24時間に",
ja-blind29-042), the day named last is the exercise's start, not the window's, and the window
still ends on the teller's day.
"""

from __future__ import annotations

import re
from datetime import date

from .cjk_script import fold_pattern

# An announcement's verb, and a teller's topic right before its day ("統幕は１０日、").
ANNOUNCES = re.compile(fold_pattern(r"発表|公表|表示|公布|宣布|發布"))
_TELLER_DAY = re.compile(fold_pattern(r"[はも][^、,，]*[、,，]$"))
# A window to an hour of "the same day".
_SAME_DAY_WINDOW = re.compile(fold_pattern(r"同日(?:午前|午後)?[0-9０-９]{1,2}時まで"))


def same_day_window(
    sentence: str, first_count: int | None, days: list[tuple[int, int, date]]
) -> date | None:
    """The teller's day when the sentence's first count is of a window to an hour of "the
    same day" written after it; None otherwise."""
    window = _SAME_DAY_WINDOW.search(sentence, 0, first_count or len(sentence))
    if window is None:
        return None
    tellers = [
        day for start, end, day in days if end <= window.start() and told_on(sentence, start, end)
    ]
    return tellers[0] if tellers else None


def told_on(text: str, start: int, end: int) -> bool:
    """Whether the day written from `start` to `end` is the one an announcement was made on:
    the time of its teller's sentence ("統幕は１０日、") or its verb's ("國防部10日表示")."""
    teller = start > 0 and bool(_TELLER_DAY.match(text[start - 1 : end + 1]))
    return teller or bool(ANNOUNCES.match(text, end))
