"""Whether a story reports a day's PLA activity around Taiwan, decided once for the story.

Real copy gives a day's totals in many shapes: "Taiwan tracked 13 Chinese military aircraft ...
as of 6 a.m. Tuesday", "China sent 11 military planes ... toward the island over the past day",
a ministry's bulletin of labelled lines ("PLA aircraft: 17 sorties"). Rather than one rule per
wording, a story that reports the day at all makes every count of Chinese craft in it that has
no zone, place or other scope of its own (cumulative, another day, another place, a part of a
total, a comparison) the day's total around Taiwan (incursions.py). Its headline, a first line
alone or a cable's subject line, gives totals of its own only where the body counts none of
them.
"""

import re

from .incursion_air_shares import breaks_down_a_days_total
from .incursion_claims import Claim, Reading
from .incursion_clause_places import at_sea_places


def reports_a_day(readings: list[Reading]) -> bool:
    """Whether one of the story's sentences (those that recall no other day) counts craft of
    the day around Taiwan: a count in a sentence that states a report's window ("in the 24
    hours to 6 a.m.", "as of 6 a.m."), names the area around Taiwan ("toward the island", "in
    the island's vicinity"), or has a verb of sighting govern it ("the ministry detected"), or
    a labelled line of a bulletin, or of a day's entry ("Aug. 11:" over "PLA aircraft: 18", as
    a tracker's table row reads). A sentence about the Senkakus, Kinmen, Matsu or a place
    outside the list, and a count with a scope of its own, decide nothing."""
    entry_listed = False  # the line before is a day's label over a list: "Aug. 11:"
    for reading in readings:
        labelled = any(claim.labelled and claim.count for claim in reading.claims)
        if entry_listed and labelled:
            return True
        entry_listed = reading.entry and reading.announces and not reading.claims
        if reading.outside or reading.told_abroad or at_sea_places(reading):
            continue
        # "PLA aircraft ... were detected from 6 a.m. ... to 6 a.m. ...", and a tracker's line
        # for a day: "Wednesday (May 6): 12 aircraft, 6 ships".
        if reading.window or (reading.entry and reading.claims):
            return True
        if breaks_down_a_days_total(reading):  # "29 PLA aircraft, 17 of which crossed ..."
            return True
        if _runs_day_by_day(reading):  # "Sunday, 14 aircraft; Monday, 21; Tuesday, 9 ..."
            return True
        signal = reading.around
        for claim in reading.claims:
            own = claim.cumulative or claim.part or claim.compared or claim.day_before
            if claim.count and not own and (signal or claim.detected or claim.bulleted):
                return True
    return False


def _runs_day_by_day(reading: Reading) -> bool:
    """Whether the sentence runs through the days' counts, each clause opening with its day
    ("the week's numbers from the Ministry of National Defense: Sunday, 14 aircraft; Monday,
    21, of which 15 crossed the median line; Tuesday, 9 aircraft and 7 ships"), as a
    tracker's lines do: each day's own count of craft is that day's report."""
    own = [c for c in reading.claims if c.count and not (c.cumulative or c.part or c.compared)]
    return len({claim.day for claim in own if claim.day is not None}) >= 2


def headline_only(body: list[Reading]) -> bool:
    """Whether the story gives the day's totals in its headline only: its body reports the
    sighting around Taiwan ("the ministry detected Chinese military aircraft, naval ships and
    balloons around Taiwan as of 6 a.m. Saturday", "the aircraft and ships were detected") and
    counts no craft ("None of the aircraft entered the ADIZ" and "One of the balloons crossed
    the median line" count none of the totals, nor "Of the aircraft, four crossed ..." or "So
    far this month, ... 150 times"). Such totals are the day's (blind-4's writers)."""
    counted = any(_counts_a_total(claim) for reading in body for claim in reading.claims)
    sighted = any(r.around or r.window or any(c.detected for c in r.claims) for r in body)
    return sighted and not counted


def _counts_a_total(claim: Claim) -> bool:
    """A count of craft it names itself, not a share of those named before ("four of them"),
    a part, a repeat, a period's tally or the day before's ("12 aircraft a day earlier")."""
    other = claim.reference or claim.part or claim.cumulative or claim.day_before
    own = claim.craft is not None and not other
    return bool(claim.count) and own


def is_headline(sentence: str, sentences: int) -> bool:
    """A first line standing alone without a full stop: a headline says less than it seems
    ("Taiwan tracks 14 aircraft, 9 ships" adds navy and official ships), so it gives a fact
    only where it names the zone."""
    alone = sentence.rstrip(" \t").endswith("\n")
    return sentences > 1 and alone and sentence.strip()[-1:] not in ".!?"


# A diplomatic cable's or a memo's subject line is its headline, below the header lines:
# "SUBJECT: PLA ADIZ ENTRIES RESUME AFTER BRIEF LULL; MND DETAILS EIGHT AIRCRAFT" sums up what
# the body tells, zones and all.
_SUBJECT_LINE = re.compile(r"\s*subj(?:ect)?\s*:", re.IGNORECASE)


def is_subject_line(sentence: str) -> bool:
    """Whether a line is a cable's or memo's subject line, which is read as its headline."""
    return bool(_SUBJECT_LINE.match(sentence))
