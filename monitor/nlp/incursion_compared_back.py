"""A count in a sentence of its own that compares the last one back with another day's: "20
aircraft ... entered the ADIZ. That was up from a mere two on Friday." The pronoun stands for
the count before, so the figure compared is of the same craft in the same zone, on the day
compared, which is before the day of the count it is compared with (rule 8). So is a figure of
the measure named again for other days: "... entered the ADIZ on Tuesday. The count had been 13
aircraft on Sunday and 15 on Saturday."
"""

import re
from datetime import date, timedelta

from .incursion_claims import Reading

# "That was up from", "This is down from", "It was up sharply from", "The figure was down
# from": a sentence whose subject points back at the count before, compared.
_POINTS_BACK = re.compile(
    r"\s*(?:That|This|It|The (?:figure|number|count|tally|total))\s+(?:was|is|marks?|marked)"
    r"\s+(?:\w+\s+){0,2}?(?:up|down)\s+(?:\w+\s+)?from\b"
)
# "reminded viewers that the count had been 13 aircraft on Sunday and 15 on Saturday": the
# measure the story counted, named again with its figures of other days.
_MEASURE_AGAIN = re.compile(
    r"\b[Tt]he (?:figure|number|count|tally)\s+(?:had been|was|were|stood at)\s+(?:\d|[a-z]+\s)"
)
_WEEK = timedelta(days=7)


def compare_back(sentence: str, reading: Reading, before: Reading | None) -> None:
    """Give a compared count with no craft or zone of its own, in a sentence that points back
    at the count before, the zones of that count; the craft follows from the zone, as for "19
    of them" (incursion_antecedents.py)."""
    if before is None:
        return
    zoned = next((claim for claim in before.claims if claim.zones), None)
    if zoned is not None and _POINTS_BACK.match(sentence):
        for claim in reading.claims:
            if claim.compared and claim.craft is None and not claim.zones:
                claim.zones = list(zoned.zones)
    # "The count had been 13 aircraft on Sunday": the counts the measure had, in its zones. The
    # measure is a total's ("ten aircraft entered the ADIZ"); after a share ("Nineteen of those
    # aircraft crossed ...") it is the total the share was of, whose zone the story gives.
    total = next((claim for claim in before.claims if not claim.reference), None)
    if total is not None and total.zones and _MEASURE_AGAIN.search(sentence):
        for claim in reading.claims:
            if claim.craft in (None, total.craft) and not claim.zones:
                claim.zones = list(total.zones)


def date_compared_before(reading: Reading, day: date) -> None:
    """A day compared back ("up from two on Friday") is before the day of the count it is
    compared with: a weekday read as one after that day, in the same week, is the week
    before's (a Tuesday's 20 up from Friday's two: the Friday before the Tuesday)."""
    for claim in reading.claims:
        if claim.compared and claim.day is not None and day < claim.day < day + _WEEK:
            claim.day -= _WEEK
