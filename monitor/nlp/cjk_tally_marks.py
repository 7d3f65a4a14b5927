"""Figures that notes and slides write as a tally, the craft's word, a times sign, then the
number ("共機x35 共艦x8 公務船x4；越中線x22", "空飄氣球×2 越過中線"), read as the counts a report
writes.

Class notes and study-group minutes copy the defence ministry's figures in this shorthand; the
count reader (cjk_counts.py) knows a count by the counter after its number, which a tally lacks.
So each tally is rewritten as that count, the number first and then the counter its craft's
word calls for ("共機35架", "空飄氣球2顆"), within the tally's own characters, so that every
offset outside it stands. A tally of a zone ("越中線x22": 22 aircraft crossed it) is written as
the count before its zone ("22架越中線"), as a report puts it. A space after the tally (a tally
ends there, in notes) becomes a comma, which parts the count from the next one and leaves it
the words after it; a times sign after no CJK word ("3 x 4", "Mk.x2") is no tally. Bloggers'
shorthand "機0・艦7" is rewritten the same way ("0機・7隻").
"""

from __future__ import annotations

import re

from .cjk_script import fold, fold_pattern
from .cjk_zones import zones_in

# A tally: a CJK word (up to a break), a times sign, the number, perhaps a space after it. A
# word written straight after a model's designation is its role ("Y-9電子戦機×2", "Y-8対潜哨戒機
# ×1" beside "J-16×10"): one type's share of a total, a breakdown no count is read from.
_TALLY = re.compile(
    r"(?<![0-9a-z\-\u3400-\u9fff])(?P<word>[\u3400-\u9fff]{1,16})[x×X＊*] ?"
    r"(?P<number>[0-9]{1,3})(?![0-9.])( ?)"
)
# The counter each craft's word calls for; aircraft's (架) for any other word ("越中線x22":
# the aircraft that crossed).
_COUNTERS = (
    (re.compile(fold_pattern(r"[艦船艇]$")), fold("艘")),
    (re.compile(fold_pattern(r"球$")), fold("顆")),
    (re.compile(fold_pattern(r"彈$")), fold("枚")),
)


# A bloggers' shorthand of the day's figures: the craft's one character, its number straight
# after, then a list's break ("火曜（13日）は機0・艦7"); not inside a longer word ("共機12": 共 is
# also "in all") or a model's name.
_SHORTHAND = re.compile(
    fold_pattern(r"(?<![0-9a-z\-\u3400-\u9fff])(?P<word>[機艦])(?P<number>[0-9]{1,3})")
    + r"(?=[・、，,/。\s)]|$)"
)
_SHORTHAND_COUNTERS = {fold("機"): fold("機"), fold("艦"): fold("隻")}


def tallies_as_counts(folded: str) -> str:
    """`folded` with each tally and shorthand figure written as the count it stands for, in its
    own characters."""
    if "x" in folded or "×" in folded:
        folded = _TALLY.sub(_as_count, folded)
    return _SHORTHAND.sub(_shorthand_as_count, folded)


def _shorthand_as_count(figure: re.Match[str]) -> str:
    return figure["number"] + _SHORTHAND_COUNTERS[figure["word"]]


def _as_count(tally: re.Match[str]) -> str:
    word, number = tally["word"], tally["number"]
    counter = next((c for pattern, c in _COUNTERS if pattern.search(word)), fold("架"))
    # The times sign and the space are gone: pad to the tally's length to keep offsets.
    pad = len(tally.group()) - len(word) - len(number) - len(counter)
    if zones_in(word):
        return number + counter + word + "," * pad
    return word + number + counter + "," * pad
