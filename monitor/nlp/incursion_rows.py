"""A tracker's day rows that write each count after its craft: "- Mon 3/2: PLA aircraft 9,
ships 7", "Thu 3/5: aircraft 5, ships 6, official ships 1". An analyst reads them as "9 PLA
aircraft, 7 ships"; the rows are written that way here so the grammar reads them as any day's
entry. Only a line labelled by its day and a colon is looked at, and only a craft noun with a
number straight after it.
"""

import re

from .incursion_words import CRAFT_NOUNS

# "- Mon 3/2:", "Tue, Mar. 3:": a day's label (with a digit and a month or weekday) and a colon.
_DAY_ROW = re.compile(r"(?P<label>\s*[-–•*·]?\s*[^:\n]*\d[^:\n]*:)(?P<rest>[^:]*)", re.S)
_DAY_WORD = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"|\d{1,2}/\d{1,2}"
)
# A craft of up to four words, then its count: at the start of the row or after a comma.
_CRAFT_THEN_COUNT = re.compile(
    r"(?P<lead>(?:^|[,;])\s*)(?P<craft>(?:[A-Za-z-]+ ){0,3}?[A-Za-z-]+) (?P<count>\d{1,4})\b"
)


def counts_before_craft(sentences: list[str]) -> list[str]:
    """The sentences, with a day row's "aircraft 9" written "9 aircraft"."""
    return [_row_in_order(sentence) for sentence in sentences]


def _row_in_order(sentence: str) -> str:
    row = _DAY_ROW.fullmatch(sentence)
    if row is None or not _DAY_WORD.search(row["label"]):
        return sentence
    return row["label"] + _CRAFT_THEN_COUNT.sub(_swapped, row["rest"])


def _swapped(found: re.Match[str]) -> str:
    craft = found["craft"]
    if craft.split()[-1].lower() not in CRAFT_NOUNS:
        return found[0]  # "Friday 12": no craft, left as written
    return f"{found['lead']}{found['count']} {craft}"
