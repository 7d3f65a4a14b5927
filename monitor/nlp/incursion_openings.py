"""How a sentence opens with the day it reports, as the entries of a day-by-day story and a
tracker's lines do: "Monday, June 2 — 12 aircraft", "On Tuesday, ...", "- Wed Dec 4: ...",
"Latest (MND release, Feb. 2): 11 aircraft", "A day later, the count fell to 13 aircraft". Such
a sentence reports the day it names (rule 8), where one that names a day elsewhere may recall it.
"""

from itertools import islice

from .incursion_comma_labels import labels_a_dated_entry
from .incursion_day_notes import past_day_note
from .incursion_labels import REPORT_NOUNS
from .incursion_reference_labels import past_reference_label
from .incursion_time_words import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .incursion_tokens import Token, WrittenDate
from .incursion_words import DASHES, REPORT_VERBS


def opens_with_its_day(tokens: list[Token], dates: list[WrittenDate]) -> bool:
    """Whether the sentence opens with the day of the week it is about, as the entries of a
    day-by-day story do: "Monday, June 2 — ...", "On Tuesday, ...", or the clause after a colon
    ("the MND reported elevated activity: on Wednesday, July 9, it detected ..."). A date alone
    ("On Feb. 3, the ministry had tracked 30 aircraft") is as often a day recalled."""
    if not dates or dates[0].told:
        return False
    first = dates[0].first
    # "Look-back: Tue 10 Dec was 47 aircraft": a note's clipped weekday, with its capital, before
    # the date it names opens the sentence as "Tuesday, Dec. 10" does.
    clipped = first > 0 and tokens[first - 1].low in WEEKDAY_ABBREVIATIONS
    clipped = clipped and tokens[first - 1].text[:1].isupper()
    first -= clipped
    # "By Thursday the count had fallen to 29 aircraft": where the story had got by that day
    # "Last Wednesday (Oct. 15), the MND reported ...": the day, placed before the story's
    opener = first - (first > 0 and tokens[first - 1].low in ("on", "by", "last"))
    # "On last Saturday (15th)": a translation's "on" before "last"
    opener -= opener > 0 and tokens[opener].low == "last" and tokens[opener - 1].low == "on"
    opening = opener == _bullet(tokens) or tokens[opener - 1].text == ":"
    opening = opening or _after_a_lead(tokens, opener)
    # "A day earlier, on Sunday, the ministry had reported ...": the day, placed in the story
    opening = opening or tuple(t.low for t in tokens[: opener - 1]) in _RELATIVE_DAYS
    opening = opening or _a_report_of_the_day(tokens, opener) or _opens_what_is_told(tokens, opener)
    return opening and (clipped or tokens[first].low in WEEKDAYS)


_LEAD_REACH = 3  # "Meanwhile,", "In addition,", "Looking back,"
# "A participant pointed out that on Tuesday the ministry had counted only 12 aircraft": the
# day opens the clause a speaker tells, as it opens a sentence of the writer's own.
_TELLERS = REPORT_VERBS | {"noted", "recalled", "observed", "out", "explained", "remarked"}


def _opens_what_is_told(tokens: list[Token], opener: int) -> bool:
    return opener > 1 and tokens[opener - 1].low == "that" and tokens[opener - 2].low in _TELLERS


def _after_a_lead(tokens: list[Token], opener: int) -> bool:
    """Whether the day follows a sentence adverb set off by its comma ("Meanwhile, on Saturday
    the ministry detected 31 aircraft"), or a label set off by a dash ("EVIDENCE 2 — On Monday,
    the ministry reported 91 aircraft"): a few words that tie the sentence to the story, no
    figure and no clause of their own, so the day still opens what the sentence reports."""
    start = _bullet(tokens)
    lead = tokens[start : opener - 1]
    mark = tokens[opener - 1].low if opener > 0 else ""
    if not lead or len(lead) > _LEAD_REACH or (mark != "," and mark not in DASHES):
        return False
    # A label's number is the item's, no figure: "EVIDENCE 2 —", "Card 3 —".
    words = lead[:-1] if mark in DASHES and len(lead) > 1 and lead[-1].low.isdigit() else lead
    # "Unlike Monday, on Saturday ...": a lead naming a day of its own compares two days
    return all(t.low.isalpha() and t.low not in WEEKDAYS and t.low not in MONTHS for t in words)


_SUBJECT_REACH = 6  # "The year's last report, on": the words naming the report


def _a_report_of_the_day(tokens: list[Token], opener: int) -> bool:
    """Whether the sentence opens with a report named and dated by its day ("The year's last
    report, on Wednesday (Dec. 31), listed 14 aircraft"): the counts are that report's, the
    day's own, as "Wednesday's report listed" would be."""
    before = [t.low for t in tokens[_bullet(tokens) : opener]]
    before = before[:-1] if before[-1:] == [","] else before
    return 0 < len(before) <= _SUBJECT_REACH and before[-1] in REPORT_NOUNS


_NEXT_DAY = {("a", "day", "later"), ("the", "next", "day"), ("the", "following", "day")}
_RELATIVE_DAYS = _NEXT_DAY | {
    ("a", "day", "earlier"), ("the", "day", "before"), ("the", "previous", "day"),
    # "Earlier this week, on Tuesday, ...": a week narrowed at once to its day
    ("earlier", "this", "week"), ("this", "week"), ("last", "week"),
    ("earlier", "in", "the", "week"),
}  # fmt: skip


def opens_the_next_day(tokens: list[Token]) -> bool:
    """Whether the sentence opens by moving the story on a day ("A day later, the count fell to
    13 aircraft, according to the bulletin on Tuesday"): it reports the day it names, as a
    day-by-day story's entry does."""
    return tuple(token.low for token in tokens[:3]) in _NEXT_DAY


def opens_an_entry(tokens: list[Token], dates: list[WrittenDate]) -> bool:
    """Whether the line is a tracker's entry for a day: the day as its label, then a colon or a
    dash and the counts ("Wednesday (May 6): 12 aircraft", "Tue. Aug. 12 - 26 aircraft"). A
    weekday's abbreviation, with its stop or without ("Wed Dec 4 |" in a table), may stand
    before the date."""
    position = past_reference_label(tokens, _bullet(tokens))  # "- Ref 14 JAN (Tue): 32"
    if len(tokens) > position + 2 and tokens[position].low in WEEKDAY_ABBREVIATIONS:
        position += 2 if tokens[position + 1].text == "." else 1
    for written in dates:
        brackets = {t.text for t in tokens[position : written.first]}
        # "Mon 9/3": the weekday abbreviation is the first token of the date read in digits.
        if written.told or written.last < position or not brackets <= {"(", ","}:
            break
        position = written.last + 1
        position += position < len(tokens) and tokens[position].text == ")"
        # "Sep 11 (Mon):", "Sept. 21 (Mon.):": the day's weekday in brackets after the date,
        # abbreviated with its stop or without.
        stop = position + 2 < len(tokens) and tokens[position + 2].text == "."
        if [t.text for t in tokens[position : position + 3 + stop : 2 + stop]] == ["(", ")"]:
            weekday = tokens[position + 1].low
            position += (3 + stop) * (weekday in WEEKDAY_ABBREVIATIONS or weekday in WEEKDAYS)
        position = past_day_note(tokens, position)  # "Oct. 1 (National Day) — 38"
    opened = bool(dates) and position > dates[0].first and position < len(tokens)
    return (
        opened
        and (tokens[position].text == ":" or tokens[position].text in DASHES)
        or (bool(dates) and _dated_label(tokens, dates[0]))
        or (bool(dates) and labels_a_dated_entry(tokens, dates[0]))  # "Last day, Sunday: 12"
    )


_LABEL_REACH = 4  # "Latest (": the words of a label before the bracket that dates it


def _dated_label(tokens: list[Token], written: WrittenDate) -> bool:
    """Whether the line opens with a short label dated in brackets, then a colon and the counts:
    "Latest (MND release, Feb. 2): 11 aircraft", "Today (Mar 3): ...": the day's entry."""
    after = [t.text for t in tokens[written.last + 1 : written.last + 3]]
    opened = [i for i, t in enumerate(tokens[: written.first]) if t.text == "("]
    digits = any(t.text[:1].isdigit() for t in tokens[: written.first])
    short = bool(opened) and opened[0] <= _LABEL_REACH and not digits
    return short and after == [")", ":"] and written.last + 3 < len(tokens)


_BULLETS = DASHES | {"•", "*", "·", "▪", "‣"}


def _bullet(tokens: list[Token]) -> int:
    """Where a list's line begins after its bullet ("- Monday, Nov. 10 — 13 aircraft"): a line
    of a list is the entry it would be without the mark."""
    return int(len(tokens) > 1 and tokens[0].text in _BULLETS)


_STAMP_MARKS = {".", *DASHES}


def stamps_an_entry(tokens: list[Token]) -> bool:
    """Whether the sentence is a live blog's time stamp ("3:05 p.m.", "12:30 p.m. --
    CORRECTION"): the entry under it is of the story's day, not of a day the entry before
    named, as the entries are each told afresh (newest first, as often as not)."""
    # A stamp is three words at most: a sentence's fourth word ends the reading.
    low = list(islice((t.low for t in tokens if t.low not in _STAMP_MARKS), 4))
    clock = len(low) >= 2 and low[0][:1].isdigit() and ":" in low[0]
    return clock and low[1] in ("a.m", "p.m", "am", "pm") and len(low) <= 3
