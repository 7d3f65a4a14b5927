"""A heading or a line ending in a colon that announces a report's figures starts them afresh:
"Chinese military activity around Taiwan" over a table of the day's craft, after a paragraph of
other news ("President Lai met a delegation of U.S. lawmakers in Taipei on Thursday."). The
table is the report's, of its own day; the day the prose before it wrote is the meeting's.
Prose carries its day on ("The news on Friday was less celebratory. Twenty-seven PLA aircraft
entered ..."), and a line that writes its day ("... reported on Monday:") gives it to the list.
"""

from .incursion_claims import Reading
from .incursion_labels import REPORT_NOUNS
from .incursion_time_words import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .incursion_tokens import Token
from .incursion_words import (
    CRAFT_NOUNS,
    DESIGNATOR,
    DETECTIONS,
    EVENTS,
    OPERATORS,
    SINGLE_DESIGNATOR,
)

# Words of a report, its craft and its figures: a heading that names one announces the report. A
# zone or a place alone does not: "In Contiguous zone around the Senkaku Islands:" is a record's
# field, under the record's day.
_REPORT_WORDS = OPERATORS | EVENTS | DETECTIONS | set(CRAFT_NOUNS) | REPORT_NOUNS | {
    "reports", "reporting", "released", "ministry", "mnd", "defence", "defense", "figures",
    "figure", "data", "tally", "count", "incursion", "incursions", "launched", "launch", "fired",
    "jmsdf", "jasdf", "jcg", "sdf", "scramble", "scrambled", "plaaf", "mod", "staff",
}  # fmt: skip
_HEADING_WORDS = 2  # "PLA activity" at the least


def announces_a_report(
    sentence: str, tokens: list[Token], reading: Reading, following: Reading | None
) -> bool:
    """Whether a line standing alone, or ending in a colon, counts nothing, names the report or
    the activity ("Chinese military activity around Taiwan", "The ministry reported the
    following activity:") and is followed by a list's or a table's labelled figures ("PLA
    aircraft: 2"): they are the report's, of its own day unless the line or they write one, not
    of the day the prose before it wrote. A field ("Location: waters around the Senkakus") is
    no heading: its record's day stands."""
    text = sentence.strip()
    alone = sentence.rstrip(" \t").endswith("\n") and text[-1:] not in (".", "!", "?")
    if reading.claims or not tokens or not (alone or text.endswith(":")) or ":" in text[:-1]:
        return False
    if following is None or not following.claims:
        return False
    if not all(claim.labelled for claim in following.claims):
        return False
    # "Tuesday, March 10" heads the lines under it with its day: it names no report.
    days = WEEKDAYS.keys() | WEEKDAY_ABBREVIATIONS.keys() | MONTHS.keys()
    if sum(token.low.isalpha() and token.low not in days for token in tokens) < _HEADING_WORDS:
        return False
    return any(
        token.low in _REPORT_WORDS
        or DESIGNATOR.fullmatch(token.low)
        or SINGLE_DESIGNATOR.fullmatch(token.low)
        for token in tokens
    )
