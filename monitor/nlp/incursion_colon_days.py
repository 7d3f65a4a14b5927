"""The day a colon's clause opens with: "When we spoke on Friday he had the morning's figures:
on Thursday, the ministry said, 17 aircraft had been tracked". What the colon announces is told
of the day it opens with, not of the day of the clause before it, where the sentence is told.
"""

from datetime import date

from .incursion_time_words import WEEKDAYS
from .incursion_tokens import Token, WrittenDate


def days_after_colons(tokens: list[Token], dates: list[WrittenDate]) -> list[tuple[int, date]]:
    """Each weekday that opens the clause after a colon ("...: on Thursday, ..."), as a mark
    (its token index, its day) for the counts after it. A date alone may be recalled there as
    anywhere ("...: on Feb. 3 it had tracked 30"), and a day of the telling is no count's."""
    marks = []
    for written in dates:
        opener = written.first - (written.first > 0 and tokens[written.first - 1].low == "on")
        after_colon = opener > 0 and tokens[opener - 1].text == ":"
        if after_colon and not written.told and tokens[written.first].low in WEEKDAYS:
            marks.append((written.first, written.day))
    return marks
