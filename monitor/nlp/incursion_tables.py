"""Lists and tables of daily figures, as trackers publish them: a header, then a row a day.

    Date | PLA aircraft | PLAN ships | Crossed median line and entered ADIZ
    July 12 (Sun) | 9 | 6 | 4

Each row is read as the bulletin it stands for: its first cell announces the list (a day, most
often), and every other cell is its column's labelled line ("PLA aircraft: 9"), which the
grammar already reads as a bulletin's line; a row of the columns' sums ("Week total") is left
out. Only lines with a cell separator are looked at.
"""

import re

from .incursion_time_words import MONTHS, QUARTER, YEAR
from .incursion_tokens import Token
from .incursion_worded_rows import worded_row
from .incursion_words import CRAFT_NOUNS

_SEPARATOR = "|"
ROW_BAR_MARK = re.compile(r"\|")  # a Markdown row's mark: a text without it holds no row to rejoin
_COUNT_COLUMNS = {"number", "numbers", "count", "total", "sorties", "no.", "quantity", "figure"}
_SOURCE_COLUMNS = {"source", "sources", "reported by", "per"}
LIST_NUMBER = re.compile(r"\s*\d{1,2}\.\s*")
# A row of sums under the days ("Week total", "Totals"): cumulative, no day's figures (rule 5).
# A row labelled by its period alone ("Week", "This month") sums the days above it as well.
_TOTAL_ROW = re.compile(
    r"\b(?:(?:sub)?totals?|sums?|overall|cumulative)\b"
    r"|^(?:(?:the|this|last)\s+)?(?:week|month|year|period|quarter)$",
    re.I,
)
_BLANK = re.compile(r"[-–—‒*/.?]*|n/?a|none|nil", re.I)
_LOCATION_FIELD = re.compile(r"\s*(?:Location|Area|Place)\s*:\s*(?=\S)", re.I)
# "Vessels: China Coast Guard vessels, 4 (Haijing 2301, ...)": a field naming craft, then
# their count, as the labelled line "China Coast Guard vessels: 4" would.
# "Vessels: China Coast Guard, 4": the owner alone names no craft, and the label is the noun.
_CRAFT_FIELD = re.compile(
    r"\s*(?P<label>[A-Z][a-z]+)\s*:\s*(?P<craft>[^\d:,()]+?),\s*(?P<rest>\d+\b.*)", re.S
)
_CRAFT_LABELS = {"vessels", "ships", "aircraft", "boats"}
_CRAFT_NOUN = re.compile(r"\b(?:vessels?|ships?|boats?|aircraft|planes?|jets?|drones?)\b", re.I)
# "Mon.," before "July 8 | 14 | 8": a table's day cell written weekday first, cut at its stop.
_WEEKDAY = re.compile(r"\s*(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.,?\s*")
# Abbreviations that never end a sentence, though the splitter ends one at their stop.
_MID_SENTENCE = re.compile(r"\b(?:incl|excl|approx|esp)\.\s*$", re.I)


def numbered_lines(sentences: list[str]) -> list[str]:
    """A numbered list's lines whole: the sentence splitter cuts "2." from "PLA aircraft: 18
    sorties", and the number marks a line of a bulletin as a bullet does; and a tracker's
    lines, which it cuts after a weekday's abbreviation ("Mon." from "Aug. 11 - 14 aircraft"),
    and any line it cuts after "incl." or "approx.".
    A release's field "Location: Restricted waters off Kinmen" announces where the craft of
    the fields under it were, as "In restricted waters off Kinmen:" does."""
    lines: list[str] = []
    for sentence in sentences:
        if (field := _LOCATION_FIELD.match(sentence)) is not None:
            sentence = f"In {sentence[field.end() :].strip()}:\n"
        elif (craft := _CRAFT_FIELD.fullmatch(sentence)) is not None:
            named = craft["craft"]
            if craft["label"].lower() in _CRAFT_LABELS and not _CRAFT_NOUN.search(named):
                named = f"{named} {craft['label'].lower()}"
            sentence = f"{named}: {craft['rest']}"
        if lines and (LIST_NUMBER.fullmatch(lines[-1]) or _WEEKDAY.fullmatch(lines[-1])):
            lines[-1] += " " + sentence
        elif lines and _MID_SENTENCE.search(lines[-1]):
            lines[-1] = lines[-1].rstrip() + " " + sentence
        else:
            lines.append(sentence)
    return lines


def table_rows(sentences: list[str]) -> list[str]:
    """The sentences, with each row of a table written out as a bulletin's lines under its first
    cell. A table is a header line of two or more separators and the lines after it with as
    many cells; its header becomes no line of its own (its names are the rows' labels)."""
    if not any(_SEPARATOR in sentence for sentence in sentences):
        return sentences
    lines: list[str] = []
    header: list[str] | None = None
    header_closed = False
    for sentence in sentences:
        cells = _cells(sentence)
        if header is not None and _ends_with_empty_cell(sentence, cells, header, header_closed):
            cells.append("")
        # A line with no cells ends the table; only a line of cells may be its rule. (An empty
        # row of cells passed as a rule, and every sentence after a table was lost.)
        if header is not None and cells and all(set(cell) <= set("-: ") for cell in cells):
            continue  # a Markdown table's rule under its header
        if header is not None and len(cells) == len(header) and _names_columns(header):
            # "PLA aircraft (sorties) | 23": a release's table is its bulletin, a row a line;
            # "MND | PLAN ships | 12" under "Source | Item | Figure": the item is the label.
            lines.append(f"• {cells[-2]}: {cells[-1]}\n")
            continue
        worded = worded_row(header, cells) if header is not None else None
        if worded is not None:  # "aircraft_total | 27 | "PLA aircraft operating around Taiwan""
            lines.append(worded)
            continue
        if header is not None and len(cells) == len(header) and _names_remarked_columns(header):
            # "Balloons | 2 | one crossed the median line": the item's line, then its remark,
            # which may count a part of it as a sentence of its own
            lines.append(f"• {cells[0]}: {cells[1]}\n")
            lines += [] if _BLANK.fullmatch(cells[2]) else [f"{header[2]}: {cells[2]}\n"]
            continue
        if header is not None and len(cells) == len(header) and _TOTAL_ROW.search(cells[0]):
            continue
        if header is not None and len(cells) == len(header) and _columns_are_periods(header):
            continue  # "| | Dec 2025 | Jan 2026 |": each column a month's tally (rule 5)
        if header is not None and len(cells) == len(header) and _counts_craft_only(header, cells):
            # "PLA aircraft | PLAN vessels" over "17 | 8": a report's table with no day column,
            # each cell its column's labelled line; its first figure is no day.
            lines += [f"• {name}: {cell}\n" for name, cell in zip(header, cells, strict=True)
                      if not _BLANK.fullmatch(cell)]  # fmt: skip
            continue
        if header is not None and len(cells) == len(header):
            lines.append(f"{_day_in_words(cells[0])}:\n")
            # A cell with no figure ("—", "n/a") says no count and leaves the list open.
            cells_named = zip(header[1:], cells[1:], strict=True)
            lines += [
                f"{name}: {cell}\n" for name, cell in cells_named if not _BLANK.fullmatch(cell)
            ]
            continue
        # A header written as prose ends with the sentence's full stop ("Columns: date |
        # aircraft | PLA Navy ships."), which is no part of the last column's name.
        cells = cells[:-1] + [cells[-1].rstrip(".")] if cells else cells
        header = (
            cells
            if len(cells) >= 3
            or _names_columns(cells)
            or _heads_periods(cells)
            or _heads_craft_columns(cells)
            else None
        )
        header_closed = sentence.rstrip().endswith(_SEPARATOR)
        if header is None:
            lines.append(sentence)
    return lines


# "2025-03-04", "2024/06/12 (Wed)": a row's day as a spreadsheet or a PDF writes it, year first.
_NUMERIC_DAY = re.compile(r"((?:19|20)\d\d)([-/])(\d{1,2})\2(\d{1,2})(?=\s*(?:\(\w+\.?\))?$)")
_MONTH_NAMES = [max((n for n in MONTHS if MONTHS[n] == m), key=len) for m in range(1, 13)]


def _day_in_words(cell: str) -> str:
    """A row's first cell, its day written in digits year first ("2025-03-04") written in words
    ("4 March 2025"), as the dates of prose are read; any other cell as it is."""
    found = _NUMERIC_DAY.match(cell)
    if found is None or not 1 <= int(found[3]) <= 12:
        return cell
    return f"{int(found[4])} {_MONTH_NAMES[int(found[3]) - 1].title()} {found[1]}"


_ROW_CHARS = 400  # a table's row, its notes included, is a line on a screen


def rows_whole(sentences: list[str]) -> list[str]:
    """Markdown rows rejoined where the sentence splitter cut them at a note's question or
    full stop ("| Thu 3/19 | 4 | – | 5 | 1 | cold front? |"): a row that opens with a bar ends
    with one, so a piece that opened one and has not closed it runs on into the next. The join
    ends at the line's end, so one row never swallows the next, and at a row's length: a line
    that opens with a bar and never closes is no row, and joined whole it made one sentence
    of a page."""
    rows: list[list[str]] = []
    open_row = False  # the last row opened with a bar and has not closed yet
    length = 0  # the characters of the last row so far
    for sentence in sentences:
        if open_row and length + len(sentence) <= _ROW_CHARS:
            rows[-1].append(sentence if rows[-1][-1][-1:].isspace() else " " + sentence)
            length += len(sentence) + 1
        else:
            rows.append([sentence])
            open_row, length = sentence.strip().startswith(_SEPARATOR), len(sentence)
        open_row = open_row and not sentence.strip().endswith(_SEPARATOR) and "\n" not in sentence
    return ["".join(pieces) for pieces in rows]


# A column head that names a period and nothing else: "Dec 2025", "2024", "Q3 2025", "Jan-Jun".
_MONTH = "(?:" + "|".join(MONTHS) + r")\.?"
_PERIOD_CELL = re.compile(
    rf"{_MONTH}(?:\s*[-–]\s*{_MONTH})?(?:\s*(?:19|20)\d\d)?|(?:19|20)\d\d"
    r"|[QH][1-4]\s*(?:19|20)\d\d|FY\s*(?:19|20)?\d\d",
    re.I,
)


def _columns_are_periods(header: list[str]) -> bool:
    """Whether every column after the first is headed by a month, a quarter or a year: a
    roundup comparing periods ("Aircraft | 389 | 412" under "Dec 2025 | Jan 2026"), whose
    cells are the periods' sums, no day's figures."""
    return all(_PERIOD_CELL.fullmatch(cell) for cell in header[1:])


def _heads_periods(cells: list[str]) -> bool:
    """Whether a line of two or more cells names periods alone ("January 2026 | Dec 2025"): the
    head of a roundup whose rows ("Official ships: 37 | 19") keep their label in the first
    cell, so every cell under it is a period's sum as well."""
    return len(cells) >= 2 and all(_PERIOD_CELL.fullmatch(cell) for cell in cells)


def _names_columns(cells: list[str]) -> bool:
    """A release's two-column table, "Item | Number", or a desk's with its source first,
    "Source | Item | Figure": its rows are labelled lines, the item the label."""
    if len(cells) == 3 and cells[0].lower() not in _SOURCE_COLUMNS:
        return False
    return len(cells) in (2, 3) and cells[-1].lower() in _COUNT_COLUMNS


_REMARK_COLUMNS = {"remark", "remarks", "note", "notes", "comment", "comments", "details"}


# A figure standing as a cell of its own: "17", "1,204"; not the number of a type ("J-16").
_FIGURE_CELL = re.compile(r"\d[\d,]*")
_FIGURE_WORD = re.compile(r"(?<![-\w])\d")


def _names_craft(cell: str) -> bool:
    """Whether a column head names craft ("PLA aircraft", "PLAN vessels", "Balloons") and
    states no figure, as a head never does."""
    words = re.findall(r"[a-z]+", cell.lower())
    return any(word in CRAFT_NOUNS for word in words) and not _FIGURE_WORD.search(cell)


_DAY_COLUMNS = {"date", "day", "dates", "days"}


def _heads_craft_columns(cells: list[str]) -> bool:
    """Whether a line of two cells heads a table of craft: craft alone ("PLA aircraft | PLAN
    vessels", a report's figures in the row under it) or a day and one kind of craft ("Date |
    PLA aircraft", a row a day), as a line of three heads any table."""
    first, last = cells if len(cells) == 2 else ("", "")
    return _names_craft(last) and (_names_craft(first) or first.lower() in _DAY_COLUMNS)


def _counts_craft_only(header: list[str], cells: list[str]) -> bool:
    """Whether a row is a report's figures under columns of craft, its first cell a figure
    under a craft's head rather than a day under "Date": a table with no day column."""
    return _names_craft(header[0]) and _FIGURE_CELL.fullmatch(cells[0]) is not None


def _names_remarked_columns(cells: list[str]) -> bool:
    """A release's table with a column of remarks after its figures, "Item | Number | Remark":
    its rows are labelled lines too, each with a note on the item."""
    return (
        len(cells) == 3
        and cells[1].lower() in _COUNT_COLUMNS
        and cells[2].lower() in _REMARK_COLUMNS
    )


def _ends_with_empty_cell(
    line: str, cells: list[str], header: list[str], header_closed: bool
) -> bool:
    """Whether a row one cell short of its header ends with a separator the header does not
    ("13 March | 13 | 7 | 8 |" under "Date | Aircraft | Ships | ADIZ | Ref"): a flattened wiki
    table keeps the bar before its empty last cell, which stripping the line's bars loses."""
    return (
        len(cells) == len(header) - 1 and not header_closed and line.rstrip().endswith(_SEPARATOR)
    )


def _cells(line: str) -> list[str]:
    if _SEPARATOR not in line:
        return []
    # "| **Week** | **96** |": a cell's emphasis is how it looks, not what it names
    return [
        cell.strip().strip("*_").strip()
        for cell in line.strip().strip(_SEPARATOR).split(_SEPARATOR)
    ]


def heads_a_period(tokens: list[Token]) -> bool:
    """Whether a line names a month, a quarter or a year and nothing else ("December 2025",
    "Q3 2025:"): a roundup's heading, whose labelled lines under it are the period's tallies
    (rule 5), not a day's report."""
    # Asked of every sentence: its words are listed once for all the tests below.
    lows = [token.low for token in tokens]
    words = [low for low in lows if low not in (":", "-")]
    if _names_period_figures(lows) or _announces_a_months_figures(lows):
        return True
    if _sums_daily_reports(lows):  # "(Taiwan MND, sum of daily reports)"
        return True
    if _opens_with_a_month(lows) or _spans_a_month(tokens, lows):
        return True
    # Every word a period's or a year's, read until one is neither (the first word of most
    # lines is), and one of them a period's.
    return all(_names_a_period(low) or YEAR.fullmatch(low) for low in words) and any(
        map(_names_a_period, words)
    )


def _names_a_period(low: str) -> bool:
    return low in MONTHS or QUARTER.fullmatch(low) is not None


# "The annual numbers, from the MND's daily releases:": a heading that announces a period's
# figures; its first periodic word decides ("daily" there names only where they came from).
_PERIODIC = {"annual", "yearly", "monthly", "quarterly", "year's", "month's"}
_DAILY = {"daily", "day's", "today's"}
_FIGURES = {"numbers", "figures", "totals", "tallies", "tally", "statistics", "stats", "count"}


def _names_period_figures(lows: list[str]) -> bool:
    """Whether a line ending with a colon heads a period's figures ("The annual numbers:",
    "Monthly totals, from the ministry's releases:"): the labelled lines under it are tallies."""
    if not lows or lows[-1] != ":":
        return False
    first = next((i for i, low in enumerate(lows) if low in _PERIODIC | _DAILY), None)
    return (
        first is not None
        and lows[first] in _PERIODIC
        and any(low in _FIGURES for low in lows[first + 1 : first + 3])
    )


# "Figures compiled from the ministry's daily reports for March:", "What the MND logged in
# June 2025:": the month the lines under the colon are of, named last.
_OVER = {"for", "in", "during", "over", "throughout", "through"}


def _announces_a_months_figures(lows: list[str]) -> bool:
    """Whether a line ends with a month, after "for" or "in", and a colon: the list it announces
    gives that month's tallies (rule 5), however daily the reports they are drawn from."""
    if not lows or lows[-1] != ":":  # most lines end otherwise: leave before the year's pattern
        return False
    if len(lows) > 1 and YEAR.fullmatch(lows[-2]):
        lows = lows[:-2] + lows[-1:]
    return len(lows) >= 3 and lows[-2] in MONTHS and lows[-3] in _OVER


# "Cross-strait (Taiwan MND, sum of daily reports)" over a month's roundup: the lines under it
# add the days up, however daily the reports they are drawn from.
_SUMS = {"sum", "sums", "summed", "total", "totals", "totalled", "totaled", "aggregate"}
_SUM_REACH = 3  # "sum of the ministry's daily reports"


def _sums_daily_reports(lows: list[str]) -> bool:
    """Whether a line without a figure (but its number in a list, "1. Kinetic indicators
    (source: MND daily reports, summed)") says its lines are a sum of daily reports."""
    lows = lows[2:] if lows[:1] and lows[0].isdigit() and lows[1:2] == ["."] else lows
    if any(low[:1].isdigit() for low in lows):
        return False
    return any(
        low in _SUMS and "daily" in lows[max(0, i - _SUM_REACH - 1) : i + 2 + _SUM_REACH]
        for i, low in enumerate(lows)
    )


def _opens_with_a_month(lows: list[str]) -> bool:
    """Whether a heading opens with a month and its comma and closes with a colon ("August,
    as published by the Ministry of National Defense (MND):"), with no figure but a year: a
    show daily's monthly roundup, whose lines under it are the month's (blind83-b-035)."""
    # Dropping a year after the month keeps the first word and the last: most lines leave here.
    if not lows or lows[0] not in MONTHS or lows[-1] != ":":
        return False
    lows = lows[:1] + lows[2:] if len(lows) > 1 and YEAR.fullmatch(lows[1]) else lows
    figures = [low for low in lows if low[:1].isdigit() and not YEAR.fullmatch(low)]
    return (
        len(lows) > 2 and lows[0] in MONTHS and lows[1] == "," and lows[-1] == ":" and not figures
    )


_DAY_RANGE = re.compile(r"(\d{1,2})[-–](\d{1,2})")
_WEEK = 7  # a range of days longer than a week is a period's, never one report's window


def _spans_a_month(tokens: list[Token], lows: list[str]) -> bool:
    """Whether a heading with no craft names a range of a month's days longer than a week
    ("A. Headline figures (from MND daily reports, 1–31 Jan)"): its lines sum the days
    (blind83-a-017), however daily the reports they are drawn from."""
    # A range is written with a dash: a line without one, as most are, is no range.
    if not any("-" in low or "–" in low for low in lows):
        return False
    if any(token.low in CRAFT_NOUNS for token in tokens):
        return False
    text = " ".join(lows).replace(" – ", "–").replace(" - ", "-")
    for found in _DAY_RANGE.finditer(text):
        # "1–31 Jan", "Jan. 1-31": the month beside the range
        beside = text[: found.start()].split()[-2:] + text[found.end() :].split()[:1]
        month = any(low in MONTHS for low in beside)
        if month and int(found[2]) - int(found[1]) > _WEEK:
            return True
    return False
