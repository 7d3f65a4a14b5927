"""Day rows whose counts are split by slashes under a heading that names the columns, as a
weekly note lays them out:

    PLA activity around Taiwan this week (MND, 24h to 06:00; aircraft / ships):
    Mon 9 Jun: 14 / 7
    Tue 10 Jun: 21 / 8

The heading's "aircraft / ships" says what each slash-split count is, in order, so each row is
written as the grammar reads any day's entry: "Mon 9 Jun: 14 aircraft, 7 ships". Without it
the row's first count took the heading's last craft ("ships") and its second none. A row with
as many counts as the heading names columns is rewritten; the first line that is no such row
ends the list. An interview that reads a table aloud names the columns in an editor's note
in brackets instead ("[Aircraft / navy vessels / official ships; each report covers ...]"),
over rows a dash closes ("Wed 26 Nov — 14 / 6 / 0", given a colon by incursion_rows.py).

A cable or a note states the layout in a line of its own instead, and may add a bracketed
figure to each row:

    Format: aircraft / PLAN ships / official ships; figure in brackets = aircraft that crossed
    the median line and entered the ADIZ.
    MON 10 FEB: 14 / 7 / 0 [9]

The legend names the columns (a column after a slash may be named with its owner: "PLAN
ships") and what the bracketed figure counts, so the row is "MON 10 FEB: 14 aircraft, 7 PLAN
ships, 0 official ships (9 aircraft crossed the median line and entered the ADIZ)".
"""

import re

from .incursion_part_columns import part_cell, part_columns
from .incursion_words import CRAFT_NOUNS

_CRAFT = r"[A-Za-z]+"
# "aircraft / ships", "aircraft/PLAN ships/official ships": two or more names split by
# slashes, each ending in a craft noun. A name after a slash is bounded by it and may carry
# its owner ("PLAN ships"); the first is one word, as nothing bounds it before.
_COLUMNS = re.compile(
    rf"(?<![\w/]){_CRAFT}(?:[ \t]*/[ \t]*(?:{_CRAFT}[ \t]+){{0,2}}{_CRAFT})+(?![\w/])"
)
# "Format: aircraft / ships", "Key: PLAN ships / ...": a line stating the layout of the rows
# under it, up to its first column (whose owner words the run of names leaves out).
_LEGEND = re.compile(
    r"\b(?:format|key|legend|layout|columns)\s*:\s*(?P<owner>(?:[A-Za-z]+\s+){0,2})$", re.I
)
# "figure in brackets = aircraft that crossed ...", "(bracketed figure: ...)": what the
# figure each row adds in brackets counts, up to the clause's end.
_BRACKET_LEGEND = re.compile(
    r"\b(?:(?:figures?|numbers?|counts?)\s+in\s+(?:square\s+)?(?:brackets|parenthes[ei]s)"
    r"|bracketed\s+(?:figures?|numbers?|counts?))\s*(?:=|:|is|are|gives?|shows?)\s*"
    r"(?P<craft>[A-Za-z]+)\s+(?:that\s+|which\s+)?(?P<acts>[^;.\n]{1,120})"
)
_BRACKETED = re.compile(r"\s*[\[(](?P<count>\d{1,4})[\])]")
# "Mon 9 Jun: 14 / 7 (18 aircraft crossed ...)": a day's label with a digit, its colon, then
# the slash-split counts. The label is cut at its first digit, as in incursion_rows. A typed
# newsletter leads the eye with dots instead of the colon ("Fri 6/2 ...... 7 / 2 / 5").
# A notice board's typed week leads with two dots and marks a day with none of a craft by a
# dash ("Mon 10 Feb .. 12 / 7 / 6 / -"): that cell gives no figure.
_ROW = re.compile(
    r"(?P<label>\s*[-–•*·]?\s*[^:\n\d]*\d[^:\n]*?(?::|\s\.{2,})\s*)"
    r"(?P<counts>\d{1,4}(?:\s*/\s*(?:\d{1,4}|[-–—](?![\d-])))+)(?![\d/])(?P<rest>.*)",
    re.S,
)
_SLASH = re.compile(r"\s*/\s*")
# Rows, columns and a heading's parts are all split by slashes: a text without one has none.
SLASH_COLUMN_MARK = re.compile("/")
_LEADER = re.compile(r"\s\.{2,}(?=\s*$)")
_NONE = ("-", "–", "—")
# "DATE ........ AIRCRAFT / INTO ADIZ / SHIPS": a typed table's heading names its day column
# first, then the slash-split columns of the counts, with no colon after them.
_DAY_COLUMN = re.compile(r"^\s*(?:date|day)\s*(?:\.{2,}|:|\|)", re.I)
# "THU 13 FEB: see para 2": a day's row without its counts, which leaves the list open.
_ROW_WITHOUT_COUNTS = re.compile(r"\s*[-–•*·]?\s*[^:\n\d]*\d[^:\n]*:[^/\n]*\s*")


def slash_columns_named(sentences: list[str]) -> list[str]:
    """The sentences, with each day row of slash-split counts under a heading that names its
    columns ("...; aircraft / ships):") written with each count's craft."""
    lines: list[str] = []
    columns: list[str] | None = None  # the craft the heading over the rows names, in order
    bracketed: re.Match[str] | None = None  # what the legend says a bracketed figure counts
    for sentence in sentences:
        row = _ROW.fullmatch(sentence)
        counts = _SLASH.split(row["counts"]) if row is not None else []
        if row is not None and columns is not None and len(counts) == len(columns):
            cells = _cells(counts, columns)
            rest = _with_bracket_read(cells, row["rest"], bracketed)
            sentence = f"{_LEADER.sub(':', row['label'])}{', '.join(cells)}{rest}"
        elif (parted := _part_columns(sentence)) is not None:
            columns, sentence = parted
            bracketed = None
        elif columns is None or not _ROW_WITHOUT_COUNTS.fullmatch(sentence):
            columns = _named_columns(sentence)
            bracketed = _BRACKET_LEGEND.search(sentence) if columns else None
            if bracketed is not None:
                # The legend's clause says what a figure counts, of no day: left in, its zone
                # was given to the list under it ("aircraft that entered the ADIZ").
                sentence = sentence[: bracketed.start()] + sentence[bracketed.end() :]
        lines.append(sentence)
    return lines


def _cells(counts: list[str], columns: list[str]) -> list[str]:
    """A row's counts, each written with its column's craft; a column that counts part of the
    one before ("of which into ADIZ") is written beside that one's cell."""
    cells: list[str] = []
    for count, column in zip(counts, columns, strict=True):
        if count in _NONE:
            continue
        # "AIRCRAFT" in a typed heading is the craft noun the grammar reads in lower case.
        column = " ".join(w.lower() if w.lower() in CRAFT_NOUNS else w for w in column.split())
        part = part_cell(column, count, cells[-1]) if cells else None
        if part is None:
            cells.append(f"{count} {column}")
        else:
            cells[-1] += part
    return cells


def _part_columns(sentence: str) -> tuple[list[str], str] | None:
    """The columns of a heading over a list (its colon ends it) where one counts part of the
    one before, with the heading without that part (incursion_part_columns.py)."""
    return part_columns(sentence) if _heads_columns(sentence) else None


def _heads_columns(sentence: str) -> bool:
    """Whether the line heads a list's columns: its colon ends it, or it opens with a typed
    table's day column ("DATE ........ AIRCRAFT / INTO ADIZ / SHIPS")."""
    return sentence.rstrip().endswith(":") or bool(_DAY_COLUMN.match(sentence))


def _named_columns(sentence: str) -> list[str] | None:
    """The craft a heading names as its rows' columns ("aircraft / ships"), when it ends with
    a colon, as a heading over a list does, or follows a legend's "Format:"."""
    columns = craft_columns(sentence)
    if columns is None or _heads_columns(sentence) or _bracketed_note(sentence, columns):
        return columns
    legend = _LEGEND.search(sentence[: sentence.find(columns[0])])
    if legend is None:
        return None
    return [legend["owner"] + columns[0], *columns[1:]]


def _bracketed_note(sentence: str, columns: list[str]) -> bool:
    """Whether the line is an editor's note in brackets that opens with the columns, as an
    interview prints a table read aloud: "[Aircraft / navy vessels / official ships; each
    report covers 6 a.m. to 6 a.m.]" (the splitter may leave its "[" on the line before)."""
    note = sentence.strip()
    return note.endswith(("]", ")")) and note.lstrip("[( ").startswith(columns[0])


def _with_bracket_read(cells: list[str], rest: str, legend: re.Match[str] | None) -> str:
    """A row's rest without its bracketed figure ("[9]"), which is written after the cell of
    its craft as the count the legend says it is ("14 aircraft (9 aircraft crossed the median
    line ...)"): a part stands beside its whole, and after another craft's cell the grammar
    took that cell for the part."""
    figure = _BRACKETED.match(rest)
    if legend is None or figure is None:
        return rest
    craft = legend["craft"].lower()
    whole = next((i for i, cell in enumerate(cells) if cell.lower().endswith(craft)), -1)
    cells[whole] += f" ({figure['count']} {legend['craft']} {legend['acts'].strip()})"
    return rest[figure.end() :]


def craft_columns(sentence: str) -> list[str] | None:
    """The first run of craft names split by slashes a line names ("aircraft / ships"), every
    name ending in a craft noun: the columns of the counts a row splits by slashes."""
    for found in _COLUMNS.finditer(sentence):
        names = _SLASH.split(found[0])
        if all(name.split()[-1].lower() in CRAFT_NOUNS for name in names):
            return names
    return None
