"""When a feed's item was published, as far as the date it carries can be believed.

feedparser reads a date's text into UTC and believes what it read, and the day it gives is the
one the digest shows, `articles --since` counts by, and "on Monday" in the text is read against:
- an offset no place keeps ("+9999", "+99:99": a hundred hours) moved an item four days back;
  one written after the zone's name ("GMT+8") was no date at all, and "UTC+8" was read as UTC.
  An offset up to 14 hours (Kiribati's) is read as written; a larger one is no offset, and the
  clock time written is read in UTC, so the day stays the one the feed wrote;
- a leap second ("23:59:60", which RFC 5322 and ISO 8601 allow) made an RFC 822 date unreadable,
  so an item months old took the fetch time; it is read as 23:59:59;
- a year feedparser made up (it reads "-0044-03-15" as 2026-01-04) or a system's "no date"
  (0001-01-01 from .NET, 1900-01-01 from SQL Server, 1970-01-01 from a zero timestamp: any day
  before 1990, when no feed could yet be written) put items on absurd days in the digest. Neither
  is a date: the item takes the fetch time, as one with no date does.
A date after the fetch is clamped where the parse calls this (parse.py), as before.
"""

import calendar
import re
import time
from datetime import UTC, datetime

from feedparser.datetimes import _parse_date  # feedparser's reader, for a date mended here

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
WIDEST_OFFSET_MINUTES = 14 * 60  # Kiribati's +14:00; no zone lies further from UTC
# Zone names feedparser does not know, of the region monitor follows (it read them as UTC).
_ZONES = {"JST": "+0900", "KST": "+0900", "HKT": "+0800"}
_CLOCK = re.compile(r"\d{1,2}:\d\d(?::\d\d(?:[.,]\d+)?)?")
_ZONE = re.compile(
    r"\s*(?:(?:GMT|UTC)\s*)?(?P<sign>[+-])(?P<hours>\d{1,2}):?(?P<minutes>\d\d)?\s*"
    r"|\s*(?P<name>" + "|".join(_ZONES) + r")\s*",
    re.IGNORECASE,
)
_LEAP_SECOND = re.compile(r"(\d:[0-5]\d):60(?!\d)")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def item_time(written: str, parsed: time.struct_time | None) -> datetime | None:
    """The moment `written` names in UTC (`parsed`: feedparser's reading of it), or None when
    it names none that can be believed."""
    text = _mended(written)
    if text != written:
        parsed = _parse_date(text)
    if not parsed:
        return None
    try:
        moment = datetime.fromtimestamp(calendar.timegm(parsed), UTC)
    except (OverflowError, ValueError, OSError):
        return None
    clock = _CLOCK.search(text)
    years = {int(year) for year in _YEAR.findall(text[: clock.start()] if clock else text)}
    # An offset may move the day across a new year; a year not written at all was made up.
    if years and not years & {moment.year - 1, moment.year, moment.year + 1}:
        return None
    return moment if moment >= EARLIEST else None


def _mended(written: str) -> str:
    """`written` with a leap second read as the second before, and the zone after its clock
    time as an offset ±HHMM: the one written when a place keeps it, +0000 when none does."""
    text = _LEAP_SECOND.sub(r"\1:59", written)
    clock = _CLOCK.search(text)
    zone = _ZONE.fullmatch(text, clock.end()) if clock else None
    if clock is None or zone is None:
        return text
    if zone["name"]:
        offset = _ZONES[zone["name"].upper()]
    else:
        minutes = int(zone["minutes"] or 0)
        total = int(zone["hours"]) * 60 + minutes
        fits = minutes < 60 and total <= WIDEST_OFFSET_MINUTES
        offset = f"{zone['sign']}{total // 60:02d}{total % 60:02d}" if fits else "+0000"
    return f"{text[: clock.end()]} {offset}"
