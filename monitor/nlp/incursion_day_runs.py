"""A day-by-day list run together on one line: "Weekly log: Mar. 3 — two drones near Taiwan;
Mar. 4 — five; Mar. 5 — one". Each dated entry is a line of its own, and an entry that gives a
bare count takes the craft the first entry named: the writer names it once, as a list's rows
do (incursion_rows.py), and the semicolons stand where the line breaks would be.
"""

import re

from .incursion_time_words import MONTH_PATTERN, WEEKDAY_PATTERN
from .incursion_words import CRAFT_NOUNS, NUMBER_WORDS

_DAY = rf"(?:{MONTH_PATTERN}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_PATTERN})"
_DASH = r"(?:\s*[—–]\s*|\s+-\s+)"
_COUNT = r"(?:\d{1,3}|[a-z]+)"
_NUMBER = rf"(?:\d{{1,3}}|(?i:{'|'.join(NUMBER_WORDS)}))\b"
# A week's run written as prose may head each entry with its weekday and a comma before the
# count ("...: Sunday, 14 aircraft; Monday, 21, of which 15 crossed the median line").
_HEAD = rf"(?:(?P<day>{_DAY}){_DASH}|(?P<weekday>{WEEKDAY_PATTERN}),\s+(?={_NUMBER}))"
_ENTRY = re.compile(rf"\s*{_HEAD}(?P<rest>.*)", re.S)
# The first entry opens the line, or the clause after the colon that announces the list.
_FIRST_ENTRY = re.compile(rf"(?:^|(?<=:))\s*{_HEAD}")
_BARE = re.compile(rf"(?P<count>{_COUNT})(?P<tail>\s*(?:[,.].*)?)", re.S)
_NAMED = re.compile(rf"{_COUNT}\s+(?P<words>[^,;.]*)")


ENTRY_RUN_MARK = re.compile(";")  # a run's entries are split by semicolons


def day_entries_as_lines(sentences: list[str]) -> list[str]:
    """The sentences, a run of two or more dated entries split into one sentence each."""
    return [line for sentence in sentences for line in _entries(sentence)]


def _entries(sentence: str) -> list[str]:
    parts = sentence.split(";")
    first = _FIRST_ENTRY.search(parts[0])
    entries = [_ENTRY.fullmatch(part) for part in parts[1:]]
    if first is None or not entries or not all(entries):
        return [sentence]
    lead = parts[0][: first.start()].strip()
    opening = _ENTRY.fullmatch(parts[0][first.start() :])
    assert opening is not None  # _FIRST_ENTRY found its day and dash
    craft = _craft(opening["rest"])
    lines = [lead] if lead else []
    for entry in [opening, *entries]:
        assert entry is not None
        day = entry["day"] or entry["weekday"]
        lines.append(f"{day} — {_with_craft(entry['rest'].strip(), craft)}")
    # Every line but the last ends where a full stop would: the sentence's own ends the last.
    return [line if line[-1:] in ".:!?" or at == len(lines) - 1 else line + "." for at, line in
            enumerate(lines)]  # fmt: skip


def _craft(rest: str) -> str | None:
    """The craft the first entry names after its count ("two Chinese drones near Taiwan":
    "Chinese drones"), up to its head noun: the zone is the entry's own."""
    named = _NAMED.match(rest.strip())
    if named is None:
        return None
    words = named["words"].split()
    heads = [at for at, word in enumerate(words) if word.lower() in CRAFT_NOUNS]
    return " ".join(words[: heads[0] + 1]) if heads else None


def _with_craft(rest: str, craft: str | None) -> str:
    """The entry with a bare count ("five", "4, two of which crossed ...") given the craft."""
    bare = _BARE.fullmatch(rest)
    if bare is None or craft is None or not _is_count(bare["count"]):
        return rest
    plural = craft if craft.endswith("s") or craft.lower().endswith("aircraft") else craft + "s"
    return f"{bare['count']} {plural}{bare['tail']}"


def _is_count(word: str) -> bool:
    return word.isdigit() or word.lower() in NUMBER_WORDS
