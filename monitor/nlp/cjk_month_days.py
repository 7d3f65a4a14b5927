"""A day of the month, perhaps with its month, read against a report's publication date."""

from __future__ import annotations

from datetime import date


def resolve_day(day: int, month: int | None, published: date) -> date | None:
    """A day of the month (and month) read against the publication date, on the newsroom's
    clock (local_publication): the latest such day not after it. No report is of a day to come:
    a month's roundup written on the 31st dates its "１日" the 1st of that month, not the next."""
    latest = published
    if month is not None:
        for year in (latest.year, latest.year - 1):
            try:
                candidate = date(year, month, day)
            except ValueError:
                return None
            if candidate <= latest:
                return candidate
        return None
    year, month = latest.year, latest.month
    for _ in range(3):  # this month, else the one before (the 31st), else the one before that
        try:
            if date(year, month, day) <= latest:
                return date(year, month, day)
        except ValueError:
            pass
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None
