"""Tables of the defence ministry's daily figures, as newsletters and bulletins print them: a
header naming a column for each kind of craft, then a row a day.

    日付　　　　　軍機（うちＡＤＩＺ進入）　艦艇　公船
    １月１３日（火）　３５（２４）　８　２

Each row is the report of its day: a column's figure is the count of its craft around Taiwan
(the daily report's total), and a figure in brackets under a header's "（うち<zone>）" is the
part of it in that zone; so is a column that names a zone and no craft ("共機（架次）
進入空域（架次）": the part of the column before it), and a bracket that only names the
counter ("（架次）", "（艘）") is no part. A dash is no figure.

Exam handouts and study notes add columns a bulletin lacks: one headed by two zones
("逾越中線／進入空域") whose cells tell the day's zones in words ("3（進入西南空域）",
"１５架次逾越中線，進入北部、中部空域", "6架次進入西南空域；另偵獲空飄氣球１顆越過中線"), each
piece read for its count, its craft (the table's aircraft unless the piece names another) and
the zones it names after the count; and a remarks column ("備註") whose words are no figure and
may be left blank. The day column may be the report's day by name ("公布日", "日期（公布日）"),
and a rule's bars may open and close each line. A row whose first cell is no day
(a week's sum, "計") is cumulative and gives nothing (rule 5), and so does a day more than a
week before publication (rule 8). A table flattened from a PDF onto one line ("日期 共機（架次）
進入空域（架次） 共艦（艘） 3月9日 18 11 7 3月10日 27 19 9 合計 …") is read as the lines it
was: its header and each row start at the day column's name, a day or a sum's word. The cells
carry no counter (機, 隻), so the sentence reader of
cjk_incursions.py finds no count in them: the table is read here, whole, once.

Risk bulletins print the same week as a list, a line a day, each figure with its craft's word
before it and a part after うち (`day_list_facts`):

    ・3/4（火）　軍機9機、艦艇7隻（うち中間線越え3機）
    6月12日（水）　軍機 22 ／艦艇 9 ／うちADIZ進入 10

The line's day is written apart from its figures, which may carry no counter, so the sentence
reader cannot join them: such a line is read whole here too, and only when every piece of it is
a craft's figure (a line of prose that opens with a day is no row).

Only a text that quotes Taiwan's defence ministry's report (its `report` words) is read, so a
table of a coast guard's or another country's figures gives nothing of Taiwan's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .cjk_counts import read_counts
from .cjk_days import report_day
from .cjk_group_facts import what_of
from .cjk_incursion_words import patterns
from .cjk_script import fold_pattern
from .cjk_zones import places_in, zones_in
from .incursion_words import SEA_PLACES
from .incursions import Incursion


@dataclass(frozen=True)
class Column:
    """What a column's figures count: its craft, in each of its zones, and the part of it in
    brackets in `part_zone` ("軍機（うちＡＤＩＺ進入）")."""

    craft: str
    zones: tuple[str, ...]
    part_zone: str | None
    # "worded": a cell may tell its zones in words instead of a figure; "remarks": no figure
    role: str = "figure"


# A report tells of the last week at most; an older row is background (rule 8).
RECENT = timedelta(days=7)
# Cells are parted by spaces (full-width ones fold to " "), tabs or a rule's bar.
_CELL_BREAK = re.compile(r"[ \t|｜]+")
# The first header cell names the day column.
DAY_HEADER = re.compile(
    fold_pattern(r"(?:日付け?|月日|日にち|日期|日時|曜日|公布日|発表日|日)(?:\([^()]{1,6}\))?")
)
# A column of remarks beside the figures ("備註": "除夕", "聯合戰備警巡"; "備考": the exercise's
# name, "通常時") holds words, not figures.
REMARKS = re.compile(fold_pattern(r"備註|備考|附註|註記|說明|说明|注記|メモ|摘要"))
# Pieces of a worded cell, each with a count of its own ("6架次…；另偵獲空飄氣球１顆…").
_PIECE_BREAK = re.compile(r"[;；]")
# A worded cell's bare leading figure, its zones in brackets after it ("3(進入西南空域)").
_BARE_FIGURE = re.compile(r"([0-9]{1,3})(?=\(|$)")
# A row's day written with its year ("2024/10/22"), as a seminar's table of chosen days does.
_FULL_DATE = re.compile(r"(?P<year>[0-9]{4})/(?P<month>[0-9]{1,2})/(?P<day>[0-9]{1,2})")
# A header cell: a kind of craft, then perhaps the part of it in a zone
# ("軍機（うちＡＤＩＺ進入）").
_COLUMN = re.compile(r"(?P<craft>[^()]{1,16})(?:\((?P<part>[^()]{1,16})\))?")
# A worksheet's cells may repeat their column's counter ("１４機", "７隻").
_CELL_COUNTER = fold_pattern(r"架次|架|機|艘|隻")
# A row's cell: a figure or a dash, then perhaps its part in brackets ("３５（２４）", "４（―）").
_DASH = r"[-‐－―ー—–]"
_CELL = re.compile(
    rf"(?P<count>[0-9]{{1,3}}|{_DASH})(?:{_CELL_COUNTER})?"
    rf"(?:\((?P<part>[0-9]{{1,3}}|{_DASH})(?:{_CELL_COUNTER})?\))?"
)
# A header's bracket that names only the counter of its column's figures ("共機（架次）").
_COUNTER = re.compile(fold_pattern(r"架次|架|機|艘|隻|顆|枚|次"))
# Where a table flattened onto one line starts a line it had: its day column's name, a day
# ("3月9日", "3/9（月）") or a sum's word ("合計").
_ROW_START = re.compile(
    fold_pattern(
        r"[0-9]{1,2}(?:月[0-9]{1,2}日|/[0-9]{1,2})(?:\([月火水木金土日]\))?|合計|總計|小計|計"
    )
)
# The header's words for each kind of craft, drones before the aircraft whose 機 they share.
_CRAFT_ORDER = (
    ("drones", "drones"),
    ("balloons", "balloons"),
    ("official", "official ships"),
    ("navy", "navy vessels"),
    ("any_ships", "navy vessels"),
)
_AIRCRAFT = re.compile(fold_pattern(r"機|架"))
# A listed day's line: a day (a month's day or month/day, perhaps its weekday; a bare day with
# its weekday, as a weekly roundup lists its week: "9日(月)　機 14／艦 7"), a space, then its
# figures ("・3/4（火）　軍機9機、…"); a weekday's closing bracket parts them as well as a
# space does ("・11/10（木）軍機8／艦艇5").
_DAY_LINE = re.compile(
    fold_pattern(
        r"(?P<day>[0-9]{1,2}(?:月[0-9]{1,2}日|/[0-9]{1,2})(?:\s?\([月火水木金土日]\))?"
        r"|[0-9]{1,2}日\s?\([月火水木金土日]\))"
        r"(?:[ \t]+|(?<=\)))(?P<figures>.+)"
    )
)
# One figure of a listed day: its craft's words (or a part's: "うち中間線越え"), its count, and
# perhaps a counter ("軍機9機", "艦艇 9", "うちADIZ進入 10").
_LISTED_FIGURE = re.compile(
    fold_pattern(
        r"(?P<words>[^0-9、,，/;；()\s]{1,12})\s*(?P<count>[0-9]{1,3})\s*(?P<counter>架次|架|機|隻|艘)?"
    )
)
# What may part the figures: commas, slashes, brackets and spaces.
_FIGURE_BREAKS = re.compile(fold_pattern(r"[、,，/;；()\s]*"))


def table_facts(
    text: str, folded: str, published: date
) -> tuple[list[Incursion], list[tuple[int, int]]]:
    """The facts of each daily-figures table in a text (module docstring), `folded` being
    `fold(text)`; a row's own line is its facts' evidence. With them, the spans of the rows'
    lines: their figures are the table's, and a row's sum or an old day's gives none, so the
    sentence reader leaves them alone (a worksheet's cells repeat their counters: "１４機")."""
    if not patterns()["report"].search(folded):
        return [], []
    facts: list[Incursion] = []
    rows: list[tuple[int, int]] = []
    columns: list[Column] | None = None
    start = 0
    for line in folded.split("\n"):
        evidence = text[start : start + len(line)].strip()
        # A rule's bars at the line's ends part no cells ("｜発表日｜軍機｜…｜").
        pieces = _lines_of([cell for cell in _CELL_BREAK.split(line) if cell])
        for cells in pieces:
            row = _row_facts(cells, columns, published) if columns is not None else None
            if row is None:
                columns = _header(cells)
            else:
                facts += [replace(fact, evidence=evidence) for fact in row]
                if len(pieces) == 1:  # a flattened table's line may open with prose
                    rows.append((start, start + len(line)))
        start += len(line) + 1
    return facts, rows


def _lines_of(cells: list[str]) -> list[list[str]]:
    """A line's cells as the lines of a table flattened onto it (module docstring): a new one
    at the day column's name, at a day and at a sum's word, once the line holds a header."""
    header = next((i for i, cell in enumerate(cells) if DAY_HEADER.fullmatch(cell)), None)
    if header is None:
        return [cells]
    lines = [cells[:header], [cells[header]]] if header else [[cells[header]]]
    for cell in cells[header + 1 :]:
        if _ROW_START.fullmatch(cell):
            lines.append([])
        lines[-1].append(cell)
    return [line for line in lines if line]


def day_list_facts(text: str, folded: str, published: date) -> list[Incursion]:
    """The facts of each listed day's line in a text (module docstring), `folded` being
    `fold(text)`; the line is its facts' evidence."""
    if not patterns()["report"].search(folded):
        return []
    facts: list[Incursion] = []
    start = 0
    for line in folded.split("\n"):
        evidence = text[start : start + len(line)].strip()
        start += len(line) + 1
        facts += [replace(fact, evidence=evidence) for fact in _listed_day(line, published)]
    return facts


def _listed_day(line: str, published: date) -> list[Incursion]:
    """A listed day's facts: each craft's figure around Taiwan, and a part after うち in the one
    zone it names (its craft the counter's, else the line's first); none when any piece of the
    line is no figure, or the line places the craft at a sea place or outside the list."""
    p = patterns()
    line = line.strip()
    marked = p["list_item"].match(line)
    row = _DAY_LINE.fullmatch(line, marked.end() if marked else 0)
    if row is None or p["outside"].search(line):
        return []
    if any(place in SEA_PLACES for _, place in places_in(line)):
        return []
    day = report_day(row["day"], published, None)
    if day is None or not published - RECENT <= day <= published:
        return []
    figures = list(_LISTED_FIGURE.finditer(row["figures"]))
    between = [
        row["figures"][a.end() : b.start()] for a, b in zip(figures, figures[1:], strict=False)
    ]
    ends = (
        [row["figures"][: figures[0].start()], row["figures"][figures[-1].end() :]]
        if figures
        else []
    )
    if not figures or not all(_FIGURE_BREAKS.fullmatch(gap) for gap in between + ends):
        return []
    facts: list[Incursion] = []
    first_craft: str | None = None
    for figure in figures:
        count, words = int(figure["count"]), figure["words"]
        zones = [zone for _, _, zone in zones_in(words)]
        # A figure bracketed after a craft's that names only zones is that craft's part in
        # them, as a part after うち is ("艦 9（中間線越え 15）"), one fact per zone (rule 2).
        bracketed = "(" in row["figures"][: figure.start()].rpartition(")")[2]
        if p["part_marker"].search(words) or (bracketed and zones and not _craft(words)):
            craft = _craft(words) or _craft(figure["counter"] or "") or first_craft
            if not zones or craft is None:
                return []
        elif craft := _craft(words):
            first_craft, zones = first_craft or craft, ["around Taiwan"]
        else:
            return []  # a figure of something else: the line is no row of craft
        if count:
            facts += [Incursion(count, craft, zone, "Taiwan", day, "") for zone in zones]
    return facts


def _header(cells: list[str]) -> list[Column] | None:
    """The columns after the day's, when the cells are a header whose first names the day and
    every other a kind of craft, or a zone the craft of the column before entered; else None."""
    if len(cells) < 2 or not DAY_HEADER.fullmatch(cells[0]):
        return None
    columns: list[Column] = []
    for cell in cells[1:]:
        if REMARKS.fullmatch(cell):
            columns.append(Column("", (), None, "remarks"))
            continue
        column = _COLUMN.fullmatch(cell)
        if column is None:
            return None
        part = column["part"]
        if part and _COUNTER.fullmatch(part):
            part = None
        craft = _craft(column["craft"])
        zones = [zone for _, _, zone in zones_in(column["craft"])]
        # A part that crossed the median line and entered the ADIZ is a fact in each zone (the
        # guide's rule 2: "うち中間線越え・ＡＤＩＺ進入").
        # Headed by two zones, its cells may tell them in words instead ("逾越中線／進入空域":
        # "１５架次逾越中線，進入北部、中部空域"), of the table's aircraft.
        if craft is None and zones and columns and not part:
            aircraft = any(c.craft == "aircraft" for c in columns) and len(zones) > 1
            columns.append(
                Column("aircraft", tuple(zones), None, "worded")
                if aircraft
                else Column(columns[-1].craft, tuple(zones), None)
            )
            continue
        if craft is None:
            return None
        zones = [zone for _, _, zone in zones_in(part)] if part else []
        if part and (len(zones) != 1 or not patterns()["part_marker"].search(part)):
            return None  # a bracket that is no part of the figure in one zone
        columns.append(Column(craft, ("around Taiwan",), zones[0] if zones else None))
    return columns


def _craft(words: str) -> str | None:
    p = patterns()
    named = (what for name, what in _CRAFT_ORDER if p[name].search(words))
    return next(named, "aircraft" if _AIRCRAFT.search(words) else None)


def _row_facts(cells: list[str], columns: list[Column], published: date) -> list[Incursion] | None:
    """The facts of one row under a header; None when the cells are no row of the table (it
    has ended), an empty list for a row of no day's figures. A last column of remarks may be
    left blank or hold spaces."""
    if columns and columns[-1].role == "remarks":
        cells = cells[: len(columns)] + [" ".join(cells[len(columns) :])]
    if len(cells) - 1 != len(columns):
        return None
    pairs = list(zip(cells[1:], columns, strict=True))
    if not all(_CELL.fullmatch(cell) for cell, column in pairs if column.role == "figure"):
        return None
    day = _row_day(cells[0], published)
    if day is None or not published - RECENT <= day <= published:
        return []
    facts = []
    for cell, column in pairs:
        figure = _CELL.fullmatch(cell) if column.role != "remarks" else None
        if figure is None and column.role == "worded":
            facts += _worded_facts(cell, column.craft, day)
        elif figure is not None:
            written_zones = [(figure["count"], zone) for zone in column.zones]
            for written, zone in [*written_zones, (figure["part"], column.part_zone)]:
                if written and written.isdigit() and int(written) > 0 and zone:
                    facts.append(Incursion(int(written), column.craft, zone, "Taiwan", day, ""))
    return facts


def _worded_facts(cell: str, craft: str, day: date) -> list[Incursion]:
    """A worded cell's facts (module docstring): each piece's count in each zone it names."""
    facts = []
    for piece in _PIECE_BREAK.split(cell):
        counts = read_counts(piece)
        bare = _BARE_FIGURE.match(piece)
        if counts:
            count, what = counts[0].count, what_of(counts[0], "median line")
            after = counts[0].end
        elif bare:
            count, what, after = int(bare[1]), craft, bare.end()
        else:
            continue
        zones = {zone for start, _, zone in zones_in(piece) if start >= after}
        if count:
            facts += [Incursion(count, what, zone, "Taiwan", day, "") for zone in sorted(zones)]
    return facts


def _row_day(cell: str, published: date) -> date | None:
    full = _FULL_DATE.fullmatch(cell)
    if full is None:
        return report_day(cell, published, None)
    try:
        return date(int(full["year"]), int(full["month"]), int(full["day"]))
    except ValueError:
        return None
