"""Times as the database stores them: UTC, ISO 8601, second precision, a trailing Z.

One format everywhere keeps string comparison in SQL equal to time comparison.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from .errors import printable

if TYPE_CHECKING:
    from .config import Config

log = logging.getLogger(__name__)


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def to_iso(moment: datetime) -> str:
    # isoformat, not strftime: the C library's %Y writes the year 500 as "500", which sorts
    # after "2026" as text, so `--since 0500-01-01` found nothing in a full archive.
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def from_iso(text: str) -> datetime:
    """A time written in ISO 8601; one without an offset is in UTC, as the database keeps
    every time (a naive one could not be compared with the clock: a TypeError)."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def stored_time(value: object, where: str) -> datetime | None:
    """A time a column holds, read by every command that reads one: None when it is empty, or
    when it is no time, with a warning naming `where` and the value. A hand edit or
    another tool may write any text in a column ("30/11/2026"), and reading it with `from_iso`
    alone stopped each command that met its row (an Atom export, a digest, `reanalyze`, and a
    fetch pass when the fetch log held it); the row is shown, and the value named, instead,
    each caller putting the time it knows best in its place."""
    if value is None or value == "":
        return None
    try:
        return from_iso(str(value)).astimezone(UTC)
    except (ValueError, OverflowError):
        log.warning(
            "%s: could not read %s as a time (write ISO 8601, such as 2026-11-30T10:00:00Z)",
            where, printable(repr(value), 60),
        )  # fmt: skip
        return None


_SPAN = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(value: str, now: datetime | None = None) -> datetime:
    """'7d', '12h', '30m', '2w' ago, or an ISO date/time taken as UTC; ValueError otherwise.

    The moment comes back in UTC, as the database stores times: converted here, a date at the
    calendar's edge with an offset (0001-01-01T00:00+01:00 is in the year 0 in UTC) is the
    option's error, not an OverflowError wherever a command first stores or compares it."""
    now = now or now_utc()
    match = _SPAN.match(value)
    try:
        if match:
            return now - timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
        moment = datetime.fromisoformat(value)
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)
    except OverflowError:
        raise ValueError(f"'{value}' falls outside the years 1 to 9999 in UTC") from None
    except ValueError:
        raise ValueError(
            f"'{value}' is neither a span such as 7d, 12h, 30m nor a date such as 2026-11-20"
        ) from None


def latest_due_date(config: Config, now: datetime | None = None) -> date:
    """Today in the digest's time zone once its time has passed, else yesterday."""
    local = (now or now_utc()).astimezone(config.digest.zone)
    due = local.time() >= clock_time(config.digest.time)
    return local.date() if due else local.date() - timedelta(days=1)


def clock_time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))
