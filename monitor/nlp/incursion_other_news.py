"""A sentence that counts nothing and names nothing of a report is other news: "President Lai
met a delegation of U.S. lawmakers in Taipei on Thursday." Its day is the meeting's, and the
table or the list of figures after it is still of the report's own day. A sentence about the
report or the activity ("The ministry on Tuesday released its report.", "Monday, March 9",
"China launched drills on Monday.", "... reported on Monday:") keeps its day for what follows.
"""

from .incursion_claims import Reading
from .incursion_tokens import Token
from .incursion_words import (
    CRAFT_NOUNS,
    DESIGNATOR,
    DETECTIONS,
    EVENTS,
    MONTHS,
    OPERATORS,
    SINGLE_DESIGNATOR,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)

# Words of a report, its zones and its figures; any of them makes a sentence part of the report.
_REPORT_WORDS = OPERATORS | EVENTS | DETECTIONS | set(CRAFT_NOUNS) | {
    "report", "reports", "reporting", "release", "released", "bulletin", "update", "ministry",
    "mnd", "defence", "defense", "figures", "figure", "data", "tally", "count", "sorties",
    "sortie", "incursion", "incursions", "adiz", "zone", "median", "airspace", "waters",
    "strait", "launched", "launch", "fired", "jmsdf", "jasdf", "jcg", "sdf", "scramble",
    "scrambled", "pla", "plaaf", "plan", "mod", "staff", "taiwan", "senkaku", "senkakus",
}  # fmt: skip
_NEWS_WORDS = 3  # "Lai visits Palau" at the least


def tells_other_news(tokens: list[Token], reading: Reading) -> bool:
    """Whether a sentence counts no craft, names no word of a report, and announces no list
    (a closing colon): the day it writes is of other news."""
    if reading.claims or not tokens or tokens[-1].text == ":":
        return False
    # "Tuesday, March 10" heads the lines under it: a day and nothing else is no news.
    days = WEEKDAYS.keys() | WEEKDAY_ABBREVIATIONS.keys() | MONTHS.keys()
    if sum(token.low.isalpha() and token.low not in days for token in tokens) < _NEWS_WORDS:
        return False
    return not any(
        token.low in _REPORT_WORDS
        or DESIGNATOR.fullmatch(token.low)
        or SINGLE_DESIGNATOR.fullmatch(token.low)
        for token in tokens
    )
