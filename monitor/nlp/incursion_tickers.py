"""A ticker's or a wire flash's items, run on in one line between bars or bullets ("JUST IN |
MND: 30 PLA aircraft, 7 ships around Taiwan | 22 aircraft crossed median line | ..."), are
sentences of their own: each item is read as the line it would be in a list, and the day or
the count of one item is not the next one's.

A table's line is no ticker (incursion_tables.py reads it): a table's header and rows have as
many cells each, so a line of bars is a ticker only when the lines beside it have another
number of cells, and only when it is one line (a table the splitter leaves in one sentence
breaks its lines). A bullet between two items, spaced on both sides, starts no table.

A release's fields run on in one line between semicolons ("Aircraft: twenty-eight sorties;
PLAN vessels: eleven; Official ships: three.") are its lines too, when every part is a short
label and its value.
"""

import re

_BAR = re.compile(r"(?<=\S)[ \t]+\|[ \t]+(?=\S)")
_BULLET = re.compile(r"(?<=\S)[ \t]+•[ \t]+(?=\S)")
_LINE_BULLET = re.compile(r"[ \t]*[•·▪\-*][ \t]+")
_FIELD = re.compile(r"\s*[A-Z][A-Za-z -]{0,30}:\s*[\w-]+(?:\s+[\w-]+){0,2}\.?\s*")


def ticker_items(sentences: list[str]) -> list[str]:
    """The sentences, each one with items run on between spaced bars or bullets cut into one
    sentence per item."""
    bars = [sentence.count("|") for sentence in sentences]
    items: list[str] = []
    for i, sentence in enumerate(sentences):
        beside = bars[max(0, i - 1) : i] + bars[i + 1 : i + 2]
        parts = _BULLET.split(sentence)
        if bars[i] and bars[i] not in beside and "\n" not in sentence.strip():
            parts = [item for part in parts for item in _BAR.split(part)]
            # "• PLAN ships: 6 | official ships: 1": each item is a line of the bulleted list
            bullet = _LINE_BULLET.match(sentence)
            parts[1:] = [bullet[0] + part for part in parts[1:]] if bullet else parts[1:]
        fields = sentence.split(";")
        if len(fields) > 1 and all(_FIELD.fullmatch(field) for field in fields):
            parts = fields
        items.extend(part for part in parts if part.strip())
    return items
