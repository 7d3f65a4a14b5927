"""Chronologies of a coast guard's daily sightings, as think tanks' logs and research notes print
them: a line a day, the day first, then the zone and the ships seen in it, parted by spaces.

    六月三日（土）　接続水域内　中国海警局の船四隻
    六月四日（日）　接続水域内　四隻

or the zone once, in the caption above the rows, and only the count on each:

    表　接続水域内で確認された隻数（海上保安庁発表、各日の最大値）
    ７月８日（火）　４隻

Each such count is of the ships in that zone on the row's day, at the sea place the text named
last before the row (rule 6). The sentence reader of cjk_incursions.py reads a line without a
full stop as a headline and parts it at its spaces, so the day, the zone and the count fall into
three clauses and none of them is a fact: the rows are read whole here. Only a count right after
its zone (a cell of craft words between at most) or a row's first cell under a caption naming one
sea zone is read, so a remark in the row ("うち二隻が…領海に侵入") is left to the sentence reader,
and a day more than a week before publication is background (rule 8).
"""

from __future__ import annotations

import re
from datetime import date

from .cjk_counts import read_counts
from .cjk_day_tables import RECENT
from .cjk_days import report_day
from .cjk_group_facts import what_of
from .cjk_zones import places_in, zones_in
from .incursion_words import AIR_ZONES, SEA_PLACES
from .incursions import Incursion

# A row: its day (a date with its weekday in brackets), a gap, the rest of the line.
_ROW = re.compile(r"[・･\-\s]*(\S{2,12}?\([^()]{1,3}\))[ \t]+(\S.*)")
# Between a zone and its count: "内" and a gap, at most a cell of craft words without figures.
_ZONE_TO_COUNT = re.compile(r"(?:内|の中)?[ \t]+[^\s\d、,。]{0,12}")


def zone_list_facts(text: str, folded: str, published: date) -> list[Incursion]:
    """The facts of each chronology of a sea zone in a text (module docstring), `folded` being
    `fold(text)`."""
    facts: list[Incursion] = []
    caption: str | None = None  # the zone a caption names for the rows after it
    place: str | None = None  # the sea place named last before the line
    start = 0
    for line in folded.split("\n"):
        row = _ROW.fullmatch(line.strip())
        day = report_day(row.group(1), published, None) if row else None
        if row and day is not None:
            if place and published - RECENT <= day <= published:
                evidence = text[start : start + len(line)].strip()
                found = _row_facts(row.group(2), caption, place, day, evidence)
                facts += found
        elif line.strip():
            caption = _caption_zone(line)
        # Each line is read for its places once: the text is read once, whatever its rows.
        named = [name for _, name in places_in(line) if name in SEA_PLACES]
        place = named[-1] if named else place
        start += len(line) + 1
    return facts


def _caption_zone(line: str) -> str | None:
    """The one sea zone a line that counts nothing names, as a caption over rows."""
    zones = {zone for _, _, zone in zones_in(line)}
    if len(zones) == 1 and not read_counts(line) and not zones & AIR_ZONES:
        return zones.pop()
    return None


def _row_facts(
    rest: str, caption: str | None, place: str, day: date, evidence: str
) -> list[Incursion]:
    """The ships counted in a row's `rest` (after its day), each in the zone right before it,
    or, for the row's first cell, in the caption's."""
    facts: list[Incursion] = []
    for index, piece in enumerate(re.split(r"[。;；]", rest)):
        counts = [c for c in read_counts(piece) if c.craft == "ships" and not c.part]
        zones = [(end, zone) for _, end, zone in zones_in(piece) if zone not in AIR_ZONES]
        for count in counts:
            zone = next(
                (z for end, z in zones if _ZONE_TO_COUNT.fullmatch(piece, end, count.start)),
                None,
            )
            if zone is None and caption and index == 0 and count is counts[0]:
                zone = caption if not piece[: count.start].strip() else None
            what = what_of(count, zone) if zone else None
            if zone and what == "official ships":
                facts.append(Incursion(count.count, what, zone, place, day, evidence))
    return facts
