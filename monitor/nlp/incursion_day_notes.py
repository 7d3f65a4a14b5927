"""A note in brackets after the day of a list's line, before its colon: "Friday, Oct. 1 (the
PRC's National Day): 38", "Dec. 24 (Christmas Eve): 4 vessels" (a short line's dash is a colon
by then: incursion_labels.py). Newsletters and trackers gloss a day so (a holiday, an
anniversary, an exercise's first day); the line is still that day's entry, and the note says
nothing about its counts. Nor is the bracket a dateline's agency ("March 20 (Focus Taiwan) —"),
which a dash follows, not a colon."""

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
            glossed = glossed and not any(t.text[:1].isdigit() for t in inside)
            return end + 1 if glossed and tokens[end + 1].text == ":" else position
    return position
