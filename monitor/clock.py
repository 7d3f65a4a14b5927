"""Times as the database stores them: UTC, ISO 8601, second precision, a trailing Z.

One format everywhere keeps string comparison in SQL equal to time comparison.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .config import Config


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def to_iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


_SPAN = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(value: str, now: datetime | None = None) -> datetime:
    """'7d', '12h', '30m', '2w' ago, or an ISO date/time taken as UTC; ValueError otherwise."""
    now = now or now_utc()
    match = _SPAN.match(value)
    try:
        if match:
            return now - timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
        moment = datetime.fromisoformat(value)
    except OverflowError:
        raise ValueError(f"'{value}' reaches before the year 1") from None
    except ValueError:
        raise ValueError(
            f"'{value}' is neither a span such as 7d, 12h, 30m nor a date such as 2026-11-20"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def latest_due_date(config: Config, now: datetime | None = None) -> date:
    """Today in the digest's time zone once its time has passed, else yesterday."""
    local = (now or now_utc()).astimezone(config.digest.zone)
    due = local.time() >= clock_time(config.digest.time)
    return local.date() if due else local.date() - timedelta(days=1)


def clock_time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))
