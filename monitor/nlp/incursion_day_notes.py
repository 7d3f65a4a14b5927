"""A note in brackets after the day of a list's line, before its colon: "Friday, Oct. 1 (the
PRC's National Day): 38", "Dec. 24 (Christmas Eve): 4 vessels" (a short line's dash is a colon
by then: incursion_labels.py). Newsletters and trackers gloss a day so (a holiday, an
anniversary, an exercise's first day); the line is still that day's entry, and the note says
nothing about its counts. Nor is the bracket a dateline's agency ("March 20 (Focus Taiwan) —"),
which a dash follows, not a colon. Nor is a note of the report's window a figure: "Saturday (to
06:00): 17 aircraft, 8 PLAN ships" dates its line by the day, as "Saturday:" would."""

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .incursion_tokens import Token  # which reads its dates with this module's help

_NOTE_REACH = 8  # the words of a day's note; a longer bracket is an aside of its own


def past_day_note(tokens: list["Token"], position: int) -> int:
    """The position after a day's bracketed note that starts at `position`, when a colon
    follows it; else `position`. A note with a figure in it ("(38 aircraft)") counts, and
    is no gloss."""
    if position >= len(tokens) or tokens[position].text != "(":
        return position
    for end in range(position + 1, min(len(tokens) - 1, position + _NOTE_REACH + 2)):
        if tokens[end].text in ("(", ")"):
            inside = tokens[position + 1 : end]
            glossed = tokens[end].text == ")" and bool(inside)
            glossed = glossed and not any(_a_figure(inside, k) for k in range(len(inside)))
            return end + 1 if glossed and tokens[end + 1].text == ":" else position
    return position


_CLOCK = re.compile(r"\d{1,2}[:.]\d\d|[0-2]\d[0-5]\d|\d{1,2}(?:am|pm|a\.m|p\.m)", re.I)
_AM_PM = {"am", "pm", "a.m", "p.m"}


def _a_figure(inside: list["Token"], k: int) -> bool:
    """Whether the k-th word of a note is a figure: digits that are no clock time ("06:00",
    "0600", "6 a.m.")."""
    word = inside[k]
    if not word.text[:1].isdigit() or _CLOCK.fullmatch(word.text):
        return False
    return not (k + 1 < len(inside) and inside[k + 1].low in _AM_PM)
