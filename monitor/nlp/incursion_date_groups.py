"""Military date-time groups, written as the dates of prose before the incursion grammar.

A sitrep or a message dates what it cites by a date-time group: the day, the hour and minute, a
time-zone letter, the month and the year ("MND release 130600H DEC 24", "120600Z JUN 25"). The
grammar reads "13 Dec 2024" as a day and nothing in "130600H" as one, so every figure a sitrep
cites took the day of the sitrep itself. Each group is written out as its day, month and year;
its hour is the report's cut-off, which a daily report's window already implies.
"""

import re

_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
# DDHHMM, a zone letter (A-Z but J), a month in capitals, a two- or four-digit year.
_GROUP = re.compile(
    rf"\b(?P<day>[0-3]\d)(?P<hour>[0-2]\d)(?P<minute>[0-5]\d)[A-IK-Z]\s+"
    rf"(?P<month>{_MONTHS})\s+(?P<year>(?:20)?\d\d)\b"
)


DATE_GROUP_MARK = re.compile(r"\d{6}")  # the day, hour and minute every group opens with


def date_groups_as_dates(sentences: list[str]) -> list[str]:
    """The sentences, with each date-time group ("130600H DEC 24") written "13 Dec 2024"."""
    return [_GROUP.sub(_as_date, sentence) for sentence in sentences]


def _as_date(found: re.Match[str]) -> str:
    day, hour = int(found["day"]), int(found["hour"])
    if not 1 <= day <= 31 or hour > 24:
        return found[0]
    year = found["year"] if len(found["year"]) == 4 else "20" + found["year"]
    return f"{day} {found['month'].title()} {year}"
