"""A day's figures strung on one line of cells, as a slide or a PDF table comes out as text:

    Aircraft 8 | Ships 6 | Balloons 3
    19 aircraft / 10 ships / 1 official ship (MND, 6am–6am)

Each cell is one craft's count, its label before or after it; the line is written as the list
of counts the grammar reads ("8 aircraft, 6 ships, 3 balloons"), not a table's header of three
columns. A source cited in a bracket at the line's end ("(MND, 6am–6am)") is who tells the
counts, as a labelled line's "MND: 19 aircraft ..." is. Only a line whose every cell is a count
and its craft is rewritten, so one pass over the line decides.
"""

import re

from .incursion_words import CRAFT_NOUNS

# Bars, middle dots and slashes with a space on each side split cells; "3/2" is a date.
_CELL_SEPARATOR = re.compile(r"\s+[|·/]\s+|\s*\|\s*")
# A line of cells holds a separator: a text without one holds no such line.
CELL_SEPARATOR_MARK = re.compile(r"[|·/]")
_CRAFT_WORDS = r"(?P<craft>(?:[A-Za-z][\w-]* ){0,2}[A-Za-z][\w-]*)"
# A day's count has at most three digits: "Aircraft 2024" heads a year's column.
_CRAFT_THEN_COUNT = re.compile(rf"{_CRAFT_WORDS}:?\s+(?P<count>\d{{1,3}})")
_COUNT_THEN_CRAFT = re.compile(rf"(?P<count>\d{{1,3}})\s+{_CRAFT_WORDS}")
# "(MND, 6am–6am)", "(per JCG)": an initialism that cites where the counts come from.
_SOURCE = re.compile(r"\s*\((?:per |source: )?(?P<source>[A-Z]{2,5})\b[^()\n]{0,60}\)\s*$")
_MIN_CELLS = 2


def craft_cells_as_counts(sentences: list[str]) -> list[str]:
    """The sentences, each line of craft-and-count cells written as a list of counts."""
    return ["\n".join(_as_counts(line) for line in s.split("\n")) for s in sentences]


def _as_counts(line: str) -> str:
    source = _SOURCE.search(line)
    cells_text = line[: source.start()] if source else line
    cells = [cell for cell in _CELL_SEPARATOR.split(cells_text.strip()) if cell]
    counts = [found for cell in cells if (found := _count_and_craft(cell)) is not None]
    if len(counts) < _MIN_CELLS or len(counts) < len(cells):
        return line
    told = f"{source['source']}: " if source else ""
    return told + ", ".join(f"{count} {craft}" for count, craft in counts) + "."


def _count_and_craft(cell: str) -> tuple[str, str] | None:
    """A cell's count and its craft ("Aircraft 8", "1 official ship"), the craft's last word a
    craft noun; none for any other cell."""
    found = _COUNT_THEN_CRAFT.fullmatch(cell) or _CRAFT_THEN_COUNT.fullmatch(cell)
    if found is None or found["craft"].split()[-1].lower() not in CRAFT_NOUNS:
        return None
    craft = found["craft"]
    # "Aircraft 8" opens the cell, not a name: lower it as the count's noun; "PLA" stays.
    if craft[:1].isupper() and craft[1:2].islower():
        craft = craft[0].lower() + craft[1:]
    return found["count"], craft
