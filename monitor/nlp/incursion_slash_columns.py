"""Day rows whose counts are split by slashes under a heading that names the columns, as a
weekly note lays them out:

    PLA activity around Taiwan this week (MND, 24h to 06:00; aircraft / ships):
    Mon 9 Jun: 14 / 7
    Tue 10 Jun: 21 / 8

The heading's "aircraft / ships" says what each slash-split count is, in order, so each row is
written as the grammar reads any day's entry: "Mon 9 Jun: 14 aircraft, 7 ships". Without it
the row's first count took the heading's last craft ("ships") and its second none. A row with
as many counts as the heading names columns is rewritten; the first line that is no such row
ends the list.
"""

import re

from .incursion_words import CRAFT_NOUNS

_CRAFT = r"[A-Za-z]+"
# "aircraft / ships", "aircraft/ships/drones": two or more single craft nouns split by slashes.
_COLUMNS = re.compile(rf"(?<![\w/]){_CRAFT}(?:\s*/\s*{_CRAFT})+(?![\w/])")
# "Mon 9 Jun: 14 / 7 (18 aircraft crossed ...)": a day's label with a digit, its colon, then
# the slash-split counts. The label is cut at its first digit, as in incursion_rows.
_ROW = re.compile(
    r"(?P<label>\s*[-–•*·]?\s*[^:\n\d]*\d[^:\n]*:\s*)"
    r"(?P<counts>\d{1,4}(?:\s*/\s*\d{1,4})+)(?![\d/])(?P<rest>.*)",
    re.S,
)
_SLASH = re.compile(r"\s*/\s*")


def slash_columns_named(sentences: list[str]) -> list[str]:
    """The sentences, with each day row of slash-split counts under a heading that names its
    columns ("...; aircraft / ships):") written with each count's craft."""
    lines: list[str] = []
    columns: list[str] | None = None  # the craft the heading over the rows names, in order
    for sentence in sentences:
        row = _ROW.fullmatch(sentence)
        counts = _SLASH.split(row["counts"]) if row is not None else []
        if row is not None and columns is not None and len(counts) == len(columns):
            cells = ", ".join(
                f"{count} {craft}" for count, craft in zip(counts, columns, strict=True)
            )
            sentence = f"{row['label']}{cells}{row['rest']}"
        else:
            columns = _named_columns(sentence)
        lines.append(sentence)
    return lines


def _named_columns(sentence: str) -> list[str] | None:
    """The craft a heading names as its rows' columns ("aircraft / ships"), when it ends with
    a colon, as a heading over a list does."""
    return craft_columns(sentence) if sentence.rstrip().endswith(":") else None


def craft_columns(sentence: str) -> list[str] | None:
    """The first run of craft nouns split by slashes a line names ("aircraft / ships"), every
    name a craft: the columns of the counts a row splits by slashes."""
    for found in _COLUMNS.finditer(sentence):
        names = _SLASH.split(found[0])
        if all(name.lower() in CRAFT_NOUNS for name in names):
            return names
    return None
