"""Lines of a wire desk's table whose label and count a run of dots sets apart ("PLA aircraft
detected ........ 23"), as a printed form leads the eye across: read as the label and a colon
("PLA aircraft detected: 23"), the way labelled lines are read. A label too long for its line
runs on to the next, indented ("Crossed median line / entered" over "N, C & SW ADIZ .... 15"):
the two lines are one label. A line that dots apart three cells or more ("Mon 8 Sep ... 12
......... 7 ....... 4" under "Day ......... Aircraft ... Ships ... Into ADIZ") is a table's
row, typed for a plain-text newsletter: its cells are written with bars, as a table's are
(incursion_tables.py).
"""

import re

from .paragraphs import closes_paragraph

# Three dots or more, spaced or not, between a label that starts with a letter and a count
# that ends the line; an ellipsis inside a sentence has no count right after it at the end.
# The count may keep a bracketed note after it ("38 (N 9, C 14, SW 11)": its sectors). A dash
# before the label marks a row that breaks down the one above ("-- crossed median line/entered
# ADIZ ... 22" under "PLA aircraft (total) ... 33" in a cable): the label is the words after it.
# A label too long for its leader keeps two dots, spaced off ("entered ADIZ .. 268").
_LEADER = re.compile(
    r"^(\s*)(?:[-–—]{1,2}\s+)?([^\W\d][^\n]*?\S)(?:\s*(?:\.\s*){3,}|\s+\.\.\s+)"
    r"(\d[\d,]*(?:\s*\([^()\n]{1,80}\))?)\s*$"
)
# A label's first line: words only, with no figure and no mark that ends a sentence or a label.
_RUNS_ON = re.compile(r"^\s*[^\W\d][^\d\n]*[^\W\d]\s*$")


# A leader between two cells of a typed table: two dots or more, a space each side.
_CELL_LEADER = re.compile(r"\s+\.{2,}\s+")
# A typed table's cell is a word or two, a figure or a blank mark: prose that trails off
# twice ("and then ... nothing ... at all.") runs longer or ends with a sentence's stop.
_CELL = re.compile(r"[^\W_][^.|\n]{0,24}|[-–—]")
# Both leaders hold two dots with at most spaces between them: a text without such dots has
# no dotted line.
LEADER_MARK = re.compile(r"\.\s*\.")


def dotted_labels(sentences: list[str]) -> list[str]:
    """The sentences, each line that ends in a dotted leader and a count written with a colon
    instead, a label's first line joined to the dotted line it runs on to, and a typed
    table's row of dotted cells written with bars."""
    lines: list[str] = []
    for sentence in sentences:
        if (row := _barred_cells(sentence)) is not None:
            lines.append(row)
            continue
        led = "\n".join(_LEADER.sub(r"\1\2: \3", line) for line in sentence.split("\n"))
        if led != sentence and lines and _runs_on(lines[-2:], sentence):
            lines[-1] = f"{lines[-1].rstrip()} {led.lstrip()}"
            continue
        lines.append(led)
    return lines


def _indent(sentence: str) -> int:
    """The indentation of the line after a sentence, which the splitter leaves at its end."""
    return len(sentence) - len(sentence.rstrip(" "))


def _runs_on(before: list[str], sentence: str) -> bool:
    """Whether the line before a dotted line is the first line of its label: a line of words
    alone, ended by a single line break (a heading stands over a blank line), with the dotted
    line indented deeper than it."""
    label = before[-1]
    if not _RUNS_ON.match(label) or not label.rstrip(" ").endswith("\n"):
        return False
    if closes_paragraph(label) or not _LEADER.match(sentence.split("\n")[0]):
        return False
    label_indent = _indent(before[0]) if len(before) == 2 else 0
    return _indent(label) > label_indent


def _barred_cells(sentence: str) -> str | None:
    """A line of three cells or more that dotted leaders set apart, written with bars
    ("Mon 8 Sep | 12 | 7 | 4"); None for any other sentence."""
    line = sentence.rstrip()
    cells = _CELL_LEADER.split(line.strip())
    if "\n" in line or len(cells) < 3 or not all(_CELL.fullmatch(cell) for cell in cells):
        return None
    return " | ".join(cells) + sentence[len(line) :]
