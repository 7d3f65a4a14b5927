"""Tables of a coast guard's daily sightings, whose columns are zones, not craft, as study notes
quote the Japan Coast Guard's figures:

    日期　　｜鄰接區　　　　　｜領海　　　　　　　｜備註
    9/2（二）｜海警船４艘駛入　｜－　　　　　　　　｜
    9/3（三）｜－　　　　　　　｜另一批２艘侵入　　｜在領海內停留至9/6（六）傍晚始駛出
    9/7（日）｜截至中午仍有４艘｜－　　　　　　　　｜即9/2駛入之同一批，尚未離開

Each count in a cell is of its column's zone, on its row's day, at the sea place the text named
last before the row; its craft the cell's words name, else the ships a zone's column counts
(what_of: a coast guard's ships in territorial waters or the contiguous zone). Read as prose,
a row took the zone its header named last (the 4 ships of 9/2 in territorial waters) and a cell
that names no craft ("截至中午仍有４艘") counted nothing.

By rule 9 a stay is one fact: ships a later row says are still in a zone ("仍", "尚未離開", "現在
も") as many as an earlier row counted there are those ships, counted on that later day, not
twice. Only bars part the cells (a cell's words hold spaces), and a day more than a week before
publication is background (rule 8).
"""

from __future__ import annotations

import re
from datetime import date

from .cjk_counts import read_counts
from .cjk_day_tables import DAY_HEADER, RECENT, REMARKS
from .cjk_days import report_day
from .cjk_group_facts import what_of
from .cjk_script import fold_pattern
from .cjk_zones import places_in, zones_in
from .incursion_words import AIR_ZONES, SEA_PLACES
from .incursions import Incursion

_BAR = re.compile(r"[|｜]")
# Ships still in their zone on the row's day: a stay going on, not new ships.
_STILL = re.compile(fold_pattern(r"仍|尚未|未離開|まだ|引き続き|現在も|時点でも|とどま|滞在中"))


def zone_table_facts(
    text: str, folded: str, published: date
) -> tuple[list[Incursion], list[tuple[int, int]]]:
    """The facts of each zone-columned table in a text (module docstring), `folded` being
    `fold(text)`, and the spans of its rows' lines, which the sentence reader leaves alone."""
    facts: list[Incursion] = []
    rows: list[tuple[int, int]] = []
    zones: list[str | None] | None = None
    place: str | None = None
    start = read = 0  # the text is read for its places once, up to `read`
    for line in folded.split("\n"):
        cells = [cell.strip() for cell in _BAR.split(line.strip().strip("|｜"))]
        header = _header(cells) if len(cells) > 2 else None
        day = report_day(cells[0], published, None) if zones and len(cells) > 1 else None
        if header is not None:
            zones = header
            # The table's waters: the sea place its text names last before it (read on from
            # the table before, so a text of many tables is read once).
            named = reversed(places_in(folded[read:start]))
            place = next((name for _, name in named if name in SEA_PLACES), place)
            read = start
        elif zones is not None and day is not None:
            if place and published - RECENT <= day <= published:
                evidence = text[start : start + len(line)].strip()
                facts = _with_row(facts, cells, zones, place, day, evidence)
            rows.append((start, start + len(line)))
        elif line.strip():
            zones = None
        start += len(line) + 1
    return facts, rows


def _header(cells: list[str]) -> list[str | None] | None:
    """The zone of each column after the day's (None for remarks), when the cells are a header
    whose first names the day and every other a sea zone or remarks, one zone at least."""
    if not DAY_HEADER.fullmatch(cells[0]):
        return None
    zones: list[str | None] = []
    for cell in cells[1:]:
        named = zones_in(cell)
        if REMARKS.fullmatch(cell):
            zones.append(None)
        elif len(named) == 1 and named[0][1] == len(cell) and named[0][2] not in AIR_ZONES:
            zones.append(named[0][2])
        else:
            return None
    return zones if any(zones) else None


def _with_row(
    facts: list[Incursion],
    cells: list[str],
    zones: list[str | None],
    place: str,
    day: date,
    evidence: str,
) -> list[Incursion]:
    """`facts` with a row's own: each count of a zone's cell; ships still in the zone, as many
    as a fact before counted there, move that fact to this day (rule 9)."""
    still = bool(_STILL.search("".join(cells)))
    for cell, zone in zip(cells[1:], zones, strict=False):
        if zone is None:
            continue  # remarks
        for count in read_counts(cell):
            fact = Incursion(count.count, what_of(count, zone), zone, place, day, evidence)
            stayed = [
                f
                for f in facts
                if still and (f.count, f.what, f.zone) == (fact.count, fact.what, zone)
            ]
            facts = [f for f in facts if f not in stayed] + [fact]
    return facts
