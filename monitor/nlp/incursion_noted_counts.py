"""A day's entry whose brackets hold a count of their own: "Mar. 9 — 31 aircraft, 8 ships (17
aircraft entered the ADIZ)". The note reports the same day as the entry, and the grammar reads a
bracket as an aside, so the note is written out as an entry of that day of its own."""

import re

from .incursion_time_words import MONTH_PATTERN
from .incursion_words import CRAFT_NOUN_PATTERN

# The entry's day and its dash or colon, its counts, then a bracket that opens with a count
# of craft it names ("(26 crossed)" names none, and is left to the grammar).
_NOTED_ENTRY = re.compile(
    r"^(?P<day>\s*(?:[A-Z][a-z]{2,8}\.?,?\s+)?"
    rf"{MONTH_PATTERN}\s+\d{{1,2}}\s*(?:—|–|-|:)\s*)"
    r"(?P<counts>[^()\n]*?)\s*"
    rf"\((?P<note>\d[\d,]*\s+(?:[A-Za-z][\w-]*\s+){{0,3}}?(?i:{CRAFT_NOUN_PATTERN})\b[^()\n]*)\)\s*$"
)


def noted_counts_as_entries(sentences: list[str]) -> list[str]:
    """Each day's entry with a bracketed count, as the entry and the note, each on its day."""
    written: list[str] = []
    for sentence in sentences:
        noted = _NOTED_ENTRY.match(sentence)
        # The entry's own counts are asked for apart: a digit inside the pattern would try
        # every digit of a long line in turn.
        if noted is None or not any(c.isdigit() for c in noted["counts"]):
            written.append(sentence)
            continue
        day, counts, note = noted.group("day", "counts", "note")
        written += [f"{day}{counts}\n", f"{day}{note}\n"]
    return written
