"""Days written with a clock in UTC, read on the clock of the reports. Taipei's and Tokyo's
ministries date a report by their own morning, and copy written to UTC (a radio log, an OSINT
note, a wire's conversion) restates it in the other clock: "the period to 0600 local, i.e.
2200Z yesterday", "the 24 hours to 2200 UTC Monday". From 16:00 UTC on it is the next day in
Taipei and Beijing (UTC+8), from 15:00 UTC on in Tokyo (UTC+9), so the day written beside such
a clock is the day before the report's; whose clock it is, the sentence says by who reports or
where (reporting_clocks.py), and Taipei's when it does not say.
"""

import re
from typing import TYPE_CHECKING

from .reporting_clocks import TAIPEI_AND_BEIJING_HOURS, reporting_hours

if TYPE_CHECKING:  # tokens are made in incursion_tokens.py, which asks this of each date
    from .incursion_tokens import Token

# "2200Z", "22:00Z": a military log's clock, UTC by its suffix; "2200", "22:00" before "UTC".
_ZULU = re.compile(r"([01]?\d|2[0-3]):?[0-5]\dz")
_CLOCK = re.compile(r"([01]?\d|2[0-3]):?[0-5]\d")
_UTC_WORDS = ("utc", "gmt", "z")
_REACH = 2  # tokens between the clock and its day: "2200 UTC on Monday", "Monday, 2200Z"


def days_ahead_of_utc(tokens: list["Token"], first: int, last: int) -> int:
    """1 when the day written at `first`..`last` is that of a UTC clock beside it that is
    already the next day on the reporting side's clock ("2200Z yesterday", "22:00 UTC on
    Monday", "Sunday 2350Z"; "1530Z Monday" of the Japan Coast Guard), else 0."""
    before = _utc_hour_ending_at(tokens, first - 1)
    after = _utc_hour_starting_at(tokens, last + 1)
    hour = before if before is not None else after
    if hour is None:
        return 0
    said = " ".join(token.text + "'s" * token.possessive for token in tokens)
    return (hour + (reporting_hours(said) or TAIPEI_AND_BEIJING_HOURS)) // 24


def _utc_hour_ending_at(tokens: list["Token"], end: int) -> int | None:
    """The hour of a UTC clock that ends at or shortly before `end` ("2200Z", "2200 UTC on")."""
    while end >= 0 and tokens[end].low in ("on", ","):
        end -= 1
    if end < 0:
        return None
    if zulu := _ZULU.fullmatch(tokens[end].low):
        return int(zulu.group(1))
    if (
        tokens[end].low in _UTC_WORDS
        and end > 0
        and (clock := _CLOCK.fullmatch(tokens[end - 1].low))
    ):
        return int(clock.group(1))
    return None


def _utc_hour_starting_at(tokens: list["Token"], start: int) -> int | None:
    """The hour of a UTC clock that starts at or shortly after `start` ("Sunday, 2350Z")."""
    for at in range(start, min(start + _REACH, len(tokens))):
        low = tokens[at].low
        if zulu := _ZULU.fullmatch(low):
            return int(zulu.group(1))
        clock = _CLOCK.fullmatch(low)
        if clock and at + 1 < len(tokens) and tokens[at + 1].low in _UTC_WORDS:
            return _unless_an_offset(tokens, at + 2, int(clock.group(1)))
        if low != ",":
            return None
    return None


def _unless_an_offset(tokens: list["Token"], after: int, hour: int) -> int | None:
    # "06:00 UTC+8" names the local clock itself, whose day is the report's.
    return None if after < len(tokens) and tokens[after].text in ("+", "-") else hour
