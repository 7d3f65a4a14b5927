"""Daybook entries: a news agenda's lines, each opened by the 24-hour clock time of what it
announces ("0915 -- MND morning sheet (24 hours to 6 a.m.): 58 aircraft", "1) TAIPEI, 0900 --
MND sheet", "-- MND's 0900 sheet: 8 aircraft and 6 ships"). Each line is told afresh for the
daybook's own day, newest first as often as not, so a line that writes no day of its own is of
that day, not of a day the line before named ("the drills that began on Sunday", "Overnight
(Wednesday in the US)") nor of the first day a later recall writes ("Earlier: Sunday's sheet
had 23 aircraft"). A daybook that heads its entries with their day ("Tuesday 19 Mar" over
"• 0800: four CCG vessels entered ...") says the day once, for every entry under it.
"""

from .incursion_time_words import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, YEAR
from .incursion_tokens import Token
from .incursion_words import DASHES

_BULLETS = DASHES | {"•", "*", "·", "▪", "‣"}
_MARKS = {".", ",", ":", *DASHES}  # what a heading of a day may hold besides its words
# Words a clock time is followed by in a daybook ("1100 JST", "1400 Taipei", "0810 GMT"): they
# tell an evening's "2030 JST" from a year, which otherwise looks the same.
_ZONES = {"jst", "gmt", "utc", "taipei", "tokyo", "beijing", "local", "hrs", "h"}


def opens_a_daybook_entry(tokens: list[Token]) -> bool:
    """Whether the sentence is a daybook's line opened by the clock time of what it announces:
    first, or after a bullet, an item's number ("1)"), a place in capitals ("TAIPEI,"), and one
    word of a label or of the issuer of a sheet named by its time ("UPDATE 1240:", "MND's 0900
    sheet")."""
    start = 0
    while start < len(tokens) and (tokens[start].text in _BULLETS or _item_mark(tokens, start)):
        start += 1
    if start + 1 < len(tokens) and tokens[start].text.isupper() and tokens[start + 1].text == ",":
        start += 2  # "TAIPEI, 0900 --": the place the line is filed from
    if start < len(tokens) and _twenty_four_hour_clock(tokens, start):
        return True
    # "UPDATE 1240:", "MND's 0900 sheet": one word of a label or of the issuer before it, not a
    # number ("hull nos. 14608 and 1305" names ships)
    label = start + 1 < len(tokens) and (tokens[start].possessive or tokens[start].text.isupper())
    return label and tokens[start].text.isalpha() and _twenty_four_hour_clock(tokens, start + 1)


def _item_mark(tokens: list[Token], index: int) -> bool:
    """The number of an item, "1)" or "2.", at the head of a line."""
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return (
        index == 0
        and tokens[index].text.isdigit()
        and len(tokens[index].text) <= 2
        and (after in (")", "."))
    )


def _twenty_four_hour_clock(tokens: list[Token], index: int) -> bool:
    text = tokens[index].text
    if len(text) != 4 or not text.isdigit():
        return False
    if int(text[:2]) > 23 or int(text[2:]) > 59:
        return False
    after = tokens[index + 1].low if index + 1 < len(tokens) else ""
    # "2022 -- 11 missiles" in a timeline is a year; "0915 --" and "2030 JST" are times.
    year_like = text[:2] in ("19", "20")
    return not year_like or after in _ZONES


def heads_a_day(tokens: list[Token]) -> bool:
    """Whether a line names a day and nothing else ("Tuesday 19 Mar", "Mon. 3 April 2025:"):
    the heading of the entries under it, which are that day's."""
    days = [t.low for t in tokens if t.low.isdigit() and len(t.low) <= 2]  # no mark is a digit
    if not days:
        return False  # most lines write no day of the month, and are read no further
    words = [t.low for t in tokens if t.low not in _MARKS]
    named = [low for low in words if low in MONTHS or low in WEEKDAYS]
    named += [low for low in words if low in WEEKDAY_ABBREVIATIONS]
    years = [low for low in words if YEAR.fullmatch(low)]
    return bool(days) and bool(named) and len(days) + len(named) + len(years) == len(words)
