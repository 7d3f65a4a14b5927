"""A report ranked within a period: "The ministry's first report of 2026, published on Friday,
showed nine aircraft, six navy vessels and one official ship around Taiwan".

"of 2026" there says which report, not what its counts add up over: a first, second or last
report of a year or month is one day's report, and its figures are that day's. Read as the
period of the counts, the year's first daily report became a year's tally and gave nothing.
"""

from . import incursion_time_words as tw
from .incursion_tokens import Token

_RANKS = {"first", "second", "third", "last", "latest", "final", "opening"}
_REPORTS = {"report", "update", "bulletin", "release", "briefing", "statement", "readout"}


def ranks_a_report_in_a_period(words: list[Token], i: int) -> bool:
    """Whether "of" or "in" at i follows a ranked report ("first report of", "last update in")
    and opens a year or month ("2026", "the year", "January")."""
    if words[i].low not in ("of", "in") or i < 2 or i + 1 >= len(words):
        return False
    if words[i - 1].low not in _REPORTS or words[i - 2].low not in _RANKS:
        return False
    nxt = words[i + 1].low
    period = words[i + 2].low if nxt == "the" and i + 2 < len(words) else nxt
    return bool(tw.YEAR.fullmatch(period)) or period in tw.MONTHS or period in ("year", "month")
