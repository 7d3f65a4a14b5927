"""A day-by-day log whose first entry names what it counts and whose next entries give only the
figure, as a newsletter restating the Japan Coast Guard's daily releases writes it:

    Mon 2/9 — 4 CCG ships in the contiguous zone
    Tue 2/10 — 4
    Wed 2/11 — 4; two of them enter territorial waters at 5:10 a.m.

Each bare entry counts what the entry above it named ("4 CCG ships in the contiguous zone" on
Tuesday too), so it is read with those words after its figure. The run ends at the first line
with words that is no day's entry; each line is looked at once.
"""

import re

_WEEKDAY = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)[a-z]*\.?"
_DATE = r"(?:\d{1,2}/\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
# "Tue 2/10 — 4", "Wed. Feb. 11 – 4; ...": a day's entry, its figure, and what follows it.
_ENTRY = re.compile(rf"(\s*{_WEEKDAY},?\s+{_DATE}\s*[—–-]\s*\d{{1,3}})(?!\d)([^\n]*)")
# What an entry counts: the words after its figure up to a semicolon or bracket ("CCG ships
# in the contiguous zone" in "4 CCG ships in the contiguous zone; two of them enter ...").
_COUNTED = re.compile(r"\s+([A-Za-z][^;(\n]*[A-Za-z])")


def with_log_entries_completed(sentences: list[str]) -> list[str]:
    """The sentences with each bare entry of a day-by-day log naming what the entry above it
    counted."""
    counted: str | None = None  # what the run's last entry that named it counted
    completed = []
    for sentence in sentences:
        lines = sentence.split("\n")
        for index, line in enumerate(lines):
            entry = _ENTRY.match(line)
            if entry is None:
                counted = None if line.strip() else counted
                continue
            named = _COUNTED.match(entry.group(2))
            if named is not None:
                counted = named.group(1)
            elif counted is not None:
                lines[index] = f"{entry.group(1)} {counted}{entry.group(2)}"
        completed.append("\n".join(lines))
    return completed
