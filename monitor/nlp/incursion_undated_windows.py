"""A daily report told by its window or its morning, with no day written: "the ministry's
morning report listed 18 aircraft", "14 aircraft around Taiwan in the 24 hours to 6 a.m.". That
is the report of the copy's own day, the latest the ministry issued, not of a day the sentence
before wrote for something else ("Both say seats are gone until Monday", "two more ships passed
Matsu on Monday"): the report's window has its own end, the morning the copy is written.

A report a telling has dated ("The ministry said on Monday that ...") keeps that day: the
window is then the one ending on the day told, which the sentence before gives."""

from .incursion_time_words import CLOCK, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, YEAR
from .incursion_tokens import Token
from .incursion_windows import states_window
from .paragraphs import closes_paragraph

# "the ministry's morning report", "its overnight release", "the morning bulletin": the daily
# report named by when it comes out; "this morning" is a day already, read as one elsewhere.
_MORNING = {"morning", "overnight", "dawn"}
_REPORTS = {"report", "release", "bulletin", "update", "sheet", "figures", "tally", "count"}


# Words that point back to a day told before: "in the same 24-hour period", "that morning's
# report", "that day's figures". The window they name is that day's, not the copy's.
_POINTERS = {("the", "same"), ("that", "morning"), ("that", "day"), ("that", "night")}
_PERIODS = {"period", "window", "day", "hours", "morning", "night"}


def reports_the_latest_window(tokens: list[Token]) -> bool:
    """Whether the sentence tells a daily report by its window or its morning, with no day:
    "in the 24 hours to 6 a.m.", "the Ministry of National Defense's morning report"; not
    when it points back to a day told before (_POINTERS)."""
    if _points_back(tokens):
        return False
    return states_window(tokens) or any(
        token.low in _MORNING
        and after.low in _REPORTS
        and not (at and tokens[at - 1].low in ("this", "that", "yesterday", "tomorrow"))
        for at, (token, after) in enumerate(zip(tokens, tokens[1:], strict=False))
    )


def names_only_a_day(tokens: list[Token]) -> bool:
    """Whether a line names a day and nothing more, but for a clock time: "MONDAY.", "MONDAY.
    6.40am.", "Tue, Aug. 5". A diary's or a log's heading, whose entries under it are that
    day's, windows and all ("MONDAY. ... 14 PLA aircraft in the 24 hours to 6am")."""
    words = [token.low for token in tokens if any(c.isalnum() for c in token.low)]
    named = {low for low in words if low in WEEKDAYS or low.rstrip(".") in MONTHS}
    named |= {low for low in words if low.rstrip(".") in WEEKDAY_ABBREVIATIONS}
    rest = [low for low in words if low not in named]  # a set: a long line names many days
    return bool(named) and all(CLOCK.fullmatch(low) or YEAR.fullmatch(low) for low in rest)


def paragraph_ends(sentences: list[str]) -> set[str]:
    """The sentences that close a paragraph, stripped: those a blank line follows, or that end
    in one. A day written in an earlier paragraph ("seats are gone until Monday") sets no scene
    for the report's window; one in the same paragraph does ("I went on Wednesday 2 April ...
    The defence ministry's report for the 24 hours to 6 a.m. that morning")."""
    ends = {sentence.strip() for sentence in sentences if closes_paragraph(sentence)}
    ends |= {
        before.strip()
        for before, after in zip(sentences, sentences[1:], strict=False)
        if not after.strip() and before.strip()
    }
    return ends


def _points_back(tokens: list[Token]) -> bool:
    """Whether the sentence names its window or report by a pointer to a day told before:
    "the same 24-hour period", "that morning's Ministry of National Defense report"."""
    lows = [token.low for token in tokens]
    return any(
        (first, second) in _POINTERS and _PERIODS & {second, *lows[at + 2 : at + 5]}
        for at, (first, second) in enumerate(zip(lows, lows[1:], strict=False))
    )
