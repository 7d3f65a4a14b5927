"""Days a sentence recalls rather than reports: "lower than on Sept. 10, when it tracked 45
aircraft", "On Saturday, the ministry had reported 25 aircraft", "The busiest day was April 1,
when ...". A day recalled by "when" is that sentence's only; a day the report is compared with
is reported in it (rule 8), and a peak recalled gives none.
"""

from datetime import date

from .incursion_tokens import Token, WrittenDate
from .incursion_words import RECORDS, SUPERLATIVES

_RECALL_REACH = 12  # tokens from a date to the "when" that recalls it

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


# "the latest" and "the most recent" day are no peak: "The most recent intrusion came on
# Sunday, when two ships entered" is that day's report.
_PEAKS = (SUPERLATIVES - {"latest", "most"}) | RECORDS


def _names_a_peak(tokens: list[Token]) -> bool:
    return any(token.low in _PEAKS for token in tokens)


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


def without_a_stays_end(tokens: list[Token], dates: list[WrittenDate]) -> list[WrittenDate]:
    """The days a sentence writes but the day a stay it tells ended ("entered the territorial
    sea on Tuesday, May 5, and stayed there until Thursday, May 7"): rule 9 counts the stay
    on the day the ships entered, which the sentence also writes."""
    ended = [d for d in dates if d.first > 0 and tokens[d.first - 1].low in ("until", "till")]
    kept = [d for d in dates if d not in ended]
    return kept if ended and kept else dates
