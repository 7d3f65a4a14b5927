"""A daily report's window ("in the 24 hours to 6 a.m. Tuesday", "between 6 a.m. Monday and
6 a.m. Tuesday"): whether a sentence states one, where each of several begins and the day it
ends, and which one a later sentence names ("In the second period, ...").

Kept apart from tokenizing and reading dates (incursion_tokens.py): a window is read from the
tokens and dates already found.
"""

from datetime import date, timedelta

from .incursion_claims import Claim
from .incursion_dashed_windows import begins_a_ranged_window
from .incursion_time_words import (
    AM_PM,
    CLOCK,
    DAY_WINDOWS,
    HOURS,
    ORDINALS,
    WINDOW_NEXT,
    WINDOW_OPENERS,
    WINDOW_PREPOSITIONS,
)
from .incursion_tokens import Token, is_clock

# "the 24 hours ending at 6 a.m.": a clock after "at" that closes a window.
_WINDOW_ENDS = {"ending", "ended", "ends", "closing", "closed"}


def states_window(words: list[Token]) -> bool:
    """Whether the sentence states a daily report's window: "in the 24 hours to 6 a.m.",
    "between 6 a.m. Monday and 6 a.m. Tuesday", "by 6 a.m. Sunday". Only a defence ministry's
    report counts what it saw in such a window, so its counts are around Taiwan even when it
    names no zone."""
    return window_and_timing(words)[0]


def window_and_timing(words: list[Token]) -> tuple[bool, bool]:
    """Whether the sentence states a report's window (states_window), and whether it bounds
    what it counts by two clock times of one day, as a report's window is bounded: "launched
    seven missiles between 2 p.m. and 4 p.m.". Whoever gives such times watched the act, so its
    counts are sightings, though of the day told, not of a report's window. Both are read
    from the same clock times, found in one pass over the sentence."""
    hours = _bounding_hours(words)
    if hours is None:
        return True, True
    # "from 6 a.m. Friday to 6 a.m. Saturday": a day's window runs from an hour to the same
    # hour; "fired nine missiles between 1:10 p.m. and 4 p.m." times an act within one day.
    return len(hours) > len(set(hours)), len(hours) >= 2


# The words but clock times and figures that may state a window: the others are passed over.
_WINDOW_WORDS = DAY_WINDOWS | {"twenty-four"}


def _bounding_hours(words: list[Token]) -> list[int] | None:
    """The hours of the clock times that may bound a span, or None when the sentence states a
    report's window outright ("in the 24 hours to 6 a.m.", "by 6 a.m. Sunday")."""
    hours: list[int] = []
    for i, token in enumerate(words):
        # A clock time and a number of hours start with a digit: most words are neither.
        if not token.low[:1].isdigit() and token.low not in _WINDOW_WORDS:
            continue
        after = words[i + 1].low if i + 1 < len(words) else ""
        if token.low in DAY_WINDOWS or (token.low in ("24", "twenty-four") and after in HOURS):
            return None
        # "its figures for the 25 hours to 6 a.m.": the hours are a figure, so start with a digit
        if token.low[:1].isdigit() and _hours_to_a_clock(words, i):
            return None
        # A clock time starts with a digit: the other words of a sentence skip the pattern.
        written = CLOCK.fullmatch(token.low) if token.low[:1].isdigit() else None
        if written and _stamps_the_ministrys_report(words, i):
            return None
        if not (written and (written.group(1) or after in AM_PM)):
            continue
        if i and words[i - 1].low == "by":  # "By 6 a.m. Sunday, the count had risen"
            return None
        if [t.low for t in words[max(0, i - 2) : i]] == ["as", "of"]:
            return None  # "9 aircraft as of 6 a.m. today": a bulletin's cut-off, its window
        # "entered at 8:10 a.m. Wednesday and left at 10:25 a.m.": two moments of one event,
        # not a window's bounds ("from 6 a.m. Friday to 6 a.m. Saturday", "ending at 6 a.m.").
        before = [t.low for t in words[max(0, i - 2) : i]]
        hours += [] if before[-1:] == ["at"] and before[0] not in _WINDOW_ENDS else [_hour(token)]
    return hours


def _hour(clock: Token) -> int:
    """The hour of a clock time: "6", "6:00", "0600" and "06.00" are all 6."""
    digits = "".join(c for c in clock.low if c.isdigit())
    return int(digits[:-2] if len(digits) > 2 else digits or 0)


# A day's report stretched by an hour or two is still one day's: Taiwan's defence ministry
# gave "153 aircraft ... in the 25 hours to 6 a.m." on 15 October 2024. Two days' hours ("the
# 48 hours to 6 a.m.") are a tally of two windows, no day's report.
_ONE_DAYS_HOURS = range(20, 31)
_HOURS_END = {"to", "until", "till", "ending", "ended"}


def _hours_to_a_clock(words: list[Token], i: int) -> bool:
    """Whether "N hours to <clock>" opens at i, with N a day's hours or nearly."""
    hours = words[i].low  # "①" and "²" are digits to str.isdigit, and no number of hours
    if not (hours.isascii() and hours.isdigit()) or int(hours) not in _ONE_DAYS_HOURS:
        return False
    following = [t.low for t in words[i + 1 : i + 5]]
    if len(following) < 3 or following[0] not in HOURS or following[1] not in _HOURS_END:
        return False
    clock = following[3] if following[2] == "at" and len(following) > 3 else following[2]
    return clock[:1].isdigit() and CLOCK.fullmatch(clock) is not None


# "MND 06:00 report: 12 PLA aircraft", "SITUATION BOX (Ministry of National Defense, 06:00
# today)": the defence ministry's report named by the hour it is issued, six in the morning,
# stands for its window, the 24 hours to that hour.
_SIX_OCLOCK = {"06:00", "6:00", "0600", "6am", "6a.m", "06.00"}
_MINISTRY = {"mnd", "defense", "defence"}
_STAMP_REACH = 3  # "Ministry of National Defense, 06:00": the name's last word, a comma
_REPORT_NAMES = {"daily", "morning", "report", "update", "bulletin", "release"}


def _stamps_the_ministrys_report(words: list[Token], i: int) -> bool:
    """Whether the clock at i is six in the morning written right after the defence
    ministry's name ("MND 06:00", "Ministry of National Defense, 06:00")."""
    six = words[i].low in _SIX_OCLOCK or (
        words[i].low == "6" and i + 1 < len(words) and words[i + 1].low in {"a.m", "am"}
    )
    # "MND daily report, 6 a.m. Thursday": the report's own name between is no distance.
    near = words[max(0, i - _STAMP_REACH - len(_REPORT_NAMES)) : i]
    before = [word.low for word in near if word.low not in _REPORT_NAMES]
    return six and any(low in _MINISTRY for low in before[-_STAMP_REACH:])


def window_ends(words: list[Token], days: dict[int, date]) -> list[tuple[int, date]]:
    """Where each report window begins and the day it ends, when a sentence states two or more
    ("17 aircraft between 6 a.m. Saturday and 6 a.m. Sunday, and 12 aircraft in the following
    24 hours ending at 6 a.m. Monday")."""
    windows = stated_windows(words, days)
    return windows if len(windows) >= 2 else []


def stated_windows(words: list[Token], days: dict[int, date]) -> list[tuple[int, date]]:
    """Where each report window a sentence states begins and the day it ends, one or more: a
    day written after a clock time ends a window, unless "between" or "from" opens it, when
    the next such day ends it."""
    clocked = [
        position for position in sorted(days)
        if position - 1 not in days  # the first token of a date written in several
        and any(is_clock(t) for t in words[max(0, position - 3) : position])
    ]  # fmt: skip
    windows = []
    opened: int | None = None  # where "between" or "from" stands
    for position in clocked:
        openers = [
            i for i in range(max(0, position - 5), position) if words[i].low in WINDOW_OPENERS
        ]
        if opened is None and openers:
            opened = openers[-1]
            continue
        # "(6 a.m. Nov. 24 – 6 a.m. Nov. 25)": a range's first end begins the window
        if opened is None and begins_a_ranged_window(words, days, position):
            opened = position
            continue
        begin = _window_begin(words, position) if opened is None else opened
        windows.append((begin, days[position]))
        opened = None
    # "33 in the 24 hours ending at 6 a.m. Saturday and 38 in the following 24 hours": a window
    # told as the one after the window before ends a day later, unless it writes its own end
    # ("in the following 24 hours ending at 6 a.m. Monday"), when it is already a window.
    begins = {begin for begin, _ in windows}
    for i in range(windows[-1][0] + 1, len(words) - 1) if windows else ():
        if words[i].low in WINDOW_NEXT and words[i + 1].low in ("24", "twenty-four"):
            begin = _window_begin(words, i)
            if begin not in begins:
                windows.append((begin, windows[-1][1] + timedelta(days=1)))
    return windows


def window_named(words: list[Token]) -> int | None:
    """Which of a story's report windows a sentence names, counted from 0: "In the first
    period, 14 of the aircraft ...", "in the second window", and with the noun left out after
    the story has named its periods ("In the second, 12 aircraft entered the ADIZ")."""
    named = windows_named(words)
    return named[0][1] if named else None


def windows_named(words: list[Token]) -> list[tuple[int, int]]:
    """(token index, window counted from 0) of each report window a sentence names, in order:
    "In the first period, 20 crossed ...; in the second, 14 did" names two."""
    named = []
    for i, token in enumerate(words[:-1]):
        if token.low not in ORDINALS:
            continue  # asked at every word: most are no ordinal
        opening = [t.low for t in words[max(0, i - 2) : i]] == ["in", "the"]
        elided = opening and words[i + 1].low == ","
        if words[i + 1].low in ("period", "window") or elided:
            named.append((i, ORDINALS[token.low]))
    return named


def _window_begin(words: list[Token], end: int) -> int:
    """Where a window told by its end begins: "in the following 24 hours ending at 6 a.m.
    Monday" from "in", within the clause."""
    begin = end
    for i in range(end - 1, max(-1, end - 12), -1):
        if words[i].low in (",", ";"):
            break
        if words[i].low in WINDOW_PREPOSITIONS:
            begin = i
    return begin


def runs_per_window(claims: list[Claim], windows: int) -> list[list[Claim]]:
    """The claims cut into runs of one count per window, each run of one craft where there are
    several; none if they do not fall so. A single run is one count per window whatever its
    craft ("11 aircraft and 14 ships in the periods ending ..., respectively")."""
    if windows < 2 or not claims or len(claims) % windows:
        return []
    runs = [claims[i : i + windows] for i in range(0, len(claims), windows)]
    # A count with no craft ("and 33 in the following 24 hours", "numbering 12 and nine") is
    # of the craft named before it, so it mixes no run.
    if len(runs) > 1 and any(len({claim.craft for claim in run} - {None}) > 1 for run in runs):
        return []
    return runs


def names_a_window(words: list[Token], i: int) -> bool:
    """ "in the first period", "in the second window": which of the story's report windows the
    counts are of (incursion_tokens.window_named), not an ordinal of the event."""
    after = words[i + 1].low if i + 1 < len(words) else ""
    before = [t.low for t in words[max(0, i - 2) : i]]
    return after in ("period", "window") and before == ["in", "the"]
