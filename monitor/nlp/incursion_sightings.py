"""The time of a sighting inside a daily report's window: "The balloon was spotted at 10:14
a.m. Monday" in a report of the 24 hours to 6 a.m. Tuesday is part of Tuesday's report, not
a figure for Monday (docs/evaluation-sets.md: the day is the day the report covers)."""

import re
from dataclasses import replace
from datetime import date, timedelta

from .incursion_tokens import Token, WrittenDate
from .incursion_told_days import TELLING

_TIME = re.compile(r"(\d{1,2})(?:[:.](\d\d))?")
_REPORT_HOUR = (6, 0)  # Taiwan's defence ministry closes its day at 6 a.m.
# "The ministry reported at 9 a.m. on January 20 that ...": the hour a report was told or put
# out is when its window closed, not a sighting inside the next one.
_ISSUING = TELLING | {"published", "released", "posted", "issued", "put"}


def sightings_in_window(
    tokens: list[Token], dates: list[WrittenDate], published: date
) -> list[WrittenDate]:
    """The dates written after "at" and a clock time later than 6 a.m. on the day before the
    story's, moved to the story's day: the window ending at 6 a.m. that day holds them. Only
    for a story that states a daily report's window; the caller decides that."""
    return [
        replace(d, day=published) if _sighted_in_window(tokens, d, published) else d for d in dates
    ]


def _sighted_in_window(tokens: list[Token], written: WrittenDate, published: date) -> bool:
    if written.day != published - timedelta(days=1):
        return False
    before = [t.low for t in tokens[max(0, written.first - 6) : written.first]]
    while before and before[-1] in (".", ",", "on"):
        before.pop()
    # "at 10:14 a.m. Monday", "at 11:20 a.m. Jan. 7"; "to 6 a.m. Monday" ends a window instead.
    if len(before) < 3 or before[-1] not in ("a.m", "p.m", "am", "pm") or before[-3] != "at":
        return False
    if len(before) > 3 and before[-4] in _ISSUING:
        return False
    clock = _TIME.fullmatch(before[-2])
    if clock is None:
        return False
    hour, minute = int(clock.group(1)) % 12, int(clock.group(2) or 0)
    hour += 12 if before[-1] in ("p.m", "pm") else 0
    return (hour, minute) > _REPORT_HOUR
