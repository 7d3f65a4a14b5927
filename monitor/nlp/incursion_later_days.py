"""A day written after the report's: "On Dec. 4, the ministry tracked 20 aircraft ... On
Dec. 5, the figure fell to 9 aircraft" reports the later day, as a tracker's next entry does.
A date alone is as often a day recalled (incursion_openings.py), but a recall looks back: a day
after every day the story has counted for, and not after the story's own, is no background to
them (rule 8)."""

from datetime import date

from .incursion_claims import Reading
from .incursion_tokens import tokenize, written_dates


def follows_the_report(
    sentence: str, reading: Reading, written: date | None, counted: date, local: date
) -> bool:
    """Whether the day a sentence writes comes after the last day counted, by the story's own
    day at the latest, and is written before the sentence's counts ("On Dec. 5, the figure
    fell to 9 aircraft", "The last report, on Dec. 5, listed 9 aircraft"): the day heads them.
    A day written after a count ("A coast guard ship was seen near the drills on Thursday")
    tells when that craft was seen, in a story that may count no report's day at all."""
    if written is None or not counted < written <= local or not reading.claims:
        return False
    tokens = tokenize(sentence)
    first_count = min(claim.first for claim in reading.claims)
    heading = [found for found in written_dates(tokens, local) if found.first < first_count]
    return any(found.day == written for found in heading)
