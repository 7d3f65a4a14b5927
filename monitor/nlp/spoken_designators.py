"""Type designators read out in automatic captions: "j sixteen", "jay sixteens", "h six k",
"kj five hundreds", "tb zero zero one" are the J-16, H-6K, KJ-500 and TB-001 the knowledge
base knows. Written back as copy writes them, they are read as the aircraft they name.

A reading is taken only when what it spells is a designator of the knowledge base, so "a two
day visit" or "section two thirty two" spells nothing. Each reading is an edit with offsets
kept (char_refs.Edit), since "j sixteen" is longer than "J-16".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..ingest.char_refs import Edit
from .incursion_words import SMALL_NUMBERS, TENS

# A designator as copy writes it: letters, a hyphen, a number, a letter or two, a plural "s".
DESIGNATOR = re.compile(r"[A-Z]{1,3}-\d{1,4}[A-Z]{0,2}s?")
# Letters said by their names that are no English word a caption would hold before a number.
_LETTER_NAMES = {"jay": "j", "kay": "k", "aitch": "h"}
# The number words the incursion grammar reads counts by, "hundred" besides.
_UNITS = {word: value for word, value in SMALL_NUMBERS.items() if value < 10}
_NUMBER_WORDS = {*SMALL_NUMBERS, *TENS, "hundred"}
MAX_NUMBER_WORDS = 4  # "one hundred twenty five"; no designator is read out longer
# A caption's word, with the offset it starts at.
_WORD = re.compile(r"[a-z]+")


def designator_forms(patterns: Iterable[str]) -> frozenset[str]:
    """The knowledge base's forms that are designators."""
    return frozenset(form for form in patterns if DESIGNATOR.fullmatch(form))


def designator_edits(body: str, offset: int, known: frozenset[str]) -> list[Edit]:
    """Each designator `body` (a caption line's words, from `offset` in its text) reads out,
    as an edit of the text."""
    words = list(_WORD.finditer(body))
    edits = []
    index = 0
    while index < len(words):
        found = _designator_at(words, index, known)
        if found is None:
            index += 1
            continue
        written, taken = found
        start, end = words[index].start(), words[index + taken - 1].end()
        edits.append(Edit(offset + start, offset + end, written))
        index += taken
    return edits


def _designator_at(
    words: list[re.Match[str]], index: int, known: frozenset[str]
) -> tuple[str, int] | None:
    """The designator the words from `index` read out, and how many words it takes: letters,
    number words, maybe a closing letter ("h six k"), the longest the knowledge base knows."""
    first = words[index].group()
    letters = _LETTER_NAMES.get(first, first)
    if len(letters) > 3 or first in _NUMBER_WORDS:
        return None
    for count in range(min(MAX_NUMBER_WORDS, len(words) - index - 1), 0, -1):
        said = [match.group() for match in words[index + 1 : index + 1 + count]]
        plural = said[-1].endswith("s") and said[-1][:-1] in _NUMBER_WORDS
        number = _number(said[:-1] + [said[-1][:-1]] if plural else said)
        if number is None:
            continue
        written = f"{letters.upper()}-{number}"
        after = index + 1 + count
        if not plural and after < len(words) and len(words[after].group()) <= 2:
            closing = words[after].group()
            if f"{written}{closing.upper()}" in known:  # "h six k"
                return f"{written}{closing.upper()}", count + 2
        written += "s" if plural else ""
        if written in known:
            return written, count + 1
    return None


def _number(said: list[str]) -> str | None:
    """The figures number words say: digit by digit ("zero zero one": "001") or as a number
    ("sixteen", "five hundred", "one twenty")."""
    if any(word not in _NUMBER_WORDS for word in said):
        return None
    if len(said) > 1 and all(word in _UNITS for word in said):
        return "".join(str(_UNITS[word]) for word in said)
    return _cardinal(said)


def _cardinal(said: list[str]) -> str | None:
    value = 0
    for at, word in enumerate(said):
        if word == "hundred":
            if at != 1 or value == 0 or value > 9:
                return None
            value *= 100
        elif word in _UNITS:
            if value % 10 or (at and said[at - 1] in _UNITS):
                return None
            value += _UNITS[word]
        elif word in SMALL_NUMBERS:  # ten to nineteen
            if value % 100:
                return None
            value += SMALL_NUMBERS[word]
        elif value % 100:
            return None
        else:
            value += TENS[word]
    return str(value) if value else None
