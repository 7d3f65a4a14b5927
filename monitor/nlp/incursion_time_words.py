"""The words of days, periods and report windows in incursion reports: months and weekdays,
the totals and spans that are more than a day's (rule 8), the days before a report's, and the
clock and windows of a daily report ("in the 24 hours to 6 a.m."). Kept apart from the other
word lists (incursion_words.py) as the words that date a count rather than place or name it.
"""

import re

from .incursion_words import phrases

YEAR = re.compile(r"(?:19|20)\d\d")
# A quarter of the year, "Q3" or "H1": a period's total, as a month's is.
QUARTER = re.compile(r"[qh][1-4]")
# A fiscal year, "FY2023", "FY23" or "FY 2023": Japan counts its scrambles by one.
FISCAL_YEAR = re.compile(r"fy(?:\d\d|\d{4})?")
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}  # fmt: skip
WEEKDAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3,
                         "thurs": 3, "fri": 4, "sat": 5, "sun": 6}  # fmt: skip
# The same as patterns, for the readers of layouts that match a line whole: "Mar.", "Sept 4".
MONTH_PATTERN = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
WEEKDAY_PATTERN = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# Totals over a period: "this month", "since January", "in 2025", "over the year".
CUMULATIVE = phrases(
    "weekly total",  # a tracker's sum of the days it lists: "Week total: 81 aircraft, 44 ships"
    "week total",
    "wk total",  # the same sum in a desk's shorthand: "Wk total: 75 acft / 35 PLAN ships"
    "this month", "this year", "last month", "last year", "this week", "this quarter",
    "last quarter", "the quarter", "last week",
    "the previous week",  # "Two had spent part of the previous week inside": last week's
    "the preceding week",
    # a figure only recalled relative to the story ("A week earlier, the ministry had tracked
    # 40 aircraft"): no day the text writes, so none (rule 8)
    "a week earlier",
    "a week before",
    "weeks earlier",
    "a month earlier",
    "a year earlier",
    # "A year ago people in Montana saw a Chinese spy balloon": as long before as "a week
    # earlier", and as little the day's
    "a week ago",
    "a month ago",
    "a year ago",
    "weeks ago",
    "months ago",
    "years ago",
    "so far",
    "to date",
    "year-to-date",
    "during the year",
    "during the month",
    "over the month",
    "over the year",
    "over the whole",
    "fiscal",
    "all month",  # "three balloons were reported all month"
    "every day of the",  # "reported on every day of the month, 264 in all, plus 41 official ships"
    "all year",
    "add up to",  # "the month's reports add up to 298 aircraft": a sum of days
    "adds up to",
    "added up to",
)  # fmt: skip
PERIOD_PREPOSITIONS = {"in", "of", "during", "since", "for", "through", "throughout", "across"}
# A tally kept over a period: "the running total", "January's total", "the year's tally".
TALLY_NOUNS = {"total", "totals", "tally", "tallies", "sum", "sums"}
AVERAGES = {"average", "averaged", "averages", "averaging"}
# Spans of days, weeks and more: "over the three days", "in the past week"; not "the second of
# three days", nor a streak ("for two days in a row").
SPAN_PREPOSITIONS = {"in", "during", "for", "through", "throughout", "over", "across", "within"}
STREAKS = phrases("in a row", "running", "straight")
SPAN_RECENT = {"past", "last", "previous", "preceding", "whole", "entire",
               "first", "second", "third", "fourth"}  # fmt: skip
SPAN_UNITS = {"days", "week", "weeks", "weekend", "month", "months", "quarter", "year", "years"}
# "The two-day total of 45 aircraft", "a 48-hour tally": more than the report's day.
SPAN_ADJECTIVE = re.compile(
    r"(?:two|three|four|five|six|seven|ten|[2-9]|\d\d+)-(?:day|week|month)|(?:48|72)-hour"
)
# "a day after the ministry reported that 30 aircraft ...": the day before the sentence's.
DAY_BEFORE = phrases(
    "a day after", "one day after", "a day earlier", "the previous day", "the day before"
)
# Of those, the ones that date a count written before them: "had reported 12 aircraft a day
# earlier" (not "a day after", which dates what follows it).
# "two days after two of them intruded into the waters": the count after it is of that many days
# before the sentence's day, within rule 8's week.
DAYS_AFTER_MOST = 6
DAY_EARLIER = phrases("a day earlier", "one day earlier", "the previous day", "the day before")
# A daily report's window: "in the 24 hours to 6 a.m.", "a 24-hour period", "from 6am ... to 6am".
DAY_WINDOWS = {"24-hour", "twenty-four-hour", "24h", "24hr", "24hrs", "24-hr", "24-hrs"}
HOURS = {"hours", "hrs", "hr", "h"}  # "in the 24 hrs to 0600 Mon"
# What opens a window told by both ends ("between 6 a.m. Saturday and 6 a.m. Sunday"), and
# what begins one told by its end ("in the following 24 hours ending at 6 a.m. Monday").
WINDOW_OPENERS = {"between", "from"}
WINDOW_NEXT = {"following", "next", "subsequent"}  # "in the following 24 hours"
WINDOW_PREPOSITIONS = {"in", "over", "during", "for", "within"}
ORDINALS = {"first": 0, "second": 1, "third": 2, "earlier": 0, "later": 1}
# "6am", "6" before "a.m", and a release's 24-hour "0600"
CLOCK = re.compile(r"(?:\d{1,2}(?:[:.]\d\d)?|(?=0\d[0-5]\d))(am|pm|a\.m|p\.m|0\d[0-5]\d)?")
AM_PM = {"am", "pm", "a.m", "p.m"}
DAY_WORDS = {"today", "yesterday", *WEEKDAYS}  # "24 of Sunday's aircraft"
