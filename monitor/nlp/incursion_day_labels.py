"""A weekday's abbreviation that labels a count: the cell of a table flattened into a line
("Tue 16 aircraft 6 ships | Wed 9 aircraft 5 ships") or the label opening a note's line ("MND
Wed 6am: 11 aircraft", "Fri (to 6 a.m.): 13 aircraft"). Elsewhere "Sat", "Wed" and "Sun" are
words or names, and date nothing."""

import re
from typing import TYPE_CHECKING

from .incursion_time_words import WEEKDAY_ABBREVIATIONS

if TYPE_CHECKING:  # tokens are made in incursion_tokens.py, which asks its labels' days here
    from .incursion_tokens import Token

_CELL_BREAKS = {"|", "•", "·", ";"}


def labels_a_cell(tokens: list["Token"], index: int) -> bool:
    """Whether a weekday's abbreviation labels the cell of a table flattened into a line ("Tue
    16 aircraft 6 ships | Wed 9 aircraft 5 ships"): written with its capital, opening the line
    or a cell, its count right after. Elsewhere "Sat", "Wed" and "Sun" are words or names."""
    token = tokens[index]
    if token.low not in WEEKDAY_ABBREVIATIONS or not token.text[:1].isupper():
        return False
    opens = index == 0 or tokens[index - 1].text in _CELL_BREAKS
    if opens and index + 1 < len(tokens) and tokens[index + 1].text[:1].isdigit():
        return True
    return _in_a_lines_label(tokens, index)


_LABEL_REACH = 4  # "MND (Wed) 6am:": the most tokens a note's label holds on either side
# A clock, not a date: "(Dec. 3):" after a weekday is read as the day's date elsewhere.
_CLOCK = re.compile(r"\d ?(?:[ap]\.? ?m\b)|\d:\d\d")
_NOTE_REACH = 9  # "(to 6 a.m. UTC+8):" the bracket after the day, with the colon closing it


def _in_a_lines_label(tokens: list["Token"], index: int) -> bool:
    """Whether the abbreviation stands in the short label that opens a note's line, before its
    colon ("MND Wed 6am: 11 aircraft", "MND (Wed): 8 PLA aircraft", "Wed: 9 aircraft"): the
    day the counts after the colon are of."""
    # "Nov. 24 (Mon):": a label with its date names the weekday only beside it
    if index > _LABEL_REACH or any(token.text[:1].isdigit() for token in tokens[:index]):
        return False
    # "Fri (to 6 a.m.): 13 aircraft": the report's clock in brackets between the day and the
    # colon is the label's own note, its full stops no end of a sentence (blind-83's lists).
    note = tokens[index + 1 : index + 1 + _NOTE_REACH]
    if note and note[0].text == "(":
        close = next((j for j, token in enumerate(note) if token.text == ")"), len(note))
        clock = _CLOCK.search(" ".join(token.text for token in note[1:close]))
        return bool(clock) and close + 1 < len(note) and note[close + 1].text == ":"
    after = tokens[index + 1 : index + 1 + _LABEL_REACH]
    colon = next((j for j, token in enumerate(after) if token.text == ":"), None)
    return colon is not None and all(token.text not in ".;," for token in after[:colon])
