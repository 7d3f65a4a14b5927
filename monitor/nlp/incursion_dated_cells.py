"""A day-by-day row strung on one line, as slide decks, PDF briefings and charts come out when
extracted to text:

    Table 1: Aircraft / vessels reported by MND (6am–6am, dated by report day)
    17 Oct 12/5 · 18 Oct 20/7 · 19 Oct 8/4 · 20 Oct 15/6
    Format: aircraft/ships

    [chart] Daily PLA aircraft, 8–14 July 2025 (MND) — bars
    Tue 8: 14 | Wed 9: 22 | Thu 10: 9 | Fri 11: 27

The row writes no craft: its legend does, on a line beside it (a table's or a chart's title, a
"Format:" line), so each dated cell is written out as a day's entry the grammar reads ("17 Oct:
12 aircraft, 5 vessels."), one count per craft the legend names, in its order. A cell of the
week's total is none of the days' and gives no entry; a row with any other cell is no row. A
legend that counts ("Week total: 97 aircraft") or sums ("cumulative", "average") names no
day's craft, and a row with no legend is left as written.
"""

import re

from .incursion_slash_columns import craft_columns
from .incursion_time_words import MONTHS, WEEKDAY_ABBREVIATIONS
from .incursion_words import CRAFT_NOUNS

# "Oct", "October", "Sept.": a month's name or its abbreviation whole ("Marine" is no month)
_MONTH = r"\b(?:" + "|".join(name.title() for name in MONTHS) + r")\b\.?"
_WEEKDAY = r"(?:" + "|".join(name.title() for name in WEEKDAY_ABBREVIATIONS) + r")\.?"
# "17 Oct 12/5", "Mon 31 Mar 19", "Tue 8: 14": a day, then its counts split by slashes. A day
# of the month alone ("8") is a day only after its weekday, and takes the legend's month.
_CELL = re.compile(
    rf"(?:(?P<weekday>{_WEEKDAY})\s+)?"
    rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})|(?P<month_first>{_MONTH})\s+"
    rf"(?P<day_after>\d{{1,2}})|(?P<bare_day>\d{{1,2}}))"
    r"\s*:?\s+(?P<counts>\d{1,4}(?:\s*/\s*\d{1,4})*)"
)
_CELL_SEPARATOR = re.compile(r"\s*[|·;]\s*")
_TOTAL_CELL = re.compile(r"\b(?:total|sum|week|average|avg|mean)\b", re.I)
_SLASH = re.compile(r"\s*/\s*")
_MIN_CELLS = 3  # a row of days, not a line that happens to hold a date and a number
_LEGEND_LINES = 2  # a legend stands right over or right under its row
# A legend of sums or averages names no day's count.
_NOT_DAILY = re.compile(r"\b(?:cumulative|running|to date|so far|average|avg|mean)\b", re.I)
_MONTH_NAMED = re.compile(_MONTH)
# A legend of one zone's counts ("aircraft entering the ADIZ") needs its zone read with them.
_ZONE = re.compile(r"\bADIZ\b|median|contiguous|territorial|restricted|prohibited", re.I)
_WORD = re.compile(r"[A-Za-z]+|\d+")


# A strung row's cells are split by a bar, a dot or a semicolon, and a craft's label dates its
# counts with "on": a text with neither holds no row or label this reads.
DATED_CELL_MARK = re.compile(r"[|·;]|\d\s+on\s")


def dated_cells_as_lines(sentences: list[str]) -> list[str]:
    """The sentences, each strung row of dated cells with a legend beside it, and each craft's
    label over dated counts, written as one day's entry per cell."""
    lines: list[str] = []
    for at, sentence in enumerate(sentences):
        cells = _dated_cells(sentence)
        before = [s for s in sentences[max(0, at - _LEGEND_LINES) : at] if s.strip()][::-1]
        after = [s for s in sentences[at + 1 : at + 1 + _LEGEND_LINES] if s.strip()]
        entries = _entries(cells, before + after) if cells else _labelled_entries(sentence)
        lines += entries or [sentence]
    return lines


# "• PLAN vessels: 21 on 1 Apr; 13 on 2 Apr": a craft's label, then counts each on its day.
_LABELLED = re.compile(r"\s*[-–•*·▸]?\s*(?P<label>[A-Za-z][^:\d\n]*):\s*(?P<cells>[^:\n]+?)\s*")
_COUNT_ON_DAY = re.compile(
    rf"(?P<count>\d{{1,4}})\s+on\s+(?P<day>\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})"
)


def _labelled_entries(sentence: str) -> list[str]:
    """A craft label's dated counts as one entry a day; none unless the label ends with a craft
    noun and every cell is a count on a day."""
    labelled = _LABELLED.fullmatch(sentence)
    if labelled is None or labelled["label"].split()[-1].lower() not in CRAFT_NOUNS:
        return []
    cells = [_COUNT_ON_DAY.fullmatch(cell) for cell in _CELL_SEPARATOR.split(labelled["cells"])]
    label = labelled["label"].strip()
    return [f"{c['day']}: {c['count']} {label}.\n" for c in cells if c] if all(cells) else []


def _dated_cells(sentence: str) -> list[re.Match[str]]:
    """The row's dated cells, if every cell but a total is one and they are enough for a row,
    all with as many counts."""
    if not _CELL_SEPARATOR.search(sentence):
        return []
    cells = [cell for cell in _CELL_SEPARATOR.split(sentence.strip()) if cell]
    found = [_CELL.fullmatch(cell) for cell in cells if not _TOTAL_CELL.search(cell)]
    dated = [cell for cell in found if cell is not None]
    if len(dated) < _MIN_CELLS or len(dated) < len(found):
        return []
    widths = {len(_SLASH.split(cell["counts"])) for cell in dated}
    return dated if len(widths) == 1 else []


def _entries(cells: list[re.Match[str]], nearby: list[str]) -> list[str]:
    """Each cell as a day's entry, with the craft the nearest legend names; none without one,
    or when a cell's day has no month the legend could give."""
    width = len(_SLASH.split(cells[0]["counts"]))
    legend = next((s for s in nearby if _legend_craft(s, width)), None)
    if legend is None or _NOT_DAILY.search(legend) or _ZONE.search(legend):
        return []
    craft = _legend_craft(legend, width)
    # The month of a bare day is the title's, over the row, or the legend's.
    titles = " ".join([legend, *nearby[: nearby.index(legend) + 1]])
    months = {found[0][:3].lower() for found in _MONTH_NAMED.finditer(titles)}
    entries = []
    for cell in cells:
        day = _day(cell, next(iter(months)) if len(months) == 1 else None)
        if day is None:
            return []
        counts = _SLASH.split(cell["counts"])
        figures = ", ".join(f"{n} {name}" for n, name in zip(counts, craft, strict=True))
        entries.append(f"{day}: {figures}.\n")
    return entries


def _day(cell: re.Match[str], month: str | None) -> str | None:
    """The cell's day as "17 Oct"; a bare day of the month needs its weekday and the month."""
    if cell["day"]:
        return f"{cell['day']} {cell['month']}"
    if cell["day_after"]:
        return f"{cell['day_after']} {cell['month_first']}"
    return f"{cell['bare_day']} {month.title()}" if cell["weekday"] and month else None


def _legend_craft(line: str, width: int) -> list[str]:
    """The craft a legend names for counts of this width, in order: "aircraft/ships" for two,
    the first craft noun no count stands before for one ("Daily PLA aircraft", "Chart:
    aircraft per day", not "Week total: 97 aircraft")."""
    if width > 1:
        columns = craft_columns(line)
        return [name.lower() for name in columns] if columns and len(columns) == width else []
    words = _WORD.findall(line)
    for before, word in zip(["", *words], words, strict=False):
        if word.lower() in CRAFT_NOUNS:
            return [] if before.isdigit() else [word.lower()]
    return []
