"""A sentence that opens with "On the same day," and writes another day in a
later clause: "On the same day, four China Coast Guard ships sailed in the contiguous zone ...,
and two of them had entered Japanese territorial waters on Monday". The opening phrase writes a
day as surely as "On Tuesday," would: the day it points back to, which its clause's counts are
of. The day written later belongs to its own clause only; without the opening day it would be
the whole sentence's (incursion_days_pointed_back.py reads the phrase only in sentences that
write no day at all).
"""

from datetime import date

from .incursion_tokens import Token, WrittenDate

_TIMES = {"day", "morning", "afternoon", "evening", "night"}


def with_the_opening_day(
    tokens: list[Token], dates: list[WrittenDate], pointed: date | None
) -> list[WrittenDate]:
    """The days written, with the day an opening "On the same day," points back to first when
    the sentence writes its other days after it."""
    end = _opening_phrase_end([token.low for token in tokens[:6]])
    if pointed is None or end is None or not dates or dates[0].first <= end:
        return dates
    return [WrittenDate(pointed, 0, end, told=False), *dates]


def _opening_phrase_end(words: list[str]) -> int | None:
    """The index of "day" in an opening "(On) the same day," set off by its comma, if any."""
    at = 1 if words[:1] == ["on"] else 0
    opening = words[at : at + 4]
    if len(opening) == 4 and opening[:2] == ["the", "same"] and opening[3] == ",":
        return at + 2 if opening[2] in _TIMES else None
    return None
