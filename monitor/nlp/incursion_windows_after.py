"""Counts whose report window follows them: "On Tuesday its Eastern Theater Command named the
drills, and by Wednesday morning the ministry had the numbers: 76 PLA aircraft, 15 PLAN vessels
and four official ships detected around Taiwan in the 24 hours to 6 a.m. Wednesday" counts
Wednesday's report, whatever day opened the sentence. A count with a day of its own written
before its window ("45 aircraft on Monday and 20 in the 24 hours to 6 a.m. Tuesday") or after
another day that opens its clause keeps it, and so does one in a clause before the window's."""

from .incursion_claims import Reading
from .incursion_time_words import DAY_WINDOWS, HOURS, WINDOW_OPENERS
from .incursion_tokens import Token, WrittenDate, date_tokens
from .incursion_windows import stated_windows


def date_counts_by_the_window_after(
    tokens: list[Token], reading: Reading, dates: list[WrittenDate]
) -> None:
    """Gives each count without a day the end of the first window stated after it, if no other
    day is written between them."""
    if not reading.claims:
        return  # most sentences count nothing: no window to read for them
    windows = [
        (begin, end)
        for begin, end in stated_windows(tokens, date_tokens(dates))
        if _spans_a_report(tokens, begin)
    ]
    for claim in reading.claims:
        after = [(begin, end) for begin, end in windows if begin > claim.last]
        # "58 aircraft on Monday, 31 of which crossed ...": a share is of its total's day.
        if claim.day is not None or claim.count is None or claim.reference or not after:
            continue
        begin, end = after[0]
        if any(claim.last < written.first < begin for written in dates):
            continue
        # "On Thursday the ministry issued a tally of 71 aircraft detected between 7 a.m. and
        # 5 p.m.": a day written before the count in its own clause is the count's.
        before = [written for written in dates if written.last < claim.first]
        opened = before and before[-1].day != end and not _cut(tokens, before[-1].last, claim.first)
        if not opened and not _cut(tokens, claim.last, begin):
            claim.day = end


_SPANS = HOURS | DAY_WINDOWS | WINDOW_OPENERS
_SPAN_REACH = 6  # from the window's first word to its span: "in the 24 hours to", "between"


def _spans_a_report(tokens: list[Token], begin: int) -> bool:
    """Whether the window at `begin` spans a report's hours ("in the 24 hours to 6 a.m.",
    "between 6 a.m. Monday and 6 a.m. Tuesday"), not a moment ("at around 4 p.m. on 7
    December", when ships entered)."""
    return any(token.low in _SPANS for token in tokens[begin : begin + _SPAN_REACH])


def _cut(tokens: list[Token], start: int, end: int) -> bool:
    """Whether another clause opens between `start` and `end`: ", and", ";" or "while" ("On
    Monday, 20 aircraft entered the ADIZ, the ministry said, and in the 24 hours to 6 a.m.
    today it counted 31": the window is the 31's), or a colon that opens the figures ("The
    box is a small one today: 14 sorties ... in the 24 hours to 6 a.m. yesterday")."""
    lows = [token.low for token in tokens[start:end]]
    joined = any(a == "," and b == "and" for a, b in zip(lows, lows[1:], strict=False))
    return joined or bool({";", ":", "while"} & set(lows))
