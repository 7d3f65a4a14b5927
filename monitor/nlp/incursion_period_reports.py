"""A period's daily reports, not its tally: "watching this week's figures from Taiwan's Ministry
of National Defense, which reported 26 Chinese aircraft ... between 6 a.m. Monday and 6 a.m.
Tuesday". The period owns the reports ("this week's figures", "this month's releases"); a
sentence that states one report's window counts that window's day, as a daily report does
(rules 5 and 8)."""

from .incursion_tokens import Token
from .incursion_windows import states_window

_PERIOD_NOUNS = {"week", "month"}
# What a period's reports are called: "this week's figures", "this month's numbers"
# (incursion_labels' REPORT_NOUNS, which reads periods itself, written out here)
_REPORTS = {"report", "reports", "release", "releases", "bulletin", "bulletins", "update",
            "updates", "figures", "numbers"}  # fmt: skip


def reports_of_a_period(words: list[Token], i: int) -> bool:
    """Whether the period at i ("this week's") owns the reports named after it, in a sentence
    that states the window of the one it counts."""
    at = i + 1 if words[i].low in ("this", "last") else i
    if at + 1 >= len(words) or words[at].low not in _PERIOD_NOUNS or not words[at].possessive:
        return False
    return words[at + 1].low in _REPORTS and states_window(words)
