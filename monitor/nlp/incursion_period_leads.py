"""Chronologies whose paragraphs open with a period and a dash, one paragraph a year or a month:
"2019 — Beijing halts ... That week the ministry counted 20 aircraft", "APRIL — The ministry
records 45 aircraft on a single day", or a colon: "March, by the ministry's count: 380
aircraft". A count such a paragraph gives is of some day of that period, which the text does
not write, so it is no report of the story's day (rule 8); read as prose, it took the story's
day, and crowded out the day's own figures. A paragraph opened by a day ("April 3 — 12
aircraft") or by "Today —" is the report of that day, and is left alone.
"""

import re
from datetime import date

from .incursion_time_words import MONTHS
from .incursion_tokens import tokenize, written_dates

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# "2019 —", "APRIL —", "Sept. 2024 –", "March -- ": the period, then a dash, opening the line.
# A label's colon leads the same way, after a short aside or none: "January, as reported: 412
# aircraft ...; 38 official ships" lists the month's sums, as "January — 412 aircraft" does.
# A slide's bullet may stand before it: "• Aug 2022: 11 ballistic missiles into ...".
_PERIOD_LEAD = re.compile(
    rf"\s*(?:[•▸■▪‣*]\s*)?(?:(?P<year>(?:19|20)\d\d)|(?:{_MONTH})\.?(?:\s+(?P<month_year>(?:19|20)\d\d))?)"
    r"\s*(?:(?:—|–|--|-)\s+|(?:,[^,:;.\n]{1,30})?:[ \t]+)",
    re.I,
)


def without_undated_period_counts(sentences: list[str], published: date) -> list[str]:
    """The sentences, without those of a paragraph led by a period that write no day of their
    own; under a year other than the story's, without any: the days they write ("On May 20")
    are of that year, which the dates read against the story's would put in this one."""
    kept: list[str] = []
    other_year = under_period = False
    for sentence in sentences:
        if (lead := _PERIOD_LEAD.match(sentence)) is not None:
            year = lead["year"] or lead["month_year"]
            under_period, other_year = True, year is not None and int(year) != published.year
        # The days a sentence writes matter only under a period's lead, which few are: they
        # are read only there.
        if not under_period or (not other_year and written_dates(tokenize(sentence), published)):
            kept.append(sentence)
        under_period = under_period and "\n" not in sentence  # the lead's paragraph is its line
    return kept
