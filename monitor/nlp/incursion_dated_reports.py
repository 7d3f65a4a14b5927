"""Days a sentence reports although they do not open it: a day that opens the clause after a
semicolon ("That is the third report above 25 this week; Tuesday's was 17 aircraft"), and a
report dated by its day whose figures its relative clause gives ("the ministry's 5 p.m.
update on Monday, which reported 125 aircraft during the day"). Either is that day's report,
as "On Tuesday, ..." is, and rule 8 keeps its figures when the day is within a week; a day
named elsewhere ("lower than on Sept. 10, when ...") may only be recalled."""

from .incursion_labels import REPORT_NOUNS
from .incursion_time_words import WEEKDAYS
from .incursion_tokens import Token, WrittenDate
from .incursion_words import DETECTIONS

_REPORT_REACH = 3  # "update on Monday": from the report's noun to its day
_RELATIVES = {"which", "that"}


def reports_a_dated_clause(tokens: list[Token], dates: list[WrittenDate]) -> bool:
    """Whether the sentence's first day is the day of the clause it opens after a semicolon,
    or of a report whose figures a relative clause after it gives."""
    if not dates or dates[0].told or tokens[dates[0].first].low not in WEEKDAYS:
        return False
    return _opens_after_a_semicolon(tokens, dates[0]) or _dates_a_report(tokens, dates[0])


def _opens_after_a_semicolon(tokens: list[Token], written: WrittenDate) -> bool:
    # "; Tuesday's was 17 aircraft", "; on Tuesday, 17": the clause's subject or its opening
    opener = written.first - (written.first > 0 and tokens[written.first - 1].low == "on")
    return opener > 0 and tokens[opener - 1].low == ";"


def _dates_a_report(tokens: list[Token], written: WrittenDate) -> bool:
    # "the ministry's update on Monday, which reported 125 aircraft": the noun, "on", the day,
    # a comma and a relative pronoun whose verb is one of reporting or sighting.
    before = [t.low for t in tokens[max(0, written.first - _REPORT_REACH) : written.first]]
    if before[-1:] != ["on"] or not set(before) & REPORT_NOUNS:
        return False
    after = [t.low for t in tokens[written.last + 1 : written.last + 4]]
    return len(after) == 3 and after[0] == "," and after[1] in _RELATIVES and after[2] in DETECTIONS
