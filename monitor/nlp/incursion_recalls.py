"""Days a sentence recalls rather than reports: "lower than on Sept. 10, when it tracked 45
aircraft", "On Saturday, the ministry had reported 25 aircraft", "The busiest day was April 1,
when ...". A day recalled by "when" is that sentence's only; a day the report is compared with
is reported in it (rule 8), and a peak recalled gives none.
"""

import re
from bisect import bisect_left, bisect_right
from datetime import date

from .incursion_asides import without_asides
from .incursion_claims import Claim, Reading
from .incursion_clause_peaks import peak_clause_start
from .incursion_stays_on import stay_told_as_of
from .incursion_tokens import Token, WrittenDate
from .incursion_words import RECORDS, SUPERLATIVES

_RECALL_REACH = 12  # tokens from a date to the "when" that recalls it
_CLAUSE_OPENING = 3  # tokens from a semicolon to the day that opens its clause: "; on Tuesday"
# "; and in the twenty-four hours to 6 a.m. on 15 October": a window's words, then its day
_WINDOW_OPENING = 12
_WINDOW_HEAD = 5  # "; and in the 24 hours": from the semicolon to the word of the window
_WINDOW_WORDS = {"hours", "hrs", "24-hour", "twenty-four-hour"}

# "On the busiest single day, ...": the opening words that may stand before the peak's "the".
_PEAK_DAY_LEAD = {"on", "during", "for", "in"}
_PEAK_DAY_REACH = 3  # words from "the" to the superlative, and from it to "day"
_BULLETS = {"-", "–", "•", "*", "·"}
# Superlatives that rank a day among others, and "peak" ("The peak day was Oct. 28, with 45
# aircraft"); "the latest day" is the newest, no peak.
# The quiet end ranks a day as the busy one does: "The quietest day was Feb. 2, with three".
_QUIET_RANKS = {"quietest", "calmest", "slowest", "lightest", "heaviest"}
_PEAK_RANKS = (SUPERLATIVES - {"latest", "closest", "nearest", "furthest", "farthest"}) | {
    "peak",
    *_QUIET_RANKS,
}

_REPORTED = {"reported", "tracked", "detected", "counted", "spotted", "recorded", "logged",
             "tallied"}  # fmt: skip


def recalls_a_day(tokens: list[Token], dates: list[WrittenDate]) -> bool:
    """Whether the sentence recalls a day by a date and "when": "lower than on Sept. 10, when
    it tracked 45 aircraft", "The busiest day was April 1, during the drills, when ...": the
    "when" may follow an aside on the day, before any number. So does a report told in the
    past perfect after the day that opens it ("On Saturday, the ministry had reported 25
    aircraft"): it was before the story's own."""
    opening = dates[0].last + 1 if dates and dates[0].first <= 1 else 0  # "On Saturday, ..."
    for i, token in enumerate(tokens[opening : opening + _RECALL_REACH] if opening else []):
        following = tokens[opening + i + 1].low if opening + i + 1 < len(tokens) else ""
        if token.low == "had" and following in _REPORTED:
            return True
    return bool(days_told_by_when(tokens, dates))


def days_told_by_when(tokens: list[Token], dates: list[WrittenDate]) -> list[tuple[int, date]]:
    """Each "when" that tells what happened on the day written just before it, with that day:
    in "12 aircraft to 6 a.m. Friday, up from Wednesday, when it reported 30 aircraft", the
    30 are Wednesday's, whatever day the sentence reports."""
    found = []
    for written in dates:
        for k in range(written.last + 1, min(len(tokens), written.last + _RECALL_REACH)):
            if tokens[k].low == "when":
                found.append((k, written.day))
                break
            if tokens[k].text[:1].isdigit() or tokens[k].text in (";", "."):
                break
    return found


def compares_a_day(tokens: list[Token], dates: list[WrittenDate]) -> bool:
    """Whether the sentence compares the report with another day's by "when" ("The figures
    were down from Wednesday, when the ministry reported 76 aircraft", "It followed a busier
    Monday, when ..."): that day's counts are its own report (rule 8)."""
    return bool(days_told_by_when(tokens, dates)) and not _names_a_peak(tokens)


def recalls_a_peak(tokens: list[Token], dates: list[WrittenDate]) -> bool:
    """Whether the sentence recalls a peak day by "when" ("The busiest day was Sept. 25, when
    ...", "The single-day record came on Sept. 18, when 103 aircraft were detected, 40 of
    which crossed the median line"): a record, whose every count, shares too, gives none
    (rule 8)."""
    return bool(days_told_by_when(tokens, dates)) and _names_a_peak(tokens)


def peak_claims(tokens: list[Token], dates: list[WrittenDate], claims: list[Claim]) -> list[Claim]:
    """The claims a recalled peak covers: all of its sentence's but those of a clause after
    it that opens with another day (`day_after_peak`). A clause after the semicolon that
    writes no day ("; 40 of them crossed the median line") is the peak's."""
    if not claims:
        return []  # most sentences count nothing: no peak to read
    # "..., and the month's busiest day saw 59 aircraft": a later clause may open on the peak
    opens = _opens_on_a_peak_day(tokens)
    start = 0 if opens else peak_clause_start(tokens, _PEAK_RANKS, _opens_on_a_peak_day)
    if start is not None:
        # "The busiest day was Aug. 27, with 45 aircraft", a bulletin's "busiest day: Aug. 27,
        # 45 aircraft": the peak's, up to a clause after a semicolon with a day of its own.
        after = next(
            (mark for mark in days_after_semicolons(tokens, dates) if mark[0] > start), None
        )
    elif recalls_a_peak(tokens, dates):
        start, after = 0, _clause_after_peak(tokens, dates)
    else:
        return []
    end = after[0] if after else len(tokens)
    visible = without_asides(tokens)
    return [claim for claim in claims if start <= visible[claim.first] < end]


def _opens_on_a_peak_day(tokens: list[Token]) -> bool:
    """Whether the sentence opens on a peak day ("On the busiest single day the ministry
    counted more than 100 aircraft", "The highest day saw 60", "The busiest day was Aug. 27,
    with 45 aircraft"): the day's figure is a record recalled, whichever day it was (rule 8).
    A list's label leaves out the article ("- busiest day: Aug. 27, 45 aircraft"), and may
    leave out "day" ("Quietest: Feb. 2, with three aircraft")."""
    start = next((i for i, token in enumerate(tokens) if token.text not in _BULLETS), 0)
    start += start < len(tokens) and tokens[start].low in _PEAK_DAY_LEAD
    articled = start < len(tokens) and tokens[start].low == "the"
    words = [token.low for token in tokens[start + articled : start + 1 + 2 * _PEAK_DAY_REACH]]
    rank = next((i for i, word in enumerate(words[:_PEAK_DAY_REACH]) if word in _PEAK_RANKS), None)
    # A roll-up's label may leave "day" out too: "Busiest: Feb. 12, ...", "Quietest: Feb. 2".
    if rank is not None and not articled and words[rank + 1 : rank + 2] == [":"]:
        return True
    if rank is None or "day" not in words[rank + 1 : rank + 1 + _PEAK_DAY_REACH]:
        return False
    return articled or words[words.index("day", rank + 1) + 1 :][:1] == [":"]


def day_after_peak(tokens: list[Token], dates: list[WrittenDate]) -> date | None:
    """The day that opens a clause after a semicolon that ends a recalled peak ("The busiest
    day was Jan. 8, when 57 aircraft were tracked; on Tuesday, the last day of the month, the
    ministry reported 11 aircraft"): that clause is its day's report, no part of the peak."""
    after = _clause_after_peak(tokens, dates) if recalls_a_peak(tokens, dates) else None
    return after[1] if after else None


def _clause_after_peak(tokens: list[Token], dates: list[WrittenDate]) -> tuple[int, date] | None:
    when = days_told_by_when(tokens, dates)[0][0]
    return next(((i, day) for i, day in days_after_semicolons(tokens, dates) if i > when), None)


def days_after_semicolons(tokens: list[Token], dates: list[WrittenDate]) -> list[tuple[int, date]]:
    """Each semicolon that opens a clause with a day of its own ("; on Tuesday, the ministry
    reported 11 aircraft"), with that day: the clause's counts are of it, not of a day told by
    "when" before the semicolon."""
    opening = {d.first: d.day for d in dates}
    found = []
    for i, token in enumerate(tokens):
        if token.text != ";":
            continue
        reach = _WINDOW_OPENING if _opens_with_a_window(tokens, i + 1) else _CLAUSE_OPENING
        days = [opening[k] for k in range(i + 1, i + 1 + reach) if k in opening]
        if days:
            found.append((i, days[0]))
    return found


def _opens_with_a_window(tokens: list[Token], start: int) -> bool:
    """Whether a clause opens with a report's window ("; and in the twenty-four hours to 6 a.m.
    on 15 October it counted 21 aircraft"): the day the window ends is the clause's."""
    return any(token.low in _WINDOW_WORDS for token in tokens[start : start + _WINDOW_HEAD])


# "the latest" and "the most recent" day are no peak: "The most recent intrusion came on
# Sunday, when two ships entered" is that day's report.
_PEAKS = (SUPERLATIVES - {"latest", "most"}) | RECORDS


# "..., when it reported 45 aircraft, the highest daily count since the 153 logged in October":
# a rank below a higher figure before it is how the day's figure compares, no record or peak;
# "the highest since the ministry began publishing the figures" is a record all the same.
_SINCE_REACH = 5


def _names_a_peak(tokens: list[Token]) -> bool:
    return any(
        token.low in _PEAKS
        and not _ranked_below_a_figure(tokens, k)
        and not _names_its_own_figure(tokens, k)
        for k, token in enumerate(tokens)
    )


def _ranked_below_a_figure(tokens: list[Token], k: int) -> bool:
    """Whether "since" and a figure follow the superlative at k: "since the 153 logged"."""
    since = [
        at
        for at in range(k + 1, min(len(tokens), k + 1 + _SINCE_REACH))
        if tokens[at].low == "since"
    ]
    after = [t for at in since[:1] for t in tokens[at + 1 : at + 3]]
    return any(t.text[:1].isdigit() for t in after)


def _names_its_own_figure(tokens: list[Token], k: int) -> bool:
    """Whether the peak at k gives its own figure ("well below this year's peak of 76 aircraft
    in April"): a third figure compared, not the one of the day told by "when"."""
    return k + 2 < len(tokens) and tokens[k + 1].low == "of" and tokens[k + 2].text[:1].isdigit()


_SUPERSEDED = {"entry", "version", "post", "update", "report"}
_LABEL_REACH = 10  # tokens of a correction's label before its colon


def quotes_an_earlier_entry(tokens: list[Token]) -> bool:
    """Whether the sentence tells what an earlier entry or version of the story said ("An
    earlier entry, at 10:05 a.m., said the MND had reported 12 vessels"): a live blog's
    correction, whose superseded figure gives no fact; the corrected one does."""
    # A correction's label may come first: "Correction, May 4, 2026: An earlier version ...".
    label = [i for i, token in enumerate(tokens[:_LABEL_REACH]) if token.text == ":"]
    start = label[0] + 1 if label else 0
    low = [t.low for t in tokens[start : start + 3]]
    earlier = low[:2] in (["an", "earlier"], ["a", "previous"])
    return earlier and len(low) == 3 and low[2] in _SUPERSEDED


# "until Thursday", "through Wednesday": the day a stay or a declared period ends.
_PERIOD_ENDS = {"until", "till", "through"}


# The hour a period ends at, written between "until" and its day: "until 12:00 on May 27",
# "until 6 p.m. on Wednesday", "until noon Thursday" (a closure notice's own words).
_HOUR_WORDS = {"on", "at", "noon", "midnight", "a.m", "p.m", ".", "hrs", "local", "time"}
_HOUR = re.compile(r"\d{1,2}(?::\d\d)?|\d{4}")
_HOUR_REACH = 5  # tokens: "12:00 p.m . local time on" at most
# With its hour, a period is a closure's only where the words before it close something
# ("declared closed for live-fire training until 12:00 on May 27"); a report's count "through
# 6 a.m. Tuesday" or "in the 24 hours until 6 a.m. on Monday" is of the day its window ends.
_CLOSURES = {"closed", "closure", "closures", "declared", "effective", "restricted", "no-fly"}
_CLOSURE_REACH = 10  # tokens: 'declared closed for " live-fire training "'


def _ends_a_period(tokens: list[Token], first: int) -> bool:
    """Whether the day written at `first` is the end of a period: right after "until" or
    "through", or after them and the hour a closure ends at."""
    for j in range(first - 1, max(-1, first - 2 - _HOUR_REACH), -1):
        low = tokens[j].low
        if low in _PERIOD_ENDS:
            before = tokens[max(0, j - _CLOSURE_REACH) : j]
            return j + 1 == first or any(token.low in _CLOSURES for token in before)
        if low not in _HOUR_WORDS and not _HOUR.fullmatch(low):
            return False
    return False


def without_a_stays_end(tokens: list[Token], dates: list[WrittenDate]) -> list[WrittenDate]:
    """The days a sentence writes but the day a stay it tells ended ("entered the territorial
    sea on Tuesday, May 5, and stayed there until Thursday, May 7"): rule 9 counts the stay
    on the day the ships entered, which the sentence also writes. So for a period declared
    beside a report ("21 aircraft ..., and China declared zones through Wednesday")."""
    ended = [d for d in dates if _ends_a_period(tokens, d.first)]
    kept = [d for d in dates if d not in ended]
    return kept if ended and kept else dates


def date_clauses_before_semicolons(
    tokens: list[Token], reading: Reading, dates: list[WrittenDate]
) -> None:
    """Dates each count that writes no day of its own, in a clause a semicolon closes, by the
    days written in that clause ("... had said on Monday that 11 PLA aircraft entered the
    southwestern ADIZ; he added that the record of 25 set on 12 April ..."): a day the clause
    after the semicolon writes is of what that clause tells, not of the counts before it."""
    stops = [i for i, token in enumerate(tokens) if token.text == ";"]
    ordered = sorted(dates, key=lambda written: written.first)
    starts = [written.first for written in ordered]
    if not stops or not starts or starts[-1] < stops[0]:
        return
    # "... entered territorial waters early Sunday; they had not left as of noon Monday": a
    # stay not yet over is counted on the day it is told as of (rule 9), not its entry's.
    if stay_told_as_of(tokens, dates) is not None:
        return
    visible = reading.visible
    for claim in reading.claims:
        # the semicolons around the count and the dates between them, found by bisection, so
        # a long run of clauses costs no more than its length
        k = bisect_right(stops, visible[claim.first])
        if claim.day is not None or k == len(stops) or starts[-1] < stops[k]:
            continue
        start, end = stops[k - 1] if k else -1, stops[k]
        own = ordered[bisect_right(starts, start) : bisect_left(starts, end)]
        # A clause of several days ("On Monday, two ships entered ..., and on Thursday a third
        # joined them;") dates its counts clause by clause, as a sentence does.
        if len({written.day for written in own}) == 1:
            claim.day = own[0].day
